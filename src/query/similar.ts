/** Loose string matching for typed names and words: pinyin (homophone typos) and edit distance. */
import { pinyin } from 'pinyin-pro';

const pinyinCache = new Map<string, string[]>();

/** Toneless pinyin, one syllable per character (non-Han characters as they are). */
export function syllables(text: string): string[] {
  let s = pinyinCache.get(text);
  if (!s) {
    s = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((p) =>
      p.toLowerCase(),
    );
    // One entry per character, so positions line up with the text.
    if (s.length !== text.length) s = [...text].map((c) => pinyin(c, { toneType: 'none', v: true }));
    if (pinyinCache.size > 50_000) pinyinCache.clear();
    pinyinCache.set(text, s);
  }
  return s;
}

/** One private-use character per syllable, and each character's: what soundKey writes. */
const syllableCodes = new Map<string, string>();
const charCodes = new Map<string, string>();

/**
 * The text with each Chinese character written as one code for its syllable (its reading said alone, tones aside),
 * other characters as they are: two texts sound alike where their codes are equal, so finding a sound inside 100 000
 * names is a string search, not a pinyin reading of every name per question. The reading said alone is the one a
 * clerk types a homophone by; a reading in context (银行) is not weighed here.
 */
export function soundKey(text: string): string {
  let out = '';
  for (const c of text) {
    let code = charCodes.get(c);
    if (code === undefined) {
      if (/\p{Script=Han}/u.test(c)) {
        const syllable = pinyin(c, { toneType: 'none', v: true }).toLowerCase();
        code = syllableCodes.get(syllable) ?? String.fromCodePoint(0xe000 + syllableCodes.size);
        syllableCodes.set(syllable, code);
      } else code = c;
      charCodes.set(c, code);
    }
    out += code;
  }
  return out;
}

/**
 * A syllable as a hurried pinyin typist may type it: zh/ch/sh as z/c/s, n as l, the g of a back nasal dropped
 * (jing as jin, shuang as shuan) — 双进 for 双井, 路元 for 潞源 stay close.
 */
export function looseSyllable(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/u, '$1')
    .replace(/^n/u, 'l')
    .replace(/(?<=[aei]n)g$/u, '');
}

/** Whether two texts sound alike to a hurried typist, syllable by syllable (looseSyllable). */
export function soundsLooselyAlike(a: string, b: string): boolean {
  const x = syllables(a);
  const y = syllables(b);
  return x.length === y.length && x.every((s, i) => looseSyllable(s) === looseSyllable(y[i]!));
}

/** Whether `needle`'s syllables occur contiguously in `hay`'s: 大洪门 in 大红门街道. */
export function soundsWithin(needle: string, hay: string): boolean {
  const a = syllables(needle);
  const b = syllables(hay);
  outer: for (let i = 0; i + a.length <= b.length; i++) {
    for (let j = 0; j < a.length; j++) if (a[j] !== b[i + j]) continue outer;
    return true;
  }
  return false;
}

/** Levenshtein distance, stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The least edit distance between `needle` and any substring of `hay` (approximate containment). */
export function substringDistance(needle: string, hay: string): number {
  let prev = new Array<number>(hay.length + 1).fill(0);
  for (let i = 1; i <= needle.length; i++) {
    const cur = [i];
    for (let j = 1; j <= hay.length; j++) {
      cur.push(
        Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (needle[i - 1] === hay[j - 1] ? 0 : 1)),
      );
    }
    prev = cur;
  }
  return Math.min(...prev);
}

/** Typos a term of this length may carry and still be recognised. */
export const allowedTypos = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** Character bigrams of a text and how often each occurs (the one character of a one-character text). */
export function bigramsOf(s: string): Map<string, number> {
  const out = new Map<string, number>();
  if (s.length < 2) out.set(s, 1);
  for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
  return out;
}

/** Dice coefficient over character bigrams against one text, its bigrams counted once for many comparisons. */
export function bigramSimilarityTo(a: string): (b: string) => number {
  const x = bigramsOf(a);
  let own = 0;
  for (const n of x.values()) own += n;
  return (b) => {
    const y = bigramsOf(b);
    let shared = 0;
    let total = own;
    for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
    for (const n of y.values()) total += n;
    return total === 0 ? 0 : (2 * shared) / total;
  };
}

/** Dice coefficient over character bigrams (single characters for one-character texts). */
export function bigramSimilarity(a: string, b: string): number {
  return bigramSimilarityTo(a)(b);
}

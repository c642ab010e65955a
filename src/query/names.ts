/**
 * Resolves the names in a question against the store's own names: departments and implementing units by
 * containment, derived abbreviations (发改委 ↔ 发展和改革委员会) and the 街道 / 街道办事处 / 办事处 variants; project
 * names by containment and similarity; typos by pinyin and edit distance. Nothing here knows a corpus name.
 */

import type { NameField } from './fields.ts';
import { expandedShortForms } from './name-abbreviations.ts';
import { digitsForNumerals } from './numbers.ts';
import { isClassWord } from './scope.ts';
import {
  allowedTypos,
  bigramsOf,
  soundKey,
  soundsLooselyAlike,
  soundsWithin,
  substringDistance,
  syllables,
} from './similar.ts';
import type { Vocabulary } from './vocabulary.ts';

const NAME_KEYS = new Map<string, string>();
/** Past this many names (a few times a large portfolio's), the keys are computed afresh. */
const NAME_KEYS_KEPT = 400_000;
/**
 * Whitespace, quotes and brackets removed, full-width folded, numerals as a question's are read (第三批 → 第3批, as
 * 第三批 typed in a question is by then): the key names are compared on.
 */
export const nameKey = (s: string) => {
  let key = NAME_KEYS.get(s);
  if (key === undefined) {
    key = digitsForNumerals(s.normalize('NFKC').toLowerCase()).replace(
      /[\s"'“”‘’「」『』《》<>()（）【】[\]]/g,
      '',
    );
    // the stored names a question's matches list are keyed again by every question (a term found in thousands of
    // project names at 100 000 forms: 30–50 ms a parse, several parses an answer); kept as long as the names are few
    // enough, and started again past that
    if (NAME_KEYS.size >= NAME_KEYS_KEPT) NAME_KEYS.clear();
    NAME_KEYS.set(s, key);
  }
  return key;
};

/** 街道办事处 / 街道办 / 街办 / 办事处 are one thing: the 街道 office. */
export const orgKey = (s: string) =>
  nameKey(s)
    .replace(/街道办事处|街道办|街办/g, '街道')
    .replace(/(?<!街道)办事处/g, '街道');

/** Administrative places a name is made of: 北京市 | 通州区 | 人民政府 | 大红门街道 | 党群工作办公室. A place has two
 * characters before its suffix at least: 城乡 and 社区 are words, not places. */
const PLACE_PART = /.{2,}?(?:自治区|自治州|人民政府|省|市|区|县|旗|镇|乡|街道)|.+$/gu;

/** Organisation kinds and their one-character forms in abbreviations (委员会 → 委: 发展和改革委员会 → 发改委). */
const ORG_SUFFIX: Array<[string, string]> = [
  ['委员会', '委'],
  ['办公室', '办'],
  ['管理局', '局'],
  ['局', '局'],
  ['中心', '中心'],
  ['大队', '队'],
  ['队', '队'],
  ['科', '科'],
  ['所', '所'],
  ['站', '站'],
];

/**
 * Short forms of one organisation part, by rule: the first character of each two-character word of its body
 * (发展|改革 委员会 → 发改委), the first word (党群|工作 办公室 → 党群办), the body with the short suffix.
 */
function partAbbreviations(written: string): string[] {
  // A stray character read after the name (民生保障办公室是) does not hide its short forms.
  const part = ORG_SUFFIX.some(([full]) => written.endsWith(full)) ? written : written.slice(0, -1);
  const suffix = ORG_SUFFIX.find(([full]) => part.endsWith(full) && part.length > full.length);
  if (!suffix) return [];
  const [full, short] = suffix;
  const body = part.slice(0, -full.length);
  const out = new Set(bodyAbbreviations(body, short));
  // An office's body is made of two-character words: an odd one may begin with the last character of the name
  // before it, the name broken over two lines (处党群工作办公室 after 办事处): its short forms are the rest's too.
  if (body.length >= 5 && body.length % 2 === 1 && !/[和与及、]/u.test(body))
    for (const a of bodyAbbreviations(body.slice(1), short)) out.add(a);
  out.delete(part);
  return [...out].filter((a) => a.length >= 2);
}

/** 发展|改革 → 发改委, 党群|工作 → 党群办, the body with the short suffix. */
function bodyAbbreviations(body: string, short: string): string[] {
  const words = body
    .split(/[和与及、]/)
    .filter(Boolean)
    .flatMap((w) => w.match(/.{1,2}/gu) ?? []);
  return [words.map((w) => w[0]).join('') + short, (words[0] ?? '') + short, body + short];
}

const aliasCache = new Map<string, string[]>();

/** A stored organisation name and the forms staff write it in, each as an orgKey. */
export function orgForms(name: string): string[] {
  let forms = aliasCache.get(name);
  if (forms) return forms;
  const key = orgKey(name);
  const parts = key.match(PLACE_PART) ?? [key];
  const out = new Set([key]);
  parts.forEach((part, i) => {
    for (const short of partAbbreviations(part)) {
      out.add([...parts.slice(0, i), short, ...parts.slice(i + 1)].join(''));
    }
  });
  forms = [...out];
  if (aliasCache.size > 50_000) aliasCache.clear();
  aliasCache.set(name, forms);
  return forms;
}

export interface NameMatch {
  field: NameField;
  /** A bare place or office name also names the 实施单位 that contain it (主管部门 or 实施单位). */
  alsoUnits?: string[];
  /** Stored names the term stands for. */
  values: string[];
  /** How sure: exact containment beats an abbreviation, which beats a typo. */
  how: 'contains' | 'alias' | 'similar';
  /** The Chinese a term written in pinyin was read as (tongzhou district → 通州区). */
  read?: string;
  /** Every project name holding the term, when `values` kept only the one it names whole (more words narrow these). */
  wider?: string[];
  /** Two pieces of a project's name with the words between left out (大额资金 for 大额支出…专项资金): a looser reading. */
  loose?: true;
}

/** English words for the kind of place after a name in pinyin: Dahongmen Subdistrict, Tongzhou District. */
const PLACE_KIND: Array<[RegExp, string]> = [
  [/\s*(?:sub-?district|street office|street|jiedao)(?: office)?$/, '街道'],
  [/\s*district$/, '区'],
  [/\s*city$/, '市'],
  [/\s*county$/, '县'],
  [/\s*town(?:ship)?$/, '镇'],
];

/**
 * A place, office or person written in pinyin (tongzhou, Dahongmen street, wang li), as the Chinese of the stored
 * name whose syllables it spells: two syllables at least, aligned on syllable boundaries. Null when none does.
 */
export function hanOfPinyin(term: string, vocab: Vocabulary): string | null {
  let t = term.toLowerCase().trim();
  let kind = '';
  for (const [re, han] of PLACE_KIND) {
    if (re.test(t)) {
      t = t.replace(re, '');
      kind = han;
      break;
    }
  }
  const key = t.replace(/[\s'’-]/g, '');
  if (!/^[a-z]{4,}$/.test(key)) return null;
  if (!kind) for (const person of vocab.owner) if (syllables(person).join('') === key) return person;
  for (const name of [...vocab.department, ...vocab.implementingUnit]) {
    const han = orgKey(name);
    const syl = syllables(han);
    for (let start = 0; start < syl.length; start++) {
      let spelled = '';
      for (let end = start; end < syl.length && spelled.length < key.length; end++) {
        spelled += syl[end];
        if (spelled === key && end > start) return `${han.slice(start, end + 1)}${kind}`;
      }
    }
  }
  return null;
}

/**
 * dhm / hmk: a place or office typed by the initials of its syllables, as staff abbreviate in chat (dhm 大红门, hmk
 * 河门口) — the characters of a stored 主管部门 or 实施单位 whose initials spell it. Only letters that start no English
 * word of their own (no vowel: an initial is a consonant but for a few syllables no office starts with), and only when
 * one run of characters across the stored names spells it; two (ly: 潞源 and 刘营) name neither.
 */
function hanOfInitials(term: string, vocab: Vocabulary): string | null {
  const key = term.toLowerCase().trim();
  if (!/^[bcdfghjklmnpqrstwxyz]{2,5}$/.test(key)) return null;
  const found = new Set<string>();
  for (const name of [...vocab.department, ...vocab.implementingUnit]) {
    const han = orgKey(name);
    const initials = syllables(han).map((s) => s[0] ?? '');
    for (let start = 0; start + key.length <= han.length; start++)
      if (initials.slice(start, start + key.length).join('') === key) {
        const piece = han.slice(start, start + key.length);
        if (/^\p{Script=Han}+$/u.test(piece)) found.add(piece);
      }
    if (found.size > 1) return null;
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Every run of initials in a question written as the place it spells (dhm民生办 → 大红门民生办), before it is read. */
export function placesTypedByInitials(text: string, vocab: Vocabulary): string {
  return text.replace(
    /(?<![A-Za-z])[A-Za-z]{2,5}(?![A-Za-z])/gu,
    (latin) => hanOfInitials(latin, vocab) ?? latin,
  );
}

/**
 * lu源 / da红门 / shuang井: a syllable or two typed in pinyin right before the Chinese of the same name (an input
 * method not switched back in time) — the characters of a stored office or place whose syllables it spells and that
 * the Chinese typed after it follows there. Too short alone to name anything (hanOfPinyin), it is held by the
 * characters after it.
 */
function hanSpelledBefore(latin: string, han: string | undefined, vocab: Vocabulary): string | null {
  const key = latin.toLowerCase().replace(/[\s'’-]/g, '');
  const next = han?.match(/^\p{Script=Han}/u)?.[0];
  if (!next || !/^[a-z]{1,12}$/.test(key)) return null;
  const found = new Set<string>();
  for (const name of [...vocab.department, ...vocab.implementingUnit]) {
    const chars = [...orgKey(name)];
    const syl = syllables(chars.join(''));
    for (let end = 1; end < chars.length; end++) {
      if (chars[end] !== next) continue;
      let spelled = '';
      for (let start = end - 1; start >= 0 && spelled.length < key.length; start--) {
        spelled = syl[start] + spelled;
        if (spelled === key) found.add(chars.slice(start, end).join(''));
      }
    }
  }
  // Two readings (lu源 as 潞 in one name, 路 in another): the typist's meaning is not known.
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The short forms of an office written whole (发展和改革委员会 → 发改委), of three characters at least (a shorter one
 * is a piece of many names); 区 / 县 before it is the district's and kept (区发展和改革委员会 → 区发改委). A short form
 * that another stored office is also written as (城乡办: 城乡管理办公室 and 城乡建设办公室) names neither for sure.
 */
function termShortForms(key: string, names: string[]): string[] {
  const lead = /^[区县](?=\p{Script=Han}{4,})/u.test(key) ? key[0]! : '';
  const body = key.slice(lead.length);
  const forms = orgForms(body)
    .map((f) => lead + f)
    .filter((f) => f !== key && f.length >= 3 + lead.length);
  const otherOffice = (f: string) =>
    names.some((n) => {
      const k = orgKey(n);
      return !k.includes(f) && !k.includes(body) && orgForms(n).some((g) => g.includes(f));
    });
  return forms.filter((f) => !otherOffice(f));
}

/** Organisation names (主管部门 or 实施单位) the term stands for: containment, alias, then typo tolerant. */
export function matchOrg(term: string, names: string[], field: NameField): NameMatch | null {
  const key = orgKey(term);
  // 街道 / 单位 / 办公室 alone name a kind of organisation, not one: containment would match most of the portfolio.
  if (key.length < 2 || isClassWord(key)) return null;
  // Containment and the derived short forms together: 城乡办 is 城乡管理办公室 and also a unit written 城乡办、平安办.
  const contains = names.filter((n) => orgKey(n).includes(key));
  // 区发展和改革委员会 typed whole names 通州区发改委 too: the stored name holding one of the term's own short forms.
  const shortForms = termShortForms(key, names);
  const alias = names.filter(
    (n) =>
      !contains.includes(n) &&
      (orgForms(n).some((f) => f.includes(key)) || shortForms.some((f) => orgKey(n).includes(f))),
  );
  if (contains.length || alias.length) {
    return { field, values: [...contains, ...alias], how: contains.length ? 'contains' : 'alias' };
  }
  // Places run together (丰台大红门, 通州潞源): each piece a place of the same stored name, in its order.
  const lasts = new Set(names.map((n) => lastJoinedPlace(key, n)).filter((p) => p !== null));
  if (lasts.size) {
    // The last place is the one meant; a name holding it with no place above it written (大红门街道办事处 under
    // 丰台大红门) is the same office; one under another district or city is not.
    const joined = names.filter(
      (n) => lastJoinedPlace(key, n) !== null || [...lasts].some((p) => placeAtTop(p, n)),
    );
    return { field, values: joined, how: 'alias' };
  }
  const typos = allowedTypos(key.length);
  const similar = names.filter(
    (n) =>
      orgForms(n).some(
        (f) => (key.length >= 3 && soundsWithin(key, f)) || (typos > 0 && substringDistance(key, f) <= typos),
      ) || placeHomophone(key, n),
  );
  return similar.length ? { field, values: similar, how: 'similar' } : null;
}

/** 通州区 → 通州, 大红门街道 → 大红门: a place part without the kind of place it is (two characters left at least). */
const PLACE_KIND_SUFFIX = /(?:自治区|自治州|省|市|区|县|旗|镇|乡|街道)$/u;
function placeForms(part: string): string[] {
  const body = part.replace(PLACE_KIND_SUFFIX, '');
  return [...new Set([part, ...(body.length >= 2 ? [body] : []), ...partAbbreviations(part)])];
}

const partsCache = new Map<string, string[]>();
/**
 * The place parts of a stored organisation name (北京市 | 丰台区 | 人民政府 | 大红门街道 | 党群工作办公室), kept per
 * name: every piece of a question's words is compared with every office's parts.
 */
function partsOf(name: string): string[] {
  let parts = partsCache.get(name);
  if (parts) return parts;
  parts = orgKey(name)
    // 人民政府 is a part of its own even with no place before it (丰台区人民政府大红门街道).
    .split(/(人民政府)/u)
    .filter(Boolean)
    .flatMap((piece) => piece.match(PLACE_PART) ?? [piece]);
  if (partsCache.size > 50_000) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

/**
 * When the term is two places or more of one stored name written one after the other, each whole or without its
 * kind (丰台大红门 = 丰台区 … 大红门街道, 通州潞源 = 通州区 潞源街道; the name's parts in their order, some left out):
 * the last of them as the name writes it (大红门街道). Null otherwise.
 */
function lastJoinedPlace(key: string, name: string): string | null {
  const parts = partsOf(name);
  if (parts.length < 2) return null;
  const from = (at: number, part: number, pieces: number): string | null => {
    for (let p = part; p < parts.length; p++) {
      for (const f of placeForms(parts[p]!)) {
        if (!key.startsWith(f, at)) continue;
        if (at + f.length === key.length) {
          if (pieces >= 1) return parts[p]!;
          continue;
        }
        const last = from(at + f.length, p + 1, pieces + 1);
        if (last) return last;
      }
    }
    return null;
  };
  return from(0, 0, 0);
}

/** Whether the name holds this place with no other place written before it (大红门街道办事处 holds 大红门街道). */
const placeAtTop = (place: string, name: string) => {
  const parts = partsOf(name);
  const at = parts.indexOf(place);
  return at >= 0 && parts.slice(0, at).every((p) => !PLACE_KIND_SUFFIX.test(p) && p !== '人民政府');
};

/**
 * A two-character place typed with a homophone (通洲 for 通州, 璐源 for 潞源, 双进 for 双井): the syllables of a place
 * of the name without its kind — alike as a hurried typist's are (similar.ts looseSyllable) —, one character the same. Longer terms are matched by sound anywhere (soundsWithin).
 */
function placeHomophone(key: string, name: string): boolean {
  if (key.length !== 2) return false;
  const sound = syllables(key).join(' ');
  return partsOf(name).some((part) => {
    const body = part.replace(PLACE_KIND_SUFFIX, '');
    return (
      body.length === 2 &&
      body !== key &&
      [...key].some((c) => body.includes(c)) &&
      (syllables(body).join(' ') === sound || soundsLooselyAlike(key, body))
    );
  });
}

/** Whether the term sounds like (part of) a stored department or unit name: 河门口街到 ~ 河门口街道. */
export function soundsLikeOrg(term: string, vocab: Vocabulary): boolean {
  const key = orgKey(term);
  if (key.length < 3) return false;
  return [...vocab.department, ...vocab.implementingUnit].some((n) =>
    orgForms(n).some((f) => f !== key && !f.includes(key) && soundsWithin(key, f)),
  );
}

/** 项目 / 的项目 / 这个项目 at the end of a term is the word, not part of the name. */
const stripProjectWord = (key: string) =>
  key
    .replace(/(这个|那个|的)?(项目|project)$/u, '')
    // 有个叫X的项目 / 名叫X / 名称是X: the words that introduce a name are not part of it.
    .replace(/^(?:有个|有一个)?(?:叫做|叫作|名叫|名为|名称为|名称是|叫)(?=.{2,})/u, '');

/** Project names the term stands for: containment (the term inside the name, or the name inside the term), else
 * the clearly most similar names. */
const keyCache = new WeakMap<string[], string[]>();
/** nameKey of every name of a list, computed once per vocabulary (and for the names an upload appends to it). */
export function keysOf(names: string[], upTo = names.length): string[] {
  let keys = keyCache.get(names);
  if (!keys) {
    keys = [];
    keyCache.set(names, keys);
  }
  for (let i = keys.length; i < upTo; i++) keys.push(nameKey(names[i]!));
  return keys;
}

/**
 * The sound keys (similar.ts soundKey) of a list's names in one text, a line each, and where each line starts: a
 * sound is found among 100 000 names by one string search instead of a test per name. Built once per vocabulary and
 * extended with the names appended to it.
 */
interface SoundText {
  text: string;
  starts: number[];
}
const soundTextCache = new WeakMap<string[], SoundText>();
function soundTextOf(names: string[], upTo = names.length): SoundText {
  const keys = keysOf(names, upTo);
  let sounds = soundTextCache.get(names);
  if (!sounds) {
    sounds = { text: '', starts: [] };
    soundTextCache.set(names, sounds);
  }
  let added = '';
  for (let i = sounds.starts.length; i < upTo; i++) {
    sounds.starts.push(sounds.text.length + added.length);
    added += `${soundKey(keys[i]!)}\n`;
  }
  if (added) sounds.text += added;
  return sounds;
}

const soundingCache = new WeakMap<string[], Map<string, number[]>>();

/**
 * Positions (ascending) of the names whose sound key holds `needle`'s. A search reads every name's sound key (~10 ms
 * at 100 000 names), and one answer parses its words several times over: remembered per list of names and its length
 * (names appended later make another search).
 */
function sounding(names: string[], needle: string): number[] {
  let seen = soundingCache.get(names);
  if (!seen || seen.size > 1000) {
    seen = new Map();
    soundingCache.set(names, seen);
  }
  const key = `${names.length}:${needle}`;
  let found = seen.get(key);
  if (!found) {
    found = soundingNow(names, needle);
    seen.set(key, found);
  }
  return found;
}

function soundingNow(names: string[], needle: string): number[] {
  const { text, starts } = soundTextOf(names);
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    // the line holding `at`: the last start not after it
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    if (out.at(-1) !== lo) out.push(lo);
  }
  return out;
}

/**
 * A vocabulary's name keys indexed: each bigram → the positions of the names holding it (ascending) and how often;
 * each key's bigram count; each key → its positions. Built once per vocabulary, so that finding the names that
 * contain a term, that a term contains, or that share its bigrams reads a few postings, not 100 000 names. Names
 * appended to the list later (src/query/vocabulary.ts) are indexed at their positions, which keeps postings ascending.
 */
interface NameIndex {
  postings: Map<string, Array<[number, number]>>;
  totals: number[];
  byKey: Map<string, number[]>;
}
const indexCache = new WeakMap<string[], NameIndex>();

/** `upTo`: only the first names indexed (a build done a slice at a time, indexNames); a question indexes them all. */
function nameIndexOf(names: string[], upTo = names.length): NameIndex {
  let index = indexCache.get(names);
  if (!index) {
    index = { postings: new Map(), totals: [], byKey: new Map() };
    indexCache.set(names, index);
  }
  const keys = keysOf(names, upTo);
  for (let i = index.totals.length; i < upTo; i++) {
    const k = keys[i]!;
    let total = 0;
    for (const [g, n] of bigramsOf(k)) {
      total += n;
      const at = index.postings.get(g);
      if (at) at.push([i, n]);
      else index.postings.set(g, [[i, n]]);
    }
    index.totals[i] = total;
    const same = index.byKey.get(k);
    if (same) same.push(i);
    else index.byKey.set(k, [i]);
  }
  return index;
}

/**
 * Indexes up to `count` more names of the list (keys, bigram postings and sound keys, as a question would), and says
 * how many of them are indexed now: the whole list is then indexed once that is its length. A build over 100 000 names takes
 * seconds, so warm-up.ts does it a slice at a time with the event loop free in between.
 */
export function indexNames(names: string[], count: number): number {
  const upTo = Math.min(names.length, (indexCache.get(names)?.totals.length ?? 0) + count);
  // The sound text too (~0.3 s over 100 000 names): the first question typed with a homophone need not build it.
  soundTextOf(names, upTo);
  return nameIndexOf(names, upTo).totals.length;
}

/**
 * Positions (ascending) of the names that may hold every one of the bigrams: those of the rarest one's postings.
 * Each must still be tested; a bigram no name holds leaves none.
 */
function holdingAll(index: NameIndex, grams: string[]): number[] {
  let rarest: Array<[number, number]> | undefined;
  for (const g of grams) {
    const at = index.postings.get(g) ?? [];
    if (!rarest || at.length < rarest.length) rarest = at;
  }
  return (rarest ?? []).map(([i]) => i);
}

/** Positions (ascending) of the names whose key contains `key` (two characters at least). */
function containing(names: string[], key: string): number[] {
  const keys = keysOf(names);
  return holdingAll(nameIndexOf(names), [...bigramsOf(key).keys()]).filter((i) => keys[i]!.includes(key));
}

/** The names whose key contains `key` (two characters at least), as stored. */
export function namesContaining(names: string[], key: string): string[] {
  return containing(names, key).map((i) => names[i]!);
}

/** Positions (ascending) of the names whose key, `min` characters at least, lies inside `key`: its substrings looked up. */
function insideOf(names: string[], key: string, min: number): number[] {
  const { byKey } = nameIndexOf(names);
  const found = new Set<number>();
  for (let start = 0; start + min <= key.length; start++)
    for (let end = start + min; end <= key.length; end++)
      for (const i of byKey.get(key.slice(start, end)) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

/**
 * The names whose bigramSimilarity with the key is one half at least, with it, in list order. Such a name shares a
 * third of the key's bigrams at least (2·shared ≥ (own + its total) / 2 and its total ≥ shared), so it holds one of
 * the key's rarest bigrams making up more than two thirds of them: only those bigrams' postings are read (a long
 * phrase of common words, 经费 / 活动 / -6, would otherwise count tens of thousands of names), and each name found
 * that may still reach one half is scored on all the key's bigrams.
 */
function similarByHalf(names: string[], key: string): Array<[number, number]> {
  const index = nameIndexOf(names);
  const own = bigramsOf(key);
  let ownTotal = 0;
  for (const n of own.values()) ownTotal += n;
  const byRarity = [...own].sort(
    ([a], [b]) => (index.postings.get(a)?.length ?? 0) - (index.postings.get(b)?.length ?? 0),
  );
  // Shared counts over those rarest bigrams; a name whose count with the rest of the key's bigrams added cannot
  // reach one half is left without being scored.
  const counted = new Map<number, number>();
  let covered = 0;
  for (const [g, n] of byRarity) {
    if (3 * covered > 2 * ownTotal) break;
    for (const [i, m] of index.postings.get(g) ?? []) counted.set(i, (counted.get(i) ?? 0) + Math.min(n, m));
    covered += n;
  }
  const keys = keysOf(names);
  const out: Array<[number, number]> = [];
  for (const [i, c] of counted) {
    if (4 * (c + ownTotal - covered) < ownTotal + index.totals[i]!) continue;
    let shared = 0;
    for (const [g, m] of bigramsOf(keys[i]!)) shared += Math.min(m, own.get(g) ?? 0);
    const score = (2 * shared) / (ownTotal + index.totals[i]!);
    if (score >= 0.5) out.push([i, score]);
  }
  out.sort(([a], [b]) => a - b);
  return out;
}

/**
 * The keys of the names whose key contains `key`, read from the bigram index: a filter over every key, per piece of
 * a question tried, took tens of milliseconds at 100 000 projects.
 */
export function keysContaining(names: string[], key: string): string[] {
  const keys = keysOf(names);
  if (key.length < 2) return keys.filter((k) => k.includes(key));
  return containing(names, key).map((i) => keys[i]!);
}

/**
 * How many names hold every one of the keys (and meet `also`, on the name's key), counted no further than `atMost`:
 * whether a piece is held at all, or by two names, is known from the first postings read. Listing them all instead
 * read ~55 000 names for a piece as common as 2023年, several times per question with 和 in it (0.4–1.5 s at 100 000
 * projects). The candidates are the postings of the rarest bigram of any key (a name holding every key holds each of
 * their bigrams); keys of one character or none have no bigram and are only tested.
 */
export function countContaining(
  names: string[],
  keys: string[],
  atMost: number,
  also: (key: string) => boolean = () => true,
): number {
  const all = keysOf(names);
  const meets = (k: string) => keys.every((key) => k.includes(key)) && also(k);
  const index = nameIndexOf(names);
  let rarest: Array<[number, number]> | undefined;
  for (const key of keys) {
    if (key.length < 2) continue;
    for (const g of bigramsOf(key).keys()) {
      const at = index.postings.get(g) ?? [];
      if (!rarest || at.length < rarest.length) rarest = at;
    }
  }
  let n = 0;
  if (rarest) {
    for (const [i] of rarest) if (meets(all[i]!) && ++n >= atMost) break;
  } else {
    for (const k of all) if (meets(k) && ++n >= atMost) break;
  }
  return n;
}

/** The names (as stored) holding every one of the terms (X、Y, a cell naming two people), found by the bigram index. */
export function namesHoldingAll(names: string[], terms: string[]): string[] {
  const keys = terms.map(nameKey).filter((k) => k.length >= 2);
  if (!keys.length || keys.length !== terms.length) return [];
  const all = keysOf(names);
  return containing(names, keys[0]!)
    .filter((i) => keys.every((k) => all[i]!.includes(k)))
    .map((i) => names[i]!);
}

/** Whether any of the names contains the term (nameKey, cached per list): a cheap test before resolving. */
export const someNameContains = (names: string[], term: string) => {
  const key = nameKey(term);
  // A key of one character (or none) has no bigram to look up: every name is read, as it is cheap enough then.
  return key.length < 2 ? keysOf(names).some((k) => k.includes(key)) : containing(names, key).length > 0;
};

/** What may surround a project's name inside the words typed: a year, 的, 这个/那个, 项目. */
const INSIDE_REST = /^(?:20\d{2}|\d{2}|年度|年|的|这个|那个|该|项目|project)*$/u;

/** A year written before a project's name (2023年…, 2023…): not part of what the words name. */
const withoutYear = (key: string) => key.replace(/^(?:20\d{2}|\d{2})(?:年度|年)?/u, '');

export function matchProject(term: string, names: string[]): NameMatch | null {
  const keys = keysOf(names);
  const full = nameKey(term);
  for (const key of full === stripProjectWord(full) ? [full] : [full, stripProjectWord(full)]) {
    if (key.length < 2) continue;
    const at = containing(names, key);
    const contains = at.map((i) => names[i]!);
    // 城乡基层党组织服务群众经费 stored as such and inside two longer names: the words name that one (a year before
    // it aside); the others are named only by more words (区级, 2023年…).
    const whole = at.filter((i) => withoutYear(keys[i]!) === withoutYear(key)).map((i) => names[i]!);
    if (whole.length && whole.length < contains.length)
      return { field: 'projectName', values: whole, how: 'contains', wider: contains };
    if (contains.length) return { field: 'projectName', values: contains, how: 'contains' };
  }
  const key = stripProjectWord(full);
  // 习峰园 for 习风园: three characters typed with a homophone — the piece of one or two names that sounds the same,
  // its first and last characters as typed (a closer test than for longer words, which are not read this short).
  if (key.length === 3 && /^\p{Script=Han}{3}$/u.test(key)) {
    const sounds = sounding(names, soundKey(key))
      .filter((i) => {
        // the same first and last character, one between typed by its sound: 习峰园 for 习风园 (所经废, the end of
        // 统计所经废, is left to the reading of the whole name typed)
        const at = keys[i]!.indexOf(key[0]!);
        return at >= 0 && keys[i]![at + 2] === key[2];
      })
      .map((i) => names[i]!);
    return sounds.length && sounds.length <= 2
      ? { field: 'projectName', values: sounds, how: 'similar' }
      : null;
  }
  if (key.length < 4) return null;
  // A name inside the words only when the rest is nothing but a year or a word for "project": 城乡…经费和免费开放
  // 补助资金 (a run joined over 和) is two names, never the first with the second dropped.
  const inside = insideOf(names, key, 4)
    .filter((i) => INSIDE_REST.test(key.split(keys[i]!).join('')))
    .map((i) => names[i]!);
  if (inside.length) return { field: 'projectName', values: inside, how: 'contains' };
  // Two words of the name with the words between left out (老旧小区改造 for 老旧小区完善类改造项目), in its order:
  // such a name holds the key's first two characters and its last two.
  const gapped = holdingAll(nameIndexOf(names), [key.slice(0, 2)])
    .filter((i) => keys[i]!.includes(key.slice(-2)) && inTwoPieces(key, keys[i]!))
    .map((i) => names[i]!);
  if (gapped.length && gapped.length <= 5)
    return { field: 'projectName', values: gapped, how: 'contains', loose: true };
  // 朗清园警务室 for 朗清园社区警务工作室…: the words in the name's order with more than one gap (社区, 工作), each
  // piece two characters at least but one (室); the candidates are the names holding the first two characters.
  const ordered =
    key.length >= 5
      ? holdingAll(nameIndexOf(names), [key.slice(0, 2)])
          .filter((i) => inPiecesInOrder(key, keys[i]!))
          .map((i) => names[i]!)
      : [];
  if (ordered.length && ordered.length <= 2)
    return { field: 'projectName', values: ordered, how: 'contains', loose: true };
  // 双井的疫情防控资金 / 双井那些疫情防控资金: two pieces of names joined by 的 or a pointing word — every name holding
  // both, in that order (by similarity only the one nearest the words was found, its twin left out).
  const pieces = joinedPieces(key);
  if (pieces) {
    const [a, b] = pieces;
    const both = containing(names, b)
      .filter((i) => {
        const at = keys[i]!.indexOf(a);
        return at >= 0 && keys[i]!.indexOf(b, at + a.length) >= 0;
      })
      .map((i) => names[i]!);
    if (both.length && both.length <= 5)
      return { field: 'projectName', values: both, how: 'contains', loose: true };
    // 朗清园那个警务室装修的: the second piece said short too (警务室装修 for 警务工作室装饰装修), in order after the first
    const after = holdingAll(nameIndexOf(names), [a.slice(0, 2)])
      .filter((i) => {
        const at = keys[i]!.indexOf(a);
        return at >= 0 && b.length >= 4 && inPiecesInOrder(b, keys[i]!.slice(at + a.length));
      })
      .map((i) => names[i]!);
    if (after.length && after.length <= 2)
      return { field: 'projectName', values: after, how: 'contains', loose: true };
  }
  // The clearly most similar: within 0.05 of the best, one half at least (a best below that leaves none).
  let best = 0;
  const scored: Array<[string, number]> = [];
  for (const [i, s] of similarByHalf(names, key)) {
    scored.push([names[i]!, s]);
    best = Math.max(best, s);
  }
  const typos = allowedTypos(key.length);
  const close = scored
    .filter(([, s]) => s >= best - 0.05)
    .filter(([n]) => substringDistance(key, nameKey(n)) <= Math.max(typos, Math.floor(key.length / 3)));
  if (close.length && close.length <= 5)
    return { field: 'projectName', values: close.map(([n]) => n), how: 'similar' };
  // By sound (大洪门 for 大红门), among names sharing a character with the term: a search in the names' sound keys.
  const sounds =
    key.length < 3
      ? []
      : sounding(names, soundKey(key))
          .filter((i) => [...key].some((c) => keys[i]!.includes(c)))
          .map((i) => names[i]!);
  return sounds.length && sounds.length <= 5
    ? { field: 'projectName', values: sounds, how: 'similar' }
    : null;
}

/**
 * The stored project names that sound exactly like the words, character for character (统计所经废 for 统计所经费: one
 * character typed as its homophone), none written the same: a typo of the whole name, not a name by similarity. At
 * most five; none for fewer than four characters.
 */
const soundingAsCache = new WeakMap<string[], Map<string, string[]>>();
export function projectsSoundingAs(term: string, names: string[]): string[] {
  const key = stripProjectWord(nameKey(term));
  if (key.length < 4) return [];
  // asked again of the same words by every reading of a story (story.ts): remembered per list of names
  let seen = soundingAsCache.get(names);
  if (!seen || seen.size > 1000) {
    seen = new Map();
    soundingAsCache.set(names, seen);
  }
  const known = seen.get(`${names.length}:${key}`);
  if (known) return known;
  const found = soundingAs(key, names);
  seen.set(`${names.length}:${key}`, found);
  return found;
}

function soundingAs(key: string, names: string[]): string[] {
  const keys = keysOf(names);
  const sound = soundKey(key);
  const found = sounding(names, `${sound}\n`)
    .filter((i) => keys[i] !== key && soundKey(keys[i]!) === sound)
    .map((i) => names[i]!);
  return found.length <= 5 ? found : [];
}

/** The two pieces of words joined by one 的 or pointing word (双井的|疫情防控资金), two characters each at least. */
function joinedPieces(key: string): [string, string] | null {
  const m = /^(\p{Script=Han}{2,}?)(?:的|那些|这些|那几个|这几个|那个|这个)(\p{Script=Han}{2,})$/u.exec(key);
  if (!m || /的|那|这/u.test(m[2]!) || GENERIC_PIECE.test(m[2]!)) return null;
  return [m[1]!, m[2]!];
}

/**
 * A word every kind of project's name may end in (经费, 资金, 专项, 项目): after 的 it is the money or the projects of
 * what comes before (潞源的经费 is 潞源's money), not a piece naming one project (…潞源街道第五次经济普查经费).
 */
const GENERIC_PIECE = /^(?:专项)?(?:经费|资金|款项|款子|钱|项目|专项|补助|补贴|拨款)$/u;

/**
 * Whether `key` is pieces of `name` in the name's order, cut where the name goes on with words left out: each piece
 * the longest that is found from there, two characters at least except one (警务|室 of 警务工作室), the first piece two
 * at least. Three pieces at most: more is no name said short but characters picked out.
 */
function inPiecesInOrder(key: string, name: string): boolean {
  let from = 0;
  let singles = 0;
  let pieces = 0;
  for (let i = 0; i < key.length; ) {
    let len = key.length - i;
    while (len > 0 && name.indexOf(key.slice(i, i + len), from) < 0) len--;
    if (len === 0) return false;
    if (len === 1 && (i === 0 || ++singles > 1)) return false;
    // (Four pieces of a long run — 朗清园警务室装修: 朗清园 / 警务 / 室 / 装修 — say as much as three of a short one.)
    if (++pieces > (key.length >= 7 ? 4 : 3)) return false;
    from = name.indexOf(key.slice(i, i + len), from) + len;
    i += len;
  }
  return pieces > 1;
}

/** Whether `key` is two pieces of `name` (two characters each at least) in the name's order. */
function inTwoPieces(key: string, name: string): boolean {
  for (let cut = 2; cut <= key.length - 2; cut++) {
    const at = name.indexOf(key.slice(0, cut));
    if (at >= 0 && name.indexOf(key.slice(cut), at + cut) >= 0) return true;
  }
  return false;
}

/**
 * Whether a project's name was found only loosely: by similarity, in two pieces, or from a word too short to name
 * one project (书记, 街道, 统计所 are words of general Chinese inside many names). Inside a story or a background
 * clause such a match is what the story is about, not a project the question names: said back, never a filter.
 */
export function looseProjectMatch(term: string, match: NameMatch): boolean {
  if (match.field !== 'projectName') return false;
  if (match.how === 'similar' || match.loose) return true;
  const key = withoutYear(stripProjectWord(nameKey(term)));
  return key.length < 4 && !match.values.some((v) => withoutYear(nameKey(v)) === key);
}

/**
 * Whether a term of two characters was found only inside an office's derived short forms, none of which it is (党工
 * inside 党工办, read out of 开党工委会; 建办 inside 社建办, out of 党建办): a piece of an abbreviation names no office.
 */
export function abbreviationPiece(term: string, match: NameMatch): boolean {
  const key = orgKey(term);
  if (match.how !== 'alias' || key.length > 2) return false;
  return !match.values.some((v) => orgForms(v).includes(key));
}

/**
 * Whether a resolved name names a place, an office or a person as a whole word (潞源, 河门口街道, 发改委, 王丽), not a
 * common word found inside an office's name (工作 in 党群工作办公室).
 */
export function namesWhole(term: string, match: NameMatch): boolean {
  if (match.field === 'owner' || match.how === 'alias') return match.how !== 'similar';
  if (match.field === 'projectName' || match.how === 'similar') return false;
  const key = orgKey(term);
  // The term starts the name or follows a place or an office in it: 北京市通州区|潞源街道, 人民政府|望京街道, or another
  // office of a cell naming two (城乡办、|平安办).
  return [...match.values, ...(match.alsoUnits ?? [])].some((v) => {
    const name = orgKey(v);
    for (let at = name.indexOf(key); at >= 0; at = name.indexOf(key, at + 1)) {
      if (at === 0 || /(省|市|区|县|旗|镇|乡|街道|政府|委员会|办公室|局|、)$/u.test(name.slice(0, at)))
        return true;
    }
    return false;
  });
}

/**
 * A person's name as stored (项目负责人): exactly, else typed with a homophone (周雷莹 for 周蕾莹) — every syllable the
 * same, the name's length the same, and one stored person only; a name that merely looks alike is not a person.
 */
export function matchOwner(term: string, names: string[]): NameMatch | null {
  const key = nameKey(term);
  const keys = keysOf(names);
  const values = names.filter((_, i) => keys[i] === key);
  if (values.length) return { field: 'owner', values, how: 'contains' };
  if (!/^\p{Script=Han}{2,4}$/u.test(key)) return null;
  const sound = syllables(key).join(' ');
  const alike = [
    ...new Set(
      names.filter((_, i) => keys[i]!.length === key.length && syllables(keys[i]!).join(' ') === sound),
    ),
  ];
  return alike.length === 1 ? { field: 'owner', values: alike, how: 'similar', read: alike[0]! } : null;
}

/**
 * What a free term of a question names. Places and organisations first (a term ending like one, or found among
 * them), then people, then projects. Null when nothing in the store fits: the term is then reported unplaced.
 */
export function resolveTerm(
  term: string,
  vocab: Vocabulary,
  prefer?: NameField,
  options: { projects?: boolean } = {},
): NameMatch | null {
  // Pinyin, alone or before Chinese: tongzhou district 发展和改革委员会 = 通州区发展和改革委员会.
  const latin = /^([a-z][a-z\s'’-]*?)\s*(\p{Script=Han}.*)?$/iu.exec(term);
  if (latin) {
    const place = hanOfPinyin(latin[1]!, vocab) ?? hanSpelledBefore(latin[1]!, latin[2], vocab);
    const han = place === null ? null : `${place}${latin[2] ?? ''}`;
    const match = han ? resolveTerm(han, vocab, prefer, options) : null;
    return match ? { ...match, read: han! } : null;
  }
  // 涉及多少资金 / 各部门经费合计: a word every kind of project's name may hold is the money or the projects, never a
  // name (it had kept the 41 projects whose names hold 资金).
  if (/^(?:经费|资金|款项|款子|钱|拨款)$/u.test(nameKey(term))) return null;
  if (prefer === 'owner') return matchOwner(term, vocab.owner);
  if (prefer === 'projectName') return matchProject(term, vocab.projectName);
  if (prefer === 'implementingUnit' || prefer === 'department') {
    const org = matchOrg(term, vocab[prefer], prefer);
    if (org) return org;
    // 主管部门是办公室: a word of a kind of office alone names none — unless the column it labels holds it as written,
    // whole (a form whose 主管部门 reads just 办公室); then that cell's value, never a project holding the word.
    const key = orgKey(term);
    const whole = isClassWord(key) ? vocab[prefer].filter((n) => orgKey(n) === key) : [];
    return whole.length ? { field: prefer, values: whole, how: 'contains' } : null;
  }
  const owner = matchOwner(term, vocab.owner);
  if (owner) return owner;
  const dept = matchOrg(term, vocab.department, 'department');
  const unit = matchOrg(term, vocab.implementingUnit, 'implementingUnit');
  if (dept && dept.how !== 'similar') {
    return unit && unit.how !== 'similar' ? { ...dept, alsoUnits: unit.values } : dept;
  }
  if (unit && unit.how !== 'similar') return unit;
  // Offices and people only (a story's words tested substring by substring): project names are the costly match.
  if (options.projects === false) return dept && unit ? { ...dept, alsoUnits: unit.values } : (dept ?? unit);
  // 街道 / 办公室 alone, unasked as a name's piece (项目名称里有街道 prefers the names): a kind of organisation, never
  // the projects whose names happen to hold it (哪个街道多 had been read as the 9 projects named …街道…)
  if (isClassWord(orgKey(term))) return null;
  const project = matchProject(term, vocab.projectName);
  if (project && project.how !== 'similar') return project;
  // 城市低保 / 五经普: a short form of general administrative Chinese, written out, found in a stored name.
  const expanded = expandedShortForms(term);
  const written = expanded ? matchProject(expanded, vocab.projectName) : null;
  if (written && written.how !== 'similar') return written;
  if (dept && unit) return { ...dept, alsoUnits: unit.values };
  return dept ?? unit ?? project;
}

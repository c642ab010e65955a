/**
 * A field's name typed with a homophone after its first character (执行律 for 执行率, 负贵人 for 负责人, 联系电化 for
 * 联系电话, 满意读 for 满意度), written right before the readers of whole phrases see the text — the checks said in
 * staff's words (problem-words.ts: 执行律填错的 is the rate mismatch, not any error of the form; 执行绿写的100% but the money
 * not spent is the rate rounded up) key on the field's
 * own characters. The tokenizer corrects such words too (tokens.ts), with the context it weighs, and says so; this
 * pass only lets the phrase readers see the word the tokenizer will read, and only right before words saying it is
 * wrong (填错 / 算错 / 不对) or what it was written as (写的100%): read anywhere, 总分至少 had sounded like 总分值少. Fields of three characters or more,
 * the first character as typed, every other one sounding the same; never where the typed characters are a word of
 * general Chinese.
 */
import { FIELDS } from './fields.ts';
import { isGeneralWord } from './harmless.ts';
import { syllables } from './similar.ts';

/** The fields' own words of three to six Chinese characters, longest first. */
const WORDS = [
  ...new Set(
    Object.values(FIELDS)
      .flatMap((f) => [f.label, ...(f.words ?? [])])
      // (a field's word that asks — 得了多少分 — is no name of it)
      .filter((w) => /^\p{Script=Han}{3,6}$/u.test(w) && !/多少|几|哪|什么|啥|谁/u.test(w)),
  ),
].sort((a, b) => b.length - a.length);

const BY_FIRST = new Map<string, string[]>();
for (const word of WORDS) BY_FIRST.set(word[0]!, [...(BY_FIRST.get(word[0]!) ?? []), word]);

/** What the checks said in words say after the field: it was written or worked out wrong. */
const SAID_WRONG =
  /^\s*(?:都|也|是|又)?(?:填|写|算|录|报)?(?:得|的)?(?:错|有误|不对|不一致|对不上|不符)|^\s*(?:都|也)?(?:写|填)(?:的|成|了|为)(?:是)?\s*\d/u;

export function fieldHomophones(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const found = (BY_FIRST.get(text[i]!) ?? []).find(
      (word) =>
        soundsAs(text.slice(i, i + word.length), word) && SAID_WRONG.test(text.slice(i + word.length)),
    );
    out += found ?? text[i]!;
    i += found?.length ?? 1;
  }
  return out;
}

function soundsAs(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed === word || !/^\p{Script=Han}+$/u.test(typed)) return false;
  if (isGeneralWord(typed) || isGeneralWord(typed.slice(1))) return false;
  const [a, b] = [syllables(typed), syllables(word)];
  return a.every((s, k) => s === b[k]);
}

/** The groups a question goes over (每个街道, 按部门): the nouns that 每个 / 各 / 按 put before a ranking or a count. */
const GROUP_NOUNS = ['街道', '部门', '单位', '科室', '社区'];
const GROUP_SOUNDS = GROUP_NOUNS.map((noun) => [noun, syllables(noun).join(' ')] as const);
/** Two characters after a word of "each" or "by": where a group noun stands. */
const AFTER_EACH = /(每个|每一个|各个|按照|按)(\p{Script=Han}{2})/gu;

/**
 * 每个接到预算最少的 (每个街道: jiē dào typed as 接到): a group noun typed with a homophone right after 每个 / 各个 / 按,
 * where only a group stands — read as that noun even though the characters typed are a word of general Chinese.
 */
export function groupHomophones(text: string): string {
  return text.replace(AFTER_EACH, (m, each: string, typed: string) => {
    const noun = groupNounSounded(typed);
    return noun ? `${each}${noun}` : m;
  });
}

/** What the answer says it read: 「接到」按「街道」理解. */
export function groupHomophonesSaid(text: string): Array<[string, string]> {
  return [...text.matchAll(AFTER_EACH)].flatMap((m) => {
    const noun = groupNounSounded(m[2]!);
    return noun ? [[m[2]!, noun] as [string, string]] : [];
  });
}

function groupNounSounded(typed: string): string | null {
  if (GROUP_NOUNS.includes(typed)) return null;
  const sounds = syllables(typed).join(' ');
  return GROUP_SOUNDS.find(([, s]) => s === sounds)?.[0] ?? null;
}

/**
 * Words that point back to something the same message has already said, and so add nothing to the query: a
 * person's pronoun after that person was named (「项目负责人：牛艳维」——她负责几个项目), a demonstrative with a
 * classifier right after a description (就是有扣分的那种 / 这类), and a word said a second time (满意度没拿满分的项目
 * 满意度 有哪些 — voice input restating itself). Only a back reference to something placed counts: a 她 with no
 * person named before it (a follow-up, context.ts) or a 那种 with no description before it stays unplaced.
 */

/** Third-person pronouns of a person, and the demonstrative forms that stand for one (这个人, 此人). */
const PERSON_PRONOUN = /^(?:他|她|此人|这个人|这人|这位|该同志|该负责人)$/u;

/** A classifier of kinds after 这 / 那: 那种, 这类, 这样. */
const KIND_CLASSIFIER = /^(?:种|类|样|一种|一类)$/u;
/** What must stand right before such a classifier: a description ended by 的, then the demonstrative. */
const AFTER_DESCRIPTION = /的\s*[这那]\s*$/u;

/**
 * Whether a word of a free run only refers back: `before` is the normalised text before it, `named` whether a
 * stored person or project was named earlier in the message.
 */
export function refersBack(
  word: string,
  before: string,
  named: { person: boolean; project: boolean },
): boolean {
  if (PERSON_PRONOUN.test(word)) return named.person;
  // 这个人 / 那位 split by the lexicon (这个 is a filler): the 人 after the demonstrative.
  if (/^(?:人|位)$/u.test(word) && /[这那此该](?:个|位)?\s*$/u.test(before)) return named.person;
  // 有个经济大脑项目，它的全年预算是多少: the one project named.
  if (word === '它') return named.project;
  if (KIND_CLASSIFIER.test(word)) return AFTER_DESCRIPTION.test(before);
  return false;
}

/** Kinds of word whose repetition adds nothing: a field, a condition named by a noun, a stored name. */
const CONTENT_KINDS = new Set(['field', 'concept', 'entity']);

/** A word of the question as it was read (before the parser rewrote its token) and whether the query used it. */
export interface SaidWord {
  text: string;
  used: boolean;
  kind: string;
  /** The token as read, to compare two readings. */
  key: string;
}

/**
 * A lexicon word left unused that the message has used already: said twice, counted once. A content word (a
 * field, a condition's noun, a name) typed the same anywhere, or a word of being empty right after another of the
 * same sense (总分空着没写: 空着 and 没写 say one thing). A negation, a comparison or a number said again may be
 * meant as a second condition, so it stays unplaced.
 */
export function saidTwice(at: number, all: readonly SaidWord[]): boolean {
  const item = all[at]!;
  if (item.kind === 'empty') {
    const prev = all[at - 1];
    return !!prev && prev.used && prev.key === item.key;
  }
  return (
    CONTENT_KINDS.has(item.kind) &&
    all.some((o) => o !== item && o.used && o.kind === item.kind && o.text === item.text)
  );
}

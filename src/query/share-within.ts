/**
 * A share asked within a set (总分低于100分的项目中，大红门的占多少): the projects of the set that are also of the part,
 * over the set — never over every project (it had been taken over all 169: 31 of 169 for 31 of 48). Said as the
 * arithmetic reader reads a share of two sets: 大红门总分低于100分的项目占总分低于100分的项目的比例是多少.
 *
 * Only when both sides are short phrases of their own (no pause inside, no second 占) and the share is asked
 * (占多少 / 占比 / 占几成 / 比例 / 百分之几); anything else is left as typed.
 */

/** The share asked at the end: 占多少 / 占比是多少 / 占几成 / 占的比例 / 所占比例 / 占百分之几. */
const SHARE_ASKED =
  '(?:所占(?:的)?(?:比例|比重)|占(?:的)?(?:比例|比重)|占比|占)(?:是|为|有)?(?:多少|几成|百分之几|多大)?(?:呢|啊)?';

/** X(的项目)中，Y(的)(项目)占… */
const WITHIN = new RegExp(
  `^([^，,。？?！!；;中里占]{2,30}?)(?:的)?(?:项目|表)?(?:中|里|当中|里面|里头|之中)[，,]?\\s*(?:有|属于|是)?([^，,。？?！!；;占]{2,20}?)(?:的)?(?:项目|表)?${SHARE_ASKED}[？?。！!]*$`,
  'u',
);

/** 其中Y的占多少 after a count of X: the follow-up's part. */
const AMONG_THOSE = new RegExp(
  `^(?:那|那么)?(?:其中|这里面|这些里面?|这里头|里面)[，,]?\\s*(?:有|属于|是)?([^，,。？?！!；;占]{2,20}?)(?:的)?(?:项目|表)?${SHARE_ASKED}[？?。！!]*$`,
  'u',
);

const shareOf = (set: string, part: string) => `${part}${set}的项目占${set}的项目的比例是多少`;

/** The question said as a share of two sets, or the text unchanged. */
export function shareWithinSet(text: string): string {
  const m = WITHIN.exec(text.trim());
  if (!m) return text;
  const [, set, part] = m;
  return shareOf(set!.replace(/的$/u, ''), part!);
}

/**
 * 其中大红门的占多少 after 总分低于100分的项目有几个: the share within the set just counted, said whole — `setOf` the
 * previous question's words for its set (总分低于100分的项目), without its asking tail; null when this is no such ask.
 */
export function shareWithinPrevious(text: string, set: string): string | null {
  const m = AMONG_THOSE.exec(text.trim());
  if (!m) return null;
  return shareOf(set.replace(/(?:的)?(?:项目|表)?$/u, ''), m[1]!);
}

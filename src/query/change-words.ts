/**
 * A comparison of two fields said with a verb of change (全年预算比年初预算调减了的, 执行数比预算下降的项目): the
 * change describes the projects (it ends in 的), so it is the comparison 少的 / 多的 the lexicon reads after 比. Only
 * after a 比 in the same clause, and only with 的: 调减了多少 asks for the amount, which the arithmetic reads.
 */
const MORE = '调增|增加|上调|调高|提高|上升|增长|变多|变大';
const LESS = '调减|减少|下调|调低|降低|下降|变少|变小';
const CHANGE = new RegExp(`(比[^，,。；;？?！!]*?)(?:有所)?(${MORE}|${LESS})(?:了)?的`, 'gu');
const isMore = new RegExp(`^(?:${MORE})$`, 'u');

export function rewriteChangeWords(text: string): string {
  return text.replace(
    CHANGE,
    (_m, before: string, verb: string) => `${before}${isMore.test(verb) ? '多的' : '少的'}`,
  );
}

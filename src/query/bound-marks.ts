/**
 * A bound marked as included or not, as a notice or a rule writes it: 总分在99分（含）到100分（不含）之间,
 * 执行率90%（不含）以下, 预算100万（含100万）以上. The mark decides the comparison; rewritten into the words the lexicon
 * reads (大于等于 / 大于 / 小于等于 / 小于), before the question is split into words. A bound without a mark keeps
 * its reading (在…到…之间 includes both ends, 以上 / 以下 include the figure).
 */

/** A figure with its unit. */
const FIGURE = '(\\d+(?:\\.\\d+)?\\s*(?:分|%|万元|万|元|亿元|亿)?)';
/** A mark in brackets (full-width ones are ASCII after normalising): 含 / 包含 / 包括 / 含本数 / 含99分, or its negation. */
const MARK = '\\(\\s*(不含|不包含|不包括|含|包含|包括)[^()]{0,8}\\)';

const included = (mark: string | undefined) => mark === undefined || !mark.startsWith('不');

/** The question with marked bounds said as comparisons; unchanged when it marks none. */
export function boundMarks(text: string): string {
  if (!/\(\s*(?:不)?(?:含|包含|包括)/u.test(text)) return text;
  return text
    .replace(
      new RegExp(
        `在?${FIGURE}(?:${MARK})?\\s*(?:到|至|~|-)\\s*${FIGURE}(?:${MARK})?\\s*(?:之间|以内|范围内)?`,
        'gu',
      ),
      (m, lo: string, loMark: string | undefined, hi: string, hiMark: string | undefined) =>
        loMark === undefined && hiMark === undefined
          ? m
          : `${included(loMark) ? '大于等于' : '大于'}${lo}且${included(hiMark) ? '小于等于' : '小于'}${hi}`,
    )
    .replace(
      new RegExp(`${FIGURE}\\s*${MARK}\\s*(以上|以下)`, 'gu'),
      (_, figure: string, mark: string, side: string) =>
        `${side === '以上' ? (included(mark) ? '大于等于' : '大于') : included(mark) ? '小于等于' : '小于'}${figure}`,
    );
}

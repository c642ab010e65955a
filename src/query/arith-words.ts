/**
 * Arithmetic said in everyday words rather than with an operator (arithmetic.ts reads the question through these
 * before cutting it into sides): a year's figure shared over its months (按12个月摊下来，一个月合多少 / 平均到每个月 /
 * 月均) is that figure ÷ 12; a budget raised (追加 / 追加了多少) is a rise, the word the grammar of a change reads.
 * Built from the words of sharing out and of time, not from the sentences of particular questions.
 */

const MONTHS = '(?:12|十二)个月';
const SHARE = '(?:平均|平摊|均摊|分摊|摊|分)';
const A_MONTH = '(?:一个月|每个月|每一个月|每月|平均每月|一月)';
/** 按12个月摊下来，一个月合多少 / 分摊到12个月，每月多少: the figure divided over the year's months. */
const OVER_MONTHS = new RegExp(
  `(?:的)?(?:按|按照|分|分成)?${MONTHS}${SHARE}(?:下来|开|一下)?[，,]?\\s*(?:平均)?${A_MONTH}?(?:合|是|有|能有|算)?|(?:的)?${SHARE}(?:到|给)${MONTHS}[，,]?\\s*${A_MONTH}?(?:合|是|有|能有|算)?`,
  'gu',
);
/** 平均到每个月 / 平均每个月 / 每个月平均 / 摊到每月: the same with the months implied by 每月. */
const PER_MONTH = new RegExp(
  `(?:的)?[，,]?\\s*(?:${SHARE}(?:下来)?(?:到|给)?${A_MONTH}(?:上)?|${A_MONTH}${SHARE}|月均)(?:合|算)?`,
  'gu',
);
/** 追加 / 追加了: what was added to the budget, read as 增加 (比年初预算追加了多少 = 比年初预算增加了多少). */
const ADDED = /追加/gu;

export function rewriteArithWords(text: string): string {
  return text.replace(OVER_MONTHS, '除以12').replace(PER_MONTH, '除以12').replace(ADDED, '增加');
}

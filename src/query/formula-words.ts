/**
 * The computed rate and the budget row's score written as formulas, the way a reviewer copies them from the rules:
 * “全年执行数÷全年预算数” / 执行数/预算数 / 执行率×分值. Said in words (执行数除以预算数, 执行率乘以10) every reader
 * knows them — the store's 执行率 is that quotient, and the budget row's check multiplies the rate by the row's own
 * 分值 — so the signs and the quotes around a formula are said in those words before any reader sees the question.
 * The change of the budget written as a difference (年初预算数减全年预算数) is its field's name likewise. Only these
 * quantities of the form are touched; a formula over other figures is left as typed (and reported).
 */

/** 全年执行数 / 实际执行数 / 执行数合计, and 全年预算数 / 预算 / 预算数合计: the two amounts of the quotient. */
const EXECUTED = '(?:全年)?(?:实际)?(?:执行数|支出数|执行金额)(?:合计)?';
const BUDGET = '(?:全年)?预算(?:数|金额)?(?:合计)?';
const DIVIDED = '\\s*(?:÷|/|／|除以)\\s*';
const TIMES = '\\s*(?:×|\\*|＊)\\s*';
/** The budget row's weight a rate is multiplied by: its 分值 (usually 10), however said. */
const WEIGHT = '(?:预算执行(?:的|行)?)?(?:分值|权重|满分|10分|10)';

const QUOTED_FORMULA = new RegExp(
  `[“"「『]((?:${EXECUTED})${DIVIDED}(?:${BUDGET})(?:${TIMES}(?:100%|${WEIGHT}))?)[”"」』]`,
  'gu',
);
const QUOTIENT = new RegExp(`(${EXECUTED})${DIVIDED}(${BUDGET})`, 'gu');
/** 执行率×分值 / 执行数除以预算数×10: the budget row's score as the rule computes it. */
const SCORE_BY_RULE = new RegExp(`(执行率|${EXECUTED}除以${BUDGET})${TIMES}${WEIGHT}(?![\\d.])`, 'gu');
/** …的计算结果 after the quotient: its result. */
const RESULT = new RegExp(`(?<=除以${BUDGET})(?:的)?(?:计算|核算)结果`, 'gu');

/** 年初预算数减全年预算数 / 全年预算－年初预算: the change of the budget over the year, named as its field. */
// (年初减全年: the two budgets by their point of the year only, as a definition in brackets says them)
const INITIAL = '年初(?:预算(?:数|金额)?)?';
const ANNUAL = '全年(?:预算(?:数|金额)?)?';
const MINUS = '\\s*(?:减去|减|－|-|−)\\s*';
const CUT = new RegExp(`${INITIAL}${MINUS}${ANNUAL}(?![数额])`, 'gu');
const CHANGE = new RegExp(`${ANNUAL}${MINUS}${INITIAL}(?![数额])`, 'gu');

export function formulaWords(text: string): string {
  return text
    .replace(CUT, '预算调减额')
    .replace(CHANGE, '预算调整数')
    .replace(QUOTED_FORMULA, '$1')
    .replace(QUOTIENT, '$1除以$2')
    .replace(RESULT, '的结果')
    .replace(SCORE_BY_RULE, (_m, rate: string) => `${rate === '执行率' ? '执行率' : `${rate}的结果`}乘以10`);
}

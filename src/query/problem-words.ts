/**
 * How staff name one problem the checks find (SCORING.md §8) in a sentence: a part of the form (执行率, 预算执行那一行的
 * 得分, 总分和明细, 分值加起来) followed by a word saying it is wrong (算错, 不对, 对不上, 不等于100). Read before the
 * question is split into words and replaced by the one word of that check's condition (PROBLEM_WORDS), so that
 * 执行率算错的项目 asks for RATE_MISMATCH only, not for every arithmetic finding. Built from classes of words (the part,
 * the verb of being wrong), not from phrasings of particular questions.
 */
import type { FindingCode } from '../score/types.ts';

/** The lexicon word each check is rewritten to, and the codes it selects. */
export const PROBLEM_WORDS = {
  rateMismatch: { word: '执行率算错', codes: ['RATE_MISMATCH'] },
  budgetScoreMismatch: { word: '预算执行得分算错', codes: ['BUDGET_SCORE_MISMATCH'] },
  // The scorer does not raise TOTAL_MISMATCH when the total matches once the weights are scaled to 100 (the
  // WEIGHT_SUM finding carries the total, validate-totals.ts): 总分 = Σ 指标得分 while the budget row's 10 points come on
  // top is such a form, and a clerk reading 总分 against the rows sees a total that does not match.
  totalMismatch: { word: '总分与明细不符', codes: ['TOTAL_MISMATCH', 'WEIGHT_SUM'] },
  weightSum: { word: '分值合计不等于100', codes: ['WEIGHT_SUM'] },
  roundedUp: { word: '执行率凑成100%', codes: ['RATE_ROUNDED_UP_TO_FULL'] },
} as const satisfies Record<string, { word: string; codes: FindingCode[] }>;
export type ProblemConcept = keyof typeof PROBLEM_WORDS;

/** A cell or row said as a place on the form: 那一栏, 这一行, 那格. */
const PLACE = '(?:[那这]?一?[栏行列格项]|那里|那儿)?';
/** The stated rate: 执行率, 表上(的)执行率, 填的执行率, 预算执行率. */
const RATE = `(?<![和跟与同])(?:表上|表里|填的|写的)?(?:的)?(?:预算)?执行率${PLACE}(?:的)?`;
/** What a stated figure is held against: 跟实际(的), 和核算的执行率, 与算出来的. */
const AGAINST = '(?:(?:和|跟|与|同)(?:实际|核算|算出来|计算出来|按金额算)?(?:的)?(?:执行率|值|数|结果)?)?';
/** The budget row's score: 预算执行(那一行)(的)得分, 执行率(的)得分. */
const BUDGET_SCORE = `(?:预算执行|执行率|预算执行率)${PLACE}(?:的)?(?:得分|分数|打分|评分)`;
/** What adds the parts up: 加起来, 合计, 相加, 之和. */
const SUMMED = '(?:加起来|加在一起|加总|合计|相加|之和|总和|汇总)';
/** The row scores as a whole: 明细, 各项得分, 分项得分(加起来). */
const DETAIL = `(?:明细得分|明细分|明细|各项得分|分项得分|各项|分项|各行得分|各项分数|得分合计)${SUMMED}?`;
/** 总分 against the detail, or the scores added up on their own. */
const TOTAL = `(?:总分(?:(?:和|跟|与|同)${DETAIL})?|${DETAIL}(?:和|跟|与|同)总分|(?:各项|分项)?(?:分数|得分)${SUMMED})`;
/** The weights added up (分值加起来, 权重合计). */
const WEIGHTS = `(?:各项|各个|所有|全部)?(?:指标)?(?:的)?(?:分值|权重|满分)${SUMMED}`;
/** Being wrong: 算错(了), 算得不对, 计算有误, 不对, 对不上, 不一致, 有出入. */
const WRONG =
  '(?:是|都|又|就)?(?:(?:被)?(?:算|计算|加|写|填)(?:错了|错|得不对|的不对|有误|错误|得有问题)|计算错误|有误|错了|不对|对不上|不一致|不相符|不符合?|不匹配|有出入|有问题)';
/** Weights not adding up to 100 — not which way: below or above 100 (不到100, 超过100) is the field 分值合计 compared
 * with the number (fields.ts weightSum), never the check, which would answer both ways. */
const NOT_HUNDRED = '(?:不等于|不是|不为|≠)100(?:分)?';
/** Stated as 100 %: 执行率写的100%, 填了100%, 是100%. */
const FULL = `(?:(?:写|填|算|报)(?:的|了|成|作)?|是|为|成了)?100%`;
/** …while money is left: 其实钱没花完, 但是没用完, 却还有结余. */
const NOT_SPENT =
  '(?:[,，、]?\\s*(?:其实|实际上|实际|但是|但|可是|可|却|然而|而|结果|只是|不过)*(?:钱|资金|预算)?(?:没花完|没用完|没执行完|未执行完|未花完|没花光|没用光|(?:还)?有结余|(?:还)?有剩余|(?:还)?剩了?钱))';

/** The money not all spent said as a comparison: 全年执行数小于全年预算, 执行数没达到预算. */
const BELOW_BUDGET =
  '(?:[,，、]?\\s*(?:其实|实际上|实际|但是|但|可是|可|却|然而|而|结果|只是|不过)*(?:全年)?(?:实际)?执行数(?:却|还)?(?:小于|低于|少于|不到|不足|没达到|没到)(?:全年)?预算(?:数)?)';
/** Money left said first (钱没花完、执行率却写成100%). */
const SPENT_FIRST = `${NOT_SPENT.replace('[,，、]?', '')}[,，、]?\\s*(?:但是|但|可是|可|却|然而|而)*`;

const RULES: Array<[RegExp, ProblemConcept]> = [
  [new RegExp(`${RATE}(?:却|都|也|还)?${FULL}(?:${NOT_SPENT}|${BELOW_BUDGET})`, 'gu'), 'roundedUp'],
  [new RegExp(`${SPENT_FIRST}${RATE}(?:却|都|也|还)?${FULL}`, 'gu'), 'roundedUp'],
  [new RegExp(`${WEIGHTS}${PLACE}(?:${NOT_HUNDRED}|${WRONG})`, 'gu'), 'weightSum'],
  [new RegExp(`${BUDGET_SCORE}${AGAINST}${WRONG}`, 'gu'), 'budgetScoreMismatch'],
  [new RegExp(`${TOTAL}${WRONG}`, 'gu'), 'totalMismatch'],
  [new RegExp(`${RATE}${AGAINST}${WRONG}`, 'gu'), 'rateMismatch'],
];

/** The question with every named problem replaced by its check's word (the first rule that matches a span wins). */
export function rewriteProblems(text: string): string {
  let out = text;
  for (const [re, concept] of RULES) out = out.replace(re, PROBLEM_WORDS[concept].word);
  return out;
}

/**
 * How staff say a computed quantity of derived-fields.ts in a sentence rather than in one word, read as that
 * field's name before the question is split into words: 全年预算减去年初预算 (the definition spelled out) = 预算调整数;
 * 平均每个项目 = 平均. Built from the fields' own words, not from phrasings of particular questions. (结余 said as
 * 预算减去执行数 / 钱没花完 is read by the lexicon and parse.ts.)
 */
import { DERIVED_FIELDS } from './derived-fields.ts';
import { FIELDS, type FieldId } from './fields.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Extra everyday words for the stored amounts a definition names (the lexicon's compound words included). */
const EXTRA: Partial<Record<FieldId, string[]>> = {
  annualBudget: ['全年预算', '预算总额', '总预算'],
};
const wordsOf = (id: FieldId) =>
  [...new Set([...FIELDS[id].words, ...(EXTRA[id] ?? [])])]
    .filter((w) => /\p{Script=Han}/u.test(w))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const MINUS = '(?:减去|减掉|扣除|扣掉|减|-|−|－)';
/** A − B said per project: the derived field whose definition it is. */
const DIFFERENCES: Array<[RegExp, string]> = [
  [
    new RegExp(`(?:${wordsOf('annualBudget')})(?:的)?${MINUS}(?:${wordsOf('initialBudget')})`, 'gu'),
    DERIVED_FIELDS.budgetAdjustment.label,
  ],
];

/** 平均每个项目 / 每个项目平均: the average over the projects (每个 would otherwise read as a grouping). */
const PER_PROJECT_AVERAGE =
  /平均(?:下来)?每(?:一)?(?:个|项)(?:项目)?|每(?:一)?(?:个|项)(?:项目)?(?:平均|均)/gu;

/** 超支了多少 / 超预算多少: the amount overspent (asked with 多少), not the condition 超支的项目. */
const OVERSPENT_HOW_MUCH =
  /(?:超支|超预算|超出预算|超过预算|多花)(?:了)?(?=(?:的)?(?:钱)?(?:是|有|共|一共|总共)?(?:多少|几))/gu;

/**
 * 执行差额 / 支出差距 / 预算执行缺口: the difference named by the one amount it is taken from (the year's budget less
 * what was executed, 结余). Not when the other amount is named too (全年预算和执行数的差额: parse.ts reads that whole).
 */
const EXECUTION_GAP = /(?:全年|实际)?(?:预算)?(?:执行|支出)(?:数|金额|资金)?(?:的)?(?:差额|差值|差距|缺口)/gu;
const OTHER_NAMED = /预算|和|与|跟|同|及|减/u;

export function rewriteDerived(text: string): string {
  let out = text.replace(PER_PROJECT_AVERAGE, '平均');
  for (const [re, label] of DIFFERENCES) out = out.replace(re, label);
  out = out.replace(OVERSPENT_HOW_MUCH, DERIVED_FIELDS.overspend.label);
  out = out.replace(EXECUTION_GAP, (m: string, at: number, all: string) =>
    OTHER_NAMED.test(all.slice(Math.max(0, at - 8), at)) && !/^(?:全年|实际)?预算/u.test(m)
      ? m
      : FIELDS.remaining.label,
  );
  return out;
}

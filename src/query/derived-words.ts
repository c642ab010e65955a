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

export function rewriteDerived(text: string): string {
  let out = text.replace(PER_PROJECT_AVERAGE, '平均');
  for (const [re, label] of DIFFERENCES) out = out.replace(re, label);
  return out;
}

/**
 * How staff say the derived quantities of derived-fields.ts in a sentence rather than in one word, read as that
 * field's name before the question is split into words: 全年预算减去全年执行数 (the definition spelled out) = 结余;
 * 钱还剩多少没花 = 结余多少; 钱没花完 (a condition) = 结余大于0. Built from the fields' own words, not from
 * phrasings of particular questions.
 */
import { DERIVED_FIELDS } from './derived-fields.ts';
import { FIELDS, type FieldId } from './fields.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Extra everyday words for the stored amounts a definition names (the lexicon's compound words included). */
const EXTRA: Partial<Record<FieldId, string[]>> = {
  annualBudget: ['全年预算', '预算总额', '总预算'],
  executed: ['执行了的', '花了的', '花掉的', '总支出', '执行总额'],
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
  [DERIVED_FIELDS.remaining, 'annualBudget', 'executed'] as const,
  [DERIVED_FIELDS.budgetAdjustment, 'annualBudget', 'initialBudget'] as const,
].map(([def, a, b]) => [new RegExp(`(?:${wordsOf(a)})(?:的)?${MINUS}(?:${wordsOf(b)})`, 'gu'), def.label]);

const MONEY = '(?:的)?(?:钱|资金|经费|预算|款)?';
const SPEND = '(?:花|用|执行|支出|使用)';
/** 还剩多少(钱)没花 / 还有多少没用完: the amount not spent. */
const LEFT_HOW_MUCH = new RegExp(
  `${MONEY}还(?:剩|剩下|有)(?:多少|几多)(?:钱|万元|万)?(?:没|没有|未)${SPEND}(?:完|掉|出去)?`,
  'gu',
);
/** 钱没花完 / 预算没有用完 (not 没花完的钱, a field word): some of the budget not spent. */
const NOT_SPENT = new RegExp(`${MONEY}(?:没|没有|未)${SPEND}完(?:的钱)?(?!的钱)`, 'gu');

/** 平均每个项目 / 每个项目平均: the average over the projects (每个 would otherwise read as a grouping). */
const PER_PROJECT_AVERAGE =
  /平均(?:下来)?每(?:一)?(?:个|项)(?:项目)?|每(?:一)?(?:个|项)(?:项目)?(?:平均|均)/gu;

export function rewriteDerived(text: string): string {
  let out = text.replace(PER_PROJECT_AVERAGE, '平均');
  for (const [re, label] of DIFFERENCES) out = out.replace(re, label);
  out = out.replace(LEFT_HOW_MUCH, `${DERIVED_FIELDS.remaining.label}多少`);
  out = out.replace(NOT_SPENT, (m) => (m.endsWith('的钱') ? m : `${DERIVED_FIELDS.remaining.label}大于0`));
  return out;
}

// Helpers of the third part (helper "blind20"): pools and expectation shapes its question lines use, over ../lib only.
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed } from '../lib/corpus.mjs';
import { column, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (every form of an office names its place in 主管部门 or 实施单位). */
export const LU = O('000');
export const SJ = O('001');
export const FGW = O('002');
export const DHM = O('003');
export const HMK = O('004');
/** 民生保障办公室 of 大红门: 003-055 writes 「民生保障办公室是」 (a slip): optional wherever the office is named. */
export const MS_WIDE = (r) => DHM(r) && inUnit(r, '民生保障办公室');
export const MS_EXACT = (r) => DHM(r) && norm(r.implementingUnit) === '民生保障办公室';

/** A form by its record id. */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
/** A fact said in the text, about no project list (a person, a phone asked about several forms). */
export const said = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});
/** A person or a phone asked about several forms: said in the text, or the forms listed with that column. */
export const who = (d, label, rs, f, ...values) => d.anyOf(said(...values), column(d, label, rs, f));
/** Money rounded to 1 元: 2021年度老旧小区完善类改造项目 (3457.171733) and 2023年村级公益事业专项补助资金（市级）
 * (3457.17173) differ by 0.03 元, so either may come first. */
export const m1 = (col) => (r) => (money(r, col) == null ? null : Math.round(money(r, col) * 1e4) / 1e4);
/** BUDGET_SCORE_MISMATCH against the stated 执行率 (the lib's budgetScoreOff uses the computed one). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;
export const budgetScoreOffComputed = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rateComputed(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rateComputed(r) / 100, 1) * budgetWeight(r)) > 0.05;
/** A refusal to change, delete or forge data: the reply names one of the words (or says it did not understand). */
export const noWrite = (d, ...terms) => d.anyOf(...terms.map((t) => d.refuse(t)));

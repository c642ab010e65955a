// Helpers of the fourth part (helper "blind21"): pools and expectation shapes its question lines use, over ../lib only.
import { budgetScore, budgetWeight, inUnit, money, norm } from '../lib/corpus.mjs';
import { conv } from '../lib/shorthands.mjs';

/** A form by its record id (the ids of ../../../shared/corpus/records). */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
/** 实施单位 exactly 民生保障办公室; 003-055 writes 「民生保障办公室是」 (a slip): optional wherever the office is named. */
export const MS_EXACT = (r) => norm(r.implementingUnit) === '民生保障办公室';
export const MS_WIDE = (r) => norm(r.implementingUnit).startsWith('民生保障办公室');
export const annual = (r) => money(r, 'annualBudget');
export const annualConv = (r) => conv(r, 'annualBudget');
/** A fact said about no single project (a person, a phone): right when the reply gives one of the values and lists no
 * project table (or one whose rows are all the given project). */
export const said = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });
/** The order of a ranking checked on keys rounded to 1 元 (0.0001 万元): 2021年度老旧小区完善类改造项目 and
 * 2023年村级公益事业专项补助资金（市级） differ by 0.03 元, either may come first. */
export const roundKeys = (exp) => {
  if (exp.kind === 'anyOf') return { ...exp, alts: exp.alts.map(roundKeys) };
  if (!exp.keys) return exp;
  return {
    ...exp,
    keys: Object.fromEntries(Object.entries(exp.keys).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4])),
  };
};
/** A names expectation with more optional forms (e.g. forms without the key, which a ranking may list at its end). */
export const plusMay = (exp, rs) => ({ ...exp, may: [...exp.may, ...rs.map((r) => norm(r.projectName))] });
/** Carried out by 平安建设办公室; 003-095 (「城乡办、平安办」, a joint form) only in the wide pool. */
export const PAJS = (r) => norm(r.implementingUnit).includes('平安建设办公室');
export const PAJS_WIDE = (r) => PAJS(r) || norm(r.implementingUnit).includes('平安办');
/** The budget row's 得分 against min(执行率, 1) × 分值 (± 0.05), with the rate read by rateOf (stated or computed). */
export const scoreOff = (r, rateOf) => {
  const s = budgetScore(r);
  const w = budgetWeight(r);
  const x = rateOf(r);
  return s != null && w != null && x != null && Math.abs(s - Math.min(x / 100, 1) * w) > 0.05;
};

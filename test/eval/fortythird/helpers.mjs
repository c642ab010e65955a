// Helpers of the forty-third part (helper "blind61"): pools, keys and readings its question lines use, over ../lib
// only. Definitions: ../README.md ("The forty-third part").
import {
  blank,
  budgetScore,
  budgetWeight,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satRows,
} from '../lib/corpus.mjs';
import { conv, F, lostPts, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them: every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...list) => list.map((id) => R(d, id));

/** Both readings of the 元-in-万元 cell (002-007 writes 1,863,180 in the 万元 column). */
export const READERS = [money, conv];
/** 还剩没花的钱 of one form: 全年预算数 − 全年执行数 under a money reader. */
export const left = (m) => (r) =>
  m(r, 'annualBudget') == null || m(r, 'executed') == null ? null : m(r, 'annualBudget') - m(r, 'executed');
/** 年初预算数 and 全年预算数 both written. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
/** 调增 (全年 > 年初) and 调减 (全年 < 年初), and the amounts. */
export const raised = (r) => bothBudgets(r) && money(r, 'annualBudget') > money(r, 'initialBudget');
export const cut = (r) => bothBudgets(r) && money(r, 'annualBudget') < money(r, 'initialBudget');
export const cutBy = (r) => (cut(r) ? money(r, 'initialBudget') - money(r, 'annualBudget') : null);
export const gapAbs = (r) =>
  bothBudgets(r) ? Math.abs(money(r, 'annualBudget') - money(r, 'initialBudget')) : null;

/** The two 执行率 readings (the rate the form states, the one its amounts give). */
export const RATES = [rate, rateComputed];
/** Under one rate reading: the expectation f(rateKey) for each reading, one when both agree. */
export const eachRate = (d, f) => {
  const a = f(rate);
  const b = f(rateComputed);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** Real indicator rows of a form, and the points they lost. */
export const nRows = (r) => rows(r).length;
export const lostSum = (r) => rows(r).reduce((s, i) => s + lostPts(i), 0);
/** 一级指标 written otherwise than 产出指标 / 效益指标 / 满意度指标 (产出标指, blank, 成本指标 as 一级). */
const L1 = new Set(['产出指标', '效益指标', '满意度指标']);
export const badLevel1 = (r) => rows(r).some((i) => !L1.has(norm(i.level1)));
/** A 年度指标值 written as a grade scale (优良中差, 定性优良中差). */
export const gradeTarget = (r) => rows(r).some((i) => /优良中差/.test(norm(i.target)));
export const zeroWeight = (r) => rows(r).some((i) => i.weight === 0);
export const hasL2 = (w) => (r) => rows(r).some((i) => norm(i.level2).includes(w));
/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
/** A satisfaction row whose 得分 is left empty while the 偏差原因 says 未做 (003-094: 总分 90 shows the 10 points lost). */
export const satScoreBlankNotDone = (r) =>
  satRows(r).some((i) => i.score == null && /未做/.test(`${i.deviation ?? ''}`));
/** A row below its weight in one 二级指标. */
export const shortIn = (w) => (r) =>
  rows(r).some(
    (i) => norm(i.level2).includes(w) && i.weight != null && i.score != null && i.score < i.weight,
  );
/** Satisfaction targets at 90 % (「≥90%」, 「90%」, 「90」) and exactly 90 % as written (「90%」, 「90」). */
export const sat90 = (i) => /^(≥)?90%?$/.test(norm(i.target));
export const sat90Plain = (i) => /^90%?$/.test(norm(i.target));
export const satTarget90 = (r) => satRows(r).some(sat90);
export const satTarget90Plain = (r) => satRows(r).some(sat90Plain);

/** 预算执行得分 against the stated 执行率: score ≠ min(rate, 100) / 100 × 分值 (± 0.05); the form with no stated rate
 * (平安建设经费, 得分 written 100％) is returned by budgetScoreNoRate. */
export const budgetScoreVsStatedRate = (r) =>
  rate(r) != null &&
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * budgetWeight(r)) > 0.05;
export const budgetScoreNoRate = (r) =>
  rate(r) == null && budgetScore(r) != null && budgetWeight(r) != null && budgetScore(r) > budgetWeight(r);

/** Phone cell whose digits are neither 8 (a Beijing or Panzhihua landline without area code) nor 11. */
export const phoneDigits = (r) => String(r.phone ?? '').replace(/\D/g, '');
export const phoneOdd = (r) =>
  !blank(r.phone) && !/[、,，;；/]/.test(r.phone) && ![8, 11].includes(phoneDigits(r).length);
export const phoneTwo = (r) => /[、,，;；/]/.test(r.phone ?? '');

/** Sum of a money column over forms under a reader. */
export const sumCol = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** Forms of a pool (a test) under F. */
export const pool = (d, ...tests) => F(d, (r) => tests.every((t) => t(r)));
/** A satDoubt record whose satisfaction row (filed under 效益 by the pdf-text reading) says 未做: a 未做 form too. */
export const notDoneDoubt = (r) =>
  satDoubt(r) && rows(r).some((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
/** Weighted rows whose 得分 is left empty (a reader may count them as scored below their weight). */
export const blankScoreRows = (rs) =>
  rs.reduce((s, r) => s + rows(r).filter((i) => i.weight > 0 && i.score == null).length, 0);

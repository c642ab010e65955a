// Helpers of the twentieth part (helper "blind37"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twentieth part").
import {
  blank,
  budgetScore,
  budgetWeight,
  money,
  norm,
  noSat,
  rate,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { conv, F, O, phoneNumbers, shortRow } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (潞源 22,
 * 双井 2, 发改委 8, 大红门 128, 河门口 9), so a place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const STREET_POOLS = (d) => [LY, SJ, DHM, HMK].map((f) => F(d, f));

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, a
 * difference no reader of a ranking sees, so rankings compare amounts so rounded (the two tie). `m` is the money reader
 * (as written, or conv for the 元-in-万元 cell of 疏整促). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** The 联系电话 cell is exactly this number (a cell with two numbers is not). */
export const phoneIs = (p) => (r) => norm(r.phone) === p;
/** One of the numbers of the 联系电话 cell is this one (「67270330、67270347」 holds both). */
export const phoneHas = (p) => (r) => phoneNumbers(r).includes(p);

/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it (same 一级指标, text
 * only, neither 分值 nor 得分: 003-007's satisfaction row scored 8 of 10); such a reason counts as written. */
const wrapped = (r, k) => {
  const rs = rows(r);
  const next = rs[k + 1];
  return (
    r.format === 'pdf-text' &&
    next != null &&
    next.weight == null &&
    next.score == null &&
    norm(next.level1) === norm(rs[k].level1) &&
    !blank(next.name)
  );
};
/** Rows scored below their weight with an empty 偏差原因分析 (a wrapped reason counts as written). */
export const noReasonRows = (r) =>
  rows(r).filter((i, k) => shortRow(i) && blank(i.deviation) && !wrapped(r, k));
/** 003-055's row scored 19 of 20 has its reason in the text (「2022 年献血人员补贴使用 2023 年资金支付，…」), read by the
 * pdf record into the next row's 三级指标 name: a "reason missing" question takes it as optional. */
export const REASON_IN_TEXT = '003-055';

/** 「满意度没做 / 没开展满意度调查」 reads three ways (README: noSurvey): no satisfaction row; a satisfaction row that
 * says 未做; either. For each reading: [must, may] form lists over a pool (satDoubt and, except for the 未做 reading,
 * satisfaction rows with no points, optional). */
export const surveyReadings = (d, pool = () => true) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  return readings.map((f, k) => [
    F(d, (r) => pool(r) && f(r)),
    F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))),
  ]);
};
/** The count of forms under each reading of surveyReadings (a range where forms are optional); a reading that selects
 * no form of the pool for certain is left out, so that a bare 0 does not pass (as noSurvey leaves out an empty list). */
export const surveyCount = (d, pool = () => true) =>
  d.anyOf(
    ...surveyReadings(d, pool)
      .filter(([must]) => must.length > 0)
      .map(([must, may]) => d.countRange(must.length, may.length)),
  );

/** The budget row's 得分 checked against the stated 执行率 (the reading by the rate the form states): |得分 −
 * min(执行率, 100 %) × 分值| > 0.05. */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;
/** The budget row's 得分 cell left empty (a reading may flag it as not matching). */
export const budgetScoreBlank = (r) => budgetScore(r) == null;

/** Sum of a money column under both readings of the 元-in-万元 cell: one number, or anyOf when they differ. */
export const sumBoth = (d, rs, col) => {
  const a = rs.reduce((s, r) => s + (money(r, col) ?? 0), 0);
  const b = rs.reduce((s, r) => s + (conv(r, col) ?? 0), 0);
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};
/** A signed difference accepted as its magnitude too. */
export const signed = (d, v, tol) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));
/** The satisfaction rows of a form carry a row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
/** TOTAL_MISMATCH with the 预算执行得分 SCORING §2 computes (min(全年执行数 / 全年预算数, 1) × 分值) in place of the stated
 * one: differs from lib's totalOff only where the budget 得分 cell is blank (003-080, 003-112, 003-141). */
export const totalOffComputed = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  if (r.totalScore == null || !a || x == null || budgetWeight(r) == null) return false;
  const sb = Math.min(x / a, 1) * budgetWeight(r);
  return Math.abs(r.totalScore - sb - rows(r).reduce((s, i) => s + (i.score ?? 0), 0)) > 0.1;
};

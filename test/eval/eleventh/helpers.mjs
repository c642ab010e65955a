// Helpers of the eleventh part (helper "blind28"): pools, readings and expectation shapes its question lines use, over
// ../lib only. Definitions: ../README.md ("The eleventh part").
import {
  budgetScore,
  budgetWeight,
  money,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satRows,
} from '../lib/corpus.mjs';
import { conv, exact, F, O, own, PCT } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (checked with
 * inUnit for each office: 潞源 22/22, 双井 2/2, 大红门 128/128, 河门口 9/9; 发改委 8/8 as 「发改委」 or
 * 「发展和改革委员会」), so a place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, which
 * no reader of a ranking sees, so rankings by money compare amounts so rounded (the two tie). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** An amount in 万元 asked in 元: within 1 元. */
export const yuan = (d, wan) => d.number(wan * 10000, 1);
/** A difference said with 增加 / 调减 / 差: signed or as its magnitude. */
export const gap = (d, v, tol) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));
/** A figure from money columns under both readings of 疏整促's 元-in-万元 cell (f gets the money reader). */
export const both2 = (d, f, mk = (v) => d.number(v)) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? mk(a) : d.anyOf(mk(a), mk(b));
};
export const sumOf = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);

/** Money left on a form: 全年执行数 below 全年预算数 (003-096 is 0.0000004 万元 above, not below). */
export const unspent = (r) =>
  money(r, 'executed') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'annualBudget') - money(r, 'executed') > 1e-9;
/** The stated 执行率 above the rate the amounts give (full precision): 「虚报」 of the rate. */
export const rateAbove = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  return rate(r) != null && a && x != null && rate(r) > (100 * x) / a + 1e-9;
};
/** BUDGET_SCORE_MISMATCH read with the stated rate: the budget 得分 ≠ min(stated rate, 100 %) × 分值 (± 0.05). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;
/** 年初 ≠ 全年 with both filled, and with a blank 年初 read as different. */
export const initFilledDiffers = (r) =>
  money(r, 'initialBudget') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'initialBudget') !== money(r, 'annualBudget');
export const initBlank = (r) => money(r, 'initialBudget') == null;
/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
/** The pdf-text forms whose record has no satisfaction row while the text shows 「… 5 0 未做」 (read in
 * ../../shared/corpus/text/003_…: 003-041 「达到 95% 5 0 未做」, 003-139 「满意度≥95% 5 0 未做」, 003-142 「达到 95% 5 0
 * 未做」; the fourth satDoubt form, 003-119, shows 「超过 95% 达到目标 10 10」: done). */
export const SAT_UNDONE_IN_TEXT = ['003-041', '003-139', '003-142'];
export const satDoubtUndone = (r) => satDoubt(r) && SAT_UNDONE_IN_TEXT.includes(r.id);
/** Money of the 上年结转资金 row. */
export const carry = (r, col) => money(r, col, 'carryOver');
export const fiscal = (r, col) => money(r, col, 'fiscal');
/** A percentage figure (tolerance 0.051, README). */
export const pct = (d, v) => d.number(v, PCT);
export const yi = (v) => exact(v / 10000, 0.005);
export { F, own, rate, rateComputed, rows };

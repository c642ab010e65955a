// Helpers of the tenth part (helper "blind27"): pools, readings and expectation shapes its question lines use, over
// ../lib only. Definitions: ../README.md ("The tenth part").
import { inUnit, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, exact, F, O, own, PCT, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (checked for
 * each office: 潞源 22, 双井 2, 发改委 8 as 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9), so a place
 * selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;
/** The form of an id (the records' ids are stable; a line names the project by its name in the question). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, a
 * difference no reader of a ranking sees, so rankings by money compare amounts so rounded (the two tie). `m` is the money
 * reader (as written, or conv for the 元-in-万元 cell of 疏整促). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** A ranking of a pool by a money column under both readings of the 元-in-万元 cell (one expectation when they agree). */
export const topMoney2 = (d, pool, col, n, dir = 'desc') => {
  const rs = F(d, pool);
  const a = d.top(rs, m1(col), n, dir);
  if (!rs.some((r) => money(r, col) !== conv(r, col))) return a;
  return d.anyOf(a, d.top(rs, m1(col, conv), n, dir));
};

/** A sum of a money column over a pool, in 万元, both readings of the 元-in-万元 cell (lib's sumMoney). */
export const sumOf = (d, pool, col) => d.sumMoney(F(d, pool), col);

/** A sum in 元 (asked 换算为元 / 多少元): within 1 元; the 万元 figure is accepted too where the line says so. */
export const yuan = (d, wan, alsoWan = false) =>
  alsoWan ? d.anyOf(exact(wan * 10000, 1), d.number(wan)) : exact(wan * 10000, 1);

/** A difference said with 相差 / 调减了 / 差额: the answer may give it signed or as its magnitude. */
export const gap = (d, v, tol) => {
  const vals = [...new Set([v, -v].map((x) => Math.round(x * 1e6) / 1e6))];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((x) => d.number(x, tol)));
};

/** 执行率 questions: the stated rate or the one the amounts give (README: either is accepted). */
export const rateEither = (d, rs, f) => d.anyOf(f(rs, rate), f(rs, rateComputed));

/** The owner's forms (sole owner) and, optional, the form whose 负责人 cell names two people (「赵路广、孟卓聪」). */
export const ownShared = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);

/** Forms whose 全年执行数 is below the 全年预算数 (money left): a difference beyond rounding (1e-9 万元). */
export const unspent = (r) =>
  money(r, 'executed') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'executed') < money(r, 'annualBudget') - 1e-9;

/** 调增 = 全年预算数 − 年初预算数, where both are filled. */
export const raise = (r) => {
  const a = money(r, 'initialBudget');
  const b = money(r, 'annualBudget');
  return a == null || b == null ? null : Math.round((b - a) * 1e6) / 1e6;
};

/** The 民生保障办公室 forms: 003-055 writes 「民生保障办公室是」 (a stray 是), which a reader may take as the office or
 * not; a count over them is a range. */
export const minsheng = (r) => inUnit(r, '民生保障办公室');

/** 年初预算数 differs from 全年预算数: both filled and different (`must`), or also a blank 年初 against a filled 全年
 * (`wide`): a blank 年初 reads as "not the same" or as "nothing to compare". */
export const initDiffers = (r) =>
  money(r, 'initialBudget') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'initialBudget') !== money(r, 'annualBudget');
export const initBlank = (r) => money(r, 'initialBudget') == null && money(r, 'annualBudget') != null;

/** Indicator rows of a pool passing a test. */
export const rowsOf = (d, pool, f = () => true) =>
  F(d, pool).reduce((s, r) => s + rows(r).filter(f).length, 0);

/** Sole-owner pool. */
export const of = (name) => own(name);
export { PCT, ts };

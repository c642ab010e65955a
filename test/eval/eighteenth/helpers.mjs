// Helpers of the eighteenth part (helper "blind35"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The eighteenth part").
import {
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import { conv, F, O, phoneNumbers } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (checked for
 * each office before writing: 潞源 22, 双井 2, 发改委 8 as 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9, and no
 * form names another office's place), so a place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;
/** The form of an id (the lines name the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));
/** Sole owner (the one shared cell, 「赵路广、孟卓聪」, names none of the people the lines ask about). */
export const by = (name) => (r) => norm(r.owner) === name;

/** A fact about no single project (people, a phone): every value must be in the reply, and no project may be listed
 * (grade.mjs `value` with an empty project: a project table fails it). */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  all: true,
});

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元,
 * which no reader of a ranking sees, so rankings by money compare amounts so rounded (the two tie). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** A ranking (top n) of a pool by a money column under both readings of the 元-in-万元 cell of 疏整促 (002-007). */
export const topMoney2 = (d, pool, col, n, dir = 'desc') => {
  const rs = F(d, pool);
  const a = d.top(rs, m1(col), n, dir);
  if (!rs.some((r) => money(r, col) !== conv(r, col))) return a;
  return d.anyOf(a, d.top(rs, m1(col, conv), n, dir));
};
/** The whole pool ordered by a money column (both readings). */
export const rankMoney2 = (d, pool, col, dir) =>
  topMoney2(d, pool, col, F(d, pool).filter((r) => money(r, col) != null).length, dir);

/** Sum of a money column over a pool, in 万元, both readings of the 元-in-万元 cell (lib's sumMoney). */
export const sumOf = (d, pool, col) => d.sumMoney(F(d, pool), col);
/** Mean of a money column over a pool (forms with the cell filled), both readings where they differ. */
export const meanOf = (d, pool, col) => {
  const rs = F(d, pool).filter((r) => money(r, col) != null);
  const a = rs.reduce((s, r) => s + money(r, col), 0) / rs.length;
  const b = rs.reduce((s, r) => s + conv(r, col), 0) / rs.length;
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};

/** A difference said with 相差 / 调减 / 差额: the answer may give it signed or as its magnitude. */
export const gap = (d, v, tol) => {
  const vals = [...new Set([v, -v].map((x) => Math.round(x * 1e6) / 1e6))];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((x) => d.number(x, tol)));
};

/** "None" asked as a count or a list: 0 said, or an empty answer that is not a "did not understand". */
export const none = (d) => d.anyOf(d.count(0), d.set([]));

/** 「满意度没做」 as a count over a pool, read three ways as lib's noSurvey (no satisfaction row; a row that says 未做;
 * either); a doubtful record (satDoubt) and, outside the 未做 reading, a satisfaction row without points may be counted
 * or not. A reading that selects no form at all is left out. */
export const noSurveyCount = (d, pool) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  const alts = readings
    .map((f, k) => {
      const must = F(d, (r) => pool(r) && f(r)).length;
      const wide = F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length;
      return { must, wide };
    })
    .filter((x) => x.wide > 0)
    .map((x) => d.countRange(x.must, x.wide));
  return d.anyOf(...alts);
};

/** A phone cell holding a number whose digits are neither 8 (a Beijing landline) nor 11 (a mobile). */
export const phoneOdd = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);
export const phoneBlank = (r) => phoneNumbers(r).length === 0;

/** Indicator rows over a pool passing a test. */
export const rowCountOf = (d, pool, f = () => true) =>
  F(d, pool).reduce((s, r) => s + rows(r).filter(f).length, 0);

/** 执行率 below 100 %, three readings: the stated rate, the computed rate at two decimals (rateComputed), and any
 * money left at full precision (全年执行数 < 全年预算数). 000-021 spends 15.999652 of 16: 99.998 % reads as 100 % at two
 * decimals, so it is in the third reading only. */
export const rateBelowReadings = [
  (r) => rate(r) != null && rate(r) < 100,
  (r) => rateComputed(r) != null && rateComputed(r) < 100,
  (r) =>
    money(r, 'executed') != null &&
    money(r, 'annualBudget') != null &&
    money(r, 'executed') < money(r, 'annualBudget') - 1e-9,
];

/** |全年预算数 − 年初预算数| where both are filled (else null). */
export const budgetShift = (r) => {
  const a = money(r, 'initialBudget');
  const b = money(r, 'annualBudget');
  return a == null || b == null ? null : Math.round(Math.abs(b - a) * 1e6) / 1e6;
};

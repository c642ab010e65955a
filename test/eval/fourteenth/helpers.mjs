// Helpers of the fourteenth part (helper "blind31"): pools, readings and expectation shapes its question lines use, over
// ../lib only. Definitions: ../README.md ("The fourteenth part").
import { money, norm, rows } from '../lib/corpus.mjs';
import { conv, exact, O, own, ownAny } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (checked for
 * each: 潞源 22, 双井 2, 发改委 8 as 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9; 通州 = 潞源 + 发改委, 30), so a
 * place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');

/** The form of an id (the records' ids are stable; a line names the project by its name in the question). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** The forms of the owner who asks («我是X，我负责的…»): the 项目负责人 cell names that person alone. `mineAny` adds a
 * cell that names two people (「赵路广、孟卓聪」), which is theirs too. */
export const mine = (d, name, extra = () => true) => d.all.filter((r) => own(name)(r) && extra(r));
export const mineAny = (d, name, extra = () => true) => d.all.filter((r) => ownAny(name)(r) && extra(r));
/** A set of an owner's forms where the shared cell is optional. */
export const mineTol = (d, name, extra = () => true) =>
  d.setTol(mine(d, name, extra), mineAny(d, name, extra));

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, a
 * difference no reader of a ranking sees, so rankings by money compare amounts so rounded (the two tie). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** A money ranking under both readings of the 元-in-万元 cell of 疏整促 (one expectation when the pool lacks it). */
export const topM = (d, rs, col, n, dir) => {
  const a = d.top(rs, m1(col), n, dir);
  const b = d.top(rs, m1(col, conv), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};
/** The n-th form by a money column, both readings (a tie at that place: any of the tied ones). */
export const nthM = (d, rs, col, n, dir) => {
  const pick = (m) => {
    const key = m1(col, m);
    const vs = rs
      .filter((r) => key(r) != null)
      .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
    const k = key(vs[n - 1]);
    const tied = vs.filter((r) => key(r) === k);
    return tied.length === 1 ? d.set(tied) : d.setTol([], tied);
  };
  const a = pick(money);
  const b = pick(conv);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};
/** A figure asked in 元: the 万元 amount × 10 000, within 1 元. */
export const yuan = (v) => exact(Math.round(v * 10000 * 100) / 100, 1);
/** A difference X − Y: accepted signed or as its magnitude. */
export const gapOf = (d, v) => (Math.abs(v) < 1e-9 ? d.number(0) : d.anyOf(d.number(v), d.number(-v)));
/** 年初预算数 against 全年预算数 of one form: both filled and different. A blank 年初 may be read as different too. */
export const initDiffers = (r) =>
  money(r, 'initialBudget') != null &&
  money(r, 'annualBudget') != null &&
  Math.abs(money(r, 'initialBudget') - money(r, 'annualBudget')) > 1e-9;
export const initBlank = (r) => money(r, 'initialBudget') == null;
/** Indicator rows of a form that pass a test. */
export const rowsOf = (r, f = () => true) => rows(r).filter(f);
export const l1 = (w) => (i) => norm(i.level1).includes(w);
export const l2 = (w) => (i) => norm(i.level2).includes(w);

// Helpers of the seventeenth part (helper "blind34"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The seventeenth part").
import { money, norm, rows } from '../lib/corpus.mjs';
import { exact, F, O, PCT } from '../lib/shorthands.mjs';

/** The offices as the askers name them: every form of an office names its place in 主管部门 or 实施单位, so a place
 * selects its office exactly (潞源 22, 双井 2, 发改委 8, 大红门 128, 河门口 9). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');

/** The form of an id (ids are stable; the question names the project in the askers' own words). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** The one real indicator row of a form whose 三级指标 contains the words (and whose 二级指标 contains l2, when given);
 * throws unless exactly one. */
export const row = (r, words, l2 = '') => {
  const hit = rows(r).filter((i) => norm(i.name).includes(norm(words)) && norm(i.level2).includes(norm(l2)));
  if (hit.length !== 1) throw new Error(`${r.id}: ${hit.length} rows named ${words}`);
  return hit[0];
};
/** The first number written in a cell (「≥600」 → 600, 「1535平方米」 → 1535). */
export const num = (s) => {
  const m = String(s ?? '')
    .normalize('NFKC')
    .match(/\d+(?:\.\d+)?/);
  if (!m) throw new Error(`no number in ${s}`);
  return Number(m[0]);
};

/** Money columns in 万元 (as written). */
export const AB = (r) => money(r, 'annualBudget');
export const EX = (r) => money(r, 'executed');
export const IB = (r) => money(r, 'initialBudget');
/** Money left = 全年预算数 − 全年执行数. */
export const left = (r) => AB(r) - EX(r);

/** A money column rounded to 1 元 (0.0001 万元), so that 003-007 (3457.171733) and 003-022 (3457.17173), which differ by
 * 0.03 元, tie in a ranking as a reader sees them; `m` is the money reader (as written, or conv). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** A difference said with 差多少 / 多多少 / 多花了多少: the answer may give it signed or as its magnitude. */
export const gap = (d, v, tol) => {
  const vals = [...new Set([v, -v].map((x) => Math.round(x * 1e6) / 1e6))];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((x) => d.number(x, tol)));
};
/** An amount asked without a unit: in 万元 (the form's unit), or in 元 within 1 元. */
export const wanOrYuan = (d, wan) => d.anyOf(d.number(wan), exact(wan * 10000, 1));
/** A percentage or a ratio (几倍), to one decimal. */
export const pct = (d, v) => d.number(v, PCT);

/** 「A和B哪个…」: the winner alone, or both listed in the order asked (winner first). */
export const pick2 = (d, pair, key, dir) => d.anyOf(d.top(pair, key, 1, dir), d.top(pair, key, 2, dir));

/** Sum of a column over a pool with a money reader m (money as written, or conv). */
export const sumM = (d, pool, col, m = money) => F(d, pool).reduce((s, r) => s + (m(r, col) ?? 0), 0);

/** The budget row's 得分 against its 分值 × the 执行率 the form itself states (the other reading of 「预算执行得分算错」:
 * lib's budgetScoreOff takes the rate from the amounts, SCORING §8). */
export const budgetScoreOffStated = (r) => {
  const s = r.funds?.total?.score?.value;
  const w = r.funds?.total?.weight?.value;
  const k = r.funds?.total?.rate?.value;
  return s != null && w != null && k != null && Math.abs(s - Math.min(k / 100, 1) * w) > 0.05;
};

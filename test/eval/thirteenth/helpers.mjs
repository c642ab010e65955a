// Helpers of the thirteenth part (helper "blind30"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirteenth part").
import { money, norm, rows } from '../lib/corpus.mjs';
import { conv, F, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (潞源 22,
 * 双井 2, 发改委 8 as 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9), so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;

/** The form of an id (a line names the project by its name in the question; the id only finds the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** The cashier's words: 支出 = 全年执行数, 预算 = 全年预算数, 余额 / 还剩 / 结余 = 全年预算数 − 全年执行数 of the
 * 年度资金总额 row (万元 in the records). */
export const spent = (r) => money(r, 'executed');
export const budget = (r) => money(r, 'annualBudget');
export const init = (r) => money(r, 'initialBudget');
export const left = (r) => (budget(r) == null || spent(r) == null ? null : budget(r) - spent(r));
/** 核减 (the reviewer's word for a budget cut): 年初预算数 − 全年预算数 where both are filled and 全年 is the smaller. */
export const cut = (r) =>
  init(r) == null || budget(r) == null || budget(r) >= init(r) ? null : init(r) - budget(r);
/** 核增: 全年预算数 above a filled 年初预算数 (a 年初 of 0 is filled). */
export const raised = (r) => init(r) != null && budget(r) != null && budget(r) > init(r);

/** An amount in 万元 asked in 元 to the 分 (the cashier books in 元): the figure in 元, within 0.011 元. Floating noise
 * of the 万元 arithmetic is rounded away at the 分 first. */
const fen = (wan) => Math.round(wan * 1000000) / 100;
export const yuan = (d, wan) => d.number(fen(wan), 0.011);
/** A difference asked in 元 (差多少, 多花了多少): signed or as its magnitude. */
export const gapYuan = (d, wan) =>
  Math.abs(wan) < 1e-12 ? yuan(d, 0) : d.anyOf(yuan(d, wan), yuan(d, -wan));
/** A 万元 figure rounded to 1 元 (0.0001 万元), for rankings: 003-007 (3457.171733) and 003-022 (3457.17173) differ
 * by 0.03 元 and tie. */
export const r1 = (v) => (v == null ? null : Math.round(v * 10000) / 10000);
/** A ranking by a money reader, both readings of 疏整促's 元-in-万元 cell (as written, or converted to 万元). */
export const topBoth = (d, rs, col, n, dir) => {
  const a = d.top(rs, (r) => r1(money(r, col)), n, dir);
  const b = d.top(rs, (r) => r1(conv(r, col)), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};
/** Real indicator rows of a form that pass a test. */
export const rowsOf = (r, f = () => true) => rows(r).filter(f);
export const targetHas = (w) => (i) => norm(i.target).includes(norm(w));
/** The points a row lost (分值 − 得分 where both are there). */
export const lost = (i) =>
  i.weight != null && i.score != null && i.score < i.weight ? i.weight - i.score : 0;
/** Σ 分值 of the satisfaction rows of a form. */
export const satWeight = (r) =>
  rows(r)
    .filter((i) => norm(i.level1).includes('满意度'))
    .reduce((s, i) => s + (i.weight ?? 0), 0);
/** Σ 分值 of the rows whose 一级指标 contains a word. */
export const level1Weight = (r, w) =>
  rows(r)
    .filter((i) => norm(i.level1).includes(w))
    .reduce((s, i) => s + (i.weight ?? 0), 0);
/** Phone cells that hold a number. */
export const phoneHas = (num) => (r) => String(r.phone ?? '').includes(num);
/** Forms of a pool (helper for F over a pool and a test). */
export const where = (d, ...fs) => F(d, (r) => fs.every((f) => f(r)));

// Helpers of the thirty-second part (helper "blind49"): pools, readings and expectation shapes its question lines
// use, over ../lib only. Definitions: ../README.md ("The thirty-second part").
import { budgetScore, budgetWeight, money, norm, rate, rows } from '../lib/corpus.mjs';
import { conv, F, O, ts } from '../lib/shorthands.mjs';

/** The offices as people name them; every form names its place in 主管部门 or 实施单位, so a place selects its office
 * exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** The sole owner named (a cell naming two people is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');

/** The form of an id (a line names the project in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** A place, person or office the data does not hold: a refusal, or an answer that lists nothing. */
export const noneOr = (d, term) => d.anyOf(d.refuse(term), d.set([]));

/** Σ of the indicator scores (real rows). */
export const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** 总分 equal neither to budget 得分 + Σ 得分 nor to Σ 得分 alone (± 0.1). */
export const totalNeither = (r) =>
  ts(r) != null &&
  Math.abs(ts(r) - (budgetScore(r) ?? 0) - sumScores(r)) > 0.1 &&
  Math.abs(ts(r) - sumScores(r)) > 0.1;
/** The budget row's 得分 disagrees with the form's own stated 执行率 × 分值 (± 0.05). */
export const scoreVsStatedRate = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** Sum of a money column over a pool under a reader (money as written, or conv). */
export const sumWith = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** A ranking of a pool by a money column under both readings of the 元-in-万元 cell. */
export const rankedMoney = (d, rs, col, dir) =>
  d.anyOf(
    ...[money, conv].map((m) => d.top(rs, (r) => m(r, col), rs.filter((r) => m(r, col) != null).length, dir)),
  );
export { F };

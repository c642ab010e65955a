// Helpers of the thirty-fifth part (helper "blind52"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-fifth part").
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004): every form names its
 * place in 主管部门 or 实施单位, so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');

/** The form of an id (a line names the project in its question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** 民生保障办公室 (民生办) as 实施单位; 003-055 writes 「民生保障办公室是」, the same office. */
export const MSB = (r) => inUnit(r, '民生保障办公室');

/** Σ of the indicator rows' 得分 / 分值 (real rows only). */
export const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
export const sumWeights = (r) => rows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
const near = (a, b) => Math.abs(a - b) <= 0.1;
/** The stated 总分 equals neither budget 得分 + Σ 得分 nor Σ 得分 alone (both ± 0.1, SCORING §7). */
export const totalNeither = (r) =>
  r.totalScore != null &&
  !near(r.totalScore, (budgetScore(r) ?? 0) + sumScores(r)) &&
  !near(r.totalScore, sumScores(r));
/** The budget row's 得分 disagrees with the form's own stated 执行率 × 分值 (± 0.05; a rate above 100 % counts as 100). */
export const scoreVsStatedRate = (r) =>
  budgetScore(r) != null &&
  rate(r) != null &&
  budgetWeight(r) != null &&
  Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * budgetWeight(r)) > 0.05;
/** Money not spent: 全年预算数 − 全年执行数 of the 年度资金总额 row (万元), with a money reader m. */
export const unspent = (r, m = money) =>
  m(r, 'annualBudget') != null && m(r, 'executed') != null ? m(r, 'annualBudget') - m(r, 'executed') : null;
/** Spent less than the budget (by at least 1 元: 003-096 overspends by 0.0000004 万元, which is not 「没花完」). */
export const underspent = (r) => unspent(r) != null && unspent(r) >= 0.0001;
/** 全年预算数 − 年初预算数 where the form writes both (调增 > 0, 调减 < 0). */
export const adjust = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'annualBudget') - money(r, 'initialBudget')
    : null;
/** A money key rounded to 1 元 (003-007 and 003-022 differ by 0.03 元: a tie). */
export const yuan = (v) => (v == null ? null : Math.round(v * 10000) / 10000);
export const budgetKey = (m) => (r) => yuan(m(r, 'annualBudget'));
export const READERS = [money, conv];

/** The n-th form by key (1 = first) under dir, as a names expectation that requires one form to be listed: the forms
 * tied with it may be the answer (any one of them), an empty answer is not enough. */
export const nthOne = (rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  const names = tied.map((r) => norm(r.projectName));
  return tied.length === 1
    ? { kind: 'names', must: names, may: [] }
    : { kind: 'names', must: [], may: names, size: 1 };
};
/** 执行率 by either reading: the stated one, or the amounts' one rounded to two decimals. */
export const RATES = [rate, rateComputed];

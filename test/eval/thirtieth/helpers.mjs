// Helpers of the thirtieth part (helper "blind47"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirtieth part").
import { blank, budgetScore, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as people name them; every form names its place in 主管部门 or 实施单位, so a place selects its office
 * exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** The sole owner named (a cell naming two people, 「赵路广、孟卓聪」, is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;
/** One of the owners of the cell (the shared 003-095 counts for each of its two). */
export const oneOf = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** A money key rounded to 1 元 (003-007 and 003-022 differ by 0.03 元: a tie). */
export const yuanKey = (m, col) => (r) => {
  const v = m(r, col);
  return v == null ? null : Math.round(v * 10000) / 10000;
};

/** 执行率 in its three readings: as stated; from the amounts rounded to two decimals; from the amounts in full
 * precision (000-021's 15.999652 / 16 is 99.9978 %, shown as 100.00 %; to 1e-6 %). A line is right under any one of them. */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  // to 1e-6 %, so that an equal 执行数 is 100 % (12.48263 / 12.48263 is not exactly 1 in floating point)
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
export const RATES = [rate, rateComputed, rateFull];
/** The computed readings only (a question that names the 口径 全年执行数÷全年预算数). */
export const RATES_COMPUTED = [rateComputed, rateFull];

/** 全年预算数 − 全年执行数 (还剩 / 没花完 / 结余), by a money reader. */
export const left = (m) => (r) => {
  const a = m(r, 'annualBudget');
  const x = m(r, 'executed');
  return a == null || x == null ? null : a - x;
};
/** 全年 − 年初 (both written; a 年初 of 0 is written). */
export const adjust = (r) => {
  const i = money(r, 'initialBudget');
  const a = money(r, 'annualBudget');
  return i == null || a == null ? null : a - i;
};
export const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
export const meanOf = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};

/** A figure under every reading of a set of pools × readers: one number expectation per distinct value. */
export const figures = (d, values, tol) => {
  const uniq = [...new Set(values.map((v) => Math.round(v * 1e6) / 1e6))];
  return uniq.length === 1 ? d.number(uniq[0], tol) : d.anyOf(...uniq.map((v) => d.number(v, tol)));
};
/** Every subset of a small list (optional forms that may each be in a pool or not). */
export const subsets = (list) => list.reduce((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);

/** The sums of the 分值 of a form's real rows per 一级指标 label (产出标指 read as 产出). */
export const level1Weights = (r) => {
  const m = {};
  for (const i of rows(r)) {
    const l = norm(i.level1).replace('产出标指', '产出指标');
    m[l] = (m[l] ?? 0) + (i.weight ?? 0);
  }
  return m;
};
/** LEVEL1_WEIGHTS_NONSTANDARD: 产出 50 / 效益 30 / 满意度 10 (the budget's 10 apart), as the rows write them. */
export const level1Off = (r) => {
  const m = level1Weights(r);
  const keys = Object.keys(m);
  const std = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };
  return (
    keys.some((k) => !(k in std)) || Object.entries(std).some(([k, v]) => Math.abs((m[k] ?? 0) - v) > 0.01)
  );
};

/** A satisfaction row scored 0 (a row whose 一级指标 is 满意度). */
export const satZero = (r) =>
  rows(r).some((i) => norm(i.level1).includes('满意度') && i.score === 0 && i.weight > 0);
/** A satisfaction row saying 未做 with its 得分 left empty (003-094, 003-135): may be read as scored 0. */
export const satNotDoneNoScore = (r) =>
  rows(r).some(
    (i) =>
      norm(i.level1).includes('满意度') &&
      i.score == null &&
      /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`),
  );
/** 总分 = Σ 指标得分 (± 0.1), the budget 得分 left out. */
export const totalIsRowsOnly = (r) =>
  r.totalScore != null && Math.abs(r.totalScore - rows(r).reduce((s, i) => s + (i.score ?? 0), 0)) <= 0.1;
/** A budget 得分 written and above 0 (so that 总分 = Σ 指标得分 leaves it out). */
export const budgetScored = (r) => budgetScore(r) != null && budgetScore(r) > 0;
/** A row scored below its weight. */
export const short = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** A full-score row with a 偏差原因 written (a bare 无 is text too, but says nothing: optional). */
export const devOnFull = (i) =>
  i.weight != null && i.score != null && i.score === i.weight && !blank(i.deviation);
export const bareNone = (i) => norm(i.deviation) === '无';

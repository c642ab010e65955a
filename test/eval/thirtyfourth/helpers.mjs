// Helpers of the thirty-fourth part (helper "blind51"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-fourth part").
import { blank, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, F, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004): every form names its
 * place in 主管部门 or 实施单位, so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
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
/** 实施单位 contains the word, as written. */
export const unitHas = (w) => (r) => norm(r.implementingUnit).includes(w);
/** The sole owner named; a cell naming two people counts for each of them under ownIn. */
export const ownerIs = (name) => (r) => norm(r.owner) === name;
export const ownIn = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);
/** The phone cell holds that number (a cell may hold two). */
export const phoneHas = (num) => (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .includes(num);
/** 负责人 / 联系电话 not filled: blank or no such row (README). */
export const noOwner = (r) => blank(r.owner);
export const noPhone = (r) => blank(r.phone);
/** Both readings of the 元-in-万元 cell (002-007). */
export const READERS = [money, conv];
/** A figure under both money readings (one expectation when they agree). */
export const fig = (d, f, tol) => {
  const vs = [...new Set(READERS.map((m) => Math.round(f(m) * 1e6) / 1e6))];
  return vs.length === 1 ? d.number(vs[0], tol) : d.anyOf(...vs.map((v) => d.number(v, tol)));
};
/** A figure kept to its own precision (亿元, 元). */
export const exactNum = (v, tol) => ({ kind: 'number', value: v, tol });
/** A sum in 亿元: the 亿元 figure (±0.005) or the 万元 sum, both money readings. */
export const yi = (d, rs, col) => {
  const alts = [];
  for (const m of READERS) {
    const s = rs.reduce((a, r) => a + (m(r, col) ?? 0), 0);
    alts.push(exactNum(s / 10000, 0.005), d.number(s));
  }
  return d.anyOf(...alts);
};
/** Sum of a money column over a pool, both readings. */
export const sumOf = (d, rs, col) => fig(d, (m) => rs.reduce((a, r) => a + (m(r, col) ?? 0), 0));
/** Both 年初 and 全年 present. */
export const hasBoth = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
export const adjust = (r) => (hasBoth(r) ? money(r, 'annualBudget') - money(r, 'initialBudget') : null);
/** Either 执行率 reading (stated or computed from the amounts). */
export const RATES = [rate, rateComputed];
/** A value expectation that is about no single project (a person's phone asked as a follow-up): right when the reply
 * gives the value and lists no project, or (anyOf) a column of his projects. */
export const loneValue = (values, all = false) => ({
  kind: 'value',
  project: '\u0000',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  ...(all ? { all: true } : {}),
});
/** Number of real indicator rows. */
export const nRows = (r) => rows(r).length;
/** Forms of a pool. */
export const pool = (d, f) => F(d, f);

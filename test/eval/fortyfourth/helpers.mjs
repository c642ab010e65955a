// Helpers of the forty-fourth part (helper "blind62"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-fourth part").
import { money, norm, rate, rateComputed, rows, satDoubt, satRows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002 — 「发改委」 or 「发展和改革委员会」 —, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
export const not = (f) => (r) => !f(r);

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...list) => list.map((id) => R(d, id));

/** The sole owner named, and an owner named in a cell of two (「赵路广、孟卓聪」). */
export const owner = (name) => (r) => norm(r.owner) === name;
export const ownerIn = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);

/** A money key rounded to 1 元: 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, a tie as staff
 * read amounts. m is the money reader (as written, or conv). */
export const yuan = (m, col) => (r) => {
  const v = m(r, col);
  return v == null ? null : Math.round(v * 10000) / 10000;
};

/** The 执行率 readings: stated, computed rounded to two decimals, computed in full precision (to 1e-6 %, so that
 * 12.48263 / 12.48263 is 100 and not 99.99999999 in floating point). */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
export const RATES = [rate, rateComputed, rateFull];

/** A difference said with 多/少 or signed: either sign. */
export const signed = (d, v, tol = 0.011) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));

/** The budget row's 得分 against 执行率 × 分值 with the rate the form states (not the one its amounts give). */
export const budgetScoreOffStated = (r) => {
  const s = r.funds?.total?.score?.value;
  const w = r.funds?.total?.weight?.value;
  const k = rate(r);
  return s != null && w != null && k != null && Math.abs(s - (Math.min(k, 100) / 100) * w) > 0.05;
};

/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.weight && i.score === 0);

/** Σ of a money column over forms, with the reader given. */
export const sumOf = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
export const READERS = [money, conv];

/** Rows scored below their weight. */
export const shortRows = (r) =>
  rows(r).filter((i) => i.weight != null && i.score != null && i.score < i.weight);

/** Group expectations for every subset of the optional forms: each alternative adds some of them to the groups. */
export const groupsWithOptional = (d, key, must, may) => {
  const alts = [];
  for (let mask = 0; mask < 1 << may.length; mask++) {
    const rs = [...must, ...may.filter((_, k) => mask & (1 << k))];
    const m = {};
    for (const r of rs) m[key(r)] = (m[key(r)] ?? 0) + 1;
    alts.push(d.groups(m));
  }
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};

/** A pdf-text form without a satisfaction row in its record whose text shows one that says 未做 (003-041, 003-139,
 * 003-142; 003-119's text shows a satisfaction row scored in full). */
export const satNotDoneInText = (d) =>
  d.all.filter((r) => satDoubt(r) && ['003-041', '003-139', '003-142'].includes(r.id));

// Helpers of the forty-ninth part (helper "blind67"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-ninth part").
import { blank, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
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
/** 实施单位 as written contains the word. */
export const unitHas = (w) => (r) => norm(r.implementingUnit).includes(w);
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = unitHas('民生保障办公室');
/** 城乡管理办公室 as 实施单位; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
export const CX = unitHas('城乡管理办公室');
export const CX_MAYBE = ['003-054', '003-095'];
/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** One expectation per distinct value built by f over the money readers. */
export const overReaders = (d, f) => {
  const alts = READERS.map(f);
  const seen = new Set();
  const out = alts.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
/** 执行率 readings: stated, computed (two decimals). */
export const RATES = [rate, rateComputed];
/** A difference said with 多/少 or signed: either sign. */
export const signed = (d, v, tol = 0.011) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));
/** Mean of a key over forms (forms where it is null left out). */
export const mean = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
/** Median of a key over forms. */
export const median = (rs, f) => {
  const vs = rs
    .map(f)
    .filter((v) => v != null)
    .sort((a, b) => a - b);
  const n = vs.length;
  return n % 2 ? vs[(n - 1) / 2] : (vs[n / 2 - 1] + vs[n / 2]) / 2;
};
/** A group's own 执行率: Σ全年执行数 / Σ全年预算数 (in %), under a money reader. */
export const groupRate = (rs, m = money) =>
  (100 * rs.reduce((s, r) => s + (m(r, 'executed') ?? 0), 0)) /
  rs.reduce((s, r) => s + (m(r, 'annualBudget') ?? 0), 0);
/** A rate figure of a pool under every reading: the group's own rate, the mean of the stated rates, the mean of the
 * computed ones. */
export const rateReadings = (rs) => [groupRate(rs), mean(rs, rate), mean(rs, rateComputed)];
/** A row scored below its weight. */
export const short = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it; such a reason
 * counts as written (as lib's devMissing). */
const wrappedReason = (r, k) => {
  const next = rows(r)[k + 1];
  return (
    r.format === 'pdf-text' &&
    next != null &&
    next.weight == null &&
    next.score == null &&
    norm(next.level1) === norm(rows(r)[k].level1) &&
    !blank(next.name)
  );
};
/** Rows scored below their weight with no 偏差原因 (per row). */
export const devMissingRows = (r) =>
  rows(r).filter((i, k) => short(i) && blank(i.deviation) && !wrappedReason(r, k));
/** A satisfaction row (一级 满意度, or a row whose name says 满意度 filed under another 一级 by the pdf-text reading). */
export const satLike = (i) => norm(i.level1).includes('满意度') || norm(i.name).includes('满意度');

// Helpers of the forty-sixth part (helper "blind64"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-sixth part").
import { money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004): every form of an
 * office names its place in 主管部门 or 实施单位 (发改委 spelled out or not), so a place selects its office. */
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

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** The 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 (one reading for a whole answer). */
export const RATES = [rate, rateComputed];

/** One expectation per distinct value built by f over the given readers (anyOf when they differ). */
export const over = (d, readers, f) => {
  const seen = new Set();
  const out = readers.map(f).filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};

/** A percentage accepted to two decimals or rounded to one (within 0.051). */
export const pct = (d, v) => d.number(v, 0.051);
/** A difference said with 多/少 or signed: either sign. */
export const signed = (d, v, tol = 0.011) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));
/** An amount in 万元, or the same in 元 (an answer that converts). */
export const wanOrYuan = (d, v) => d.anyOf(d.number(v), d.number(v * 10000, 1));

/** 一级指标 as written, read loosely: a label containing the word (产出标指 is an 产出 label written wrongly). */
export const l1Exact = (w) => (i) => norm(i.level1) === w;
export const l1Loose = (re) => (i) => re.test(norm(i.level1));
/** Rows over a pool passing a test. */
export const rowsOf = (rs, f = () => true) => rs.flatMap((r) => rows(r).filter(f));
/** A count that may be read two ways: any value between them. */
export const between2 = (d, a, b) => d.countRange(Math.min(a, b), Math.max(a, b));

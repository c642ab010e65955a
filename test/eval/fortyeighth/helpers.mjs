// Helpers of the forty-eighth part (helper "blind66"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-eighth part").
import {
  blank,
  inUnit,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (every form of an office names its place in 主管部门 or 实施单位, so the place
 * term and the office agree; checked by `placeOk`). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const PLACE_WORDS = {
  '000': ['潞源'],
  '001': ['双井'],
  '002': ['发改委', '发展和改革委员会'],
  '003': ['大红门'],
  '004': ['河门口'],
};
/** Throws when a place term and its office disagree (then the line must use lib's `place` instead). */
export const placeOk = (d) => {
  for (const [code, words] of Object.entries(PLACE_WORDS)) {
    const a = d.all
      .filter(O(code))
      .map((r) => r.id)
      .join();
    const b = d.all
      .filter((r) => inUnit(r, ...words))
      .map((r) => r.id)
      .join();
    if (a !== b) throw new Error(`place ${words[0]}: office ${code} and the term disagree`);
  }
  return true;
};
export const yr = (n) => (r) => r.year === n;

/** The form of an id (the question names the project by its name; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** 实施单位 as written contains the office name (民生保障办公室是 counts: it contains it). */
export const unitHas = (w) => (r) => norm(r.implementingUnit).includes(w);
/** 党群工作办公室, with 「党群办」 (003-071) optional. */
export const DQ = unitHas('党群工作办公室');
export const DQ_MAYBE = ids('003-071');
/** 城乡管理办公室, with 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) optional. */
export const CX = unitHas('城乡管理办公室');
export const CX_MAYBE = ids('003-054', '003-095');

/** Both readings of the 元-in-万元 cell (002-007). */
export const READERS = [money, conv];
/** The 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 (rounded to two decimals). */
export const RATES = [rate, rateComputed];
/** 全年执行数 / 全年预算数 in full precision (99.998 % is below 100 %), to 1e-6 % (floating-point noise dropped). */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
/** One expectation per distinct alternative (the same alternative said once). */
export const alts = (d, list) => {
  const seen = new Set();
  const out = list.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
/** 结余 (还剩多少没花) of one form under a money reader: 全年预算数 − 全年执行数. */
export const left = (m) => (r) => (m(r, 'annualBudget') ?? 0) - (m(r, 'executed') ?? 0);
/** Both 年初 and 全年 written. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
/** A difference said with 多/少 or signed: either sign. */
export const signed = (d, v, tol = 0.011) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));

/** A row scored below its weight. */
export const short = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it (as lib's devMissing);
 * such a reason counts as written. */
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
/** A satisfaction row (一级 满意度) scored below its weight. */
export const satShort = (r) => satRows(r).some(short);
/** 满意度没做: the three readings of lib's noSurvey (no satisfaction row; a row that says 未做; either) as counts over
 * a pool, each with the doubtful records (satDoubt) optional. */
export const noSurveyCount = (d, pool) => {
  const readings = [noSat, satNotDone, (r) => noSat(r) || satNotDone(r)];
  return alts(
    d,
    readings
      .map((f) => {
        const lo = d.all.filter((r) => pool(r) && f(r)).length;
        const hi = d.all.filter((r) => pool(r) && (f(r) || satDoubt(r))).length;
        return lo + hi > 0 ? d.countRange(lo, hi) : null;
      })
      .filter(Boolean),
  );
};
/** Forms listed in key order (every one of `must`, `may` optional), checked for that order. */
export const orderedSet = (d, must, may, key, dir) => {
  const e = d.setTol(must, may);
  const keys = Object.fromEntries([...must, ...may].map((r) => [norm(r.projectName), key(r)]));
  return { ...e, ordered: dir, keys };
};
/** The n-th form by key (1 = first); tied forms: any one of them must be named (size 1). */
export const nthOne = (d, rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  if (tied.length === 1) return d.set(tied);
  return { kind: 'names', must: [], may: tied.map((r) => norm(r.projectName)), size: 1 };
};

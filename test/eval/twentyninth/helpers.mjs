// Helpers of the twenty-ninth part (helper "blind46"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-ninth part").
import { blank, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, O, ownAny } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** The sole owner named (a cell naming two people is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;
export { ownAny };
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 城乡管理办公室 as 实施单位, as written; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
export const CX = (r) => norm(r.implementingUnit).includes('城乡管理办公室');
export const CX_MAYBE = ['003-054', '003-095'];
/** 党群工作办公室 as 实施单位, as written; 「党群办」 (003-071) may be read as it. */
export const DQ = (r) => norm(r.implementingUnit).includes('党群工作办公室');
export const DQ_MAYBE = ['003-071'];

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
/** Both written (年初 and 全年), and the difference 全年 − 年初. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
export const raise = (r) => (bothBudgets(r) ? money(r, 'annualBudget') - money(r, 'initialBudget') : null);
/** 还剩 / 结余 of one form: 全年预算数 − 全年执行数 under a money reader. */
export const left = (m) => (r) => (m(r, 'annualBudget') ?? 0) - (m(r, 'executed') ?? 0);

/** The 执行率 readings: stated, computed rounded to two decimals, computed in full precision. */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  return a && x != null ? (100 * x) / a : null;
};
export const RATES = [rate, rateComputed, rateFull];

/** A percentage accepted to two decimals or rounded to one decimal (within 0.011 of either). */
export const pct = (d, v) => {
  const one = Math.round(v * 10) / 10;
  return Math.abs(one - Math.round(v * 100) / 100) < 1e-9
    ? d.number(v, 0.011)
    : d.anyOf(d.number(v, 0.011), d.number(one, 0.011));
};
/** A difference said with 多/少 or signed: either sign. */
export const signed = (d, v, tol = 0.011) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));
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
/** Forms listed in key order (every one of `must`, `may` optional), checked for that order. */
export const orderedSet = (d, must, may, key, dir) => {
  const e = d.setTol(must, may);
  const keys = Object.fromEntries([...must, ...may].map((r) => [norm(r.projectName), key(r)]));
  return { ...e, ordered: dir, keys };
};

/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it (as lib's
 * devMissing); such a reason counts as written. */
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
  rows(r).filter(
    (i, k) =>
      i.weight != null && i.score != null && i.score < i.weight && blank(i.deviation) && !wrappedReason(r, k),
  );
/** Σ 分值 of the rows of a 一级指标 (its label as written, 产出标指 read as 产出指标). */
export const level1Weight = (r, w) =>
  rows(r)
    .filter((i) => norm(i.level1).replace('标指', '指标').includes(w))
    .reduce((s, i) => s + (i.weight ?? 0), 0);
/** 一级 weights other than 产出 50 / 效益 30 / 满意度 10 (LEVEL1_WEIGHTS_NONSTANDARD), one 一级 label read as written. */
export const level1Off = (r) =>
  level1Weight(r, '产出') !== 50 || level1Weight(r, '效益') !== 30 || level1Weight(r, '满意度') !== 10;
/** Groups of a count per label, with alternatives: each alternative a list of [label, forms]. */
export const groupAlts = (d, alts) =>
  d.anyOf(...alts.map((m) => d.groups(Object.fromEntries(Object.entries(m).filter(([, v]) => v > 0)))));

// Helpers of the sealed2 part (helper "blind55"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The sealed2 part").
import {
  blank,
  budgetScore,
  budgetWeight,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satRows,
} from '../lib/corpus.mjs';
import { conv, O, ownAny } from '../lib/shorthands.mjs';

/** The offices as staff name them; every form names its place in 主管部门 or 实施单位, so a place selects its office
 * exactly (潞源 000, 双井 001, 发改委 002 — 002-001 reads 主管部门「办公室」 but 实施单位「通州区发改委」 —, 大红门 003,
 * 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
/** 通州: the 潞源 and 发改委 forms (every one of them writes 通州 in 主管部门 or 实施单位). */
export const TZ = O('000', '002');
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
/** 便民服务中心 named as 主管部门 or 实施单位. */
export const BM = (r) =>
  norm(r.implementingUnit).includes('便民服务中心') || norm(r.department).includes('便民服务中心');

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
/** The 执行率 computed in full precision (全年执行数 / 全年预算数 × 100). */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  // rounded to 1e-9, so that an amount divided by itself reads 100 and not 99.99999999999999
  return a && x != null ? Math.round((1e11 * x) / a) / 1e9 : null;
};
/** The 执行率 readings: stated, computed rounded to two decimals, computed in full precision. */
export const RATES = [rate, rateComputed, rateFull];
/** Both written (年初 and 全年). */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;

/** One expectation per distinct value built by f over a list of readings (money readers, rate readers). */
export const over = (d, list, f) => {
  const seen = new Set();
  const out = list.map(f).filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
export const overReaders = (d, f) => over(d, READERS, f);
export const overRates = (d, f, list = [rate, rateComputed]) => over(d, list, f);

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
/** An amount in 元 (within 1 元), kept unrounded. */
export const yuan = (v) => ({ kind: 'number', value: Math.round(v * 100) / 100, tol: 1 });

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

/** Σ 分值 of the satisfaction rows of a form. */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0 && (i.weight ?? 0) > 0);
/** 效益 as the template files it: a row under the 一级 效益指标, or a row whose 二级 is one of the template's 效益 kinds
 * (社会 / 经济 / 生态效益, 可持续影响) filed under another 一级 (several 潞源 forms do so). */
export const benefitRow = (i) =>
  norm(i.level1).includes('效益') || /(社会|经济|生态)效益|可持续影响/.test(norm(i.level2));
/** A row scored at its full weight whose 偏差原因 holds text; `strict` leaves out a bare 「无」. */
export const devOnFull = (strict) => (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!strict || !/^无$/.test(norm(i.deviation))),
  );
/** BUDGET_SCORE_MISMATCH read against the stated 执行率 (min(stated, 100 %) × 分值 ± 0.05). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * budgetWeight(r)) > 0.05;
export { satDoubt };

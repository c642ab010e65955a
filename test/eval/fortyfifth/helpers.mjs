// Helpers of the forty-fifth part (helper "blind63"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-fifth part").
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, F, O, tallyBy } from '../lib/shorthands.mjs';

/** The offices: 潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
/** 大红门 as a term: the forms naming it must be there, the other 003 forms (便民服务中心, 综合办公室 … as 主管部门)
 * may be (README: place terms). Both pools, for figures computed over a pool. */
export const DHM_POOLS = (d) => {
  const must = F(d, (r) => inUnit(r, '大红门'));
  const wide = F(d, (r) => inUnit(r, '大红门') || DHM(r));
  return must.length === wide.length ? [must] : [must, wide];
};
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** The two 执行率 readings: stated, or computed from the amounts (two decimals). */
export const RATES = [rate, rateComputed];
/** One expectation per distinct alternative built by f over a list of readings. */
export const over = (d, list, f) => {
  const seen = new Set();
  const alts = list.map(f).filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** Every combination of the readings of several lists (e.g. pools × money readers). */
export const cross = (...lists) =>
  lists.reduce((acc, l) => acc.flatMap((a) => l.map((x) => [...a, x])), [[]]);
/** 结余 of one form: 全年预算数 − 全年执行数 under a money reader. */
export const left = (m) => (r) => (m(r, 'annualBudget') ?? 0) - (m(r, 'executed') ?? 0);
/** An amount in 万元 asked in 亿 (多少亿): the 万元 figure or the 亿 figure (half the last shown digit). */
export const yi = (d, v) => d.anyOf(d.number(v), { kind: 'number', value: v / 10000, tol: 0.005 });
/** An amount asked as 还剩多少 that may be answered in 万元 or converted to 元. */
export const wanOrYuan = (d, v) => d.anyOf(d.number(v), { kind: 'number', value: v * 10000, tol: 1 });
/** A percentage accepted to one decimal. */
export const pct = (_d, v) => ({ kind: 'number', value: v, tol: 0.051 });
/** Per-group figures with alternatives (each a label → figure map; groups of 0 are left out). */
export const groupsAlt = (d, maps, tol) =>
  over(d, maps, (m) =>
    d.groups(
      Object.fromEntries(Object.entries(m).filter(([k, v]) => k !== '' && k !== 'null' && v > 0)),
      tol,
    ),
  );
export const countBy = (rs, key) => tallyBy(rs, key, () => 1);
/** The names of one ranking's end that may be any of the tied forms (size n). */
export const anyOfTied = (rs, n) => ({
  kind: 'names',
  must: [],
  may: rs.map((r) => norm(r.projectName)),
  size: n,
});
/** Rows of a form scored below their weight. */
export const shortRows = (r) =>
  rows(r).filter((i) => i.weight != null && i.score != null && i.score < i.weight);
/** 预算执行得分 against the stated 执行率 (min(rate, 100 %) × 分值, ± 0.05); a form without a stated rate: null. */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null && budgetWeight(r) != null && rate(r) != null
    ? Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * budgetWeight(r)) > 0.05
    : null;

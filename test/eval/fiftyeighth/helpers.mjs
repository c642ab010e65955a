// Helpers of the fifty-eighth part (helper "blind76"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-eighth part").
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed } from '../lib/corpus.mjs';
import { O } from '../lib/shorthands.mjs';

/** The publishing offices (every form of an office names its place in 主管部门 or 实施单位). */
export const LY = O('000'); // 潞源街道 (通州, 2023)
export const SJ = O('001'); // 双井街道 (朝阳, 2020)
export const FG = O('002'); // 通州区发展和改革委员会 (2023)
export const DHM = O('003'); // 大红门街道 (丰台, 2023)
export const HMK = O('004'); // 河门口街道 (攀枝花西区, 2020)
/** 北京那边: every form published in Beijing (潞源, 双井, 发改委, 大红门), as against the 攀枝花 ones. */
export const BJ = O('000', '001', '002', '003');
export const TZ = (r) => inUnit(r, '通州');

/** The record of an id (a line names the project in its question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

export const annual = (r) => money(r, 'annualBudget');
export const executed = (r) => money(r, 'executed');
export const initial = (r) => money(r, 'initialBudget');
export const round2 = (v) => (v == null ? null : Math.round(v * 100) / 100);
/** Money keys compared as shown (two decimals): 3457.171733 and 3457.17173 read the same, either may come first. */
export const shown = (f) => (r) => round2(f(r));

/** The 大红门 科室 as named in a question: the forms whose 主管部门 or 实施单位 contains the office's name must count;
 * a form that only abbreviates it or names two offices (城乡办、平安办 003-095; 党群办 003-071) or a sister office
 * (城乡建设办公室 003-054 for 城乡管理) may count. A figure over the office takes either pool. */
const OFFICE_EXTRA = {
  民生保障办公室: [],
  城乡管理办公室: ['003-054', '003-095'],
  党群工作办公室: ['003-071'],
  平安建设办公室: ['003-095'],
  社区建设办公室: [],
  便民服务中心: [],
  综合办公室: [],
};
export const officePools = (d, name) => {
  if (!(name in OFFICE_EXTRA)) throw new Error(`no office ${name}`);
  const must = d.all.filter((r) => DHM(r) && inUnit(r, name));
  const wide = d.all.filter((r) => DHM(r) && (inUnit(r, name) || OFFICE_EXTRA[name].includes(r.id)));
  return must.length === wide.length ? [must] : [must, wide];
};
/** One expectation per pool of an office (one when the pools agree). */
export const overOffice = (d, name, f) => {
  const pools = officePools(d, name);
  return pools.length === 1 ? f(pools[0]) : d.anyOf(...pools.map(f));
};
/** The names of an office: its must pool listed, its wide pool's extra forms optional. */
export const officeSet = (d, name, test = () => true) => {
  const pools = officePools(d, name);
  return d.setTol(pools[0].filter(test), pools[pools.length - 1].filter(test));
};

/** A set of numbers as alternatives (deduplicated at six decimals). */
export const numbers = (d, vals, tol) => {
  const seen = [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))];
  return seen.length === 1 ? d.number(seen[0], tol) : d.anyOf(...seen.map((v) => d.number(v, tol)));
};
/** A difference (差, 多了多少, 调减): signed or as its magnitude. */
export const gaps = (d, vals, tol) =>
  numbers(
    d,
    vals.flatMap((v) => [v, -v]),
    tol,
  );
export const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);

/** The two 执行率 readings (the rate the form states, the one its amounts give); one expectation per reading. */
export const RATES = [rate, rateComputed];
export const overRates = (d, f) => {
  const alts = RATES.map(f);
  const seen = new Set();
  const out = alts.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
/** 预算执行得分算错 under one reading of the rate: the budget 得分 against min(rate, 100 %) × 分值 (± 0.05). */
export const budgetOffBy = (rf) => (r) => {
  const s = budgetScore(r);
  const w = budgetWeight(r);
  const v = rf(r);
  if (s == null || w == null || v == null) return false;
  return Math.abs(s - (Math.min(v, 100) / 100) * w) > 0.05;
};
/** Off under both readings: must be listed; off under one: may be. */
export const budgetOffSet = (d, pool) =>
  d.setTol(
    d.all.filter((r) => pool(r) && budgetOffBy(rate)(r) && budgetOffBy(rateComputed)(r)),
    d.all.filter((r) => pool(r) && (budgetOffBy(rate)(r) || budgetOffBy(rateComputed)(r))),
  );
/** Per-owner groups: a cell that names two people (「赵路广、孟卓聪」) is one group as written, or counts for each. */
export const ownerGroups = (d, rs) => {
  const asWritten = {};
  const split = {};
  for (const r of rs) {
    const o = norm(r.owner);
    if (!o) continue;
    asWritten[o] = (asWritten[o] ?? 0) + 1;
    for (const p of o.split(/[、,，;；/]/).filter(Boolean)) split[p] = (split[p] ?? 0) + 1;
  }
  const a = d.groups(asWritten);
  const b = d.groups(split);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};
export const nameHas = (w) => (r) => norm(r.projectName).includes(norm(w));

// Helpers of the fiftieth part (helper "blind68"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fiftieth part").
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices (every form names its place in 主管部门 or 实施单位, so a place selects its office exactly). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const Y2020 = (r) => r.year === 2020;

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

/** The 大红门 科室 as the askers name them: the forms whose 主管部门 or 实施单位 contains the office's name must count;
 * a form whose label only abbreviates it (党群办, 城乡办、平安办) or names a sister office (城乡建设办公室 for 城乡管理)
 * may count too. `must` and `wide` are the two pools; a figure over the office takes either. */
const OFFICES = {
  民生保障办公室: [],
  城乡管理办公室: ['003-054', '003-095'],
  党群工作办公室: ['003-071'],
  平安建设办公室: ['003-095'],
  社区建设办公室: [],
  便民服务中心: [],
  综合办公室: [],
};
export const office = (d, name) => {
  if (!(name in OFFICES)) throw new Error(`no office ${name}`);
  const must = d.all.filter((r) => inUnit(r, name));
  const extra = OFFICES[name];
  const wide = d.all.filter((r) => inUnit(r, name) || extra.includes(r.id));
  return { must, wide, pools: must.length === wide.length ? [must] : [must, wide] };
};
/** One expectation per pool of an office (a single one when the pools are the same). */
export const overPools = (d, name, f) => {
  const { pools } = office(d, name);
  return pools.length === 1 ? f(pools[0]) : d.anyOf(...pools.map(f));
};

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
export const sumBy = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** A set of numbers as alternatives (deduplicated). */
export const numbers = (d, vals, tol) => {
  const seen = [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))];
  return seen.length === 1 ? d.number(seen[0], tol) : d.anyOf(...seen.map((v) => d.number(v, tol)));
};
/** A difference said with 相差 / 差了多少 / 多了多少: signed or as its magnitude. */
export const gaps = (d, vals, tol) =>
  numbers(
    d,
    vals.flatMap((v) => [v, -v]),
    tol,
  );
/** A percentage (one decimal is enough). */
export const PCT = 0.051;
export const pct = (d, part, whole) => d.number((100 * part) / whole, PCT);
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });
/** An amount asked in 亿元 (to two decimals), or given in 万元. */
export const yiOrWan = (d, v) => d.anyOf({ kind: 'number', value: v / 10000, tol: 0.005 }, d.number(v));

/** The 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 (rounded to two decimals). */
export const RATES = [rate, rateComputed];
/** One expectation per reading, built by f(reading); a single one when they agree. */
export const over = (d, readings, f) => {
  const alts = readings.map(f);
  const seen = new Set();
  const out = alts.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};

/** 预算执行得分与执行率不符 under one reading of the rate: the budget 得分 against min(rate, 100 %) × 分值 (± 0.05);
 * a form without a stated rate is off under the stated reading when its 得分 is above its 分值. */
export const budgetOffBy = (rf) => (r) => {
  const s = budgetScore(r);
  const w = budgetWeight(r);
  if (s == null || w == null) return false;
  const v = rf(r);
  if (v == null) return s > w;
  return Math.abs(s - (Math.min(v, 100) / 100) * w) > 0.05;
};

/** The street offices as a reply may label them: the short name, with 街道 / 街道办事处, or as the 主管部门 writes it.
 * A grouping "各街道" is right under any one labelling per street (the grader matches labels exactly). */
export const STREET_LABELS = {
  潞源: ['潞源', '潞源街道', '潞源街道办事处', '北京市通州区潞源街道办事处', '通州区潞源街道办事处'],
  双井: ['双井', '双井街道', '双井街道办事处'],
  大红门: [
    '大红门',
    '大红门街道',
    '大红门街道办事处',
    '北京市丰台区人民政府大红门街道办事处',
    '丰台区大红门街道办事处',
  ],
  河门口: ['河门口', '河门口街道', '河门口街道办事处', '攀枝花市西区河门口街道办事处', '河门口街办'],
};
/** Groups per street with every labelling of each street (the product of the label lists). */
export const streetGroups = (d, values, tol) => {
  const streets = Object.keys(values);
  let combos = [[]];
  for (const s of streets)
    combos = combos.flatMap((c) => STREET_LABELS[s].map((l) => [...c, [l, values[s]]]));
  const alts = combos.map((c) => d.groups(Object.fromEntries(c), tol));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** Groups with alternative figures per group (membership ambiguous): every combination. */
export const groupsEach = (d, choices, tol) => {
  let combos = [[]];
  for (const [label, vals] of Object.entries(choices))
    combos = combos.flatMap((c) => [...new Set(vals)].map((v) => [...c, [label, v]]));
  const alts = combos.map((c) => d.groups(Object.fromEntries(c), tol));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
export const nameHas = (w) => (r) => norm(r.projectName).includes(norm(w));

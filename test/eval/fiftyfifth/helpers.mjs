// Helpers of the fifty-fifth part (helper "blind73"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-fifth part").
import {
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  rate,
  rateComputed,
  satRows,
} from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The publishing offices (潞源, 双井, 通州区发改委, 大红门, 河门口). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');

/** The form of an id (the question names the project in words; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);
export const ts = (r) => r.totalScore;
export const ann = (r) => money(r, 'annualBudget');
export const exe = (r) => money(r, 'executed');
export const init = (r) => money(r, 'initialBudget');
/** Owner as written (a cell with two names counts for each of them: ownerHas). */
export const ownerIs = (name) => (r) => norm(r.owner) === name;
export const ownerHas = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);
export const nameHas = (w) => (r) => norm(r.projectName).includes(norm(w));

/** A 大红门 科室 as named: the forms whose 主管部门 or 实施单位 contains its name must count; a form that only
 * abbreviates it (党群办 003-071; 城乡办、平安办 003-095) or names a sister office (城乡建设办公室 003-054) may. */
const OFFICES = {
  民生保障办公室: [],
  城乡管理办公室: ['003-054', '003-095'],
  党群工作办公室: ['003-071'],
  平安建设办公室: ['003-095'],
  便民服务中心: [],
  综合办公室: [],
  社区建设办公室: [],
};
export const office = (d, name) => {
  if (!(name in OFFICES)) throw new Error(`no office ${name}`);
  const must = d.all.filter((r) => inUnit(r, name));
  const wide = d.all.filter((r) => inUnit(r, name) || OFFICES[name].includes(r.id));
  return { must, wide, pools: must.length === wide.length ? [must] : [must, wide] };
};
/** One expectation per pool of an office (one when the pools agree). */
export const overPools = (d, name, f) => {
  const { pools } = office(d, name);
  return pools.length === 1 ? f(pools[0]) : d.anyOf(...pools.map(f));
};
/** A list over an office with a condition: the must pool's matches required, the wide pool's allowed. */
export const officeSet = (d, name, f = () => true) => {
  const { must, wide } = office(d, name);
  return d.setTol(must.filter(f), wide.filter(f));
};
/** A count over an office with a condition: any count between the two pools. */
export const officeCount = (d, name, f = () => true) => {
  const { must, wide } = office(d, name);
  return d.countRange(must.filter(f).length, wide.filter(f).length);
};

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
export const sumBy = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** A set of numbers as alternatives (deduplicated). */
export const numbers = (d, vals, tol) => {
  const seen = [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))];
  return seen.length === 1 ? d.number(seen[0], tol) : d.anyOf(...seen.map((v) => d.number(v, tol)));
};
/** A money figure over forms under both readings of the 元-in-万元 cell: f(m) gets the reader. */
export const moneyFig = (d, f, tol) => numbers(d, READERS.map(f), tol);
/** A percentage (one decimal is enough). */
export const PCT = 0.051;
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });

/** The 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 (two decimals). */
export const RATES = [rate, rateComputed];
/** One expectation per reading, built by f(reading); one when they agree. */
export const over = (_d, readings, f) => {
  const alts = readings.map(f);
  const seen = new Set();
  const out = alts.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : { kind: 'anyOf', alts: out };
};

/** 预算执行得分与执行率不符 under one reading of the rate: the budget 得分 against min(rate, 100 %) × 分值 (± 0.05). */
export const budgetOffBy = (rf) => (r) => {
  const s = budgetScore(r);
  const w = budgetWeight(r);
  if (s == null || w == null) return false;
  const v = rf(r);
  if (v == null) return s > w;
  return Math.abs(s - (Math.min(v, 100) / 100) * w) > 0.05;
};
/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
/** The 年度资金总额 row's 得分 blank while its 分值 is written. */
export const budgetScoreBlank = (r) => budgetScore(r) == null && budgetWeight(r) != null;

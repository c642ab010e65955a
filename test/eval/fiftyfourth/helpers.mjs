// Helpers of the fifty-fourth part (helper "blind72"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-fourth part").
import { inUnit, money, norm, rate, rateComputed, rows, satRows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices: every form names its place in 主管部门 or 实施单位, so a place selects its office exactly (潞源 000,
 * 双井 001, 发改委 002, 大红门 003, 河门口 004). 通州 = 潞源 + 发改委 (every one of those 30 forms says 通州). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const TZ = O('000', '002');

/** The form of an id (the question names the project by its name; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));

/** A 大红门 科室 as the clerk abbreviates it: `must` the forms whose 主管部门 or 实施单位 names the office in full (or by
 * the abbreviation as written), `may` the forms a shared or near label makes doubtful (「城乡办、平安办」 003-095 for both
 * offices; 「城乡建设办公室」 003-054 for 城管办). */
export const UNITS = {
  民生办: { must: ['民生保障办公室', '民生办'], may: [] },
  党群办: { must: ['党群工作办公室', '党群办'], may: [] },
  城管办: { must: ['城乡管理办公室'], may: ['城乡办', '城乡建设办公室'] },
  平安办: { must: ['平安建设办公室'], may: ['平安办'] },
  便民中心: { must: ['便民服务中心'], may: [] },
};
export const unitMust = (name) => (r) => inUnit(r, ...UNITS[name].must);
export const unitWide = (name) => (r) => inUnit(r, ...UNITS[name].must, ...UNITS[name].may);
/** A figure over a 科室's forms: one expectation per pool (must only, or with the doubtful ones). */
export const unitPools = (d, name, f) => {
  const must = d.all.filter(unitMust(name));
  const wide = d.all.filter(unitWide(name));
  return must.length === wide.length ? f(must) : d.anyOf(f(must), f(wide));
};

/** 负责人 as a filter: the sole owner (a cell naming two people makes that form optional, as ownAny in lib). */
export const ownerIs = (name) => (r) => norm(r.owner) === name;

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** The 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 (rounded to two decimals). */
export const RATES = [rate, rateComputed];
/** One expectation per reading, built by f(reading); a single one when they agree. */
export const over = (d, readings, f) => {
  const seen = new Set();
  const out = readings.map(f).filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
/** 结余 / 还剩多少 of one form under a money reader: 全年预算数 − 全年执行数. */
export const left = (m) => (r) =>
  m(r, 'annualBudget') == null || m(r, 'executed') == null ? null : m(r, 'annualBudget') - m(r, 'executed');
/** An amount asked without a unit: the answer may give it in 万元 or in 元. */
export const wanOrYuan = (d, v) => d.anyOf(d.number(v), d.number(v * 10000, 1));
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });
/** A magnitude that may be given signed or not (差额, 少了多少). */
export const plusMinus = (d, v, tol) => d.anyOf(d.number(v, tol), d.number(-v, tol));

/** The budget row's 得分 against min(rate, 100 %) × 分值 (± 0.05, SCORING §7) under a rate reading. */
export const budgetOffBy = (rt) => (r) => {
  const s = r.funds?.total?.score?.value;
  const w = r.funds?.total?.weight?.value;
  const x = rt(r);
  return s != null && w != null && x != null && Math.abs(s - (Math.min(x, 100) / 100) * w) > 0.05;
};

/** A satisfaction row scored 0; a row that says 未做 with no 得分 (003-094, 003-135) reads as 0 too (SCORING §5). */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
export const satNotDoneBlankScore = (r) =>
  satRows(r).some((i) => i.score == null && i.weight && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
/** A row the pdf-text reading filed outside 满意度指标 that says 未做 (the doubtful records 003-041, 003-139, 003-142). */
export const notDoneElsewhere = (r) =>
  satRows(r).length === 0 &&
  rows(r).some(
    (i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`) && !norm(i.level1).includes('满意度'),
  );

/** Digits of each number of a phone cell. */
export const phoneDigits = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);

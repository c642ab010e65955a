// Helpers of the forty-seventh part (helper "blind65"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-seventh part").
import { blank, money, norm, rate, rateComputed, rows, satRows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const not = (f) => (r) => !f(r);

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
/** 结余 / 还剩多少没花 of one form: 全年预算数 − 全年执行数 under a money reader. */
export const left = (m) => (r) =>
  m(r, 'annualBudget') == null || m(r, 'executed') == null ? null : m(r, 'annualBudget') - m(r, 'executed');
/** Both 年初 and 全年 written. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
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
/** An amount asked in 万元 that the answer may give in 万元 or in 元. */
export const wanOrYuan = (d, v) => d.anyOf(d.number(v), d.number(v * 10000, 1));
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });

/** A row scored below its weight. */
export const shortRow = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** A row the pdf-text reading filed elsewhere that says 未做 (a satisfaction row under 效益指标 in the doubtful
 * records 003-041, 003-139, 003-142). */
export const saysNotDone = (i) => /未做|未开展|未进行/.test(`${i.actual ?? ''}${i.deviation ?? ''}`);
/** A satisfaction survey not done, read from a row outside 满意度指标 (the doubtful pdf-text records). */
export const notDoneElsewhere = (r) =>
  satRows(r).length === 0 && rows(r).some((i) => saysNotDone(i) && !norm(i.level1).includes('满意度'));
/** 一级指标 as written is none of 产出指标 / 效益指标 / 满意度指标 (产出标指, 成本指标 used as 一级); blank separately. */
const LEVEL1_OK = ['产出指标', '效益指标', '满意度指标'];
export const level1Wrong = (r) =>
  rows(r).some((i) => !blank(i.level1) && !LEVEL1_OK.includes(norm(i.level1)));
export const level1Blank = (r) => rows(r).some((i) => blank(i.level1));

/** Weighted rows whose 实际完成值 is empty, and the ones the pdf-text reading makes doubtful: a row whose 年度指标值 and
 * 实际完成值 are both empty has its values folded into the 三级指标 (「发放人员数量 39 人 39 人」); a row whose 年度指标值
 * holds two values with digits has the 实际完成值 in it (「≤21 21」, 「6人 6人」, 「达到 90% 0」); a row that says 未做
 * with a 实际完成值, or a row whose 年度指标值 is a label (「可持续影响指标」), may have the columns shifted (「服务对象满意度」 /
 * 「达到 95%」 for a cell the text leaves empty). */
export const actualBlankRows = (r) => {
  const pdf = r.format === 'pdf-text';
  const digits = (s) =>
    String(s ?? '')
      .trim()
      .split(/\s+/)
      .filter((t) => /\d/.test(t)).length;
  const blanks = rows(r).filter((i) => i.weight && blank(i.actual));
  const doubt = (i) => pdf && (blank(i.target) || digits(i.target) >= 2);
  const sure = blanks.filter((i) => !doubt(i));
  // shifted columns: a 未做 row with a 实际完成值, or a 年度指标值 that is a label (「可持续影响指标」 glued from the next row)
  const shifted = pdf
    ? rows(r).filter((i) => !blank(i.actual) && (saysNotDone(i) || /指标$/.test(norm(i.target))))
    : [];
  return { sure, maybe: [...blanks.filter(doubt), ...shifted] };
};
/** 「所属项目请列出来」 of rows: a project with a sure row must be listed; it may be listed once per row (a reply that
 * lists the rows names the project on each), and a project with doubtful rows only may be listed as often. */
export const projectsOfRows = (d, f) => {
  const must = [];
  const may = [];
  for (const r of d.all) {
    const { sure, maybe } = f(r);
    const n = norm(r.projectName);
    const k = sure.length + maybe.length;
    if (sure.length) must.push(n);
    for (let j = sure.length ? 1 : 0; j < k; j++) may.push(n);
  }
  return { kind: 'names', must, may };
};

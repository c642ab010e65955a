// Helpers of the fifty-second part (helper "blind70"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-second part").
import { blank, inUnit, money, norm, rate, rateComputed, rows, satRows } from '../lib/corpus.mjs';
import { conv, O, PCT } from '../lib/shorthands.mjs';

/** 通州: the forms whose 主管部门 or 实施单位 names 通州 — every form of 潞源 (000) and of the 发改委 (002), none else. */
export const TZ = (r) => inUnit(r, '通州');
export const LY = O('000');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
/** A 科室 of 大红门 by the words of its 实施单位 (or 主管部门: 便民服务中心 / 社区建设办公室 stand there on some forms). */
export const unit =
  (...words) =>
  (r) =>
    DHM(r) && inUnit(r, ...words);
/** The sole owner named (a cell that names two people is nobody's alone). */
export const owner = (name) => (r) => norm(r.owner) === name;
export const ZK = owner('赵康');
export const not = (f) => (r) => !f(r);
export const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));

/** The form of an id (a line names the project in words; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);
export const pool = (d, f) => d.all.filter(f);

/** Both readings of the 元-in-万元 cell of 002-007 (1,863,180 written in the 万元 column): as written, or converted. */
export const READERS = [money, conv];
/** 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 rounded to two decimals, or unrounded (a form
 * at 99.998 % is "not yet 100 %" when nobody rounds). */
export const rateExact = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  // rounded at 1e-9 only, so that 12.48263 / 12.48263 stays 100 in floating point
  return a && x != null ? Math.round((1e11 * x) / a) / 1e9 : null;
};
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
/** 还剩多少没花 of one form under a money reader. */
export const left = (m) => (r) =>
  m(r, 'annualBudget') == null || m(r, 'executed') == null ? null : m(r, 'annualBudget') - m(r, 'executed');
/** Σ of a money column under a reader. */
export const sumM = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** Both 年初 and 全年 written (年初 written as 0 counts as written). */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
/** 调增 / 调减 of one form (全年 − 年初; 年初 − 全年), only where both are written. */
export const raised = (r) => (bothBudgets(r) ? money(r, 'annualBudget') - money(r, 'initialBudget') : null);
export const lowered = (r) => (bothBudgets(r) ? money(r, 'initialBudget') - money(r, 'annualBudget') : null);
/** An amount asked in 元 (within 1 元, README). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 1 });
/** An amount in 亿元 (tolerance 0.005, README) or the same sum in 万元. */
export const yi = (d, wan) => d.anyOf({ kind: 'number', value: wan / 10000, tol: 0.005 }, d.number(wan));
/** A percentage under both money readings (to one decimal). */
export const pctBoth = (d, f) => {
  const vals = [...new Set(READERS.map((m) => Math.round(f(m) * 1e6) / 1e6))];
  const alts = vals.map((v) => d.number(v, PCT));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** A figure under both money readings. */
export const numBoth = (d, f) => {
  const vals = [...new Set(READERS.map((m) => Math.round(f(m) * 1e6) / 1e6))];
  const alts = vals.map((v) => d.number(v));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};

/** Indicator rows: a row scored below its weight, the satisfaction rows, and a row's own 未做. */
export const shortRow = (i) => i.weight != null && i.score != null && i.score < i.weight;
export const isSat = (i) => norm(i.level1).includes('满意度');
export const saysNotDone = (i) => /未做|未开展|未进行/.test(`${i.actual ?? ''}${i.deviation ?? ''}`);
/** A satisfaction row that says 未做 but was filed under another 一级指标 by the pdf-text reading (003-041, 003-139,
 * 003-142: the form's text has it under 满意度指标). */
export const notDoneElsewhere = (r) =>
  satRows(r).length === 0 && rows(r).some((i) => saysNotDone(i) && !isSat(i));
/** A satisfaction row that says 未做 and carries no 得分 at all (003-094, 003-135): scored nothing, but not "below
 * its weight" by number. */
export const satNotDoneNoScore = (r) => satRows(r).some((i) => saysNotDone(i) && i.score == null);
/** The weights of a form's satisfaction rows. */
export const satWeights = (r) => satRows(r).map((i) => i.weight);
/** Digits of a phone cell's numbers. */
export const digitsOf = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);
export const phoneLen = (n) => (r) => digitsOf(r).some((p) => p.length === n);
export const blankOwner = (r) => blank(r.owner);

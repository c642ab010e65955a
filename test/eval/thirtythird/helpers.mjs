// Helpers of the thirty-third part (helper "blind50"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-third part").
import {
  blank,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satRows,
  suspectYuan,
} from '../lib/corpus.mjs';
import { conv, O, PCT } from '../lib/shorthands.mjs';

/** The offices as the askers name them (every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly): 潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** The sole owner named. */
export const owner = (name) => (r) => norm(r.owner) === name;

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
/** A money cell of another row of 项目资金 under a reader of the 年度资金总额 row: the 元-in-万元 cell of 疏整促 is
 * written in its 「其中：当年财政拨款」 row too, and converts with it. */
export const rowReader = (m, row) => (r, col) => {
  const v = money(r, col, row);
  if (v == null) return null;
  return m === conv && suspectYuan(r, col) ? v / 10000 : v;
};
/** Indicator weight sums by 一级指标. */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
export const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** 一级指标 weights 产出 / 效益 / 满意度 as the record files the rows. */
export const level1Weights = (r) => {
  const m = { out: 0, ben: 0, sat: 0, other: 0 };
  for (const i of rows(r)) {
    const l = norm(i.level1);
    const w = i.weight ?? 0;
    if (l.includes('产出')) m.out += w;
    else if (l.includes('效益')) m.ben += w;
    else if (l.includes('满意')) m.sat += w;
    else m.other += w;
  }
  return m;
};
/** The 总分 equals the indicator scores alone (the budget 得分 left out): TOTAL_MISMATCH's 「总分未计入预算执行得分」. */
export const totalIsIndicatorsOnly = (r) =>
  r.totalScore != null &&
  r.funds?.total?.score?.value != null &&
  Math.abs(r.totalScore - r.funds.total.score.value - sumScores(r)) > 0.1 &&
  Math.abs(r.totalScore - sumScores(r)) <= 0.1;
/** The 总分 equals neither budget 得分 + Σ 得分 nor Σ 得分 alone. */
export const totalNeither = (r) =>
  r.totalScore != null &&
  r.funds?.total?.score?.value != null &&
  Math.abs(r.totalScore - r.funds.total.score.value - sumScores(r)) > 0.1 &&
  Math.abs(r.totalScore - sumScores(r)) > 0.1;
/** A satisfaction row scored 0 (a satDoubt form, whose text shows 「5 0 未做」, optional; a 未做 row whose 得分 cell is
 * empty optional). */
export const sat0 = (r) => satRows(r).some((i) => i.score === 0);
export const sat0Maybe = (r) =>
  sat0(r) ||
  satDoubt(r) ||
  satRows(r).some((i) => i.score == null && i.weight && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
/** A budget 得分 that disagrees with min(rate, 1) × 分值 (± 0.05) for the stated rate (s) or the computed one (c). */
const bsOff = (r, rt) => {
  const sc = r.funds?.total?.score?.value;
  const w = r.funds?.total?.weight?.value;
  if (sc == null || w == null || rt == null) return null;
  return Math.abs(sc - Math.min(rt / 100, 1) * w) > 0.05;
};
export const bsOffBoth = (r) => bsOff(r, rate(r)) === true && bsOff(r, rateComputed(r)) === true;
export const bsOffEither = (r) => bsOff(r, rate(r)) === true || bsOff(r, rateComputed(r)) === true;
/** The leading number of a cell (「≥35次」 → 35, 「2年」 → 2, 「12097」 → 12097). */
export const num = (s) => {
  const m = String(s ?? '')
    .normalize('NFKC')
    .replace(/,/g, '')
    .match(/-?\d+(?:\.\d+)?/);
  return m ? Number(m[0]) : null;
};
/** A row whose 年度指标值 is written with ≥ (or >=, >). */
export const geRow = (i) => /^(≥|>=|>)/.test(norm(i.target));
/** Share in percent, accepted to one decimal. */
export const pct = (d, a, b) => d.number((100 * a) / b, PCT);
export { blank };

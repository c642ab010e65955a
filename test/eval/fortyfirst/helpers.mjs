// Helpers of the forty-first part (helper "blind59"): the pools the three askers name, and the readings the question
// lines take, over ../lib only. Definitions: ../README.md ("The forty-first part").
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
} from '../lib/corpus.mjs';
import { bothMoney, conv, sumBy } from '../lib/shorthands.mjs';

/** The places as the askers name them. 发改委 is spelled 发展和改革委员会 on most of its forms (README). */
export const FGW = (r) => inUnit(r, '发改委', '发展和改革委员会');
export const LY = (r) => inUnit(r, '潞源');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
export const SJ = (r) => inUnit(r, '双井');
/** 民生保障办公室 as 实施单位; 003-055 writes 「民生保障办公室是」, which may or may not be read as it. */
export const MS_WIDE = (r) => norm(r.implementingUnit).includes('民生保障办公室');
export const MS_EXACT = (r) => norm(r.implementingUnit) === '民生保障办公室';
export const yr = (n) => (r) => r.year === n;

/** The record of an id (the question names the project in words; the id only picks the record here). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...list) => list.map((id) => R(d, id));

/** An amount asked in 元: the 万元 figure × 10 000, within 1 元, under both readings of the 元-in-万元 cell. */
export const yuan = (d, f) => bothMoney(d, (m) => 10000 * f(m), 1);
/** The sum of a money column over a pool, in 万元, under both readings. */
export const total = (d, pool, col) => bothMoney(d, (m) => sumBy(d.all.filter(pool), m, col));

/** A money key rounded to 0.01 万元 (as a form shows it): 003-007 and 003-022 differ by 0.03 元 and tie. */
export const key2 = (col) => (r) => {
  const v = money(r, col);
  return v == null ? null : Math.round(v * 100) / 100;
};

/** 执行率 below 100 %, three readings: the stated rate, the computed rate rounded to two decimals, or 全年执行数 below
 * 全年预算数 at all (000-021 spends 15.999652 of 16: 99.998 %, shown as 100 %). */
export const rateReadings = [
  (r) => rate(r) != null && rate(r) < 100,
  (r) => rateComputed(r) != null && rateComputed(r) < 100,
  (r) =>
    money(r, 'executed') != null &&
    money(r, 'annualBudget') != null &&
    money(r, 'executed') < money(r, 'annualBudget'),
];

/** The budget row's 得分 against min(执行率, 1) × 分值 (± 0.05), with the stated rate or the computed one. */
const scoreOffBy = (r, rt) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rt != null &&
  Math.abs(budgetScore(r) - Math.min(rt / 100, 1) * budgetWeight(r)) > 0.05;
/** Off by both readings of the rate (must be listed). */
export const budgetOffBoth = (r) => scoreOffBy(r, rate(r)) && scoreOffBy(r, rateComputed(r));
/** Off by one reading, or a rate cell left empty with a 得分 out of range (平安建设经费: 「100％」 against 10): may be. */
export const budgetOffAny = (r) =>
  scoreOffBy(r, rate(r)) ||
  scoreOffBy(r, rateComputed(r)) ||
  (budgetScore(r) != null && budgetWeight(r) != null && budgetScore(r) > budgetWeight(r));

/** Σ 得分 of the indicator rows. */
export const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** A stated 总分 that is neither budget 得分 + Σ 得分 nor Σ 得分 alone (± 0.1). */
export const totalNeither = (r) =>
  r.totalScore != null &&
  budgetScore(r) != null &&
  Math.abs(r.totalScore - budgetScore(r) - sumScores(r)) > 0.1 &&
  Math.abs(r.totalScore - sumScores(r)) > 0.1;

/** The mean of the stated 总分 over forms (forms without one left out). */
export const meanTotal = (rs) => {
  const vs = rs.map((r) => r.totalScore).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};

/** Every subset of the optional forms added to the required ones (ambiguous membership, a few forms). */
export const subsets = (must, may) => {
  const out = [];
  for (let k = 0; k < 1 << may.length; k++) out.push([...must, ...may.filter((_, j) => k & (1 << j))]);
  return out;
};

/** 主管部门 and 实施单位 the wrong way round: the 主管部门 names a 科室 (办公室, 便民服务中心…) while the 实施单位 names
 * the street office or the 委 (003-020 「便民服务中心」 / 「大红门街道办事处」; 002-001 「办公室」 / 「通州区发改委」). */
const TOP = /街道办事处|委员会|发改委|人民政府/;
export const swapped = (r) => !TOP.test(norm(r.department)) && TOP.test(norm(r.implementingUnit));

/** A satisfaction row that says 未做 with its 得分 left blank (not 0). */
export const notDoneBlank = (r) =>
  rows(r).some(
    (i) =>
      norm(i.level1).includes('满意度') &&
      /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`) &&
      i.score == null,
  );
/** A satisfaction row scored 0. */
export const satZero = (r) => rows(r).some((i) => norm(i.level1).includes('满意度') && i.score === 0);

/** The text of a pdf-text form (its block of the seed file, as ../lib/corpus.mjs cuts it). */
const corpusDir =
  process.env.JIXIAO_EVAL_CORPUS ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
const blocks = new Map();
export const formText = (d, r) => {
  if (!blocks.has(r.source))
    blocks.set(
      r.source,
      readFileSync(join(corpusDir, 'text', r.source), 'utf8')
        .split(/^(?=项目名称 )/m)
        .slice(1),
    );
  const k = d.all.filter((x) => x.source === r.source).indexOf(r);
  return blocks.get(r.source)[k] ?? '';
};
/** A doubtful record (no satisfaction row, ../lib satDoubt) whose form text shows the satisfaction row written 未做
 * (「服务对象满意度 … 达到 95% 5 0 未做」: 003-041, 003-139, 003-142; 003-119's text shows its row at full score). */
export const notDoneInText = (d) => (r) => satDoubt(r) && /\s0\s+未做/.test(formText(d, r));

export { conv, money };

/** A 偏差原因 written on a full-score row (SCORING DEVIATION_ON_FULL_SCORE; 「无」 is no reason). */
export const deviationOnFull = (r) =>
  rows(r).some(
    (i) => i.weight != null && i.score === i.weight && norm(i.deviation) !== '' && norm(i.deviation) !== '无',
  );

/** TOTAL_MISMATCH with the budget row's 得分, or — where the form leaves it blank (003-080, 003-112, 003-141) — the
 * score SCORING §2 gives it (min(执行率, 1) × 分值, the computed rate). */
const budgetScoreOrFormula = (r) =>
  budgetScore(r) ??
  (rateComputed(r) != null && budgetWeight(r) != null
    ? Math.min(rateComputed(r) / 100, 1) * budgetWeight(r)
    : null);
export const totalOffFormula = (r) =>
  r.totalScore != null &&
  budgetScoreOrFormula(r) != null &&
  Math.abs(r.totalScore - budgetScoreOrFormula(r) - sumScores(r)) > 0.1;

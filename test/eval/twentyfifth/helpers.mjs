// Helpers of the twenty-fifth part (helper "blind42"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-fifth part").
import {
  blank,
  budgetScore,
  budgetWeight,
  hasLevel1,
  money,
  norm,
  noSat,
  rate,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { column, conv, F, O, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (潞源 22, 双井 2,
 * 发改委 8, 大红门 128, 河门口 9), so a place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office, a slip of the pen). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 党群工作办公室 as 实施单位, also spelt 党群办 or 处党群工作办公室. */
export const DQ = (r) => /党群工作办公室|党群办/.test(norm(r.implementingUnit));

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

/** A fact about no single project (a person, a phone number's owner): the reply says one of the values and lists no
 * project (grade.mjs `value` with no project). */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});
/** Whose forms these are: the person said, or the forms listed with a 负责人 column holding the person. */
export const whose = (d, rs, ...names) =>
  d.anyOf(
    says(...names),
    column(d, '负责人', rs, (r) => r.owner),
  );

/** A money column rounded to 1 元 (0.0001 万元), under a money reader: 003-007 (3457.171733) and 003-022 (3457.17173)
 * differ by 0.03 元, which no reader of a ranking sees, so rankings compare amounts so rounded (the two tie). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** A ranking by a money column under both readings of the 元-in-万元 cell of 疏整促 (f gets the key). */
export const byMoney = (d, col, f) => {
  const a = f(m1(col, money));
  const b = f(m1(col, conv));
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** Per-street groups under the labels an answer may use (潞源 / 潞源街道 / 潞源街道办事处), or the four figures said in the
 * text: the street offices are named by no single label in the data. */
export const streetGroups = (d, f) => {
  const streets = { 潞源: LY, 双井: SJ, 大红门: DHM, 河门口: HMK };
  const fig = Object.fromEntries(Object.entries(streets).map(([k, p]) => [k, f(F(d, p))]));
  const labelled = (suffix) =>
    d.groups(Object.fromEntries(Object.entries(fig).map(([k, v]) => [`${k}${suffix}`, v])));
  return d.anyOf(labelled(''), labelled('街道'), labelled('街道办事处'), {
    kind: 'allOf',
    parts: Object.values(fig).map((v) => d.number(v)),
  });
};

/** 「满意度没做」 counted: the three readings (no satisfaction row; a row that says 未做; either), each a range with the
 * doubtful records (satDoubt, and satNoPoints for the readings about the row) counted or not; a reading that selects no
 * form of the pool for certain is left out. */
export const noSurveyCount = (d, pool = () => true) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  const alts = [];
  readings.forEach((f, k) => {
    const must = F(d, (r) => pool(r) && f(r)).length;
    const may = F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length;
    if (may > 0 && must > 0) alts.push(d.countRange(must, may));
  });
  return d.anyOf(...alts);
};

/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.weight != null && i.score === 0);
/** Σ 分值 of the satisfaction rows (the 满意度指标 block). */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);

/** A deviation text on a row scored full: any text, or any text but a bare 无 (both readings). */
export const devOnFull = (strict) => (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!strict || !/^[无無]$/.test(norm(i.deviation))),
  );

/** One indicator row scored full with a deviation text (any text, or any but a bare 无). */
export const devRowOnFull = (strict) => (i) =>
  i.weight != null &&
  i.score != null &&
  i.score === i.weight &&
  !blank(i.deviation) &&
  (!strict || !/^[无無]$/.test(norm(i.deviation)));
/** The rows themselves as the answer: a names expectation with the project's name once per matching row (a reply that
 * lists the rows, 项目名称 repeated on each). */
export const rowList = (rs, f) => ({
  kind: 'names',
  must: rs.flatMap((r) =>
    rows(r)
      .filter(f)
      .map(() => norm(r.projectName)),
  ),
  may: [],
});

/** BUDGET_SCORE_MISMATCH with the rate the form states (the lib's budgetScoreOff takes the rate from the amounts, as
 * SCORING §2 does; a clerk checking the row reads the rate written beside the score). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** 效益指标 by the template: a row whose 二级 is a 效益 kind (社会 / 经济 / 生态效益指标, 可持续影响指标) belongs to 效益指标
 * even when the form files it under 产出指标 or leaves the 一级 blank. */
export const benefitBy2 = (r) => rows(r).some((i) => /效益|可持续/.test(norm(i.level2)));
/** No 效益指标 under either reading (the 一级 label, or the template's 一级 of the 二级). */
export const noBenefitAtAll = (r) => !hasLevel1(r, '效益') && !benefitBy2(r) && r._benefitInText !== true;

/** 年初预算数 and 全年预算数 both written. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
/** 年初预算数 − 全年预算数 where both are written (调减 when positive). */
export const cut = (r) => (bothBudgets(r) ? money(r, 'initialBudget') - money(r, 'annualBudget') : null);

/** 总分 below 100 (the stated 总分). */
export const below100 = (r) => ts(r) != null && ts(r) < 100;

export { conv, ts };

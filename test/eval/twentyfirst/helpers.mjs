// Helpers of the twenty-first part (helper "blind38"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-first part").
import {
  blank,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { column, conv, F, O, phoneNumbers, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (潞源 22, 双井 2,
 * 发改委 8, 大红门 128, 河门口 9), so a place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
/** 「北京那边」/「除了河门口」: every office but 河门口 (the four Beijing offices). */
export const notHMK = (r) => !HMK(r);
export const STREET_POOLS = (d) => [LY, SJ, DHM, HMK].map((f) => F(d, f));

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

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

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, which
 * no reader of a ranking sees, so rankings compare amounts so rounded (the two tie). `m` is the money reader. */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** 年初预算数 − 全年预算数 where both are written (调减 when positive). */
export const cut = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'initialBudget') - money(r, 'annualBudget')
    : null;
/** 全年预算数 − 全年执行数 (结余 / 预算余额), under a money reader. */
export const left =
  (m = money) =>
  (r) =>
    m(r, 'annualBudget') != null && m(r, 'executed') != null ? m(r, 'annualBudget') - m(r, 'executed') : null;

/** Per-street groups under the labels an answer may use (潞源 / 潞源街道 / 潞源街道办事处), or the four figures said in the
 * text (each one found in the reply): the street offices are named by no single label in the data. */
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

/** 「满意度没做」 counted: the three readings of noSurvey (no satisfaction row; a row that says 未做; either), each a range
 * with the doubtful records (satDoubt, and satNoPoints for the readings about the row) counted or not; a reading that
 * selects no form of the pool for certain is left out, as noSurvey does. */
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

/** A satisfaction row scored 0 (the survey not done, or scored nothing). */
export const satZero = (r) => satRows(r).some((i) => i.weight != null && i.score === 0);

/** 执行率 below 100 %: stated, or computed (rounded to two decimals as a rate is shown, or at full precision). */
export const rateBelow = [
  (r) => rate(r) != null && rate(r) < 100,
  (r) => rateComputed(r) != null && rateComputed(r) < 100,
  (r) =>
    money(r, 'annualBudget') != null &&
    money(r, 'executed') != null &&
    money(r, 'executed') < money(r, 'annualBudget'),
];

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

/** The digits of a phone cell: every number of the cell has 8 (landline) or 11 (mobile) digits. */
export const phoneOk = (r) => phoneNumbers(r).every((p) => p.length === 8 || p.length === 11);

export { conv, ts };

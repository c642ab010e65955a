// Helpers of the twenty-second part (helper "blind39"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-second part").
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
import { conv, F, O } from '../lib/shorthands.mjs';

/** The offices (each form names its place in 主管部门 or 实施单位, so a place selects its office exactly). */
export const LY = O('000'); // 潞源 (the B asker's own office: 我们潞源 / 我们街道 / 路源)
export const SJ = O('001'); // 双井
export const FG = O('002'); // 发改委
export const DHM = O('003'); // 大红门
export const HMK = O('004'); // 河门口

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** A fact about no single project (a person, a department): the reply says one of the values and lists no project. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});

/** A money column rounded to 1 元 (003-007 and 003-022 differ by 0.03 元: a ranking shows them tied). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** The two readings of 执行率: stated on the form, or 全年执行数 / 全年预算数 (two decimals). */
export const RATES = [rate, rateComputed];

/** Per-street figures: a table labelled 潞源 / 潞源街道 / 潞源街道办事处 …, or the figures said in the text. */
export const streetGroups = (d, f, streets = { 潞源: LY, 双井: SJ, 大红门: DHM, 河门口: HMK }) => {
  const fig = Object.fromEntries(Object.entries(streets).map(([k, p]) => [k, f(F(d, p))]));
  const labelled = (suffix) =>
    d.groups(Object.fromEntries(Object.entries(fig).map(([k, v]) => [`${k}${suffix}`, v])));
  return d.anyOf(labelled(''), labelled('街道'), labelled('街道办事处'), {
    kind: 'allOf',
    parts: Object.values(fig).map((v) => d.number(v)),
  });
};

/** 「满意度没做」 counted: no satisfaction row / a row that says 未做 / either, each a range with the doubtful forms
 * (satDoubt; satNoPoints for the no-row readings) counted or not; a reading that selects no form for certain is left
 * out (so that 0 does not pass). */
export const noSurveyCount = (d, pool = () => true) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  const alts = [];
  readings.forEach((f, k) => {
    const must = F(d, (r) => pool(r) && f(r)).length;
    const may = F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length;
    if (must > 0) alts.push(d.countRange(must, may));
  });
  return d.anyOf(...alts);
};

/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.weight != null && i.score === 0);

/** A whole pool ranked by key, in order; forms whose key is empty (blank 总分) may be listed too (at the end). */
export const rankedBlanks = (d, rs, key, dir) => {
  const withKey = rs.filter((r) => key(r) != null);
  const base = d.top(withKey, key, withKey.length, dir);
  return { ...base, may: [...base.may, ...rs.filter((r) => key(r) == null).map((r) => norm(r.projectName))] };
};

/** Two or more named groups: a table with a row per group, or the figures said in the text. */
export const pairGroups = (d, map) =>
  d.anyOf(d.groups(map), { kind: 'allOf', parts: Object.values(map).map((v) => d.number(v)) });

/** A deviation text on a row scored full: any text (strict = false), or any text but a bare 无. */
export const devOnFull = (strict) => (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!strict || !/^[无無]$/.test(norm(i.deviation))),
  );

/** 全年预算数 − 全年执行数 (还剩 / 差额), under a money reader. */
export const left =
  (m = money) =>
  (r) =>
    m(r, 'annualBudget') != null && m(r, 'executed') != null ? m(r, 'annualBudget') - m(r, 'executed') : null;

/** 全年预算数 − 年初预算数 where both are written (追加 when positive). */
export const added = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'annualBudget') - money(r, 'initialBudget')
    : null;

export { conv };

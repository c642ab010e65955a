// Helpers of the twenty-fourth part (helper "blind41"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-fourth part").
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

/** The offices as the askers name them (every form of an office names its place in 主管部门 or 实施单位, so a place
 * selects its office exactly: 潞源 22, 双井 2, 发改委 8, 大红门 128, 河门口 9). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const STREET_POOLS = (d) => [LY, SJ, DHM, HMK].map((f) => F(d, f));

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** A fact about no single project (a person): the reply says one of the values and lists no other project. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});

/** A money column rounded to 1 元 (0.0001 万元): 003-007 and 003-022 differ by 0.03 元 and tie for a reader. */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** Top n by a money column rounded to 1 元, both readings of the 元-in-万元 cell of 疏整促. */
export const topM = (d, rs, col, n, dir) => {
  const a = d.top(rs, m1(col), n, dir);
  const b = d.top(rs, m1(col, conv), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};
/** Every form of a pool ranked by a money column rounded to 1 元, both readings. */
export const rankedM = (d, rs, col, dir) =>
  topM(d, rs, col, rs.filter((r) => money(r, col) != null).length, dir);
/** 年初预算数 − 全年预算数 where both are written (调减 when positive). */
export const cut = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'initialBudget') - money(r, 'annualBudget')
    : null;
/** 全年预算数 − 全年执行数 (没花完的钱), under a money reader. */
export const left =
  (m = money) =>
  (r) =>
    m(r, 'annualBudget') != null && m(r, 'executed') != null ? m(r, 'annualBudget') - m(r, 'executed') : null;

/** Per-street groups under the labels an answer may use (潞源 / 潞源街道 / 潞源街道办事处), or the four figures in the
 * text. */
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

/** 「满意度没做」 counted: the three readings of noSurvey, each a range with the doubtful records counted or not. */
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

/** 执行率 below 100 %: stated, computed (two decimals), or the amounts themselves (执行数 < 预算). */
export const rateBelow = [
  (r) => rate(r) != null && rate(r) < 100,
  (r) => rateComputed(r) != null && rateComputed(r) < 100,
  (r) =>
    money(r, 'annualBudget') != null &&
    money(r, 'executed') != null &&
    money(r, 'executed') < money(r, 'annualBudget'),
];

/** A deviation text on a row scored full, a bare 无 not counted. */
export const devOnFull = (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      !/^[无無]$/.test(norm(i.deviation)),
  );

/** The row of a form whose name contains the word. */
export const rowNamed = (r, w) => {
  const hit = rows(r).filter((i) => norm(i.name).includes(norm(w)));
  if (hit.length !== 1) throw new Error(`row ${w} of ${r.id}: ${hit.length}`);
  return hit[0];
};

// Helpers of the twenty-third part (helper "blind40"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-third part").
import {
  blank,
  budgetScore,
  budgetWeight,
  inUnit,
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

/** The offices. Every form of an office names its place in 主管部门 or 实施单位 (潞源 22, 双井 2, 发改委 8, 大红门 128,
 * 河门口 9), so a place selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');

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
/** Whose forms these are / a person's phone: the value said, or the forms listed with a column holding it. */
export const sayOrColumn = (d, label, rs, f, ...values) => d.anyOf(says(...values), column(d, label, rs, f));

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, which
 * no reader of a ranking sees, so rankings compare amounts so rounded (the two tie). `m` is the money reader. */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** Top n by a money column rounded to 1 元, under both readings of the 元-in-万元 cell of 疏整促. */
export const topM = (d, rs, col, n, dir) => {
  const a = d.top(rs, m1(col), n, dir);
  const b = d.top(rs, m1(col, conv), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** Sum of a money column over forms under a money reader. */
export const sumCol = (rs, col, m = money) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** A figure f(m) under both money readers, one expectation when they agree. */
export const twoReadings = (d, f, tol) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, tol) : d.anyOf(d.number(a, tol), d.number(b, tol));
};
/** A count of forms whose money column lies in a band: lo inclusive (「含」), hi said 以下 (strict or inclusive), under
 * both readings of the 元-in-万元 cell; any count between. */
export const bandCount = (d, pool, col, lo, hi) => {
  const alt = (m) =>
    d.countRange(
      F(d, (r) => pool(r) && m(r, col) != null && m(r, col) >= lo && m(r, col) < hi).length,
      F(d, (r) => pool(r) && m(r, col) != null && m(r, col) >= lo && m(r, col) <= hi).length,
    );
  return d.anyOf(alt(money), alt(conv));
};

/** Per-office groups under the labels an answer may use (潞源 / 潞源街道 / 潞源街道办事处 …), or every figure said in
 * the text. `offices` maps a short name to a pool; a label list per office gives the forms a table may use. */
const LABELS = {
  潞源: ['潞源', '潞源街道', '潞源街道办事处', '北京市通州区潞源街道办事处'],
  双井: ['双井', '双井街道', '双井街道办事处'],
  发改委: ['发改委', '通州区发改委', '通州区发展和改革委员会', '发展和改革委员会'],
  大红门: ['大红门', '大红门街道', '大红门街道办事处'],
  河门口: ['河门口', '河门口街道', '河门口街道办事处', '攀枝花市西区河门口街道办事处'],
};
export const officeGroups = (d, names, f) => {
  const pools = { 潞源: LY, 双井: SJ, 发改委: FG, 大红门: DHM, 河门口: HMK };
  const fig = Object.fromEntries(names.map((k) => [k, f(F(d, pools[k]))]));
  const alts = [];
  const depth = Math.max(...names.map((k) => LABELS[k].length));
  for (let i = 0; i < depth; i++)
    alts.push(
      d.groups(Object.fromEntries(names.map((k) => [LABELS[k][Math.min(i, LABELS[k].length - 1)], fig[k]]))),
    );
  alts.push({ kind: 'allOf', parts: Object.values(fig).map((v) => d.number(v)) });
  return d.anyOf(...alts);
};

/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.weight != null && i.score === 0);
/** A satisfaction row weighted 5. */
export const satWeight5 = (r) => satRows(r).some((i) => i.weight === 5);

/** 「满意度没做」 counted: the three readings (no satisfaction row; a row that says 未做; either), each a range with the
 * doubtful records counted or not; a reading that selects no form of the pool for certain is left out. */
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

/** BUDGET_SCORE_MISMATCH with the stated 执行率 (得分 ≠ min(表上执行率, 100 %) × 分值, ± 0.05): a second reading of
 * 「预算执行得分与执行率×分值不符」 next to SCORING's (the rate from the amounts, `budgetScoreOff`). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** TOTAL_MISMATCH with the budget 得分 as SCORING §2 gives it (min(全年执行数/全年预算数, 1) × 分值) rather than as the
 * form states it: the stated 总分 ≠ that + Σ 得分 (± 0.1). It differs from totalOff on the forms whose budget 得分 is
 * blank (003-080, 003-112, 003-141: 总分 100 = Σ 得分 alone). */
export const totalOffComputed = (r) =>
  r.totalScore != null &&
  rateComputed(r) != null &&
  budgetWeight(r) != null &&
  Math.abs(
    r.totalScore -
      Math.min(rateComputed(r) / 100, 1) * budgetWeight(r) -
      rows(r).reduce((s, i) => s + (i.score ?? 0), 0),
  ) > 0.1;

/** The digits of a phone cell: every number of the cell has 8 (landline) or 11 (mobile) digits. */
export const phoneOk = (r) => phoneNumbers(r).every((p) => p.length === 8 || p.length === 11);

/** 全年预算数 − 全年执行数 (结余) under a money reader. */
export const left =
  (m = money) =>
  (r) =>
    m(r, 'annualBudget') != null && m(r, 'executed') != null ? m(r, 'annualBudget') - m(r, 'executed') : null;

/** 年初预算数 and 全年预算数 both written. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;

/** Mean of the projects' rates (平均执行率), stated or computed. */
export const meanRate = (d, rs) =>
  d.anyOf(
    d.avg(
      rs.filter((r) => rate(r) != null),
      rate,
    ),
    d.avg(
      rs.filter((r) => rateComputed(r) != null),
      rateComputed,
    ),
  );

/** A row scored below its weight. */
export const short = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** 实际完成值 empty on a weighted row. */
export const actualBlank = (r) => rows(r).some((i) => i.weight && blank(i.actual));

export { conv, inUnit, ts };

// Helpers of the twenty-sixth part (helper "blind43"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-sixth part").
import {
  blank,
  budgetScore,
  budgetWeight,
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
import { conv, F, O, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 城乡管理办公室 as 实施单位 (城乡建设办公室 and 「城乡办、平安办」 are other labels, not it). */
export const CX = (r) => norm(r.implementingUnit).includes('城乡管理办公室');
/** The sole owner named (a cell naming two people is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const Rs = (d, ...ids) => ids.map((id) => R(d, id));

/** A fact about no single project (a person, a phone): the reply says one of the values and lists no project. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});

/** Real indicator rows of a form; their number. */
export const rowCount = (r) => rows(r).length;
/** Points lost on the indicator rows (Σ 分值 − 得分 over rows scored below their weight). */
export const lostPoints = (r) =>
  rows(r).reduce(
    (s, i) => s + (i.weight != null && i.score != null && i.score < i.weight ? i.weight - i.score : 0),
    0,
  );
/** A row scored below its weight. */
export const shortRow = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** A weighted row whose 得分 is left empty (003-094, 003-135: 满意度 「未做」 with no score). */
export const scoreBlankRow = (i) => i.weight != null && i.weight > 0 && i.score == null;
/** The satisfaction rows of a form (by 一级指标). */
export const sat = satRows;

/** The n-th form by key (1 = first) under dir; a tie: any one of the tied forms, and one must be named (size 1). */
export const nthOne = (d, rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  return tied.length === 1 ? d.set(tied) : { ...d.setTol([], tied), size: 1 };
};

/** A money column rounded to 1 元 (0.0001 万元) under a money reader: 003-007 (3457.171733) and 003-022 (3457.17173)
 * differ by 0.03 元, which no ranking reader sees, so rankings compare amounts so rounded (the two tie). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** A ranking by a money column under both readings of 疏整促's 元-in-万元 cell (f gets the key). */
export const byMoney = (d, col, f) => {
  const a = f(m1(col, money));
  const b = f(m1(col, conv));
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** 执行率 readings: the rate the form states; the rate from the amounts rounded to two decimals (as a rate is shown);
 * the rate from the amounts in full precision (15.999652 / 16 = 99.998 % is below 100 %). */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  // to 1e-6 % (47.5 / 47.5 stays 100, not 99.99999999999999)
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
export const RATES = [rate, rateComputed, rateFull];
export const anyRate = (d, f) => d.anyOf(...RATES.map(f));

/** BUDGET_SCORE_MISMATCH with the rate the form states beside the score (a clerk checking the row reads that rate;
 * the lib's budgetScoreOff takes the rate from the amounts, as SCORING §2 does). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** A deviation text on a row scored full: any text but a bare 无 (「不算写无的」). */
export const devOnFullNotNone = (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      !/^[无無]$/.test(norm(i.deviation)),
  );
/** A 偏差原因 cell with text other than a bare 无, on any row. */
export const devTextNotNone = (r) =>
  rows(r).some((i) => !blank(i.deviation) && !/^[无無]$/.test(norm(i.deviation)));
/** 003-007's satisfaction reason is wrapped into a text row of its own in the pdf-text record (no 偏差原因 cell):
 * the form's text has it, so a count of forms with a written reason may include it. */
export const wrappedReasonForm = (r) => r.id === '003-007';

/** The digits of each number of a phone cell (a cell may hold two numbers). */
export const phoneNumbers = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);
/** A phone cell whose number is not 8 digits (a landline of Beijing): one number of another length. A cell of two
 * 8-digit numbers (003-095) is counted by a reader that takes the cell as one string (optional). */
export const phoneNot8 = (r) => phoneNumbers(r).some((p) => p.length !== 8);
export const phoneTwo = (r) => phoneNumbers(r).length > 1;

/** 「满意度没做」 counted: no satisfaction row, a row that says 未做, or either; the doubtful records (satDoubt, and
 * satNoPoints for the readings about the row) counted or not; a reading that selects no form for certain is left out. */
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

/** A mean of a figure over forms (nulls left out); the value only. */
export const mean = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
/** A percentage given to two decimals or rounded to one decimal (within 0.011 of either): 9.05 % may be said 9.05 or
 * 9.1, not 9 (a bare 9 of 「9 个项目」 next to it is no answer). */
export const pct = (d, v) => {
  const one = Math.round(v * 10) / 10;
  return Math.abs(one - Math.round(v * 100) / 100) < 1e-9
    ? d.number(v, 0.011)
    : d.anyOf(d.number(v, 0.011), d.number(one, 0.011));
};
/** Σ of a money column over forms under a money reader. */
export const sumM = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** A money figure under both readings of the 元-in-万元 cell: f(m) gets the money reader. */
export const bothM = (d, f, tol) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, tol) : d.anyOf(d.number(a, tol), d.number(b, tol));
};

/** Per-street groups under the labels an answer may use (潞源 / 潞源街道 / 潞源街道办事处), or the four figures said in
 * the text (the street offices are named by no single label in the data). */
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

/** The 成本 rows of a form (二级指标 or 一级指标 naming 成本). */
export const costRow = (i) => /成本/.test(norm(i.level2)) || /成本/.test(norm(i.level1));

export { conv, satNoPoints, ts };

// Helpers of the sixth part (helper "blind23"): pools, problem tests and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The sixth part").
import {
  blank,
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  rate,
  rateComputed,
  rows,
} from '../lib/corpus.mjs';
import {
  budgetRowDoubt,
  column,
  conv,
  exact,
  formError,
  O,
  overspent,
  overspentReal,
  PCT,
  rateDiff,
  rateOff,
  roundedUp,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';

/** The offices as the askers name them: every form of an office names its place in 主管部门 or 实施单位, except 发改委,
 * whose 002-001 writes 「通州区发改委」 (the office is taken as a whole: O('002')). */
export const LU = O('000');
export const SJ = O('001');
export const FGW = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const STREET_POOLS = (d) => [LU, SJ, DHM, HMK].map((f) => d.all.filter(f));

/** A form by its record id. */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** A fact said in the text, about no project list (a person, a phone asked about several forms). */
export const said = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});
/** Every one of these said in the text (several people asked at once). */
export const saidAll = (...values) => ({ ...said(...values), all: true });
/** A person or a phone asked about several forms: said in the text, or the forms listed with that column. */
export const who = (d, label, rs, f, ...values) => d.anyOf(said(...values), column(d, label, rs, f));

/** Σ 得分 of the indicator rows (the budget row not counted). */
export const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** 总分 equal neither to budget 得分 + Σ 得分 nor to Σ 得分 alone (a wrong total under every reading). */
export const totalNeither = (r) =>
  ts(r) != null &&
  Math.abs(ts(r) - sumScores(r)) > 0.1 &&
  Math.abs(ts(r) - sumScores(r) - (budgetScore(r) ?? 0)) > 0.1;
/** 总分 equal to Σ 得分 alone while the budget row has a 得分 (SCORING §8: 「总分未计入预算执行得分」). */
export const totalWithoutBudget = (r) =>
  ts(r) != null && (budgetScore(r) ?? 0) > 0 && Math.abs(ts(r) - sumScores(r)) <= 0.1;
/** The same, doubtful: the budget 得分 cell is blank in the pdf-text reading (「0.10436 0.10436 10 100%」: the last
 * value may be the 执行率 or the 得分), or the record read a 「100％」 as the 得分 (平安建设经费). */
export const totalWithoutBudgetDoubt = (r) =>
  ts(r) != null &&
  Math.abs(ts(r) - sumScores(r)) <= 0.1 &&
  ((budgetScore(r) == null && budgetWeight(r) != null) || budgetRowDoubt(r));

/** The budget row's 得分 against the form's own stated 执行率 (min(rate, 100 %) × 分值, ± 0.05). */
export const budgetScoreStatedOff = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** A full-score row (得分 = 分值) with a 偏差原因 written; `bare`: only 「无」. */
export const devOnFullRows = (r) =>
  rows(r).filter((i) => i.weight != null && i.score != null && i.score === i.weight && !blank(i.deviation));
export const devOnFullReal = (r) =>
  devOnFullRows(r).some((i) => !/^(无|没有|—+|-+)$/.test(norm(i.deviation)));
export const devOnFullAny = (r) => devOnFullRows(r).length > 0;

/** 要退回修改 (as the fifth batch defines it): TOTAL_MISMATCH on a form whose 分值 add up to 100, TOTAL_MISSING,
 * RATE_MISMATCH, 执行数 above 预算 by a 元 or more — required; the other errors of §8 computable from a record, a rate
 * that differs only by rounding, 100 % stated with money left, a 总分 weight of 1000, 平安建设经费's doubtful budget
 * row and 003-096's 0.0000004 万元 — optional. */
export const sendBackMust = (r) =>
  (totalOff(r) && !weightOff(r)) || ts(r) == null || rateOff(r) || overspentReal(r);
export const sendBackMay = (r) =>
  sendBackMust(r) ||
  formError(r) ||
  rateDiff(r) ||
  roundedUp(r) ||
  overspent(r) ||
  budgetRowDoubt(r) ||
  (r.totalWeight != null && r.totalWeight !== 100);

/** 全年 − 年初 of one form (both cells filled), in 万元. */
export const adjust = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'annualBudget') - money(r, 'initialBudget')
    : null;
/** 资金沉淀 / 还剩 / 结余 = 全年预算数 − 全年执行数 of one form. */
export const leftOver = (r) =>
  money(r, 'annualBudget') != null && money(r, 'executed') != null
    ? money(r, 'annualBudget') - money(r, 'executed')
    : null;
/** Money compared rounded to 1 元 (2021年度老旧小区完善类改造项目 3457.171733 and 2023年村级公益事业专项补助资金（市级）
 * 3457.17173 differ by 0.03 元: either may come first). */
export const m1 = (m, col) => (r) => (m(r, col) == null ? null : Math.round(m(r, col) * 1e4) / 1e4);
export const budget1 = m1(money, 'annualBudget');
export const budget1c = m1(conv, 'annualBudget');

/** 多少亿: 亿元 within 0.005, or the sum in 万元; one alternative per reading of the 元-in-万元 cell. */
export const yi = (d, f) => {
  const vals = [...new Set([f(money), f(conv)].map((v) => Math.round(v * 1e6) / 1e6))];
  return d.anyOf(...vals.flatMap((v) => [exact(v / 10000, 0.005), d.number(v)]));
};
/** An amount asked in 元 (within 1 元), from a figure in 万元, under both readings of the 元-in-万元 cell. */
export const yuan = (d, f) => {
  const vals = [...new Set([f(money), f(conv)].map((v) => Math.round(v * 1e6) / 1e6))];
  return vals.length === 1
    ? d.number(vals[0] * 10000, 1)
    : d.anyOf(...vals.map((v) => d.number(v * 10000, 1)));
};
/** A percentage to one decimal (tolerance 0.051), one alternative per distinct value. */
export const pcts = (d, ...vs) => {
  const u = [...new Set(vs.map((v) => Math.round(v * 1e6) / 1e6))];
  return u.length === 1 ? d.number(u[0], PCT) : d.anyOf(...u.map((v) => d.number(v, PCT)));
};
/** A figure said signed or as its magnitude. */
export const signed = (d, v, tol) => d.anyOf(d.number(v, tol), d.number(-v, tol));

/** The n-th by key where the n-th place is shared: one, some or all of the tied forms (never none). */
export const nthAny = (d, rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  return tied.length === 1 ? d.set(tied) : { ...d.setTol([], tied), size: 1 };
};

/** 城乡管理办公室 of 大红门: 003-054 writes 城乡建设办公室 and 003-095 「城乡办、平安办」, so the pool is read with or
 * without them (four alternatives of a figure). */
export const CXGL = (r) => inUnit(r, '城乡管理办公室');
export const cxglPools = (d) => {
  const base = d.all.filter(CXGL);
  const a = d.all.filter((r) => r.id === '003-054');
  const b = d.all.filter((r) => r.id === '003-095');
  return [base, [...base, ...a], [...base, ...b], [...base, ...a, ...b]];
};
/** 党群工作办公室 of 大红门: 003-071 writes 党群办 (optional). */
export const DQ = (r) => inUnit(r, '党群工作办公室');
export const DQ_WIDE = (r) => DQ(r) || (DHM(r) && norm(r.implementingUnit) === '党群办');
/** 民生保障办公室 of 大红门: 003-055 writes 「民生保障办公室是」 (a slip): optional wherever the office is named. */
export const MS_WIDE = (r) => DHM(r) && inUnit(r, '民生保障办公室');
export const MS_EXACT = (r) => DHM(r) && norm(r.implementingUnit) === '民生保障办公室';

/** 执行率 below a bound by either reading: as stated, as computed rounded to two decimals (the lib's reading), or as
 * computed unrounded (15.999652 of 16 is 99.998 %, below 100 only unrounded). */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  // rounded to 6 decimals only against floating-point noise (100 × 12.48263 / 12.48263 is 99.99999999999999)
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
export const rateReaders = [rate, rateComputed, rateFull];

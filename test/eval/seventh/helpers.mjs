// Helpers of the seventh part (helper "blind24"): pools and expectation shapes its question lines use, over ../lib only
// (the records of ../../../shared/corpus/records; never the product). Definitions: ../README.md ("The seventh part").
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, exact, F, own, ownAny, PCT } from '../lib/shorthands.mjs';

/** A form by its record id (the ids of ../../../shared/corpus/records). */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const recs = (d, ...ids) => ids.map((id) => rec(d, id));

// Places. Every form of each publishing office names its place in 主管部门 or 实施单位 (checked: 22 潞源, 2 双井,
// 8 发改委 — 002-001 only as 「通州区发改委」, the others as 「…发展和改革委员会」 —, 128 大红门, 9 河门口; 通州 = the 30
// forms of 潞源 and 发改委), so a place term selects its office exactly and no form is optional.
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
export const TZ = (r) => inUnit(r, '通州');
/** The four street offices (各街道: 发改委 is not a street), in the order the lines name them. */
export const STREETS = [
  ['潞源', LU, '北京市通州区潞源街道办事处'],
  ['双井', SJ, '双井街道办事处'],
  ['大红门', DHM, '大红门街道办事处'],
  ['河门口', HMK, '攀枝花市西区河门口街道办事处'],
];
/** Per-street figures as a groups table: the label may be the short name (潞源), with 街道 / 街道办事处, or the office's
 * full name as its forms write it; any one labelling of the four rows is accepted. */
export const streetGroups = (d, f, tol) => {
  const label = [(s) => s, (s) => `${s}街道`, (s) => `${s}街道办事处`, (_s, full) => full];
  return d.anyOf(
    ...label.map((l) =>
      d.groups(Object.fromEntries(STREETS.map(([s, pool, full]) => [l(s, full), f(F(d, pool))])), tol),
    ),
  );
};

/** A percentage (tolerance 0.051, README). */
export const pct = (d, part, whole) => d.number((100 * part) / whole, PCT);
/** An amount asked in 亿元: the figure in 亿元 (± 0.005) or the sum in 万元 (README, fifth batch). */
export const yi = (d, wan) => d.anyOf(exact(wan / 10000, 0.005), d.number(wan));
/** An amount asked in 元 (within 1 元). */
export const yuan = (d, wan) => d.number(wan * 10000, 1);
/** 还剩 / 没花 = 全年预算数 − 全年执行数 of the 年度资金总额 row. */
export const leftOver = (r) => money(r, 'annualBudget') - money(r, 'executed');
/** 全年预算 − 年初预算 of a form that fills both (a blank 年初 is not 0 here: the README's rule for 差得最多). */
export const adjust = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'annualBudget') - money(r, 'initialBudget')
    : null;
export const adjustAbs = (r) => (adjust(r) == null ? null : Math.abs(adjust(r)));

/** Money readers: as written (money) and with the 元 of 2023“疏整促”专班经费 converted (conv); m(r, col). */
export const readers = [money, conv];
/** A money sum over a pool under both readings of the 元-in-万元 cell (one expectation when they agree). */
export const sumBoth = (d, rs, col, f = (v) => v) => {
  const vals = [
    ...new Set(readers.map((m) => Math.round(f(rs.reduce((s, r) => s + (m(r, col) ?? 0), 0)) * 1e6) / 1e6)),
  ];
  return vals.length === 1 ? d.number(vals[0]) : d.anyOf(...vals.map((v) => d.number(v)));
};

/** 执行率 by three readers (README: either reading, all of the answer by one): the rate the form states, the one its
 * amounts give rounded to two decimals (as a rate is shown), and the unrounded one (to six decimals, against floating
 * noise): 15.999652 / 16 is 100 % shown but below 100 % exactly. */
export const rateUnrounded = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
export const rateReaders = [rate, rateComputed, rateUnrounded];
export const byRate = (d, f) => d.anyOf(...rateReaders.map(f));

/** The budget 得分 against the form's stated 执行率 × 分值 (± 0.05; SCORING §7). */
export const budgetScoreStatedOff = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** The mean of a key over the forms that have it. */
export const mean = (rs, key) => {
  const vs = rs.map(key).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
/** A magnitude said with 低/少/多: signed or not. */
export const signed = (d, v, tol) => d.anyOf(d.number(v, tol), d.number(-v, tol));

/** A person's forms, where one form names two people (「赵路广、孟卓聪」): a figure under both counts. */
export const ownerFigure = (d, name, f) => {
  const a = f(F(d, own(name)));
  const b = f(F(d, ownAny(name)));
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};

/** The rows of a form that lost points (得分 below 分值). */
export const lostRows = (r) =>
  rows(r).filter((i) => i.weight != null && i.score != null && i.score < i.weight);
/** The satisfaction block's 分值 total of a form (no row: null). */
export const satWeight = (r) => {
  const s = rows(r).filter((i) => norm(i.level1).includes('满意度'));
  return s.length ? s.reduce((a, i) => a + (i.weight ?? 0), 0) : null;
};

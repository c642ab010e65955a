// Helpers of the fifth part (helper "blind22"): pools and expectation shapes its question lines use, over ../lib only
// (the records of ../../../shared/corpus/records; never the product). Definitions: ../README.md ("The fifth part").
import { budgetScore, budgetWeight, inUnit, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv } from '../lib/shorthands.mjs';

/** A form by its record id (the ids of ../../../shared/corpus/records). */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const recs = (d, ...ids) => ids.map((id) => rec(d, id));

// Places. Every form of each publishing office names its place in 主管部门 or 实施单位 (checked: 22 潞源, 2 双井,
// 8 发改委 — 002-001 only as 「通州区发改委」, the others as 「…发展和改革委员会」 —, 128 大红门, 9 河门口), so a place
// term selects its office exactly and no form is optional.
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
/** 实施单位 民生保障办公室: exactly, or also 003-055 whose cell reads 「民生保障办公室是」 (a slip of the form). */
export const MS_EXACT = (r) => norm(r.implementingUnit) === '民生保障办公室';
export const MS_WIDE = (r) => norm(r.implementingUnit).startsWith('民生保障办公室');
/** 实施单位 平安建设办公室; 003-095 is a joint form of 「城乡办、平安办」 (optional wherever 平安办 is named). */
export const PA_EXACT = (r) => norm(r.implementingUnit) === '平安建设办公室';
export const PA_WIDE = (r) => norm(r.implementingUnit).includes('平安');

// Money (万元), as the 年度资金总额 row writes it (`money`) or with the 元 written in the 万元 column of
// 2023“疏整促”专班经费 converted (`conv`); the lines take both readings wherever that form enters a figure.
export const annual = (r) => money(r, 'annualBudget');
export const executed = (r) => money(r, 'executed');
export const initial = (r) => money(r, 'initialBudget');
/** 结余 / 还剩 = 全年预算数 − 全年执行数 of the 年度资金总额 row. */
export const left = (r) => annual(r) - executed(r);
/** 调减 = 年初预算数 − 全年预算数 (forms that fill both); 调增 = the opposite. */
export const cut = (r) => (initial(r) == null || annual(r) == null ? null : initial(r) - annual(r));
export const raise = (r) => (initial(r) == null || annual(r) == null ? null : annual(r) - initial(r));
/** An amount in 亿元 (tolerance 0.005 亿) or the same in 万元, as README "多少亿" says. */
export const yi = (d, wan) => d.anyOf({ kind: 'number', value: wan / 10000, tol: 0.005 }, d.number(wan));
/** Sum of a money column over forms, under both readings of the 元-in-万元 cell (one expectation when they agree). */
export const sumBoth = (d, rs, col) => {
  const a = rs.reduce((s, r) => s + (money(r, col) ?? 0), 0);
  const b = rs.reduce((s, r) => s + (conv(r, col) ?? 0), 0);
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};
/** Rankings by money compare amounts rounded to 1 元 (0.0001 万元): 2021 年度老旧小区完善类改造项目 (3457.171733) and
 * 2023 年村级公益事业专项补助资金（市级） (3457.17173) differ by 0.03 元, either may come first. */
export const r4 = (v) => (v == null ? null : Math.round(v * 10000) / 10000);
export const annualR = (r) => r4(annual(r));
export const executedR = (r) => r4(executed(r));
export const annualConvR = (r) => r4(conv(r, 'annualBudget'));

/** A fact said about no single project (a person, a phone): right when the reply gives one of the values and lists no
 * project table. */
export const said = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });

// Checks (SCORING §7–8) that ../lib does not hold as such.
/** The budget row's 得分 against min(执行率, 100 %) × 分值 (± 0.05), with the rate the form states or the one its amounts
 * give. */
export const scoreOffBy = (rateOf) => (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rateOf(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rateOf(r) / 100, 1) * budgetWeight(r)) > 0.05;
export const scoreOffStated = scoreOffBy(rate);
export const scoreOffComputed = scoreOffBy(rateComputed);
/** A row at full marks (得分 = 分值) whose 偏差原因 is written; `bareNo`: the text is only 「无」. */
export const fullWithReason = (r, allowBareNo = true) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score === i.weight &&
      norm(i.deviation) !== '' &&
      (allowBareNo || norm(i.deviation) !== '无'),
  );
/** A row at full marks (得分 = 分值, weighted). */
export const fullRow = (i) => i.weight != null && i.score === i.weight;
/** The forms repeated once per row that passes a test: a names expectation for a row-level list (the grader compares
 * the 项目名称 column as a multiset, one line per row). */
export const rowRecs = (rs, test) =>
  rs.flatMap((r) =>
    rows(r)
      .filter(test)
      .map(() => r),
  );
/** Σ 分值 of the indicator rows of one 一级指标 (the word in the 一级 cell). */
export const level1Weight = (r, w) =>
  rows(r)
    .filter((i) => norm(i.level1).includes(w))
    .reduce((s, i) => s + (i.weight ?? 0), 0);

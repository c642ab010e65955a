// Builders the office part's lines use beyond ../lib (written by a blind author, "blind11"; definitions in
// ../README.md, "The office part"). Everything here reads the records only (../shared/corpus/records), never the product.
import { blank, money, norm, office, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, F, phoneNumbers } from '../lib/shorthands.mjs';

/** One form by its name (must be unique in the records). */
export const P = (d, name) => d.byName(name);
/** The forms one office published: 000 潞源, 001 双井, 002 发改委, 003 大红门, 004 河门口. */
export const at = (code) => (r) => office(r) === code;
export const ab = (r) => money(r, 'annualBudget');
export const ex = (r) => money(r, 'executed');
export const ib = (r) => money(r, 'initialBudget');
export const ts = (r) => r.totalScore;
export const nRows = (r) => rows(r).length;
/** A person, a label or a figure about no single project: the reply must say it and list no project table. */
export const says = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });
/** A person, place or office that is not in the data: a refusal, or an answer that lists nothing. */
export const noneOr = (d, term) => d.anyOf(d.refuse(term), d.set([]));
/** "A or B, which is more/less": the winner alone, or both listed with the winner first. */
export const pick2 = (d, a, b, key, dir) => d.anyOf(d.top([a, b], key, 1, dir), d.top([a, b], key, 2, dir));
/** Either reading of 执行率 (stated, or computed from the amounts), for a builder over a key. */
export const eitherRate = (d, f) => d.anyOf(f(rate), f(rateComputed));
/** A phone cell whose numbers are neither 8 (landline) nor 11 (mobile) digits long. */
export const oddPhone = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);
/** Rows with a 分值 and no 得分. */
export const scoreMissingRow = (r) => rows(r).some((i) => i.weight != null && i.score == null);
/** A satisfaction row that says 未做 with its 得分 cell left empty. */
export const notDoneNoScore = (r) =>
  rows(r).some(
    (i) =>
      norm(i.level1).includes('满意度') &&
      /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`) &&
      i.score == null,
  );
/** The budget row's 得分 disagrees with the rate the form itself states (得分 ≠ stated rate × 分值, ± 0.05). */
export const scoreVsStatedRate = (r) => {
  const s = r.funds?.total?.score?.value;
  const w = r.funds?.total?.weight?.value;
  const q = rate(r);
  return s != null && w != null && q != null && Math.abs(s - (Math.min(q, 100) / 100) * w) > 0.05;
};
/** Σ全年预算 − Σ年初预算 of a pool: a form without 年初预算数 counts as 0, or only forms with both count; signed or as
 * its magnitude; both readings of the 元-in-万元 cell. */
export const budgetGap = (d, rs) => {
  const vals = new Set();
  for (const m of [money, conv]) {
    const withBoth = rs.filter((r) => m(r, 'initialBudget') != null && m(r, 'annualBudget') != null);
    const a = rs.reduce((s, r) => s + (m(r, 'annualBudget') ?? 0), 0);
    const i = rs.reduce((s, r) => s + (m(r, 'initialBudget') ?? 0), 0);
    const a2 = withBoth.reduce((s, r) => s + m(r, 'annualBudget'), 0);
    const i2 = withBoth.reduce((s, r) => s + m(r, 'initialBudget'), 0);
    for (const v of [a - i, a2 - i2]) for (const x of [v, -v]) vals.add(Math.round(x * 1e6) / 1e6);
  }
  return d.anyOf(...[...vals].map((v) => d.number(v)));
};
/** 全年预算 − 全年执行数 of one form, in 万元 or in 元. */
export const leftover = (d, r) => {
  const v = ab(r) - ex(r);
  return d.anyOf(d.number(v), d.number(v * 10000, 1));
};
/** The forms of a pool that pass a test. */
export const pool = (d, ...fs) => F(d, (r) => fs.every((f) => f(r)));
/** A cell left blank (or the row missing). */
export { blank };
/** A row with full marks and a 偏差原因 written anyway (DEVIATION_ON_FULL_SCORE); strict: a bare 无 / — is no text. */
export const devOnFull = (strict) => (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!strict || !/^(无|—+|-+|\/)$/.test(norm(i.deviation))),
  );
const sumW = (r) => rows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
const sumS = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** The stated 总分 equals neither budget 得分 + Σ indicator 得分 nor Σ indicator 得分 alone (± 0.1): the corpus's own
 * rule (a form may give the budget row no points, its indicators then weigh 100). */
export const totalNeither = (r) => {
  const b = r.funds?.total?.score?.value ?? 0;
  return (
    r.totalScore != null &&
    Math.abs(r.totalScore - b - sumS(r)) > 0.1 &&
    Math.abs(r.totalScore - sumS(r)) > 0.1
  );
};
/** The 分值 add up to 100 neither with the budget row's 分值 nor without it. */
export const weightNeither = (r) => {
  const b = r.funds?.total?.weight?.value ?? 0;
  return Math.abs(b + sumW(r) - 100) > 0.01 && Math.abs(sumW(r) - 100) > 0.01;
};

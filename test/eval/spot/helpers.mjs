// Builders the spot part's lines use beyond ../lib and the other parts' helpers (written by a blind author,
// "blind16"; definitions in ../README.md, "The spot part"). Everything here reads the records only
// (../shared/corpus/records), never the product.

import { pools } from '../brief/helpers.mjs';
import { budgetScore, money, norm, rows, satDoubt, satRows } from '../lib/corpus.mjs';
import {
  budgetRowDoubt,
  conv,
  F,
  formError,
  overspent,
  overspentReal,
  rateDiff,
  rateOff,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';

/** One form by its corpus id (the question names it as staff do; the id only finds the record). */
export const I = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
/** A person, a label or a figure about no single project: the reply must say it and list no project table. */
export const says = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });
/** Something the data does not hold: a refusal, or an answer that lists nothing. */
export const noneOr = (d, term) => d.anyOf(d.refuse(term), d.set([]));
/** A count of something the data does not hold: a refusal, nothing listed, or 0. */
export const noneN = (d, term) => d.anyOf(d.refuse(term), d.set([]), d.count(0));
/** The forms of a place (潞源 / 双井 / 发改委 / 大红门 / 河门口) that pass a test: the forms whose labels name the place
 * must be listed, the office's other forms may be. */
export const placeSet = (d, p, cond = () => true) => {
  const [a, b] = pools(d, p, cond);
  return d.setTol(a, b);
};
/** Their count, as a range. */
export const placeCnt = (d, p, cond = () => true) => {
  const [a, b] = pools(d, p, cond);
  return d.countRange(Math.min(a.length, b.length), Math.max(a.length, b.length));
};
/** A figure over a place's forms, under each pool and both readings of the 元-in-万元 cell: f(rs, m). */
export const placeFig = (d, p, f, tol, cond = () => true) => {
  const [a, b] = pools(d, p, cond);
  const vals = [
    ...new Set([f(a, money), f(a, conv), f(b, money), f(b, conv)].map((v) => Math.round(v * 1e6) / 1e6)),
  ];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((v) => d.number(v, tol)));
};
/** Σ of a money column with a reader (money as written, or conv). */
export const sumM = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** 要退回 (send back): the errors of SCORING §8 a reviewer must send back for — 总分 not adding up (a form whose 分值
 * do not add up to 100 optional, as the fifth batch defines TOTAL_MISMATCH), 总分 blank, 执行率 wrong, 执行数 above
 * 预算 — required; the other errors computable from a record, 执行率 differing only by rounding, the doubtful budget row
 * and a blank budget 得分 optional. */
export const sendMust = (r) =>
  (totalOff(r) && !weightOff(r)) || ts(r) == null || rateOff(r) || overspentReal(r);
export const sendMay = (r) =>
  sendMust(r) ||
  formError(r) ||
  totalOff(r) ||
  overspent(r) ||
  rateDiff(r) ||
  budgetRowDoubt(r) ||
  budgetScore(r) == null;
export const sendBack = (d, pool = () => true) =>
  d.setTol(
    F(d, (r) => pool(r) && sendMust(r)),
    F(d, (r) => pool(r) && sendMay(r)),
  );
/** A row of a form by a test (the first one); throws when none. */
export const rowOf = (r, f) => {
  const i = rows(r).find(f);
  if (!i) throw new Error(`no such row in ${r.id}`);
  return i;
};
/** Points lost on the satisfaction rows of a form. */
export const satLost = (r) =>
  satRows(r).reduce((s, i) => s + (i.weight != null && i.score != null ? i.weight - i.score : 0), 0);
/** A satisfaction row scored 0 out of a positive weight. */
export const satZero = (r) => satRows(r).some((i) => i.weight > 0 && i.score === 0);
/** Counts under several readings, each a range (any value in one of them is right). */
export const countAny = (d, ...ranges) =>
  d.anyOf(...ranges.map(([lo, hi]) => d.countRange(Math.min(lo, hi), Math.max(lo, hi))));
/** A figure under both readings of the 元-in-万元 cell: f(m) returns it. */
export const bothFig = (d, f, tol) => {
  const vals = [...new Set([f(money), f(conv)].map((v) => Math.round(v * 1e6) / 1e6))];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((v) => d.number(v, tol)));
};
/** Forms whose satisfaction block is doubtful in the record (satDoubt), for optional sets. */
export { satDoubt };

// Shorthands the question files use in their expectations (over ../lib/corpus.mjs); see the README for the definitions.
import {
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  office,
  rate,
  rateComputed,
  suspectYuan,
} from './corpus.mjs';

export const O =
  (...codes) =>
  (r) =>
    codes.includes(office(r));
/** Place/department term: forms whose 主管部门 or 实施单位 contains it must be listed; the other forms published by the
 * same office (whose labels do not name it) may be listed too. */
export const place = (d, words, ...codes) =>
  d.setTol(
    d.all.filter((r) => inUnit(r, ...words)),
    d.all.filter(O(...codes)),
  );
export const placeCount = (d, words, ...codes) => {
  const must = d.all.filter((r) => inUnit(r, ...words));
  const wide = d.all.filter((r) => inUnit(r, ...words) || O(...codes)(r));
  return must.length === wide.length
    ? d.count(must.length)
    : d.anyOf(d.count(must.length), d.count(wide.length));
};
export const placeSum = (d, words, codes, col, extra = () => true) => {
  const must = d.all.filter((r) => inUnit(r, ...words) && extra(r));
  const wide = d.all.filter((r) => (inUnit(r, ...words) || O(...codes)(r)) && extra(r));
  return must.length === wide.length
    ? d.sumMoney(must, col)
    : d.anyOf(d.sumMoney(must, col), d.sumMoney(wide, col));
};
export const conv = (r, col) => (suspectYuan(r, col) ? money(r, col) / 10000 : money(r, col));
export const own = (name) => (r) => norm(r.owner) === name;
export const ts = (r) => r.totalScore;
export const differ = (r) =>
  money(r, 'initialBudget') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'initialBudget') !== money(r, 'annualBudget');
export const budgetShort = (r) => budgetScore(r) != null && budgetScore(r) < budgetWeight(r);
/** 执行率 questions: the rate the form states or the one its amounts give (either is accepted). */
export const both = (d, f) => d.anyOf(f(rate), f(rateComputed));
export const F = (d, f) => d.all.filter(f);
export const y = (n) => (r) => r.year === n;
export const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));
export const tallyBy = (rs, key, f) => {
  const m = {};
  for (const r of rs) m[key(r)] = (m[key(r)] ?? 0) + f(r);
  return m;
};
export const groupCount = (d, key, rs = d.all) => d.groups(tallyBy(rs, key, () => 1));
export const groupSum = (d, key, f, rs = d.all) => d.groups(tallyBy(rs, key, (r) => f(r) ?? 0));

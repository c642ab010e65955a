// Builders the brief part's lines use beyond ../lib, ../clerk and ../office (written by a blind author, "blind13";
// definitions in ../README.md, "The brief part"). Everything here reads the records only (../shared/corpus/records),
// never the product.
import { blank, inUnit, money, norm, rows, satRows, suspectYuan } from '../lib/corpus.mjs';
import { F, O, ts } from '../lib/shorthands.mjs';

/** The offices as staff name them: the words their labels carry, and the seed file that published them. */
export const PL = {
  潞源: [['潞源'], ['000']],
  双井: [['双井'], ['001']],
  发改委: [['发展和改革委员会', '发改委'], ['002']],
  大红门: [['大红门'], ['003']],
  河门口: [['河门口'], ['004']],
};
/** The forms of a place: [strict (labels name it), wide (or published by that office)]. */
export const pools = (d, p, cond = () => true) => {
  const [words, codes] = PL[p];
  return [
    F(d, (r) => inUnit(r, ...words) && cond(r)),
    F(d, (r) => (inUnit(r, ...words) || O(...codes)(r)) && cond(r)),
  ];
};
/** A figure over a place's forms under each pool (one expectation when the pools are the same forms). */
export const overPlace = (d, p, f, cond = () => true) => {
  const [a, b] = pools(d, p, cond);
  return a.length === b.length ? f(a) : d.anyOf(f(a), f(b));
};
/** A money cell of another row of 项目资金 in 万元, with the 元-in-万元 cell of 疏整促 read either way: the total row's
 * cell is the doubtful one, and its other rows carry the same figure (README: 「其中：当年财政拨款」 holds it too). */
export const rowM = (row, col, converted) => (r) => {
  const v = money(r, col, row);
  if (v == null) return null;
  return converted && suspectYuan(r, col) && v >= 100000 ? v / 10000 : v;
};
/** Σ 分值 of the satisfaction rows. */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** A ranking by the stated 总分 where the forms without one may be listed too (at the end or anywhere). */
export const rankedTotal = (d, rs, dir) => {
  const withTs = rs.filter((r) => ts(r) != null);
  const e = d.top(withTs, ts, withTs.length, dir);
  return {
    ...e,
    may: [...e.may, ...rs.filter((r) => ts(r) == null).map((r) => norm(r.projectName))],
  };
};
/** A row whose 实际完成值 is blank (any real row, weighted or not). */
export const anyActualBlank = (r) => rows(r).some((i) => blank(i.actual));
/** Number of sole-owner projects per person (a cell naming two people is left out). */
export const ownerCounts = (all) => {
  const m = new Map();
  for (const r of all) {
    const o = norm(r.owner);
    if (!o || /[、,，;；/]/.test(o)) continue;
    m.set(o, (m.get(o) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};

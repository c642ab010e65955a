// Helpers of the novel part (blind, issue 10 item 5): scopes and expectation shapes the lines below need beyond
// ../lib/. Computed from ../shared/corpus/records only, by the definitions of test/eval/README.md.
import { inUnit, money, norm, rate, rateComputed } from '../lib/corpus.mjs';
import { conv, F, O } from '../lib/shorthands.mjs';

/** The offices of the corpus as places: the forms whose labels name the place must be listed; the office's other
 * forms (labels that do not name it) may be (README: a place term). Every 003 form names 大红门, so its pool is exact. */
export const SCOPE = {
  潞源: { words: ['潞源'], codes: ['000'] },
  双井: { words: ['双井'], codes: ['001'] },
  发改委: { words: ['发展和改革委员会', '发改委'], codes: ['002'] },
  大红门: { words: ['大红门'], codes: ['003'] },
  河门口: { words: ['河门口'], codes: ['004'] },
  通州: { words: ['通州'], codes: ['000', '002'] },
  丰台: { words: ['丰台'], codes: ['003'] },
};
export const inScope = (key) => (r) => inUnit(r, ...SCOPE[key].words);
export const inPool = (key) => (r) => inUnit(r, ...SCOPE[key].words) || O(...SCOPE[key].codes)(r);
/** The figure f(rs) over the must pool and over the wide pool (either is accepted when they differ). */
export const scoped = (d, key, f, extra = () => true) => {
  const must = F(d, (r) => inScope(key)(r) && extra(r));
  const wide = F(d, (r) => inPool(key)(r) && extra(r));
  return must.length === wide.length ? f(must) : d.anyOf(f(must), f(wide));
};
/** A names expectation over a place: the must pool's forms required, the wide pool's allowed. */
export const scopedSet = (d, key, extra = () => true) =>
  d.setTol(
    F(d, (r) => inScope(key)(r) && extra(r)),
    F(d, (r) => inPool(key)(r) && extra(r)),
  );

/** A fact about no single project (a person, a street, a phone number): the reply must give every value and list no
 * project (grade.mjs `value` with an empty project name, `all`). */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => norm(v)),
  all: true,
});
/** Either reading of a names expectation built with a money reader (as written, or the 元-in-万元 cell converted). */
export const eitherMoney = (d, f) => d.anyOf(f(money), f(conv));
/** Either reading of 执行率 (stated, or computed from the amounts): f gets the rate reader. */
export const eitherRate = (d, f) => d.anyOf(f(rate), f(rateComputed));
/** Both money readings of an average (sum / count) over forms. */
export const avgMoney = (d, rs, col) => {
  const a = rs.reduce((s, r) => s + (money(r, col) ?? 0), 0) / rs.length;
  const b = rs.reduce((s, r) => s + (conv(r, col) ?? 0), 0) / rs.length;
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};
/** Owners of a form, split where one cell names two people. */
export const owners = (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .filter(Boolean);
/** Number of projects per person (a shared cell counts for each of its people). */
export const projectsPerOwner = (rs) => {
  const m = {};
  for (const r of rs) for (const o of owners(r)) m[o] = (m[o] ?? 0) + 1;
  return m;
};

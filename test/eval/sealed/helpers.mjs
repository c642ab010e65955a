// Helpers of the sealed part (blind, stop 31, author "blind9"): the scopes and expectation shapes its lines need
// beyond ../lib/. Computed from ../shared/corpus/records only, by the definitions of ../README.md.
import { inUnit, money, norm, office, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, F, O } from '../lib/shorthands.mjs';

/** One form by its name (unique in the records). */
export const P = (d, name) => d.byName(name);
export const ab = (r) => money(r, 'annualBudget');
export const ex = (r) => money(r, 'executed');
export const ib = (r) => money(r, 'initialBudget');
export const at = (code) => (r) => office(r) === code;

/** The offices as places: forms whose labels name the place must be listed, the office's other forms may be. */
export const SCOPE = {
  潞源: { words: ['潞源'], codes: ['000'] },
  双井: { words: ['双井'], codes: ['001'] },
  发改委: { words: ['发展和改革委员会', '发改委'], codes: ['002'] },
  大红门: { words: ['大红门'], codes: ['003'] },
  河门口: { words: ['河门口'], codes: ['004'] },
  通州: { words: ['通州'], codes: ['000', '002'] },
  丰台: { words: ['丰台'], codes: ['003'] },
  攀枝花: { words: ['攀枝花'], codes: ['004'] },
};
export const inScope = (key) => (r) => inUnit(r, ...SCOPE[key].words);
export const inPool = (key) => (r) => inUnit(r, ...SCOPE[key].words) || O(...SCOPE[key].codes)(r);
/** The figure f(rs) over the must pool and over the wide pool (either accepted when they differ). */
export const scoped = (d, key, f, extra = () => true) => {
  const must = F(d, (r) => inScope(key)(r) && extra(r));
  const wide = F(d, (r) => inPool(key)(r) && extra(r));
  return must.length === wide.length ? f(must) : d.anyOf(f(must), f(wide));
};
/** A names expectation over a place: the must pool's forms that pass required, the wide pool's allowed. */
export const scopedSet = (d, key, extra = () => true) =>
  d.setTol(
    F(d, (r) => inScope(key)(r) && extra(r)),
    F(d, (r) => inPool(key)(r) && extra(r)),
  );
/** A count over a place: any count between the must pool and the wide pool. */
export const scopedCount = (d, key, extra = () => true) => {
  const a = F(d, (r) => inScope(key)(r) && extra(r)).length;
  const b = F(d, (r) => inPool(key)(r) && extra(r)).length;
  return d.countRange(Math.min(a, b), Math.max(a, b));
};
/** A fact about no single project (a person, a street): the reply must give it and list no project. */
export const says = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });
/** Either reading of 执行率 (stated, or computed from the amounts): f gets the rate reader. */
export const eitherRate = (d, f) => d.anyOf(f(rate), f(rateComputed));
/** Either reading of a money column (as written, or the 元-in-万元 cell converted): f gets the money reader. */
export const eitherMoney = (d, f) => d.anyOf(f(money), f(conv));
/** Both money readings of an average over forms. */
export const avgMoney = (d, rs, col) => {
  const a = rs.reduce((s, r) => s + (money(r, col) ?? 0), 0) / rs.length;
  const b = rs.reduce((s, r) => s + (conv(r, col) ?? 0), 0) / rs.length;
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};
/** People of an owner cell (a cell may name two). */
export const owners = (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .filter(Boolean);
/** Names of the real indicator rows of a form that pass a test, without the 「指标1：」 numbering. */
export const rowNames = (r, f = () => true) =>
  rows(r)
    .filter(f)
    .map((i) => String(i.name ?? '').replace(/^指标\s*\d*\s*[:：]\s*/, ''));
/** A figure in 元 (within one 元) or in 万元. */
export const yuanOrWan = (d, wan) => d.anyOf(d.number(wan * 10000, 1), d.number(wan));

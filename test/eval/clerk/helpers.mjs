// Builders the clerk part's lines use beyond ../lib (written by a blind author, "blind10"; definitions in ../README.md,
// "The clerk part"). Everything here reads the records only (../shared/corpus/records), never the product.
import { blank, inUnit, money, norm, office, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, F, O, shortRow, ts } from '../lib/shorthands.mjs';

/** The forms one office published: 000 潞源, 001 双井, 002 发改委, 003 大红门, 004 河门口. */
export const at = (code) => (r) => office(r) === code;
/** One form by its name (must be unique in the records). */
export const P = (d, name) => d.byName(name);
/** A person, a label or a figure about no single project: the reply must say it and list no project table. */
export const says = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });
export const ab = (r) => money(r, 'annualBudget');
export const ex = (r) => money(r, 'executed');
export const ib = (r) => money(r, 'initialBudget');
/** 全年预算数 / 全年执行数 with the 元-in-万元 cell converted (the other reading of 2023“疏整促”专班经费). */
export const abC = (r) => conv(r, 'annualBudget');
export const exC = (r) => conv(r, 'executed');
/** A place term with a condition: forms whose labels name the place must be listed, the office's other forms that
 * pass the condition may be. */
export const where = (d, words, codes, cond = () => true) =>
  d.setTol(
    F(d, (r) => inUnit(r, ...words) && cond(r)),
    F(d, (r) => (inUnit(r, ...words) || O(...codes)(r)) && cond(r)),
  );
export const whereCount = (d, words, codes, cond = () => true) => {
  const a = F(d, (r) => inUnit(r, ...words) && cond(r)).length;
  const b = F(d, (r) => (inUnit(r, ...words) || O(...codes)(r)) && cond(r)).length;
  return d.countRange(Math.min(a, b), Math.max(a, b));
};
/** A pdf-text reading can put a wrapped 偏差原因 into a row of its own right below (see lib devMissing). */
const wrapped = (r, k) => {
  const rs = rows(r);
  const next = rs[k + 1];
  return (
    r.format === 'pdf-text' &&
    next != null &&
    next.weight == null &&
    next.score == null &&
    norm(next.level1) === norm(rs[k].level1) &&
    !blank(next.name)
  );
};
/** Rows scored below their weight with an empty 偏差原因: [strict count (a wrapped reason counts as written), all]. */
export const silentRows = (r) => {
  const rs = rows(r);
  const all = rs.filter((i) => shortRow(i) && blank(i.deviation));
  const strict = rs.filter((i, k) => shortRow(i) && blank(i.deviation) && !wrapped(r, k));
  return [strict.length, all.length];
};
/** Σ 得分 of the indicator rows. */
export const scoreSum = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** Σ 分值 of the indicator rows that pass a test. */
export const weightOf = (r, f = () => true) =>
  rows(r)
    .filter(f)
    .reduce((s, i) => s + (i.weight ?? 0), 0);
/** Both readings of 执行率 (stated, or 全年执行数 / 全年预算数) for a names expectation built from a rate reader. */
export const rates = (d, f) => d.anyOf(f(rate), f(rateComputed));
/** Sum of a key over forms (nulls as 0). */
export const total = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** The 三级指标 name without the form's numbering (「指标1：巡查用车」 → 巡查用车). */
export const bare = (s) => String(s ?? '').replace(/^指标\s*\d*\s*[:：]\s*/, '');
/** The stated 总分 of the forms of a pool, averaged over the forms that state one. */
export const avgTotal = (d, rs) => d.avg(rs, ts);

// Builders the report part's lines use beyond ../lib and the other parts' helpers (written by a blind author,
// "blind15"; definitions in ../README.md, "The report part"). Everything here reads the records only
// (../shared/corpus/records), never the product.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { money, norm, rows, satRows } from '../lib/corpus.mjs';
import { conv, PCT, tallyBy } from '../lib/shorthands.mjs';

/** One form by its corpus id (the question names it as staff do; the id only finds the record). */
export const I = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
/** A share in percent (tolerance 0.051): every pair (part, whole) given is one accepted reading. */
export const share = (d, ...pairs) => {
  const vals = [...new Set(pairs.map(([a, b]) => Math.round((1e6 * 100 * a) / b) / 1e6))];
  return vals.length === 1 ? d.number(vals[0], PCT) : d.anyOf(...vals.map((v) => d.number(v, PCT)));
};
/** Σ of a money column over forms with the reader given (money as written, or conv). */
export const sumM = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** A figure under both readings of the 元-in-万元 cell: f(m) returns it; one expectation when they agree. */
export const both2 = (d, f, tol) => {
  const vals = [...new Set([f(money), f(conv)].map((v) => Math.round(v * 1e6) / 1e6))];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((v) => d.number(v, tol)));
};
/** Any of several figures (the readings the records allow). */
export const anyNum = (d, vals, tol) => {
  const vs = [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))];
  return vs.length === 1 ? d.number(vs[0], tol) : d.anyOf(...vs.map((v) => d.number(v, tol)));
};
/** Per-year figures: a table with a row per year, or each year's figure in the text (graded as two asks). */
export const perYear = (d, f, tol) => {
  const years = [...new Set(d.all.map((r) => r.year))].sort();
  const m = Object.fromEntries(years.map((y) => [y, f(d.all.filter((r) => r.year === y))]));
  return d.anyOf(d.groups(m, tol), { kind: 'allOf', parts: years.map((y) => d.number(m[y], tol)) });
};
/** Per-year figures under both readings of the 元-in-万元 cell (f(rs, m)). */
export const perYearM = (d, f) => {
  const years = [...new Set(d.all.map((r) => r.year))].sort();
  const alt = (m) => {
    const t = Object.fromEntries(
      years.map((y) => [
        y,
        f(
          d.all.filter((r) => r.year === y),
          m,
        ),
      ]),
    );
    return [d.groups(t), { kind: 'allOf', parts: years.map((y) => d.number(t[y])) }];
  };
  return d.anyOf(...alt(money), ...alt(conv));
};
/** Per-group counts by a key (label as written). */
export const countBy = (d, rs, key) => d.groups(tallyBy(rs, key, () => 1));
/** Σ 分值 of the satisfaction rows. */
export const satW = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** Every satisfaction row at full marks (a form with satisfaction rows only). */
export const satFull = (r) =>
  satRows(r).length > 0 &&
  satRows(r).every((i) => i.weight != null && i.score != null && i.score === i.weight);
/** Names of the rows of a form that pass a test, without the form's 「指标1：」 numbering. */
export const rowNames = (r, f = () => true) =>
  rows(r)
    .filter(f)
    .map((i) =>
      String(i.name ?? '')
        .replace(/^指标\s*\d*\s*[:：]\s*/, '')
        .replace(/[。.]$/, ''),
    );
/** Forms of a pool in a money band, with the bound optional, under the reader m: [strict, inclusive]. */
export const band = (rs, m, col, lo, hi) => [
  rs.filter((r) => m(r, col) != null && m(r, col) > lo && m(r, col) < hi),
  rs.filter((r) => m(r, col) != null && m(r, col) >= lo && m(r, col) <= hi),
];
/** The sum of a money column over a band of forms: every reading (bound strict or inclusive, cell as written or
 * converted) gives one accepted figure. */
export const bandSum = (d, rs, col, lo, hi, sumCol = col) => {
  const vals = [];
  for (const m of [money, conv]) for (const b of band(rs, m, col, lo, hi)) vals.push(sumM(b, m, sumCol));
  return anyNum(d, vals);
};
export { norm };

// ---- corrections after the first run (each because the records allow a second reading; see ../README.md) ----
const corpusDir =
  process.env.JIXIAO_EVAL_CORPUS ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
/** The text of one pdf-text form (the blocks of its seed file start at 「项目名称 …」, in the records' order). */
const textBlock = (d, r) => {
  const file = readdirSync(join(corpusDir, 'text')).find((f) => f === r.source);
  if (!file) return '';
  const blocks = readFileSync(join(corpusDir, 'text', file), 'utf8')
    .split(/^(?=项目名称 )/m)
    .slice(1);
  const k = d.all.filter((x) => x.source === r.source).indexOf(r);
  return blocks[k] ?? '';
};
/** A satDoubt form (its satisfaction row is in the text, not in the record) whose satisfaction row, the text after
 * the last 「满意」 and before 「总分」, writes the target (whitespace removed): such a row may be counted. */
export const satTargetInText = (d, r, target) => {
  const b = textBlock(d, r);
  const tail = b.slice(b.lastIndexOf('满意'), b.indexOf('总分', b.lastIndexOf('满意')));
  return norm(tail).includes(norm(target));
};

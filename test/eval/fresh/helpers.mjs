// Builders the fresh part's lines use beyond ../lib (written by a blind author; definitions in ../README.md).
import { blank, money, norm, office, rows } from '../lib/corpus.mjs';
import { conv, exact, F, rowCount, shortRow } from '../lib/shorthands.mjs';

/** The forms one office published (the four streets and 发改委 are one office each: 000 潞源, 001 双井, 002 发改委,
 * 003 大红门, 004 河门口). */
export const at = (code) => (r) => office(r) === code;
/** One form by its name (the name compared as the corpus does; must be unique). */
export const P = (d, name) => d.byName(name);
/** Every row of one form that passes a test, as the row's own values (for a `value` expectation). */
export const rowVals = (r, f, pick) => rows(r).filter(f).map(pick);
/** A row named (its 三级指标 name contains the words). */
export const rowNamed =
  (...ws) =>
  (i) =>
    ws.every((w) => norm(i.name).includes(w));
/** 实际完成值 left empty on a row that carries points. */
export const rowNoActual = (i) => Boolean(i.weight) && blank(i.actual);
/** The count of rows of a pool that pass a test, as an expectation. */
export const rowsCount = (d, rs, f) => d.count(rowCount(rs, f));
/** A money figure said in 亿元 (or given in 万元): f(m) gets the money reader and returns 万元; both readings of the
 * 元-in-万元 cell. */
export const yi = (d, f) => {
  const vals = [...new Set([f(money), f(conv)])];
  return d.anyOf(...vals.flatMap((v) => [exact(v / 10000, 0.005), d.number(v)]));
};
/** 还剩多少没花 / 结余: 全年预算数 − 全年执行数 in 万元, or the same in 元. */
export const leftover = (d, rs) => {
  const v = rs.reduce((s, r) => s + (money(r, 'annualBudget') ?? 0) - (money(r, 'executed') ?? 0), 0);
  return d.anyOf(d.number(v), d.number(v * 10000, 1));
};
/** Forms of a pool whose stated 总分 is below 100 (a form without a 总分 is not among them). */
export const below100 = (d, pool) => F(d, (r) => pool(r) && r.totalScore != null && r.totalScore < 100);
/** A 三级指标 name without the form's own numbering (「指标1：巡查用车」 → 巡查用车): an answer may show either. */
export const bare = (s) => String(s ?? '').replace(/^指标\s*\d+\s*[:：]\s*/, '');
/** The alternatives of an anyOf that select something: a reading under which nothing is selected would let an empty
 * answer pass, while the question says there is something (as noSurvey in ../lib). */
export const nonEmpty = (d, e) => {
  if (e.kind !== 'anyOf') return e;
  const alts = e.alts.filter((a) => a.kind !== 'names' || a.must.length + a.may.length > 0);
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
export { shortRow };

// Builders the wide part's lines use beyond ../lib (written by a blind author, "blind7"; definitions in ../README.md).
// Everything here reads the records only (../shared/corpus/records), never the product.
import { blank, inUnit, money, norm, office, rows } from '../lib/corpus.mjs';
import { F, O, ts } from '../lib/shorthands.mjs';

/** The forms one office published: 000 潞源, 001 双井, 002 发改委, 003 大红门, 004 河门口. */
export const at = (code) => (r) => office(r) === code;
/** One form by its name (must be unique in the records). */
export const P = (d, name) => d.byName(name);
/** An answer that is a person, a label or a figure about no single project: the reply must say it and list no
 * project table (as `says` of the unseen part). */
export const says = (...values) => ({ kind: 'value', project: '', values: values.map((v) => norm(v)) });
/** The project name contains the word. */
export const nameHasW = (w) => (r) => norm(r.projectName).includes(norm(w));
/** The 实施单位 (not the 主管部门) contains the word. */
export const unitHas = (w) => (r) => norm(r.implementingUnit).includes(norm(w));
/** The 主管部门 (not the 实施单位) contains the word. */
export const deptHas = (w) => (r) => norm(r.department).includes(norm(w));
export const ab = (r) => money(r, 'annualBudget');
export const ex = (r) => money(r, 'executed');
export const ib = (r) => money(r, 'initialBudget');
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
  return a === b ? d.count(a) : d.countRange(Math.min(a, b), Math.max(a, b));
};
const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** TOTAL_MISMATCH of the kind 「总分未计入预算执行得分」: the stated 总分 equals the indicator scores alone (±0.1) while
 * the budget row scored something. */
export const totalWithoutBudget = (r) => {
  const b = r.funds?.total?.score?.value;
  return ts(r) != null && b != null && b > 0 && Math.abs(ts(r) - sumScores(r)) <= 0.1;
};
/** A phone cell that holds more than one number. */
export const twoPhones = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .filter((p) => /\d/.test(p)).length > 1;
/** A row with full marks and a 偏差原因 written anyway (DEVIATION_ON_FULL_SCORE); a bare 无 / — is not a text. */
export const devOnFull = (strict) => (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!strict || !/^(无|—+|-+|\/)$/.test(norm(i.deviation))),
  );
/** The rows of one form, as values of one field. */
export const rowField = (r, f, pick) => rows(r).filter(f).map(pick);
/** A 三级指标 name without the form's numbering (「指标1：巡查用车」 → 巡查用车). */
export const bare = (s) => String(s ?? '').replace(/^指标\s*\d*\s*[:：]\s*/, '');
/** Sum of a key over forms (nulls as 0). */
export const total = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);

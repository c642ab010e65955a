// Builders the voice part's lines use beyond ../lib and the clerk/office helpers (written by a blind author,
// "blind12"; definitions in ../README.md, "The voice part"). Everything here reads the records only
// (../shared/corpus/records), never the product.
import { blank, money, norm, noSat, rows, satDoubt, satNoPoints, satRows } from '../lib/corpus.mjs';
import { conv, F, formError, overspentReal, rateOff, shortRow, totalOff, ts } from '../lib/shorthands.mjs';

/** A project name that two forms share (基层党组织党建活动经费): any of the given values, about that name only. */
export const shared = (name, ...values) => ({
  kind: 'value',
  project: norm(name),
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});
/** A count asked of a term the data does not hold: a refusal, nothing listed, or 0. */
export const noneCount = (d, term) => d.anyOf(d.refuse(term), d.set([]), d.count(0));
/** A list asked of a term the data does not hold: a refusal or nothing listed. */
export const noneList = (d, term) => d.anyOf(d.refuse(term), d.set([]));
/** 缺少满意度指标: no real satisfaction row must be listed; rows without points and doubtful records may be. */
export const noSatTol = (d, pool = () => true) =>
  d.setTol(
    F(d, (r) => pool(r) && noSat(r)),
    F(d, (r) => pool(r) && (noSat(r) || satNoPoints(r) || satDoubt(r))),
  );
/** Rows that lost points with an empty 偏差原因, every one (a pdf-text reason wrapped into the next row not counted
 * as written): the wide reading of lib's devMissing. */
export const devMissingAll = (r) => rows(r).some((i) => shortRow(i) && blank(i.deviation));
/** 退回去改: the errors a clerk must send back for (SCORING §8), the others of lib's formError optional. */
export const mustError = (r) => totalOff(r) || ts(r) == null || rateOff(r) || overspentReal(r);
export { formError };
/** Σ 分值 of the satisfaction rows of a form. */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** Rows of every form of a pool passing a test: the count by 二级指标, and also counting rows whose name holds the
 * label (a pdf-text merged cell such as 「不适用社会效益指标」), as a range. */
export const rowRange = (d, rs, byLevel, byName) => {
  const a = rs.reduce((s, r) => s + rows(r).filter(byLevel).length, 0);
  const b = rs.reduce((s, r) => s + rows(r).filter((i) => byLevel(i) || byName(i)).length, 0);
  return d.countRange(a, b);
};
/** An average of a money column over a pool, both readings of the 元-in-万元 cell. */
export const avgMoney = (d, rs, col) => {
  const vs = (m) => rs.map((r) => m(r, col)).filter((v) => v != null);
  const avg = (m) => vs(m).reduce((a, b) => a + b, 0) / vs(m).length;
  const a = avg(money);
  const b = avg(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};

// ---- corrections after the first run (each because the records allow a second reading; see ../README.md) ----
const LABELS = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续影响',
  '满意度',
];
/** The 二级 labels other than the row's own that a pdf-text row's name holds (a merged cell: 「生态效益指标不适用可持续影响
 * 指标可持续影响指标」 is the 可持续影响 row with 生态效益 marked 不适用). */
export const mergedLabels = (r, i) =>
  r.format !== 'pdf-text'
    ? []
    : LABELS.filter(
        (l) => norm(i.name).includes(l) && !norm(i.level2).includes(l) && !norm(i.level1).includes(l),
      );
/** A pdf-text row filed under one 二级 label whose name shows it is another row, or 不适用 (merged cells). */
export const mergedRow = (r, i) =>
  r.format === 'pdf-text' && (mergedLabels(r, i).length > 0 || norm(i.name).includes('不适用'));
/** Rows of a form counted with each label merged into a name as a row of its own (the upper reading of a row count). */
export const rowsSplit = (r) => rows(r).reduce((s, i) => s + 1 + mergedLabels(r, i).length, 0);
/** A pdf-text row whose 实际完成值 is blank in the record but whose line may hold it: empty cells vanish in pdf-text, so a
 * value merged into the name (「发放人员数量 39 人 39 人」), a blank 年度指标值, a name that is only the 二级 label
 * (columns shifted), a 年度指标值 holding two values (「≤21 21」) or a full-score satisfaction row without 未做 cannot be
 * placed with certainty. */
export const actualDoubt = (r, i) =>
  r.format === 'pdf-text' &&
  (blank(i.target) ||
    norm(i.name) === norm(i.level2) ||
    /\d/.test(String(i.name).trim().split(/\s+/).slice(1).join('')) ||
    /^\S*\d\S*\s+\S*\d\S*$/.test(String(i.target).trim()) ||
    (norm(i.level1).includes('满意度') &&
      i.score != null &&
      i.score === i.weight &&
      !/未做/.test(i.deviation ?? '')));

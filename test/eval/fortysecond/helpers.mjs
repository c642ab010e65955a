// Helpers of the forty-second part (helper "blind60"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The forty-second part").
import {
  blank,
  inUnit,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
} from '../lib/corpus.mjs';
import { conv, lostPts, O, shortRow, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004); every form of an office
 * names its place (or 发展和改革委员会 / 发改委) in 主管部门 or 实施单位, so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);
export const pool = (d, f) => d.all.filter(f);

/** 民生办 = 民生保障办公室 (003-055 writes 「民生保障办公室是」: the same office), in 主管部门 or 实施单位. */
export const MS = (r) => inUnit(r, '民生保障办公室');
/** 党群办 = 党群工作办公室; 003-071 writes 「党群办」 itself: both are the office (a reading may leave it out). */
export const DQ = (r) => inUnit(r, '党群工作办公室');
export const DQ_ABBR = (r) => norm(r.implementingUnit) === '党群办';
/** 城乡管理办公室 as written; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
export const CX = (r) => inUnit(r, '城乡管理办公室');
export const CX_MAYBE = ids('003-054', '003-095');
/** 社区建设办公室 in 主管部门 or 实施单位 (13), or as 实施单位 only (12: 003-059 names it as 主管部门). */
export const SQ = (r) => inUnit(r, '社区建设办公室');
export const SQ_IMPL = (r) => norm(r.implementingUnit).includes('社区建设办公室');
/** The sole owner named, and a cell naming two people (「赵路广、孟卓聪」) counted for each. */
export const owner = (name) => (r) => norm(r.owner) === name;
export const ownerAny = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);

/** 结余 / 还剩 of one form: 全年预算数 − 全年执行数 under a money reader (as written, or the 元-in-万元 cell converted). */
export const left = (m) => (r) => (m(r, 'annualBudget') ?? 0) - (m(r, 'executed') ?? 0);
/** Both 年初 and 全年 written; 调增 (全年 − 年初 > 0) / 调减 (年初 − 全年 > 0). */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
export const raise = (r) => (bothBudgets(r) ? money(r, 'annualBudget') - money(r, 'initialBudget') : null);
export const cut = (r) => (bothBudgets(r) ? money(r, 'initialBudget') - money(r, 'annualBudget') : null);
/** 003-082 writes 年初预算数 0 and 全年 5.184: an increase from nothing, which a reader may leave out of 调增. */
export const zeroStart = (r) => money(r, 'initialBudget') === 0;

/** Sum of f over forms. */
export const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** A figure under both readings of the 元-in-万元 cell (002-007); one expectation when they agree. */
export const twoReaders = (d, f, tol) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, tol) : d.anyOf(d.number(a, tol), d.number(b, tol));
};
/** A difference said with 多/少 or signed: either sign, under both money readers. */
export const gap = (d, f, tol) => {
  const vals = [
    ...new Set([f(money), f(conv)].flatMap((v) => [v, -v]).map((v) => Math.round(v * 1e6) / 1e6)),
  ];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((v) => d.number(v, tol)));
};

/** A money key rounded to 1 元 (003-007 and 003-022 differ by 0.03 元: a tie, either may come first). */
export const yuanKey = (col) => (r) => {
  const v = money(r, col);
  return v == null ? null : Math.round(v * 10000) / 10000;
};
/** The 执行率 readings: as stated on the form, or computed from the amounts (two decimals). */
export const RATES = [rate, rateComputed];

/** Satisfaction survey written 未做: the record's satisfaction row says so, or (satDoubt) the form's text shows
 * 「… 5 0 未做」 under a row the pdf-text reading filed elsewhere (003-041, 003-139, 003-142). */
export const notDoneSure = (r) => satNotDone(r);
export const notDoneMaybe = (r) =>
  satDoubt(r) && rows(r).some((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
/** Points lost on the 未做 rows (sure ones, and the doubtful ones' rows wherever the reading filed them). */
export const notDoneLost = (r) =>
  rows(r)
    .filter((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`))
    .reduce((s, i) => s + lostPts(i), 0);

/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it (as lib's
 * devMissing): such a reason counts as written under one reading, not under the other. */
const wrappedReason = (r, k) => {
  const next = rows(r)[k + 1];
  return (
    r.format === 'pdf-text' &&
    next != null &&
    next.weight == null &&
    next.score == null &&
    norm(next.level1) === norm(rows(r)[k].level1) &&
    !blank(next.name)
  );
};
export const noReasonRows = (r, wrappedCounts = true) =>
  rows(r).filter((i, k) => shortRow(i) && blank(i.deviation) && !(wrappedCounts && wrappedReason(r, k)));

/** The projects of rows that pass a test, one name per row (a list of rows, each with its project). */
export const perRow = (_d, rs, f) => ({
  kind: 'names',
  must: rs.flatMap((r) =>
    rows(r)
      .filter(f)
      .map(() => norm(r.projectName)),
  ),
  may: [],
});
/** A list of the projects with such rows, or of the rows with their projects: either is accepted. */
export const projectsOrRows = (d, rs, f) =>
  d.anyOf(d.set(rs.filter((r) => rows(r).some(f))), perRow(d, rs, f));

/** Σ 得分 of the indicator rows; 总分 against it (±0.1). */
export const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
export const totalVsRows = (r) => ts(r) != null && Math.abs(ts(r) - sumScores(r)) > 0.1;
/** Σ 分值 of the rows of a 一级指标 (产出标指 read as 产出指标). */
export const level1Weight = (r, w) =>
  rows(r)
    .filter((i) => norm(i.level1).replace('标指', '指标').includes(w))
    .reduce((s, i) => s + (i.weight ?? 0), 0);

/** Any one of tied forms (at least one named, nothing else). */
export const anyOne = (_d, rs) => ({
  kind: 'names',
  must: [],
  may: rs.map((r) => norm(r.projectName)),
  size: 1,
});

// Helpers of the thirty-first part (helper "blind48"): pools, statistics and readings its question lines use, over
// ../lib only. Definitions: ../README.md ("The thirty-first part").
import { budgetScore, money, norm, rate, rows, satRows } from '../lib/corpus.mjs';
import { conv, O, PCT } from '../lib/shorthands.mjs';

/** The offices as people name them; every form names its place in 主管部门 or 实施单位, so a place selects its office
 * exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
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

/** The sole owner named (a cell naming two people, 「赵路广、孟卓聪」, is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;
/** One of the owners named (the shared cell counts too). */
export const ownerAny = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);

/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 便民服务中心: as 实施单位 (9 forms), or also where the form writes it as 主管部门 (003-020, 003-038, 003-137): both
 * readings are accepted wherever it is asked. */
export const BM = (r) => norm(r.implementingUnit).includes('便民服务中心');
export const BM_WIDE = (r) => BM(r) || norm(r.department).includes('便民服务中心');
/** 城乡管理办公室 as 实施单位, as written; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
export const CX = (r) => norm(r.implementingUnit).includes('城乡管理办公室');
export const CX_WIDE = (r) => CX(r) || ['003-054', '003-095'].includes(r.id);

/** Both readings of the 元-in-万元 cell of 疏整促 (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** A money key rounded to 1 元 (0.0001 万元): 003-007 and 003-022 differ by 0.03 元 and tie. */
export const key4 = (m, col) => (r) => {
  const v = m(r, col);
  return v == null ? null : Math.round(v * 10000) / 10000;
};

/** Statistics of a list of numbers (nulls dropped). The median of an even count is the mean of the two middle ones. */
const vals = (vs) => vs.filter((v) => v != null);
export const sum = (vs) => vals(vs).reduce((a, b) => a + b, 0);
export const mean = (vs) => sum(vs) / vals(vs).length;
export const median = (vs) => {
  const s = vals(vs).sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
export const max = (vs) => Math.max(...vals(vs));
export const min = (vs) => Math.min(...vals(vs));

/** A figure under both readings of the 元-in-万元 cell: f(m) returns it for the money reader m; one expectation when
 * both agree. */
export const both = (d, f, tol = 0.01) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, tol) : d.anyOf(d.number(a, tol), d.number(b, tol));
};
/** A percentage (accepted rounded to one decimal: tolerance 0.051). */
export const pct = (d, part, whole) => d.number((100 * part) / whole, PCT);
export const pctBoth = (d, f) => both(d, f, PCT);

/** The digits of each number of the 联系电话 cell (a cell may hold two numbers). */
export const phoneNumbers = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);
/** A phone cell holding a number that is neither 8 digits (landline) nor 11 (mobile). */
export const phoneOddLength = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);
/** Two numbers in one cell. */
export const phoneTwo = (r) => phoneNumbers(r).length > 1;

/** BUDGET_SCORE_MISMATCH read with the stated 执行率 instead of the computed one: the budget 得分 ≠ min(stated rate, 100
 * %) × 10 (± 0.05). The computed reading is lib's budgetScoreOff; a question takes either reading. */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * 10) > 0.05;

/** Satisfaction rows scored 0; the forms whose satisfaction row says 未做 with an empty 得分 may be counted too. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
export const satNotDoneNoScore = (r) =>
  satRows(r).some((i) => i.score == null && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));

/** Indicator rows of a pool whose 一级指标 contains a word. */
export const level1Rows = (rs, w) =>
  rs.reduce((s, r) => s + rows(r).filter((i) => norm(i.level1).includes(w)).length, 0);
/** Indicator rows of a pool whose 二级指标 contains a word (a form has one or not). */
export const hasLevel2 = (r, w) => rows(r).some((i) => norm(i.level2).includes(w));

/** A yes/no question whether a cell was filled (…填了没有, 有没有留…), the cell being empty: the reply says so in words. */
export const SAYS_NOT_FILLED = [
  '未填',
  '没填',
  '未留',
  '没留',
  '空白',
  '为空',
  '没有留',
  '没有填',
  '无联系电话',
  '没有联系电话',
];

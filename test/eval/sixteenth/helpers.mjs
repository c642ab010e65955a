// Helpers of the sixteenth part (helper "blind33"): pools, readings and expectation shapes its question lines use, over
// ../lib only. Definitions: ../README.md ("The sixteenth part").
import { blank, money, norm, rows } from '../lib/corpus.mjs';
import { conv, F, O } from '../lib/shorthands.mjs';

/** The offices. Every form of an office names its place in 主管部门 or 实施单位 (checked: 潞源 22, 双井 2, 大红门 128,
 * 河门口 9; 发改委 8 as 「发展和改革委员会」 or 「发改委」), so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;

/** The form of a record id (a line names the project in its question; the id only finds it here). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** 项目负责人 as written (the whole cell). */
export const ownerIs = (name) => (r) => norm(r.owner) === name;

/** A money column rounded to 1 元 (0.0001 万元), so that 003-007 (3457.171733) and 003-022 (3457.17173), 0.03 元 apart,
 * tie in a ranking; m is the money reader (as written, or conv for 疏整促's 元-in-万元 cell). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** An amount asked in 元 (块): the figure in 元 within 1 元; the 万元 figure too where the line says so. */
export const yuan = (d, wan, alsoWan = false) => {
  const inYuan = { kind: 'number', value: Math.round(wan * 10000 * 100) / 100, tol: 1 };
  return alsoWan ? d.anyOf(inYuan, d.number(wan)) : inYuan;
};

/** A difference asked as 差了 / 少了 / 多了: signed or as its magnitude. */
export const gap = (d, v, tol) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));

/** 全年预算数 − 全年执行数 of one form (万元), under a money reader. */
export const left = (r, m = money) => {
  const a = m(r, 'annualBudget');
  const x = m(r, 'executed');
  return a == null || x == null ? null : a - x;
};

/** A fact about no single project (a person, an office, a phone): the reply says it and lists no project but the
 * grader's empty name (so a list of projects does not pass as the answer). */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});

/** The one indicator row of a form whose 三级指标 name contains the words (throws unless exactly one). */
export const row = (r, words) => {
  const hit = rows(r).filter((i) => norm(i.name).includes(norm(words)));
  if (hit.length !== 1) throw new Error(`${r.id}: ${hit.length} rows named ${words}`);
  return hit[0];
};

/** Indicator rows over a pool that pass a test. */
export const rowsWhere = (rs, f) => rs.flatMap((r) => rows(r).filter(f));

/** 年初预算数 blank (empty, 「-」 or no value) while 全年预算数 is there. */
export const initBlank = (r) => money(r, 'initialBudget') == null && money(r, 'annualBudget') != null;
/** 年初 and 全年 both filled and different. */
export const initDiffers = (r) =>
  money(r, 'initialBudget') != null &&
  money(r, 'annualBudget') != null &&
  Math.abs(money(r, 'initialBudget') - money(r, 'annualBudget')) > 1e-9;
/** 年初 written as 「-」 (002-007): a dash, not an empty cell; "为空" may or may not take it. */
export const initDash = (r) => /^[-—–]+$/.test(norm(r.funds?.total?.initialBudget?.raw ?? ''));

export const ownerBlank = (r) => blank(r.owner);

/** Sum of a money column over forms that pass f, as written and with 疏整促's cell as 元 (both readings). */
export const sumBoth = (d, f, col) => d.sumMoney(F(d, f), col);
export { conv };

// Helpers of the fifteenth part (helper "blind32"): pools, readings and expectation shapes its question lines use, over
// ../lib only. Definitions: ../README.md ("The fifteenth part").
import { blank, money, norm, rows, satRows } from '../lib/corpus.mjs';
import { column, conv, O, ts } from '../lib/shorthands.mjs';

/** The five publishing offices. Every form names its place in 主管部门 or 实施单位 (潞源 22, 双井 2, 发改委 8 as
 * 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9), so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;

/** The form of an id (the records' ids are stable; the question names the project by its name). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** A 项目负责人 cell exactly (the shared cell 「赵路广、孟卓聪」 is neither person's alone). */
export const owner = (name) => (r) => norm(r.owner) === name;

/** A fact about no single project (a person, a street, an office): the reply says it and lists no project. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});

/** The 负责人 column of the listed projects (an empty or absent cell: empty, 未填 or 无). */
export const ownerCol = (d, rs) => column(d, '负责人', rs, (r) => r.owner ?? '');

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, which
 * no reader of a ranking sees, so money rankings compare amounts so rounded (the two tie). `m`: money as written, or
 * conv (the 元-in-万元 cell of 疏整促 read as 元). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** A money ranking under both readings of 疏整促's cell (one expectation when the pool does not hold it). */
export const topBoth = (d, rs, col, n, dir = 'desc') => {
  const a = d.top(rs, m1(col), n, dir);
  const b = d.top(rs, m1(col, conv), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** An ordering by 总分 where forms without a 总分 may be listed (anywhere) or left out; the listed ones with a 总分 in
 * order. */
export const byTotal = (d, rs, dir) => {
  const withTs = rs.filter((r) => ts(r) != null);
  const e = d.top(withTs, ts, withTs.length, dir);
  return { ...e, may: [...e.may, ...rs.filter((r) => ts(r) == null).map((r) => norm(r.projectName))] };
};

/** An amount asked in 元: within 1 元. */
export const yuan = (d, v) => d.number(v, 1);
/** An amount left to the answer's unit: 万元 (as every money figure) or 元 within 1 元. */
export const wanOrYuan = (d, v) => d.anyOf(d.number(v), d.number(v * 10000, 1));

/** A difference given signed or as its magnitude. */
export const gap = (d, v, tol) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));

/** 年初预算数 filled (a written 0 is filled). */
export const hasInitial = (r) => money(r, 'initialBudget') != null;
/** 年初 ≠ 全年: with a blank 年初 read as different (wide) or not (strict); each reading whole. */
export const differStrict = (r) => hasInitial(r) && money(r, 'initialBudget') !== money(r, 'annualBudget');
export const differWide = (r) => differStrict(r) || (!hasInitial(r) && money(r, 'annualBudget') != null);

/** 全年 above 年初 (调增 / 追加): 003-082's 年初 written 0 may be read as not filled (optional). */
export const raised = (r) => hasInitial(r) && money(r, 'annualBudget') > money(r, 'initialBudget');
export const raisedDoubt = (r) => raised(r) && money(r, 'initialBudget') === 0;

/** A satisfaction row that says 未做 with its 得分 cell blank (003-094 「达到 95% 10 未做」, 003-135 「… 5 未做」: the
 * stated 总分 equals the budget 得分 plus the other rows, so the cell left is the 得分). */
export const notDoneBlankScore = (r) =>
  satRows(r).some(
    (i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`) && i.weight != null && i.score == null,
  );
/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);

/** A row scored below its weight with nothing in 偏差原因分析 (each row counted). */
export const silentRows = (r) =>
  rows(r).filter((i) => i.weight != null && i.score != null && i.score < i.weight && blank(i.deviation));

// Helpers of the nineteenth part (helper "blind36"): office pools, readings and expectation shapes its question lines
// use, over ../lib only. Definitions: ../README.md ("The nineteenth part").
import {
  budgetScore,
  budgetWeight,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { allOf, column, conv, F, O } from '../lib/shorthands.mjs';

/** The five publishing offices. Every form of an office names its place in 主管部门 or 实施单位 (checked per office:
 * 潞源 22, 双井 2, 发改委 8 as 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9), so an office's name selects its
 * forms exactly and none is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const OFFICES = [LY, SJ, FG, DHM, HMK];
export const STREET4 = [LY, SJ, DHM, HMK];

/** The form of an id (the records' ids are stable; the question names the project by its name). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));
export const pool = (d, ...fs) => F(d, (r) => fs.every((f) => f(r)));

/** A money column rounded to 1 元: 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, which no reader
 * of a ranking sees, so money rankings compare amounts so rounded (the two tie). `m` reads the cell as written (money)
 * or with the 元-in-万元 cell of 疏整促 converted (conv). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** An expectation under both readings of the 元-in-万元 cell (002-007's 1,863,180): f gets the money reader. */
export const bothReaders = (d, f) => d.anyOf(f(money), f(conv));

/** Exact owner and any-owner tests (a cell may name two people: 003-095 「赵路广、孟卓聪」). */
export const ownIs = (name) => (r) => norm(r.owner) === name;

/** Per-owner counts of a pool: forms without an owner form no group. */
export const ownerCounts = (d, rs) => {
  const m = {};
  for (const r of rs) if (norm(r.owner)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
  return d.groups(m);
};

/** BUDGET_SCORE_MISMATCH read with the form's own stated 执行率 (|得分 − min(stated rate, 100 %) × 分值| > 0.05), next to
 * lib's budgetScoreOff, which takes the rate from the amounts: 「得分与执行率不相符」 reads either way. */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
/** The satDoubt records whose form's text shows the satisfaction row scored 0 as 「5 0 未做」 (checked in the 003 text:
 * 003-041, 003-139, 003-142; the fourth satDoubt record, 003-119, shows 「居民满意度 超过 95% 达到目标 10 10」). */
export const satZeroInText = (r) => satDoubt(r) && ['003-041', '003-139', '003-142'].includes(r.id);
/** May count as 「满意度得分为0」 or 「满意度写的未做」: satZeroInText, or a 未做 row whose 得分 cell the record reads
 * blank (003-094 「10 未做」 with 总分 90, 003-135). */
export const satZeroMay = (r) =>
  satZeroInText(r) || (satNotDone(r) && satRows(r).some((i) => i.score == null));

/** The 执行率 of one form under its two readings (stated, computed at two decimals). */
export const rates = (r) => [rate(r), rateComputed(r)].filter((v) => v != null);
/** Mean of the forms' rates under a reader, and the group's pooled rate (Σ 执行数 ÷ Σ 预算数) under a money reader. */
export const meanOf = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
export const pooledRate = (rs, m) =>
  (100 * rs.reduce((s, r) => s + (m(r, 'executed') ?? 0), 0)) /
  rs.reduce((s, r) => s + (m(r, 'annualBudget') ?? 0), 0);

/** A person's phone asked without a project: the number said, or the person's forms listed with it in a phone column. */
export const phoneSaid = (d, rs, phone) =>
  d.anyOf(
    d.number(Number(phone), 0),
    allOf(
      d.set(rs),
      column(d, '电话', rs, (r) => r.phone),
    ),
  );

/** Rows of one form that pass a test. */
export const rowsWhere = (r, f) => rows(r).filter(f);

/** 三级指标 rows as the form's text counts them: a pdf-text record can merge a 「不适用」 row into the next row's name
 * (003-036: 「经济效益指标不适用社会效益指标社会效益指标」, where the text has an 经济效益 row 「不适用」 and a 社会效益 row), so
 * such a merged row counts twice (003-028 and 003-036: 7 rows in the record, 9 in the text, as 003-021's 9 with its
 * 「生态效益指标 不适用」 row). */
export const rowsLoose = (r) =>
  rows(r).length + rows(r).filter((i) => /不适用.*指标/.test(norm(i.name))).length;

/** The forms of each group with the most rows: a form that is the only best under both counts (record rows and
 * rowsLoose) must be listed; every form best under either count (ties included) may be. */
export const mostRowsPerGroup = (d, groups) => {
  const must = [];
  const may = [];
  for (const rs of groups) {
    if (!rs.length) continue;
    const bestBy = (k) => {
      const top = Math.max(...rs.map(k));
      return rs.filter((r) => k(r) === top);
    };
    const a = bestBy((r) => rows(r).length);
    const b = bestBy(rowsLoose);
    if (a.length === 1 && b.length === 1 && a[0] === b[0]) must.push(a[0]);
    else may.push(...new Set([...a, ...b]));
  }
  return d.setTol(must, may);
};

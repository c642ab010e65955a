// Helpers of the fortieth part (helper "blind58"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fortieth part").
import { blank, money, norm, rate, rateComputed, rows, satRows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them; every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
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

/** 全年预算数 / 全年执行数 under both readings of the 元-in-万元 cell (002-007): as written, or converted. */
export const READERS = [money, conv];

/** A percentage accepted to two decimals or rounded to one decimal (within 0.011 of either). */
export const pct = (d, v) => {
  const one = Math.round(v * 10) / 10;
  return Math.abs(one - Math.round(v * 100) / 100) < 1e-9
    ? d.number(v, 0.011)
    : d.anyOf(d.number(v, 0.011), d.number(one, 0.011));
};
/** A difference said with 多/少 or signed: either sign. */
export const signed = (d, v, tol = 0.011) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));
/** A figure under both money readers; one expectation when they agree. */
export const overReaders = (d, f, tol) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, tol) : d.anyOf(d.number(a, tol), d.number(b, tol));
};
export const sumCol = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** 结余 / 还剩 / 没花完 of one form: 全年预算数 − 全年执行数. */
export const left = (r) => (money(r, 'annualBudget') ?? 0) - (money(r, 'executed') ?? 0);

/** The projects of `rs`, each listed once, or once per indicator row that qualifies (`n(r)` rows): an answer that
 * lists the qualifying rows, each with its project, names the same projects (added after the first run, see README). */
export const projectsOrRows = (rs, n) => ({
  kind: 'names',
  must: rs.map((r) => norm(r.projectName)),
  may: rs.flatMap((r) => Array(Math.max(0, n(r) - 1)).fill(norm(r.projectName))),
});
/** Forms tied for one place in a ranking: any one of them (or several of them) may be named, at least one. */
export const anyOne = (rs) => ({ kind: 'names', must: [], may: rs.map((r) => norm(r.projectName)), size: 1 });

/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it (as lib's
 * devMissing); such a reason counts as written. */
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
/** Rows scored below their weight with no 偏差原因 (per row). */
export const devMissingRows = (r) =>
  rows(r).filter(
    (i, k) =>
      i.weight != null && i.score != null && i.score < i.weight && blank(i.deviation) && !wrappedReason(r, k),
  );
/** A satisfaction row scored 0 (the record's satisfaction rows). */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
/** A satisfaction row written 未做 with its 得分 left empty (003-094, 003-135): 0 by SCORING §5, or no score. */
export const satNotDoneNoScore = (r) =>
  satRows(r).some(
    (i) => i.score == null && i.weight != null && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`),
  );
/** A satisfaction row scored below its weight. */
export const satBelow = (r) =>
  satRows(r).some((i) => i.weight != null && i.score != null && i.score < i.weight);
/** A row whose 偏差原因分析 reads 无. */
export const devNone = (r) => rows(r).some((i) => norm(i.deviation) === '无');
/** Σ 分值 of the satisfaction rows. */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** The 执行率 readings: stated, computed rounded to two decimals. */
export const RATES = [rate, rateComputed];

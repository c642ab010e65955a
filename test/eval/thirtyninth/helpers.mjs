// Helpers of the thirty-ninth part (helper "blind57"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-ninth part").
import {
  belowWeight,
  budgetScore,
  budgetWeight,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { conv, lostPts, O, PCT, shortRow, tallyBy } from '../lib/shorthands.mjs';

/** The offices by the place the askers name (every form names its place in 主管部门 or 实施单位, so a place selects its
 * office exactly): 潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
export const unitHas = (w) => (r) => norm(r.implementingUnit).includes(w);
export const deptHas = (w) => (r) => norm(r.department).includes(w);
/** 民生保障办公室 as 实施单位: as written (31 forms), or also 「民生保障办公室是」 (003-055): both pools are accepted. */
export const MS_STRICT = (r) => norm(r.implementingUnit) === '民生保障办公室';
export const MS = unitHas('民生保障办公室');
/** 城乡管理办公室 as 实施单位 (29 forms as written); 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read
 * as it. */
export const CX = unitHas('城乡管理办公室');
export const CX_MAYBE = ['003-054', '003-095'];
/** 党群工作办公室 in the 实施单位 (18 as written, 24 with the longer spellings); 「党群办」 (003-071) may be read as it. */
export const DQ_STRICT = (r) => norm(r.implementingUnit) === '党群工作办公室';
export const DQ = unitHas('党群工作办公室');
export const DQ_MAYBE = ['003-071'];

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
/** The sole owner named. */
export const owner = (name) => (r) => norm(r.owner) === name;
/** A fact about no single project (a person, an office, a year): every value given, no project list. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  all: true,
});
/** A percentage, accepted to one decimal (README: tolerance 0.051). */
export const pct = (d, v) => d.number(v, PCT);
/** One expectation per distinct figure (alternatives that coincide are kept once). */
export const alts = (d, list) => {
  const seen = new Set();
  const out = list.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
/** A figure over both readings of the 元-in-万元 cell (002-007): f(m) gets the money reader. */
export const readers = (d, f) => alts(d, [f(money), f(conv)]);
export const sumWith = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
export const ts = (r) => r.totalScore;
export const under100 = (r) => ts(r) != null && ts(r) < 100;
/** A stated 总分 that is neither budget 得分 + Σ 得分 nor Σ 得分 alone (± 0.1). */
export const neitherSum = (r) => {
  const s = rows(r).reduce((t, i) => t + (i.score ?? 0), 0);
  return (
    ts(r) != null &&
    budgetScore(r) != null &&
    Math.abs(ts(r) - budgetScore(r) - s) > 0.1 &&
    Math.abs(ts(r) - s) > 0.1
  );
};

/** 「没完成目标」 of a project reads three ways: an indicator row scored below its weight (belowWeight); a stated 总分
 * below 100 (budget points lost count too); or a row below its weight or a satisfaction row written 未做 whose 得分 is
 * left empty (003-094, 003-135). Counts and groups accept each reading. */
export const NOT_MET = [belowWeight, under100, (r) => belowWeight(r) || satNotDone(r)];
export const notMetCount = (d, rs) =>
  alts(
    d,
    NOT_MET.map((f) => d.count(rs.filter(f).length)),
  );
/** Per-group counts under each reading of 没完成目标; a group with none is left out, or listed with 0. */
export const notMetGroups = (d, rs, key) =>
  alts(
    d,
    NOT_MET.flatMap((f) => {
      const m = tallyBy(rs, key, (r) => (f(r) ? 1 : 0));
      const pos = Object.fromEntries(Object.entries(m).filter(([, v]) => v > 0));
      return [d.groups(pos), d.groups(m)];
    }),
  );
/** Groups of counts where each group may take any count in a range: one alternative per combination. */
export const groupRanges = (d, ranges) => {
  let combos = [{}];
  for (const [label, [lo, hi]] of Object.entries(ranges)) {
    const next = [];
    for (const c of combos) for (let v = lo; v <= hi; v++) next.push({ ...c, [label]: v });
    combos = next;
  }
  return alts(
    d,
    combos.flatMap((c) => [
      d.groups(Object.fromEntries(Object.entries(c).filter(([, v]) => v > 0))),
      d.groups(c),
    ]),
  );
};

/** 全年预算数 − 年初预算数 where both are written (调增 when positive). */
export const raise = (r) =>
  money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
    ? money(r, 'annualBudget') - money(r, 'initialBudget')
    : null;

/** The n-th form by key (1 = first); tied forms: any of them may be named, one must (size 1). */
export const nthOne = (d, rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  if (tied.length === 1) return d.set(tied);
  return { kind: 'names', must: [], may: tied.map((r) => norm(r.projectName)), size: 1 };
};

/** The satisfaction rows a pdf-text record misses but its text shows (satDoubt): 「服务对象满意度 … 5 0 未做」 on
 * 003-041, 003-139 and 003-142 (the record files them, with the 0, under 效益指标), 10 of 10 on 003-119. */
export const SAT_TEXT_NOT_DONE = ['003-041', '003-139', '003-142'];
/** A satisfaction row scored 0 with 未做 in its 实际完成值 or 偏差原因. */
export const satZeroNotDone = (r) =>
  satRows(r).some((i) => i.score === 0 && /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
/** Points lost on satisfaction rows of one form (stated 得分 below 分值). */
export const satLost = (r) => satRows(r).reduce((s, i) => s + lostPts(i), 0);
/** A satisfaction row scored below its weight (satLow of lib, restated here with the row test of the fifth batch). */
export const satShort = (r) => satRows(r).some(shortRow);
/** Rows of a form that pass a test. */
export const rowsWhere = (r, f) => rows(r).filter(f);

/** The budget row's 得分 against min(执行率, 1) × 分值, by the stated and by the computed rate (± 0.05). */
const budgetOffBy = (r, rt) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rt != null &&
  Math.abs(budgetScore(r) - Math.min(rt / 100, 1) * budgetWeight(r)) > 0.05;
export const budgetOffBoth = (r) => budgetOffBy(r, rate(r)) && budgetOffBy(r, rateComputed(r));
export const budgetOffEither = (r) =>
  budgetOffBy(r, rate(r)) ||
  budgetOffBy(r, rateComputed(r)) ||
  (budgetScore(r) ?? 0) > (budgetWeight(r) ?? 10);

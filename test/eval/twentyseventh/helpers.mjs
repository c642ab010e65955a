// Helpers of the twenty-seventh part (helper "blind44"): pools, readings and expectation shapes its question lines
// use, over ../lib only. Definitions: ../README.md ("The twenty-seventh part").
import {
  blank,
  budgetScore,
  budgetWeight,
  hasLevel1,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import { budgetRowDoubt, conv, F, O, PCT, shortRow, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them: every form of an office names its place in 主管部门 or 实施单位 (潞源 22, 双井 2,
 * 发改委 8, 大红门 128, 河门口 9), so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」, the same office). */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
/** 产业发展科 as 实施单位. */
export const CYK = (r) => norm(r.implementingUnit) === '产业发展科';
/** Sole owner as written (a cell naming two people belongs to neither alone; none of the owners asked about here
 * shares a cell). */
export const who = (name) => (r) => norm(r.owner) === name;

/** The form of an id (the question names the project; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

/** A fact about no single project: the reply says one of the values and lists no project. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
});
/** Several facts about no single project, all of them said (five names, three owners). */
export const saysAll = (...values) => ({ ...says(...values), all: true });

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元 and
 * tie in every ranking. `m` is the money reader (as written, or conv for the 元-in-万元 cell of 疏整促). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
/** A ranking by a money column under both readings of the 元-in-万元 cell (f gets the key). */
export const byMoney = (d, col, f) => {
  const a = f(m1(col, money));
  const b = f(m1(col, conv));
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** Per-street groups under the labels an answer may use (潞源 / 潞源街道 / 潞源街道办事处), or the figures said one by
 * one; `streets` names the groups expected (a street with nothing to report is left out). */
export const streetGroups = (d, fig, tol) => {
  const labelled = (suffix) =>
    d.groups(Object.fromEntries(Object.entries(fig).map(([k, v]) => [`${k}${suffix}`, v])), tol);
  return d.anyOf(labelled(''), labelled('街道'), labelled('街道办事处'));
};
export const STREET_POOLS = { 潞源: LY, 双井: SJ, 大红门: DHM, 河门口: HMK };

/** 「满意度没做」 counted: the three readings (no satisfaction row; a row that says 未做; either), each a range with the
 * doubtful records (satDoubt; satNoPoints for the readings about the row) counted or not; a reading that selects no
 * form of the pool for certain is left out. */
export const noSurveyCount = (d, pool = () => true) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  const alts = [];
  readings.forEach((f, k) => {
    const must = F(d, (r) => pool(r) && f(r)).length;
    const may = F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length;
    if (must > 0) alts.push(d.countRange(must, may));
  });
  return d.anyOf(...alts);
};
/** The same three readings as a share of the pool (a percentage, to one decimal). */
export const noSurveyShare = (d, pool = () => true) => {
  const n = F(d, pool).length;
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  const alts = [];
  readings.forEach((f, k) => {
    const must = F(d, (r) => pool(r) && f(r)).length;
    const may = F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length;
    if (must > 0) for (let c = must; c <= may; c++) alts.push(d.number((100 * c) / n, PCT));
  });
  return d.anyOf(...alts);
};

/** A satisfaction row scored 0. */
export const satZero = (r) => satRows(r).some((i) => i.weight != null && i.score === 0);
/** Σ 分值 of the satisfaction rows (the 满意度指标 block). */
export const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);

/** The rows themselves as the answer: a names expectation with the project's name once per matching row. */
export const rowList = (rs, f) => ({
  kind: 'names',
  must: rs.flatMap((r) =>
    rows(r)
      .filter(f)
      .map(() => norm(r.projectName)),
  ),
  may: [],
});

/** BUDGET_SCORE_MISMATCH with the rate the form states beside the score (the lib's budgetScoreOff takes the rate from
 * the amounts, as SCORING §2 does). */
export const budgetScoreOffStated = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rate(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;

/** 效益指标 by the template: a row whose 二级 is a 效益 kind (社会 / 经济 / 生态效益指标, 可持续影响指标) belongs to 效益指标
 * even when the form files it under 产出指标 or leaves the 一级 blank. */
export const benefitBy2 = (r) => rows(r).some((i) => /效益|可持续/.test(norm(i.level2)));
export const noBenefitAtAll = (r) => !hasLevel1(r, '效益') && !benefitBy2(r) && r._benefitInText !== true;

/** 年初预算数 and 全年预算数 both written; 全年 − 年初 (调增 when positive). */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
export const raise = (r) => (bothBudgets(r) ? money(r, 'annualBudget') - money(r, 'initialBudget') : null);

/** The first number written in a cell (full-width folded; thousands separators dropped). */
export const num = (s) => {
  const m = String(s ?? '')
    .normalize('NFKC')
    .replace(/,/g, '')
    .match(/\d+(?:\.\d+)?/);
  return m ? Number(m[0]) : null;
};
/** OVER_ACHIEVEMENT (SCORING §3, 实际完成值 / 年度指标值 ≥ 1.5) on a row whose 年度指标值 and 实际完成值 each hold exactly
 * one number and no date; the target is not a reverse one (≤, 不超过, 以内, 控制在). Such a reading of free text is a
 * heuristic: the rows are listed in the README section. */
export const overRow = (i) => {
  const t = String(i.target ?? '').normalize('NFKC');
  const a = String(i.actual ?? '').normalize('NFKC');
  const one = (s) => (s.replace(/,/g, '').match(/\d+(?:\.\d+)?/g) ?? []).length === 1;
  if (!one(t) || !one(a) || /年|月|日|≤|<|不超过|以内|控制在|不高于/.test(t + a)) return false;
  const T = num(t);
  const A = num(a);
  return T > 0 && A / T >= 1.5;
};

/** Share of a money column of a pool in the whole of another pool (a percentage), both readings of the 元-in-万元 cell. */
export const shareOf = (d, col, part, whole) => {
  const f = (m) => {
    const p = F(d, part).reduce((s, r) => s + (m(r, col) ?? 0), 0);
    const w = F(d, whole).reduce((s, r) => s + (m(r, col) ?? 0), 0);
    return (100 * p) / w;
  };
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, PCT) : d.anyOf(d.number(a, PCT), d.number(b, PCT));
};

/** Rows scored below their weight, by 一级指标 as written, or by the template's 一级 (a row whose 二级 is a 效益 kind
 * counted under 效益指标, a blank 一级 filled so); with `satText`, a row of a satDoubt form whose 二级 or name holds the
 * satisfaction label the pdf-text reading ran into it (003-041, 003-139, 003-142: 「… 满意度指标 服务对象满意度 … 5 0
 * 未做」 under 效益指标 in the record) is counted under 满意度指标, as the form's text shows it. */
export const shortBy1 = (d, template, satText = false) => {
  const m = {};
  for (const r of d.all)
    for (const i of rows(r)) {
      if (!shortRow(i)) continue;
      let k = norm(i.level1);
      if (template && /效益|可持续/.test(norm(i.level2))) k = '效益指标';
      if (satText && satDoubt(r) && /满意/.test(norm(i.level2) + norm(i.name))) k = '满意度指标';
      if (blank(k)) continue;
      m[k] = (m[k] ?? 0) + 1;
    }
  return m;
};

export { budgetRowDoubt, conv, rateComputed, ts };

// Helpers of the thirty-seventh part (helper "blind54"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-seventh part").
import {
  blank,
  budgetScore,
  budgetWeight,
  money,
  norm,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satLow,
  satRows,
} from '../lib/corpus.mjs';
import { conv, O, ownAny, phoneNumbers, shortRow } from '../lib/shorthands.mjs';

/** The offices as the askers name them (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const STREET_POOLS = { 潞源: LY, 双井: SJ, 大红门: DHM, 河门口: HMK };

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

/** The sole owner named (a cell naming two people is not a sole owner). */
export const owner = (name) => (r) => norm(r.owner) === name;
export { ownAny };
/** The people of an owner cell (「赵路广、孟卓聪」 names two). */
export const people = (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .filter(Boolean);
/** A phone cell holds this number (a cell may hold two). */
export const hasPhone = (p) => (r) => phoneNumbers(r).includes(p);

/** A fact about no single project (a person, a phone number, a street): the reply must say every value and list no
 * project (grade.mjs `value` with a project no form has). */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  ...(values.length > 1 ? { all: true } : {}),
});

/** Per person, the forms they are owner of: sole owner only (`sole`), or a shared cell counted for each (`any`). */
export const projectsPerPerson = (all, mode) => {
  const m = new Map();
  for (const r of all) {
    const ps = people(r);
    if (mode === 'sole' && ps.length !== 1) continue;
    for (const p of ps) m.set(p, [...(m.get(p) ?? []), r]);
  }
  return m;
};

/** 主管部门 and 实施单位 look swapped: a 大红门 form whose 实施单位 is the 街道办事处 itself while its 主管部门 names one of
 * its offices (便民服务中心, 社区建设办公室, 综合办公室). 法律顾问 (主管部门 「办公室」, 实施单位 「通州区发改委」) may be
 * read the same way: optional. */
export const swapped = (r) =>
  /街道办事处$/.test(norm(r.implementingUnit)) &&
  !/街道办事处$/.test(norm(r.department)) &&
  !/委员会$/.test(norm(r.department));
export const SWAP_MAYBE = ['002-001'];

/** A phone number's digits are neither 8 (a landline without area code) nor 11 (a mobile, or a landline with 010). */
export const phoneOdd = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);

/** Row tests. */
export const l2 =
  (...ws) =>
  (i) =>
    ws.some((w) => norm(i.level2).includes(w));
export const isSat = (i) => norm(i.level1).includes('满意度');
/** 成本指标 as 二级 (产出指标 / 成本指标) or as 一级 (the 潞源 forms that write 成本指标 / 经济成本指标). */
export const isCost = (i) => norm(i.level2).includes('成本') || norm(i.level1).includes('成本');
/** A target and an actual that differ only by an operator or a word of degree (≥5450㎡ / 5450㎡, ≤43人 / 43人,
 * 满意度达90% / 90%) are not read as different by everyone: such rows are optional. */
const bare = (s) => norm(s).replace(/[≥≤><=＞＜]|不少于|不低于|不超过|以上|以下|以内|力争达到|达到|达/g, '');
export const differsPlain = (i) => !blank(i.target) && !blank(i.actual) && norm(i.target) !== norm(i.actual);
export const differsReal = (i) => differsPlain(i) && bare(i.target) !== bare(i.actual);

/** A row scored below its weight with no 偏差原因: as the lib (a reason wrapped into the next row counts), or loose (any
 * empty reason cell counts). */
export const devBlankLoose = (r) => rows(r).some((i) => shortRow(i) && blank(i.deviation));

/** The budget row's 得分 against the rate: by the amounts (lib `budgetScoreOff`) or by the form's stated 执行率. */
const scoreFor = (r, rt) => Math.min(rt / 100, 1) * budgetWeight(r);
export const budgetOffBy = (r, rt) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rt != null &&
  Math.abs(budgetScore(r) - scoreFor(r, rt)) > 0.05;
export const budgetOffComputed = (r) => budgetOffBy(r, rateComputed(r));
export const budgetOffStated = (r) => budgetOffBy(r, rate(r));

/** 还剩多少没花 of a form under a money reader. */
export const left = (m) => (r) => (m(r, 'annualBudget') ?? 0) - (m(r, 'executed') ?? 0);
export const READERS = [money, conv];

/** The figure under every pool given (ambiguous membership): one number, or any of them. */
export const anyNumber = (d, values, tol) => {
  const vs = [...new Set(values.map((v) => Math.round(v * 1e6) / 1e6))];
  return vs.length === 1 ? d.number(vs[0], tol) : d.anyOf(...vs.map((v) => d.number(v, tol)));
};

/** A pdf-text row whose name carries the label of another 二级指标 (「—————时效指标」 under 质量, 「155成本指标成本指标」
 * under 时效, 「万元标效益指标经济效益指标…」 under 成本): the heuristic reading filed it one row off, so a count or sum of
 * its 二级 may take it or leave it. */
const LABELS = ['数量', '质量', '时效', '成本', '经济效益', '社会效益', '生态', '可持续', '满意度'];
export const misfiled = (i) => {
  const own = LABELS.filter((w) => norm(i.level2).includes(w));
  return LABELS.some((w) => !own.includes(w) && norm(i.name).includes(`${w}指标`));
};

/** The satisfaction rows of the four satDoubt forms as their text shows them (the record has none; lib
 * `markSatisfactionInText` finds them): 「… 5 0 未做」 on three, 「居民满意度 超过 95% 达到目标 10 10」 on one. */
export const SAT_IN_TEXT = {
  '003-041': { weight: 5, score: 0 },
  '003-119': { weight: 10, score: 10 },
  '003-139': { weight: 5, score: 0 },
  '003-142': { weight: 5, score: 0 },
};
const textSat = (r) => (satDoubt(r) ? SAT_IN_TEXT[r.id] : null);
/** A satisfaction row scored below its weight, in the record or in the text of a satDoubt form. */
export const satLowText = (r) => satLow(r) || (textSat(r) != null && textSat(r).score < textSat(r).weight);
/** A satisfaction row scored 0, in the record or in the text of a satDoubt form. */
export const sat0Text = (r) => satRows(r).some((i) => i.score === 0) || textSat(r)?.score === 0;

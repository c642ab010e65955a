// Helpers of the thirty-eighth part (helper "blind56"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The thirty-eighth part").
import {
  blank,
  budgetScore,
  budgetWeight,
  money,
  norm,
  noSat,
  office,
  rate,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (every form names its place in 主管部门 or 实施单位): 潞源 000, 双井 001,
 * 发改委 002, 大红门 003, 河门口 004. */
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
export const pick = (d, ...list) => list.map((id) => R(d, id));

/** A fact about no single project (a street, an office): every value said, and no project list. */
export const says = (...values) => ({
  kind: 'value',
  project: '',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  all: true,
});

/** A figure accepted to two decimals or rounded to one decimal (97.67 or 97.7). */
export const oneDec = (d, v) => {
  const one = Math.round(v * 10) / 10;
  return Math.abs(one - Math.round(v * 100) / 100) < 1e-9
    ? d.number(v, 0.011)
    : d.anyOf(d.number(v, 0.011), d.number(one, 0.011));
};
/** A difference said with 多/少 or signed: either sign, to two decimals or one. */
export const signed = (d, v) => (Math.abs(v) < 1e-9 ? d.number(0) : d.anyOf(oneDec(d, v), oneDec(d, -v)));

/** The 执行率 computed in full precision (全年执行数 / 全年预算数 × 100). */
export const rateFull = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  return a && x != null ? (100 * x) / a : null;
};
/** A group's own 执行率: Σ 全年执行数 / Σ 全年预算数 × 100. */
export const groupRate = (rs, m = money) =>
  (100 * rs.reduce((s, r) => s + (m(r, 'executed') ?? 0), 0)) /
  rs.reduce((s, r) => s + (m(r, 'annualBudget') ?? 0), 0);

/** The budget row's 得分 against min(rate, 1) × 分值 for a given rate (± 0.05). */
export const budgetScoreOffBy = (r, rt) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rt != null &&
  Math.abs(budgetScore(r) - Math.min(rt / 100, 1) * budgetWeight(r)) > 0.05;
/** 预算执行得分与执行率不符: off by the stated and by the computed rate (must), or by one of them, or a budget row whose
 * five values may be read two ways (平安建设经费: optional). */
export const bsMust = (r) => budgetScoreOffBy(r, rate(r)) && budgetScoreOffBy(r, rateFull(r));
export const bsMay = (r) =>
  budgetScoreOffBy(r, rate(r)) ||
  budgetScoreOffBy(r, rateFull(r)) ||
  (r.format === 'pdf-text' && rate(r) == null && /[%％]/.test(r.funds?.total?.score?.raw ?? ''));

/** The street groups (the four street offices; 发改委 is not a street) under the labels an answer may use. */
const STREETS = [
  ['000', '潞源', '潞源街道', '潞源街道办事处', '北京市通州区潞源街道办事处'],
  ['001', '双井', '双井街道', '双井街道办事处', '双井街道办事处'],
  ['003', '大红门', '大红门街道', '大红门街道办事处', '大红门街道办事处'],
  ['004', '河门口', '河门口街道', '河门口街道办事处', '攀枝花市西区河门口街道办事处'],
];
/** A figure per street, f(forms of that street): one alternative per labelling. */
export const streetGroups = (d, f, tol = 0.011) =>
  d.anyOf(
    ...[1, 2, 3, 4].map((k) =>
      d.groups(
        Object.fromEntries(STREETS.map((s) => [s[k], f(d.all.filter((r) => office(r) === s[0]))])),
        tol,
      ),
    ),
  );

/** 主管部门 as written, or with the long and the short name of one office taken as one (北京市通州区发展和改革委员会 =
 * 通州区发展和改革委员会; 北京市丰台区人民政府大红门街道办事处 = 大红门街道办事处). */
const MERGE = {
  北京市通州区发展和改革委员会: '通州区发展和改革委员会',
  北京市丰台区人民政府大红门街道办事处: '大红门街道办事处',
};
export const DEPT_KEYS = [(r) => norm(r.department), (r) => MERGE[norm(r.department)] ?? norm(r.department)];
/** Forms per key, then f(forms) per group (groups where f gives null are left out). */
export const byKey = (rs, key) => {
  const m = new Map();
  for (const r of rs) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(r);
  }
  return m;
};
export const deptGroups = (d, f, rs = d.all) =>
  d.anyOf(
    ...DEPT_KEYS.map((key) => {
      const out = {};
      for (const [k, g] of byKey(rs, key)) {
        const v = f(g);
        if (v != null) out[k] = v;
      }
      return d.groups(out);
    }),
  );
/** Per 主管部门 the form(s) best by key (ties: any of them), under both labellings and both money readings. */
export const deptBest = (d, keyOf, dir) => {
  const alts = [];
  for (const key of DEPT_KEYS)
    for (const m of [money, conv]) {
      const must = [];
      const may = [];
      for (const [, g] of byKey(d.all, key)) {
        const vs = g.filter((r) => keyOf(m)(r) != null);
        if (!vs.length) continue;
        const ks = vs.map(keyOf(m));
        const best = dir === 'asc' ? Math.min(...ks) : Math.max(...ks);
        const tied = vs.filter((r) => keyOf(m)(r) === best);
        if (tied.length === 1) must.push(tied[0]);
        else may.push(...tied);
      }
      alts.push(d.setTol(must, may));
    }
  return d.anyOf(...alts);
};

/** Median of numbers (the mean of the two middle ones for an even count). */
export const median = (vs) => {
  const s = [...vs].sort((a, b) => a - b);
  const k = Math.floor(s.length / 2);
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};

/** Amounts in 万 written in a 成本指标 row's 年度指标值 (「5.1万」, 「不超预算数5.72万元」), in 万元. */
export const costTargets = (r) =>
  rows(r)
    .filter((i) => norm(i.level2).includes('成本'))
    .flatMap((i) => [...norm(i.target).matchAll(/(\d+(?:\.\d+)?)万/g)].map((m) => Number(m[1])));
/** A 成本指标 amount that is not the 全年预算数 (by more than 50 元). */
export const costMismatch = (r) => {
  const a = money(r, 'annualBudget');
  return a != null && costTargets(r).some((v) => Math.abs(v - a) > 0.005);
};

/** 满意度没做 read three ways (no satisfaction row; a row that says 未做; either), as ../lib's noSurvey; the count of
 * each reading over a pool, a doubtful record (satDoubt), and outside the 未做 reading a form whose satisfaction rows
 * carry no points, counted or not. */
export const noSurveyCount = (d, pool) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  return d.anyOf(
    ...readings.map((f, k) =>
      d.countRange(
        d.all.filter((r) => pool(r) && f(r)).length,
        d.all.filter((r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))).length,
      ),
    ),
  );
};

/** A request to change, fill in or forge data: a refusal (the product answers questions; it changes a form only while
 * that form is being filled in a conversation, never on a portfolio request). Right when the reply says it cannot, or
 * did not understand; an echo of a write (已将「…」改为 …) is none of these. */
export const noChange = (d) =>
  d.anyOf(
    d.refuse('无法'),
    d.refuse('不能'),
    d.refuse('不支持'),
    d.refuse('不可以'),
    d.refuse('只能'),
    d.refuse('不允许'),
    d.refuse('没有权限'),
  );

/** Satisfaction 分值 of a form (Σ over its satisfaction rows). */
export const satWeight = (r) =>
  rows(r)
    .filter((i) => norm(i.level1).includes('满意度'))
    .reduce((s, i) => s + (i.weight ?? 0), 0);
export { blank };

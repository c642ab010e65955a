// Helpers of the fifty-seventh part (helper "blind75"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-seventh part").
import { budgetScore, budgetWeight, inUnit, money, norm } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The publishing offices: 潞源 (000), 双井 (001), 通州区发改委 (002), 大红门 (003), 河门口 (004). Every form names its
 * place in 主管部门 or 实施单位, so a street or bureau selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const Y2020 = (r) => r.year === 2020;
export const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));

/** The form of an id (a line names the project by its words in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** The 大红门 科室 as the evaluator (B) names them: the forms whose 主管部门 or 实施单位 contains the office's name must
 * count; a form that names the office only in short together with another (城乡办、平安办, 003-095) or a sister office
 * (城乡建设办公室, 003-054, for 城乡管理办公室) may count. A figure over such an office takes either pool. */
const OFFICES = {
  城乡管理办公室: ['003-054', '003-095'],
  平安建设办公室: ['003-095'],
  民生保障办公室: [],
  便民服务中心: [],
  社区建设办公室: [],
  综合办公室: [],
};
export const office = (d, name) => {
  if (!(name in OFFICES)) throw new Error(`no office ${name}`);
  const must = d.all.filter((r) => inUnit(r, name));
  const wide = d.all.filter((r) => inUnit(r, name) || OFFICES[name].includes(r.id));
  return { must, wide, pools: must.length === wide.length ? [must] : [must, wide] };
};
/** One expectation per pool of an office (a single one when both pools are the same). */
export const overPools = (d, name, f) => {
  const { pools } = office(d, name);
  return pools.length === 1 ? f(pools[0]) : d.anyOf(...pools.map(f));
};
/** A list over an office filtered by a test: the must pool's forms must be listed, the wide pool's may. */
export const officeSet = (d, name, test = () => true) => {
  const { must, wide } = office(d, name);
  return d.setTol(must.filter(test), wide.filter(test));
};

/** Both readings of the 元-in-万元 cell (002-007 writes 1,863,180 in the 万元 column): as written, or converted. */
export const READERS = [money, conv];
export const sumBy = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** A set of numbers as alternatives (deduplicated). */
export const numbers = (d, vals, tol) => {
  const seen = [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))];
  return seen.length === 1 ? d.number(seen[0], tol) : d.anyOf(...seen.map((v) => d.number(v, tol)));
};
/** A difference (差额 / 调了多少): signed or as its magnitude. */
export const gaps = (d, vals, tol) =>
  numbers(
    d,
    vals.flatMap((v) => [v, -v]),
    tol,
  );
/** A percentage (one decimal is enough). */
export const PCT = 0.051;
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });
/** A phone number given as the answer: in the text, or in a 电话 column of the listed projects. */
export const phoneOf = (d, rs) =>
  d.anyOf(
    ...[...new Set(rs.map((r) => norm(r.phone)))].map((p) => ({ kind: 'number', value: Number(p), tol: 0 })),
    {
      kind: 'column',
      label: '电话',
      values: Object.fromEntries(rs.map((r) => [norm(r.projectName), r.phone ?? ''])),
    },
  );

/** 预算执行得分与执行率不符 under one reading of the rate: the budget 得分 against min(rate, 100 %) × 分值 (± 0.05). */
export const budgetOffBy = (rf) => (r) => {
  const s = budgetScore(r);
  const w = budgetWeight(r);
  if (s == null || w == null) return false;
  const v = rf(r);
  if (v == null) return s > w;
  return Math.abs(s - (Math.min(v, 100) / 100) * w) > 0.05;
};

/** Labels a reply may give a street or bureau in a per-group table. */
export const LABELS = {
  潞源: ['潞源', '潞源街道', '潞源街道办事处', '北京市通州区潞源街道办事处', '通州区潞源街道办事处'],
  双井: ['双井', '双井街道', '双井街道办事处'],
  大红门: [
    '大红门',
    '大红门街道',
    '大红门街道办事处',
    '北京市丰台区人民政府大红门街道办事处',
    '丰台区大红门街道办事处',
  ],
  河门口: ['河门口', '河门口街道', '河门口街道办事处', '攀枝花市西区河门口街道办事处', '河门口街办'],
  发改委: [
    '发改委',
    '通州区发改委',
    '区发改委',
    '发展和改革委员会',
    '通州区发展和改革委员会',
    '北京市通州区发展和改革委员会',
  ],
};
/** Groups whose labels and figures each have alternatives: every combination (labels from LABELS or given). */
export const groupsAlt = (d, choices, tol) => {
  let combos = [[]];
  for (const [key, vals] of Object.entries(choices)) {
    const labels = LABELS[key] ?? [key];
    combos = combos.flatMap((c) =>
      labels.flatMap((l) =>
        [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))].map((v) => [...c, [l, v]]),
      ),
    );
  }
  const alts = combos.map((c) => d.groups(Object.fromEntries(c), tol));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** Groups whose labels are figures (总分 98 / 98分): both labellings. */
export const scoreGroups = (d, map) => {
  let combos = [[]];
  for (const [k, v] of Object.entries(map))
    combos = combos.flatMap((c) => [`${k}`, `${k}分`].map((l) => [...c, [l, v]]));
  return d.anyOf(...combos.map((c) => d.groups(Object.fromEntries(c))));
};
/** A money key rounded to two decimals (3457.171733 and 3457.17173 read the same as a reply shows them). */
export const round2 = (f) => (r) => (f(r) == null ? null : Math.round(f(r) * 100) / 100);

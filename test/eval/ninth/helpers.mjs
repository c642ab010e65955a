// Helpers of the ninth part (helper "blind26"): pools and expectation shapes its question lines use, over ../lib only
// (the records of ../../../shared/corpus/records; never the product). Definitions: ../README.md ("The ninth part").
import { inUnit, money, norm, rate, rateComputed } from '../lib/corpus.mjs';
import { conv, F, PCT } from '../lib/shorthands.mjs';

/** A form by its record id (the ids of ../../../shared/corpus/records). */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const recs = (d, ...ids) => ids.map((id) => rec(d, id));

// Places. Every form of each publishing office names its place in 主管部门 or 实施单位 and no form of another office
// does (checked: 22 潞源, 2 双井, 8 发改委 — 002-001 only as 「通州区发改委」, the others as 「…发展和改革委员会」 —,
// 128 大红门, 9 河门口), so a place term selects its office exactly and no form is optional.
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
/** The four street offices (各街道: 发改委 is not a street). */
export const STREETS = [
  ['潞源', LU, '北京市通州区潞源街道办事处'],
  ['双井', SJ, '双井街道办事处'],
  ['大红门', DHM, '大红门街道办事处'],
  ['河门口', HMK, '攀枝花市西区河门口街道办事处'],
];
/** Per-street figures as a groups table: one labelling for all four rows — the short name (潞源), with 街道 or
 * 街道办事处, or the office's full name as its forms write it. f(rs) gives the figure of a street's forms. */
export const streetGroups = (d, f, tol) => {
  const labelings = [([s]) => s, ([s]) => `${s}街道`, ([s]) => `${s}街道办事处`, ([, , full]) => full];
  return d.anyOf(
    ...labelings.map((lab) =>
      d.groups(Object.fromEntries(STREETS.map((st) => [lab(st), f(F(d, st[1]))])), tol),
    ),
  );
};

/** Owner as written, one person (a cell that names two people is not theirs alone). */
export const own = (name) => (r) => norm(r.owner) === name;

/** A person asked about (whose number is this, who has most forms): the reply names the person without listing other
 * projects, or lists the forms with a 负责人 column that holds the person. */
export const says = (d, text, rs) =>
  d.anyOf(...rs.map((r) => d.value(r, text)), {
    kind: 'allOf',
    parts: [
      d.set(rs),
      {
        kind: 'column',
        label: '负责人',
        values: Object.fromEntries(rs.map((r) => [norm(r.projectName), String(r.owner ?? '')])),
      },
    ],
  });

/** Top n by 全年预算 with amounts compared to 1 元 (003-007's 3457.171733 and 003-022's 3457.17173 differ by 0.03 元
 * and tie: either order, either one at a cut), under both readings of the 元-in-万元 cell. */
export const topBudget = (d, rs, n, dir) => {
  const m1 = (m) => (r) =>
    m(r, 'annualBudget') == null ? null : Math.round(m(r, 'annualBudget') * 10000) / 10000;
  return d.anyOf(d.top(rs, m1(money), n, dir), d.top(rs, m1(conv), n, dir));
};
/** An amount asked in 元: the 万元 figure × 10 000, within 1 元, under both readings of the 元-in-万元 cell. */
export const yuanBoth = (d, f) => {
  const a = f(money) * 10000;
  const b = f(conv) * 10000;
  return Math.abs(a - b) < 1e-6 ? d.number(a, 1) : d.anyOf(d.number(a, 1), d.number(b, 1));
};
/** 亿元 within 0.005 (two decimals as said), or the 万元 sum, under both readings of the 元-in-万元 cell. */
export const yiBoth = (d, f) => {
  const alts = [];
  for (const m of [money, conv]) {
    const w = f(m);
    alts.push({ kind: 'number', value: w / 10000, tol: 0.005 }, d.number(w));
  }
  return d.anyOf(...alts);
};
/** A share in percent, to one decimal. */
export const share = (d, part, whole) => d.number((100 * part) / whole, PCT);
/** The mean of the forms' 执行率, by one reader: the stated rate or the computed one (forms without one left out). */
export const meanRate = (d, rs) => d.anyOf(d.avg(rs, rate), d.avg(rs, rateComputed));
/** The mean 执行率 also as the group's own rate (Σ 执行 ÷ Σ 预算), which CHAT.md gives for a group of projects. */
export const groupRate = (d, rs) => {
  const a = rs.reduce((s, r) => s + (money(r, 'annualBudget') ?? 0), 0);
  const x = rs.reduce((s, r) => s + (money(r, 'executed') ?? 0), 0);
  return d.number((100 * x) / a, PCT);
};

// Helpers of the fifty-first part (helper "blind69"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-first part").
import { money, norm, rate, rateComputed, rows, satRows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices: every form names its place in 主管部门 or 实施单位, so a place selects its office exactly (潞源 000,
 * 双井 001, 发改委 002, 大红门 003, 河门口 004). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const not = (f) => (r) => !f(r);

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

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
/** The 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数 (rounded to two decimals). */
export const RATES = [rate, rateComputed];
/** One expectation per reading, built by f(reading); a single one when they agree. */
export const over = (d, readings, f) => {
  const seen = new Set();
  const out = readings.map(f).filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};
/** An amount asked without a unit: in 万元, or in 元 (within half a 元). */
export const wanOrYuan = (d, v, tol = 0.01) => d.anyOf(d.number(v, tol), d.number(v * 10000, 0.5));
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });
/** A difference said as 多/少/差: signed or as its magnitude. */
export const gap = (d, v, tol = 0.01) =>
  Math.abs(v) < 1e-9 ? d.number(0, tol) : d.anyOf(d.number(v, tol), d.number(-v, tol));

/** Both 年初 and 全年 written. */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
/** A row scored below its weight. */
export const shortRow = (i) => i.weight != null && i.score != null && i.score < i.weight;
/** A row scored below its weight with an empty 偏差原因. */
export const shortNoReason = (i) => shortRow(i) && norm(i.deviation) === '';
/** A row that says the satisfaction survey was not done (未做), wherever the pdf-text reading filed it. */
export const saysNotDone = (i) => /未做|未开展|未进行/.test(`${i.actual ?? ''}${i.deviation ?? ''}`);
/** A doubtful pdf-text record whose 未做 satisfaction row was filed under 效益指标. */
export const notDoneElsewhere = (r) =>
  satRows(r).length === 0 && rows(r).some((i) => saysNotDone(i) && !norm(i.level1).includes('满意度'));
/** Points lost on the indicator rows (Σ 分值 − 得分 over the rows scored below their weight). */
export const lost = (r) => rows(r).reduce((s, i) => s + (shortRow(i) ? i.weight - i.score : 0), 0);

/** The four street offices as the groups of a per-street tally; labels as a reply may give them (short, with 街道,
 * with 街道办事处, or as the 主管部门 writes them). The 发改委 is not a street. */
export const STREET_LABELS = [
  { '000': '潞源', '001': '双井', '003': '大红门', '004': '河门口' },
  { '000': '潞源街道', '001': '双井街道', '003': '大红门街道', '004': '河门口街道' },
  { '000': '潞源街道办事处', '001': '双井街道办事处', '003': '大红门街道办事处', '004': '河门口街道办事处' },
  {
    '000': '北京市通州区潞源街道办事处',
    '001': '双井街道办事处',
    '003': '大红门街道办事处',
    '004': '攀枝花市西区河门口街道办事处',
  },
];
/** A per-street figure f(forms of the street) under every label style. */
export const perStreet = (d, f, tol = 0.01) =>
  d.anyOf(
    ...STREET_LABELS.map((labels) =>
      d.groups(
        Object.fromEntries(Object.entries(labels).map(([code, label]) => [label, f(d.all.filter(O(code)))])),
        tol,
      ),
    ),
  );

/** An answer that says there is none, in words (no project listed): a `value` about no project whose text must hold
 * one of the phrases. Used where an empty list alone would also pass a reply that answered something else (a prompt
 * of the form filling, 「「那电话」不像是人名」). */
export const saysNone = (_d, ...phrases) => ({
  kind: 'value',
  project: '（无）',
  values: phrases.length
    ? phrases
    : [
        '没有符合',
        '都没有填',
        '都没填',
        '均未填',
        '都未填',
        '全部未填',
        '没有填了',
        '没有项目',
        '一个都没有',
        '0个',
        '0项',
      ],
});

// Helpers of the fifty-sixth part (helper "blind74"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-sixth part").
import { inUnit, money, norm, rows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices (every form names its place in 主管部门 or 实施单位). */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const Y2020 = (r) => r.year === 2020;
export const Y2023 = (r) => r.year === 2023;

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
export const nameHas =
  (...ws) =>
  (r) =>
    ws.every((w) => norm(r.projectName).includes(norm(w)));

/** 城乡管理办公室 (asker B's office, also said 城乡办 / 城乡管理办): the forms whose 主管部门 or 实施单位 names it must
 * count; 003-054 (城乡建设办公室, a sister name, 赵康's form) and 003-095 (「城乡办、平安办」, two offices) may.
 * `pools` are the two readings; a figure over the office takes either. */
export const CX_EXTRA = ['003-054', '003-095'];
export const cxPools = (d) => {
  const must = d.all.filter((r) => inUnit(r, '城乡管理办公室'));
  const wide = d.all.filter((r) => inUnit(r, '城乡管理办公室') || CX_EXTRA.includes(r.id));
  return { must, wide, pools: [must, wide] };
};
/** One expectation per pool of 城乡管理办公室 (a single one when they agree). */
export const overCx = (d, f) => {
  const alts = cxPools(d).pools.map(f);
  const seen = new Set();
  const out = alts.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};

/** 发改委 (asker C's own bureau): every 002 form names it (通州区发改委 / 发展和改革委员会 / 区发改委). */
export const fgPool = (d) => d.all.filter((r) => inUnit(r, '发展和改革委员会', '发改委'));

/** Both readings of the 元-in-万元 cell (002-007): the money reader as written, or converted. */
export const READERS = [money, conv];
export const sumBy = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
/** A set of numbers as alternatives (deduplicated). */
export const numbers = (d, vals, tol) => {
  const seen = [...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))];
  return seen.length === 1 ? d.number(seen[0], tol) : d.anyOf(...seen.map((v) => d.number(v, tol)));
};
/** A difference said with 相差 / 差多少: signed or as its magnitude. */
export const gaps = (d, vals, tol) =>
  numbers(
    d,
    vals.flatMap((v) => [v, -v]),
    tol,
  );
/** A percentage (one decimal is enough). */
export const PCT = 0.051;
export const pct = (d, part, whole) => d.number((100 * part) / whole, PCT);
/** An amount asked in 元 (within 1 元, README). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 1 });
/** An amount asked in 亿元 (to two decimals), or given in 万元. */
export const yiOrWan = (d, v) => d.anyOf({ kind: 'number', value: v / 10000, tol: 0.005 }, d.number(v));

/** The street offices as a reply may label them: the short name, with 街道 / 街道办事处, or as the 主管部门 writes it. */
export const STREET_LABELS = {
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
};
/** Groups per street under every labelling of each street (the grader matches labels exactly). */
export const streetGroups = (d, values, tol) => {
  let combos = [[]];
  for (const s of Object.keys(values))
    combos = combos.flatMap((c) => STREET_LABELS[s].map((l) => [...c, [l, values[s]]]));
  const alts = combos.map((c) => d.groups(Object.fromEntries(c), tol));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** The digits of each number of a phone cell. */
export const phoneDigits = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);
/** A phone cell with a number of neither 8 nor 11 digits. */
export const phoneOdd = (r) => phoneDigits(r).some((p) => p.length !== 8 && p.length !== 11);
/** A cell holding two numbers (003-095): may be listed by a phone question. */
export const phoneTwo = (r) => phoneDigits(r).length > 1;
/** 总分 equal neither to budget 得分 + Σ 得分 nor to Σ 得分 alone (± 0.1): a mismatch under every reading of 明细. */
export const totalNeither = (r) => {
  const t = r.totalScore;
  const b = r.funds?.total?.score?.value;
  if (t == null || b == null) return false;
  const s = rows(r).reduce((a, i) => a + (i.score ?? 0), 0);
  return Math.abs(t - b - s) > 0.1 && Math.abs(t - s) > 0.1;
};

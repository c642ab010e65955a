// Helpers of the eighth part (helper "blind25"): pools, problem tests and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The eighth part").
import { blank, inUnit, money, norm, rate, rateComputed, rows, satDoubt } from '../lib/corpus.mjs';
import { conv, exact, F, O, own, PCT, phoneNumbers, shortRow, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (checked:
 * 潞源 22, 双井 2, 大红门 128, 河门口 9, 发改委 8 as 「发展和改革委员会」 or 「发改委」), so a place selects its office
 * exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const y = (n) => (r) => r.year === n;

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元, a
 * difference no reader of a ranking can see; rankings by money compare amounts so rounded (the two tie). `m` is the money
 * reader (as written, or conv for the 元-in-万元 cell of 疏整促). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** A ranking by a money column under both readings of the 元-in-万元 cell (one expectation when they agree). */
export const topM = (d, pool, col, n, dir = 'desc') => {
  const rs = F(d, pool);
  const a = d.top(rs, m1(col), n, dir);
  const b = d.top(rs, m1(col, conv), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** The n-th form of a pool by a money column, both readings; a form tied with it may be the answer instead. */
export const nthM = (d, pool, col, n, dir = 'desc') => {
  const alt = (m) => {
    const key = m1(col, m);
    const vs = F(d, (r) => pool(r) && key(r) != null).sort((a, b) =>
      dir === 'asc' ? key(a) - key(b) : key(b) - key(a),
    );
    const k = key(vs[n - 1]);
    const tied = vs.filter((r) => key(r) === k);
    return tied.length === 1 ? d.set(tied) : d.setTol([], tied);
  };
  return d.anyOf(alt(money), alt(conv));
};

/** A sum of a money column over a pool, both readings of the 元-in-万元 cell, in 万元 (tolerance 0.011). */
export const sumM = (d, pool, col) => d.sumMoney(F(d, pool), col);

/** The same sum said in 元 (within 1 元), both readings. */
export const sumYuan = (d, pool, col) => {
  const rs = F(d, pool);
  const a = rs.reduce((s, r) => s + (money(r, col) ?? 0), 0) * 10000;
  const b = rs.reduce((s, r) => s + (conv(r, col) ?? 0), 0) * 10000;
  return Math.abs(a - b) < 1e-6 ? exact(a, 1) : { kind: 'anyOf', alts: [exact(a, 1), exact(b, 1)] };
};

/** 多少亿元: 亿元 within 0.005, or the sum in 万元; both readings of the 元-in-万元 cell. */
export const yi = (d, pool, col) => {
  const rs = F(d, pool);
  const alts = [money, conv].flatMap((m) => {
    const s = rs.reduce((t, r) => t + (m(r, col) ?? 0), 0);
    return [exact(s / 10000, 0.005), d.number(s)];
  });
  return d.anyOf(...alts);
};

/** An amount of one form in 元 (within 1 元). */
export const yuanOf = (v) => exact(v * 10000, 1);

/** A difference "A 较 B 多/少", signed or as its magnitude, both readings (f gets the money reader, returns A − B). */
export const gap = (d, f) => {
  const vals = [
    ...new Set([f(money), f(conv)].flatMap((v) => [v, -v]).map((v) => Math.round(v * 1e6) / 1e6)),
  ];
  return vals.length === 1 ? d.number(vals[0]) : d.anyOf(...vals.map((v) => d.number(v)));
};

/** 结余 / 未执行 = 全年预算数 − 全年执行数. */
export const leftOver = (r, m = money) =>
  m(r, 'annualBudget') == null ? null : m(r, 'annualBudget') - (m(r, 'executed') ?? 0);

/** 调减 = 年初预算数 − 全年预算数, of the forms that fill both (003-082 writes 年初 0: filled). */
export const cut = (r) =>
  money(r, 'initialBudget') == null || money(r, 'annualBudget') == null
    ? null
    : Math.round((money(r, 'initialBudget') - money(r, 'annualBudget')) * 1e6) / 1e6;

/** 执行率 questions: the stated rate or the one the amounts give (README); `rateR` is a reader of either. */
export const RATES = [rate, rateComputed];
/** A ranking by 执行率 under either reading (all of the answer by one reading). */
export const topRate = (d, pool, n, dir) => d.anyOf(...RATES.map((f) => d.top(F(d, pool), f, n, dir)));

/** A share in percent (tolerance 0.051) of two figures, each given as a list of readings. */
export const share = (nums, dens) => {
  const alts = [];
  for (const a of nums) for (const b of dens) alts.push(exact((100 * a) / b, PCT));
  return alts.length === 1 ? alts[0] : { kind: 'anyOf', alts };
};

/** 电话位数不对（不是8位）: a number of the cell whose digits are neither 8 nor 11 is required (the two 9-digit cells);
 * a cell with two numbers (003-095) and a blank cell (the 004 forms have no phone row) are optional. */
export const phoneLenOff = (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11);
export const phoneLenMay = (r) => phoneLenOff(r) || phoneNumbers(r).length !== 1;

/** A full-score row with a 偏差原因: a reason other than a bare 「无」 required, a bare 「无」 optional. */
export const devOnFullRows = (r, real) =>
  rows(r).filter(
    (i) =>
      i.weight != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!real || norm(i.deviation) !== '无'),
  );

/** A pdf-text row scored below its weight whose 偏差原因 the record lost: the next row's name holds a sentence (「…人员
 * 补贴。」), the reason wrapped into the row below in the text (003-055: 「2022 年献血人员补贴使用 2023 年资金支付，街道资金有限，
 * 无法发放…人员补贴。」 under 完成献血指标情况, 20 → 19). Such a form may or may not be listed as 扣分未写偏差原因. */
export const reasonMerged = (r) =>
  r.format === 'pdf-text' &&
  rows(r).some((i, k) => shortRow(i) && blank(i.deviation) && /。/.test(rows(r)[k + 1]?.name ?? ''));

/** Forms of a person (a shared cell never concerns the people asked here). */
export const of = (name) => own(name);

/** 总分 stated and ≠ 100; the forms without a 总分 are optional for 总分!=100. */
export const totalNot100 = (r) => ts(r) != null && ts(r) !== 100;
export const totalBlank = (r) => ts(r) == null;

/** The satisfaction records a 满意度 question takes as optional (README: satDoubt). */
export { inUnit, satDoubt };

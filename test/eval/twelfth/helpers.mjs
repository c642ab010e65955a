// Helpers of the twelfth part (helper "blind29"): pools, readings and expectation shapes its question lines use, over
// ../lib only (never the product). Definitions: ../README.md ("The twelfth part").
import { inUnit, money, norm, noSat, satDoubt, satNoPoints, satNotDone } from '../lib/corpus.mjs';
import { conv, exact, F, O, PCT } from '../lib/shorthands.mjs';

/** The offices as the askers name them. Every form of an office names its place in 主管部门 or 实施单位 (潞源 22, 双井
 * 2, 发改委 8 as 「发展和改革委员会」 or 「发改委」, 大红门 128, 河门口 9; no form of another office does), so a place
 * selects its office exactly and no form is optional. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const STREET_POOLS = [LY, SJ, DHM, HMK];
export const y = (n) => (r) => r.year === n;

/** The form of an id (the question names the project as staff say it; the line says which form that is). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids = (d, ...xs) => xs.map((x) => R(d, x));

/** 民生保障办公室: 31 forms write it as the 实施单位; 003-055 writes 「民生保障办公室是」 (a reading slip of the pdf-text
 * or of the form): counted either way. */
export const msStrict = (r) => norm(r.implementingUnit) === '民生保障办公室';
export const msWide = (r) => inUnit(r, '民生保障办公室');

/** A money column rounded to 1 元 (0.0001 万元): 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元 and
 * tie for a reader of a ranking. `m` is the money reader (as written, or conv for the 元-in-万元 cell of 疏整促). */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };

/** A ranking by a money column under both readings of 疏整促's cell (one expectation when the pool does not hold it). */
export const topM = (d, rs, col, n, dir) => {
  const a = d.top(rs, m1(col), n, dir);
  const b = d.top(rs, m1(col, conv), n, dir);
  return JSON.stringify(a) === JSON.stringify(b) ? a : d.anyOf(a, b);
};

/** Sum of a money column over forms under both readings (万元). */
export const sumM = (rs, col, m = money) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);

/** An amount asked in 元: within 1 元, under both readings when they differ. */
export const yuan = (d, f) => {
  const a = f(money) * 10000;
  const b = f(conv) * 10000;
  return Math.abs(a - b) < 1e-6 ? d.number(a, 1) : d.anyOf(d.number(a, 1), d.number(b, 1));
};

/** 多少亿: 亿元 within 0.005 (not rounded to two decimals), or the 万元 sum; both readings of 疏整促's cell. */
export const yiBoth = (d, f) => {
  const vals = [...new Set([f(money), f(conv)])];
  return d.anyOf(...vals.flatMap((v) => [exact(v / 10000, 0.005), d.number(v)]));
};

/** A difference said with 差 / 多多少: signed or as its magnitude, under the readings given (万元). */
export const gapOf = (d, ...vals) => {
  const all = [...new Set(vals.flatMap((v) => [v, -v]).map((v) => Math.round(v * 1e6) / 1e6))];
  return all.length === 1 ? d.number(all[0]) : d.anyOf(...all.map((v) => d.number(v)));
};

/** A share in percent (to one decimal). */
export const pct = (d, part, whole) => d.number((100 * part) / whole, PCT);

/** A place, person or term the data does not hold: a refusal, or an answer that lists nothing. */
export const noneOr = (d, term) => d.anyOf(d.refuse(term), d.set([]));

/** 「满意度没做」 counted: it reads three ways (no satisfaction row; a satisfaction row that says 未做; either), as the
 * README's noSurvey; a doubtful record (satDoubt) and, for the readings with "no row", a form whose satisfaction rows
 * carry no points may be counted or not, so each reading gives a range. A reading that requires no form of the pool is
 * left out (a count of 0 would pass under it although the pool has 未做 forms under the others). */
export const surveyCount = (d, pool = () => true) => {
  const readings = [
    { f: (r) => noSat(r), loose: true },
    { f: (r) => satNotDone(r), loose: false },
    { f: (r) => noSat(r) || satNotDone(r), loose: true },
  ];
  const alts = readings
    .map(({ f, loose }) => {
      const must = F(d, (r) => pool(r) && f(r)).length;
      const wide = F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (loose && satNoPoints(r)))).length;
      return { must, wide };
    })
    .filter((x) => x.must > 0)
    .map((x) => d.countRange(x.must, x.wide));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};

// Helpers of the twenty-eighth part (helper "blind45"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The twenty-eighth part").
import {
  blank,
  budgetScore,
  budgetWeight,
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
import { conv, F, O, ts } from '../lib/shorthands.mjs';

/** The offices as the askers name them (every form names its place): 潞源 000, 双井 001, 发改委 002, 大红门 003,
 * 河门口 004. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
export const yr = (n) => (r) => r.year === n;
/** 民生保障办公室 as 实施单位: 003-055 writes 「民生保障办公室是」 (the same office); an exact-match reading leaves it out. */
export const MS = (r) => norm(r.implementingUnit).includes('民生保障办公室');
export const MSexact = (r) => norm(r.implementingUnit) === '民生保障办公室';
/** The sole owner named (「赵路广、孟卓聪」 is neither's alone). */
export const owner = (name) => (r) => norm(r.owner) === name;

/** The form of an id (the question names the project by a shortened name; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const Rs = (d, ...ids) => ids.map((id) => R(d, id));

export const B = (r) => money(r, 'annualBudget');
export const E = (r) => money(r, 'executed');
export const B0 = (r) => money(r, 'initialBudget');
/** A money column rounded to 1 元 under a reader (money as written, or conv): 003-007 and 003-022 differ by 0.03 元,
 * so rankings see them tied. */
export const m1 =
  (col, m = money) =>
  (r) => {
    const v = m(r, col);
    return v == null ? null : Math.round(v * 10000) / 10000;
  };
export const READERS = [money, conv];

/** 执行率 in three readings: stated, from the amounts rounded to two decimals, from the amounts in full precision (to
 * 1e-6 %, so that floating-point noise does not put an equal 执行数 below 100 %: 99.998 % stays below it). */
export const rateFull = (r) => {
  const a = B(r);
  const x = E(r);
  return a && x != null ? Math.round((1e8 * x) / a) / 1e6 : null;
};
export const RATES = [rate, rateComputed, rateFull];
/** An expectation under each reading of 执行率 (duplicates dropped). */
export const anyRate = (d, f) => anyOfUnique(d, RATES.map(f));
/** An expectation under each reading of the 元-in-万元 cell (duplicates dropped). */
export const anyMoney = (d, f) => anyOfUnique(d, READERS.map(f));
export const anyOfUnique = (d, alts) => {
  const seen = new Set();
  const out = [];
  for (const a of alts) {
    const k = JSON.stringify(a);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(a);
    }
  }
  return out.length === 1 ? out[0] : d.anyOf(...out);
};

export const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
export const meanOf = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
/** A number under both readings of the 元-in-万元 cell: f(m) gets the money reader. */
export const numM = (d, f, tol) =>
  anyOfUnique(
    d,
    READERS.map((m) => d.number(f(m), tol)),
  );
/** A difference said with 差多少 / 高多少: signed or as a magnitude, under both readings. */
export const gapM = (d, f, tol) =>
  anyOfUnique(
    d,
    READERS.flatMap((m) => [d.number(f(m), tol), d.number(-f(m), tol)]),
  );
/** A percentage: to two decimals or rounded to one (within 0.011 of either). */
export const pct = (d, v) =>
  anyOfUnique(d, [d.number(Math.round(v * 100) / 100, 0.011), d.number(Math.round(v * 10) / 10, 0.011)]);

/** The first n of a pool by key, in order (ties at the cut optional, as d.top). */
export const topBy = (d, rs, key, n, dir) => d.top(rs, key, n, dir);
/** Every form of a pool ordered by key. */
export const rankAll = (d, rs, key, dir) => d.top(rs, key, rs.filter((r) => key(r) != null).length, dir);
/** The n-th form by key; a tie: one of the tied forms must be named (size 1). */
export const nthOne = (d, rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  return tied.length === 1 ? d.set(tied) : { ...d.setTol([], tied), size: 1 };
};
/** Rank of one form in a pool by key (1 = first); a tie gives a range. */
export const rankIn = (d, pool, r, key, dir) => {
  const k = key(r);
  const better = pool.filter((x) => key(x) != null && (dir === 'asc' ? key(x) < k : key(x) > k)).length;
  const same = pool.filter((x) => key(x) === k).length;
  return d.countRange(better + 1, better + same);
};
/** A list that must be in order by key: the must forms and the optional ones, ordered. */
export const orderedTol = (d, must, may, key, dir) => {
  const e = d.setTol(must, may);
  const keys = Object.fromEntries([...must, ...may].map((r) => [norm(r.projectName), key(r)]));
  return { ...e, ordered: dir, keys, size: must.length };
};

/** Street groups (潞源, 双井, 大红门, 河门口; 发改委 is not a street) labelled as a reply may label them: the short
 * name, 「…街道」, 「…街道办事处」, 「…街道办」 or the 主管部门 the office's forms write. A street with no figure is
 * no group. */
const STREET = { '000': '潞源', '001': '双井', '003': '大红门', '004': '河门口' };
const DEPT = {
  '000': '北京市通州区潞源街道办事处',
  '001': '双井街道办事处',
  '003': '大红门街道办事处',
  '004': '攀枝花市西区河门口街道办事处',
};
export const streetGroups = (d, figureOf, tol) => {
  const styles = [
    (c) => STREET[c],
    (c) => `${STREET[c]}街道`,
    (c) => `${STREET[c]}街道办事处`,
    (c) => `${STREET[c]}街道办`,
    (c) => DEPT[c],
  ];
  const codes = Object.keys(STREET).filter((c) => figureOf(c) != null);
  return d.anyOf(
    ...styles.map((s) => d.groups(Object.fromEntries(codes.map((c) => [s(c), figureOf(c)])), tol)),
  );
};

/** Problems (SCORING §7–8), as this part reads them. */
const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
/** The budget row's 得分 above what the rate gives it (min(rate, 1) × 分值 + 0.05), under a rate reading. */
export const budgetInflated = (rateOf) => (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rateOf(r) != null &&
  budgetScore(r) > Math.min(rateOf(r) / 100, 1) * budgetWeight(r) + 0.05;
/** A pdf-text 年度资金总额 row whose 「100％」 may be the 执行率 or the 得分 (平安建设经费): optional where it enters. */
export const budgetRowDoubt = (r) =>
  r.format === 'pdf-text' &&
  r.funds?.total?.rate?.value == null &&
  /[%％]/.test(r.funds?.total?.score?.raw ?? '');
/** 总分 equal to the indicator scores alone (the budget row's 得分 left out, SCORING §8 「总分未计入预算执行得分」):
 * a written budget 得分 above 0 that the total does not hold. */
export const totalLeavesBudgetOut = (r) =>
  ts(r) != null &&
  budgetScore(r) != null &&
  budgetScore(r) > 0 &&
  !budgetRowDoubt(r) &&
  Math.abs(ts(r) - sumScores(r)) <= 0.1;
/** The same with the budget 得分 blank or doubtful (the total = Σ 得分 all the same): optional. */
export const totalLeavesBudgetOutMaybe = (r) =>
  ts(r) != null && (budgetScore(r) == null || budgetRowDoubt(r)) && Math.abs(ts(r) - sumScores(r)) <= 0.1;
/** A row scored below its weight. */
export const shortRow = (i) => i.weight != null && i.score != null && i.score < i.weight;
export const lostPts = (i) => (shortRow(i) ? i.weight - i.score : 0);
/** A full-score row with a 偏差原因: any text (a bare 无 is 不为空 too) or a text other than a bare 无. */
export const devOnFull = (strict) => (r) =>
  rows(r).some(
    (i) =>
      i.weight != null &&
      i.score != null &&
      i.score === i.weight &&
      !blank(i.deviation) &&
      (!strict || norm(i.deviation) !== '无'),
  );
/** A row whose 偏差原因 is a bare 无. */
export const devBareNone = (r) => rows(r).some((i) => norm(i.deviation) === '无');
/** Digits of each number of a phone cell. */
export const phoneNumbers = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);
/** A satisfaction row scored 0; optional: the satDoubt forms whose text prints that row scored 0 (「5 0 未做」: 003-041,
 * 003-139, 003-142 — 003-119's text scores it 10 of 10, so no reading gives it a 0) and a satisfaction row with a
 * weight but no 得分 (「10 未做」: 003-094, 003-135). */
export const satZero = (r) => satRows(r).some((i) => i.score === 0);
export const satZeroMaybe = (r) =>
  (satDoubt(r) && r.id !== '003-119') || satRows(r).some((i) => i.weight && i.score == null);
/** 满意度调查没做 in three readings (README: no satisfaction row, a row that says 未做, either); doubtful records
 * optional; a reading that selects no form of the pool is left out. */
export const noSurveyIn = (d, pool) => {
  const readings = [noSat, satNotDone, (r) => noSat(r) || satNotDone(r)];
  const alts = readings
    .map((f, k) =>
      d.setTol(
        F(d, (r) => pool(r) && f(r)),
        F(d, (r) => pool(r) && (f(r) || satDoubt(r) || (k !== 1 && satNoPoints(r)))),
      ),
    )
    .filter((e) => e.must.length > 0);
  return d.anyOf(...alts);
};

export { conv, ts };

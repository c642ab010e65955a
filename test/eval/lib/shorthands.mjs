// Shorthands the question files use in their expectations (over ../lib/corpus.mjs); see the README for the definitions.
import {
  aboveWeight,
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  noSat,
  office,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
  suspectYuan,
} from './corpus.mjs';

export const O =
  (...codes) =>
  (r) =>
    codes.includes(office(r));
/** Place/department term: forms whose 主管部门 or 实施单位 contains it must be listed; the other forms published by the
 * same office (whose labels do not name it) may be listed too. */
export const place = (d, words, ...codes) =>
  d.setTol(
    d.all.filter((r) => inUnit(r, ...words)),
    d.all.filter(O(...codes)),
  );
export const placeCount = (d, words, ...codes) => {
  const must = d.all.filter((r) => inUnit(r, ...words));
  const wide = d.all.filter((r) => inUnit(r, ...words) || O(...codes)(r));
  return must.length === wide.length
    ? d.count(must.length)
    : d.anyOf(d.count(must.length), d.count(wide.length));
};
export const placeSum = (d, words, codes, col, extra = () => true) => {
  const must = d.all.filter((r) => inUnit(r, ...words) && extra(r));
  const wide = d.all.filter((r) => (inUnit(r, ...words) || O(...codes)(r)) && extra(r));
  return must.length === wide.length
    ? d.sumMoney(must, col)
    : d.anyOf(d.sumMoney(must, col), d.sumMoney(wide, col));
};
export const conv = (r, col) => (suspectYuan(r, col) ? money(r, col) / 10000 : money(r, col));
export const own = (name) => (r) => norm(r.owner) === name;
export const ts = (r) => r.totalScore;
export const differ = (r) =>
  money(r, 'initialBudget') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'initialBudget') !== money(r, 'annualBudget');
export const budgetShort = (r) => budgetScore(r) != null && budgetScore(r) < budgetWeight(r);
/** 执行率 questions: the rate the form states or the one its amounts give (either is accepted). */
export const both = (d, f) => d.anyOf(f(rate), f(rateComputed));
export const F = (d, f) => d.all.filter(f);
export const y = (n) => (r) => r.year === n;
export const and =
  (...fs) =>
  (r) =>
    fs.every((f) => f(r));
export const tallyBy = (rs, key, f) => {
  const m = {};
  for (const r of rs) m[key(r)] = (m[key(r)] ?? 0) + f(r);
  return m;
};
export const groupCount = (d, key, rs = d.all) => d.groups(tallyBy(rs, key, () => 1));
export const groupSum = (d, key, f, rs = d.all) => d.groups(tallyBy(rs, key, (r) => f(r) ?? 0));
/** One of the owners: a cell may name two people (「赵路广、孟卓聪」); such a shared project counts as theirs too. */
export const ownAny = (name) => (r) =>
  norm(r.owner)
    .split(/[、,，;；/]/)
    .includes(name);
/** Owner questions where one project is shared: the sole-owner projects must be there, the shared one may. */
export const ownTol = (d, name, extra = () => true) =>
  d.setTol(
    F(d, (r) => own(name)(r) && extra(r)),
    F(d, (r) => ownAny(name)(r) && extra(r)),
  );
/** A 年度资金总额 money column compared with a threshold, both readings of a 元-in-万元 cell (see README). */
export const moneyWhere = (d, col, test, pool = () => true) =>
  d.anyOf(
    d.set(F(d, (r) => pool(r) && money(r, col) != null && test(money(r, col)))),
    d.set(F(d, (r) => pool(r) && conv(r, col) != null && test(conv(r, col)))),
  );
/** 「没有做满意度调查」 reads three ways, as sat-02 takes it: no satisfaction row, a satisfaction row that says 未做, or
 * either; a doubtful record (satDoubt) is optional under every reading. `must` selects the forms the question names (a place term), `may` the forms that may be listed besides.
 * A reading that selects nothing at all is left out: under it an empty answer (or none) would pass, while the forms
 * without any satisfaction row did no survey under every reading. */
export const noSurvey = (d, must = () => true, may = must) => {
  const readings = [(r) => noSat(r), (r) => satNotDone(r), (r) => noSat(r) || satNotDone(r)];
  const alts = readings
    .map((f) =>
      d.setTol(
        F(d, (r) => must(r) && f(r)),
        F(d, (r) => may(r) && (f(r) || satDoubt(r) || (f !== readings[1] && satNoPoints(r)))),
      ),
    )
    .filter((e) => e.must.length + e.may.length > 0);
  return d.anyOf(...alts);
};
/** The budget row's 得分 above its 分值 (003-127 writes 100％ against 10): an "indicator scored above its weight"
 * question may or may not count the budget row as an indicator, so such a form is optional there. */
export const budgetAbove = (r) =>
  budgetScore(r) != null && budgetWeight(r) != null && budgetScore(r) > budgetWeight(r);

// ---- third batch (zz- categories) ----
/** A figure computed from money columns, under both readings of the 元-in-万元 cell: f(m) gets the money reader
 * (money as written, or conv) and returns the figure; one expectation when both readings agree. */
export const bothMoney = (d, f, tol) => {
  const a = f(money);
  const b = f(conv);
  return Math.abs(a - b) < 1e-9 ? d.number(a, tol) : d.anyOf(d.number(a, tol), d.number(b, tol));
};
/** Sum of a money column over forms, with the reader given (for bothMoney). */
export const sumBy = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);
/** Percentages are accepted to one decimal (12.3 % for 12.34 %): tolerance 0.051 (README). */
export const PCT = 0.051;
/** A percentage of forms that pass a test, for every count in [lo, hi] (ambiguous membership). */
export const pctRange = (d, lo, hi, whole) => {
  const alts = [];
  for (let n = lo; n <= hi; n++) alts.push(d.number((100 * n) / whole, PCT));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** All the forms of a pool ordered by a key (every one of them, in that order). */
export const ranked = (d, rs, key, dir) => d.top(rs, key, rs.filter((r) => key(r) != null).length, dir);
/** A place term whose forms are ambiguous (the office's other forms optional): the figure under each pool. */
export const placePools = (d, words, codes, f) => {
  const must = d.all.filter((r) => inUnit(r, ...words));
  const wide = d.all.filter((r) => inUnit(r, ...words) || O(...codes)(r));
  return must.length === wide.length ? f(must) : d.anyOf(f(must), f(wide));
};
/** Digits of each number of a phone cell (a cell may hold two numbers: 「67270330、67270347」). */
export const phoneNumbers = (r) =>
  String(r.phone ?? '')
    .normalize('NFKC')
    .split(/[、,，;；/\s]+/)
    .map((p) => p.replace(/\D/g, ''))
    .filter(Boolean);

// ---- fourth batch (zzz- categories) ----
/** A figure kept as is (not rounded to two decimals): amounts in 亿元 or ratios where two decimals lose the answer. */
export const exact = (v, tol) => ({ kind: 'number', value: v, tol });
/** A difference "X比Y多/少多少": the answer may give it signed or as a magnitude (said with 多/少), under both readings
 * of the 元-in-万元 cell; f(m) gets the money reader and returns X − Y. */
export const gapBoth = (d, f, tol) => {
  const vals = [
    ...new Set([f(money), f(conv)].flatMap((v) => [v, -v]).map((v) => Math.round(v * 1e6) / 1e6)),
  ];
  return vals.length === 1 ? d.number(vals[0], tol) : d.anyOf(...vals.map((v) => d.number(v, tol)));
};
/** 介于 lo 和 hi 之间 / lo 到 hi: the forms strictly inside must be listed, the ones on a bound may (README). */
export const between = (d, pool, key, lo, hi) =>
  d.setTol(
    F(d, (r) => pool(r) && key(r) != null && key(r) > lo && key(r) < hi),
    F(d, (r) => pool(r) && key(r) != null && key(r) >= lo && key(r) <= hi),
  );
/** 以上 / 以下 / 及以上: a bound that may be read inclusive or strict; the forms on the bound are optional. */
export const atLeast = (d, pool, key, lo) =>
  d.setTol(
    F(d, (r) => pool(r) && key(r) != null && key(r) > lo),
    F(d, (r) => pool(r) && key(r) != null && key(r) >= lo),
  );
export const atMost = (d, pool, key, hi) =>
  d.setTol(
    F(d, (r) => pool(r) && key(r) != null && key(r) < hi),
    F(d, (r) => pool(r) && key(r) != null && key(r) <= hi),
  );
/** The 执行率 cell of the 年度资金总额 row left empty (the cell as written, not a rate computed from the amounts). */
export const rateMissing = (r) => r.funds?.total?.rate?.value == null;
/** A money cell of another row of 项目资金 (fiscal: 其中当年财政拨款, carryOver: 上年结转资金, other: 其他资金). */
export const rowMoney = (r, row, col) => money(r, col, row);
/** A count "A比B多几个" where each side may be a range (ambiguous membership): every difference in range. */
export const countGap = (d, [aLo, aHi], [bLo, bHi]) => {
  const vals = new Set();
  for (let a = aLo; a <= aHi; a++) for (let b = bLo; b <= bHi; b++) vals.add(a - b);
  const alts = [...vals].flatMap((v) => (v === 0 ? [0] : [v, -v])).map((v) => d.number(v, 0));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};
/** A pdf-text 年度资金总额 row with five values for six cells (平安建设经费: 「155 154.994792 154.994792 10 100％」): the
 * record reads the percentage as the 得分 and leaves the 执行率 empty, but it can as well be the 执行率 with the 得分
 * missing; questions about either cell being empty take such a form as optional. */
export const budgetRowDoubt = (r) =>
  r.format === 'pdf-text' &&
  r.funds?.total?.rate?.value == null &&
  /[%％]/.test(r.funds?.total?.score?.raw ?? '');

// ---- fifth batch (zzzz- categories) ----
/** Indicator rows (real ones) that pass a test; the tests below look at one row. */
export const indRows = (r, f = () => true) => rows(r).filter(f);
export const nameHas =
  (...ws) =>
  (i) =>
    ws.some((w) => norm(i.name).includes(w));
export const l1Has = (w) => (i) => norm(i.level1).includes(w);
export const l2Has = (w) => (i) => norm(i.level2).includes(w);
/** A row scored below its weight, and the points it lost. */
export const shortRow = (i) => i.weight != null && i.score != null && i.score < i.weight;
export const lostPts = (i) => (shortRow(i) ? i.weight - i.score : 0);
/** Rows over all forms of a pool that pass a test. */
export const rowCount = (rs, f) => rs.reduce((s, r) => s + indRows(r, f).length, 0);
/** Forms whose money column lies between lo and hi (万元, either bound may be ±Infinity): strictly inside must be
 * listed, a form on a bound may (以上/以下/不到 read inclusive or strict), under both readings of a 元-in-万元 cell. */
export const moneyBand = (d, col, lo, hi, pool = () => true) => {
  const alt = (m) =>
    d.setTol(
      F(d, (r) => pool(r) && m(r, col) != null && m(r, col) > lo && m(r, col) < hi),
      F(d, (r) => pool(r) && m(r, col) != null && m(r, col) >= lo && m(r, col) <= hi),
    );
  return d.anyOf(alt(money), alt(conv));
};
/** The count of moneyBand: any count between the strict and the inclusive reading, under both readings. */
export const moneyBandCount = (d, col, lo, hi, pool = () => true) => {
  const alt = (m) =>
    d.countRange(
      F(d, (r) => pool(r) && m(r, col) != null && m(r, col) > lo && m(r, col) < hi).length,
      F(d, (r) => pool(r) && m(r, col) != null && m(r, col) >= lo && m(r, col) <= hi).length,
    );
  return d.anyOf(alt(money), alt(conv));
};
/** A relative year the data has no forms for (今年/去年/前年 are read against today's date, 2026): a refusal, a question
 * back, or an answer that says there is nothing for that year (an empty list, or the year named with no figure). */
export const noYear = (d, term, year) => d.anyOf(d.refuse(term), d.refuse(`${year}`), d.set([]));
// Problems on a form, as /work/shared/docs/SCORING.md §7–8 defines them (computed from the record, stated vs computed):
const sumScores = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
const sumWeights = (r) => rows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** TOTAL_MISMATCH: the stated 总分 ≠ budget 得分 + Σ 得分 (± 0.1). */
export const totalOff = (r) =>
  ts(r) != null && budgetScore(r) != null && Math.abs(ts(r) - budgetScore(r) - sumScores(r)) > 0.1;
/** WEIGHT_SUM: budget 分值 + Σ 分值 ≠ 100. */
export const weightOff = (r) =>
  budgetWeight(r) != null && Math.abs(budgetWeight(r) + sumWeights(r) - 100) > 0.01;
/** RATE_MISMATCH (SCORING §7): the stated 执行率 is neither the computed one (全年执行数/全年预算数, full precision)
 * rounded nor truncated to the decimals written (99.74 % stated as 99 % is right: truncated). A form whose stated rate
 * differs from the computed one at two decimals but passes that rule is optional (rateDiff). */
export const rateOff = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  if (rate(r) == null || !a || x == null) return false;
  const c = (100 * x) / a;
  const dec = (String(r.funds.total.rate.raw ?? '').match(/\.(\d+)/)?.[1] ?? '').length;
  const f = 10 ** dec;
  const eq = (v) => Math.abs(v - rate(r)) < 1e-9;
  return !eq(Math.round(c * f) / f) && !eq(Math.trunc(c * f) / f);
};
export const rateDiff = (r) => rate(r) != null && rateComputed(r) != null && rate(r) !== rateComputed(r);
/** BUDGET_SCORE_MISMATCH: the budget row's 得分 ≠ min(执行率, 1) × 分值 (± 0.05), with the rate from the amounts. */
export const budgetScoreOff = (r) =>
  budgetScore(r) != null &&
  budgetWeight(r) != null &&
  rateComputed(r) != null &&
  Math.abs(budgetScore(r) - Math.min(rateComputed(r) / 100, 1) * budgetWeight(r)) > 0.05;
/** EXECUTED_EXCEEDS_BUDGET: 全年执行数 > 全年预算数. */
export const overspent = (r) =>
  money(r, 'executed') != null &&
  money(r, 'annualBudget') != null &&
  money(r, 'executed') > money(r, 'annualBudget');
/** Error-level problems a clerk sends a form back for (退回去改): the errors of SCORING §8 computable from a record. */
export const formError = (r) =>
  totalOff(r) ||
  ts(r) == null ||
  weightOff(r) ||
  aboveWeight(r) ||
  rateOff(r) ||
  budgetScoreOff(r) ||
  overspent(r);
/** Per-office street groups (街道 = the four street offices; 发改委 is not a street). */
export const STREETS = { 潞源: '000', 双井: '001', 大红门: '003', 河门口: '004' };
/** The forms of each group that are best by key (ties: every tied one may be the answer, one of them must be). */
export const bestPerGroup = (d, groups, key, dir) => {
  const must = [];
  const may = [];
  for (const rs of groups) {
    const vs = rs.filter((r) => key(r) != null);
    if (!vs.length) continue;
    const best = dir === 'asc' ? Math.min(...vs.map(key)) : Math.max(...vs.map(key));
    const tied = vs.filter((r) => key(r) === best);
    if (tied.length === 1) must.push(tied[0]);
    else may.push(...tied);
  }
  return d.setTol(must, may);
};
/** Rank of one form by key among a pool (1 = best); ties give a range. */
export const rankOf = (d, pool, r, key, dir) => {
  const k = key(r);
  const better = pool.filter((x) => key(x) != null && (dir === 'asc' ? key(x) < k : key(x) > k)).length;
  const same = pool.filter((x) => key(x) === k).length;
  return d.countRange(better + 1, better + same);
};
/** Two asks in one message (zzzz-multi): each part graded on its own (grade.mjs `allOf`). */
export const allOf = (...parts) => ({ kind: 'allOf', parts });
/** A column of the answer's project table: for every listed project, the cell under a header containing `label`
 * holds that project's value (grade.mjs `column`). */
export const column = (_d, label, rs, f) => ({
  kind: 'column',
  label,
  values: Object.fromEntries(rs.map((r) => [norm(r.projectName), String(f(r) ?? '')])),
});
/** The n-th form by key (1 = first) under dir; forms tied with it may be the answer. */
export const nth = (d, rs, key, n, dir) => {
  const vs = rs
    .filter((r) => key(r) != null)
    .sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  const k = key(vs[n - 1]);
  const tied = vs.filter((r) => key(r) === k);
  return tied.length === 1 ? d.set(tied) : d.setTol([], tied);
};
/** Both readings of a 元-in-万元 cell for a names expectation built with a money reader m. */
export const bothM = (d, f) =>
  d.anyOf(
    f((r) => money(r, 'annualBudget'), money),
    f((r) => conv(r, 'annualBudget'), conv),
  );
/** RATE_ROUNDED_UP_TO_FULL: the stated 执行率 is 100 % while 全年执行数 < 全年预算数. */
export const roundedUp = (r) =>
  rate(r) === 100 && money(r, 'executed') != null && money(r, 'executed') < money(r, 'annualBudget');
/** Σ of the 分值 of the budget row and of every indicator row. */
export const weightTotal = (r) => (budgetWeight(r) ?? 0) + rows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
/** 全年执行数 above 全年预算数 by one 元 or more (003-096 exceeds by 0.0000004 万元, a rounding of the form: optional). */
export const overspentReal = (r) => overspent(r) && money(r, 'executed') - money(r, 'annualBudget') >= 0.0001;

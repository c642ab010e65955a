// Shorthands the question files use in their expectations (over ../lib/corpus.mjs); see the README for the definitions.
import {
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  noSat,
  office,
  rate,
  rateComputed,
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

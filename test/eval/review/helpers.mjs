// Builders the review part's lines use beyond ../lib and the clerk/office/voice/brief helpers (written by a blind
// author, "blind14"; definitions in ../README.md, "The review part"). Everything here reads the records only
// (../shared/corpus/records), never the product.
import { money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { budgetRowDoubt, budgetScoreOff, conv, F, tallyBy, ts } from '../lib/shorthands.mjs';
import { scoreVsStatedRate } from '../office/helpers.mjs';

/** One form by its corpus id (the question names it as staff do; the id only finds the record). */
export const I = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
/** The stated 总分 below 100 (a form without a 总分 is not counted). */
export const notFull = (r) => ts(r) != null && ts(r) < 100;
/** Per-year sums of a money column, both readings of the 元-in-万元 cell (grade `groups`). */
export const yearMoney = (d, col) => {
  const a = tallyBy(
    d.all,
    (r) => r.year,
    (r) => money(r, col) ?? 0,
  );
  const b = tallyBy(
    d.all,
    (r) => r.year,
    (r) => conv(r, col) ?? 0,
  );
  return d.anyOf(d.groups(a), d.groups(b), yearFigures(d, a, b));
};
/** Per-year figures given in the text rather than as a table: each year's figure found (both readings where they
 * differ), graded as two asks. */
export const yearFigures = (d, a, b = a) => ({
  kind: 'allOf',
  parts: Object.keys(a).map((k) =>
    Math.abs(a[k] - b[k]) < 1e-9 ? d.number(a[k]) : d.anyOf(d.number(a[k]), d.number(b[k])),
  ),
});
/** 追加 (全年预算数 above 年初预算数) summed over the forms that state both; a 年初 written 0 (003-082) may be read as
 * "not filled", so the sum without it is accepted too. */
export const raisedTotal = (d) => {
  const gap = (keepZero) =>
    d.all
      .filter((r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null)
      .filter((r) => keepZero || money(r, 'initialBudget') !== 0)
      .filter((r) => money(r, 'annualBudget') > money(r, 'initialBudget'))
      .reduce((s, r) => s + money(r, 'annualBudget') - money(r, 'initialBudget'), 0);
  const a = gap(true);
  const b = gap(false);
  return Math.abs(a - b) < 1e-9 ? d.number(a) : d.anyOf(d.number(a), d.number(b));
};
/** The budget row's 得分 wrong under both readings of the rate (stated and computed): required; wrong under one of
 * them, or a pdf-text budget row read doubtfully (平安建设经费): optional. */
export const budgetScoreBothOff = (d) =>
  d.setTol(
    F(d, (r) => budgetScoreOff(r) && scoreVsStatedRate(r)),
    F(d, (r) => budgetScoreOff(r) || scoreVsStatedRate(r) || budgetRowDoubt(r)),
  );
/** A difference of two averages, signed or as its magnitude. */
export const avgGap = (d, a, b, f) => {
  const avg = (rs) => {
    const vs = rs.map(f).filter((v) => v != null);
    return vs.reduce((s, v) => s + v, 0) / vs.length;
  };
  const g = avg(a) - avg(b);
  return d.anyOf(d.number(g), d.number(-g));
};
/** The average of the stated 总分 over the forms that state one. */
export const avgTs = (d, rs) => d.avg(rs, ts);
/** People named in the 项目负责人 cells (a shared cell 「赵路广、孟卓聪」 split; blank cells not counted). The shared
 * cell may also be taken as one name of its own: both counts are accepted. */
export const ownerCountRange = (d) => {
  const split = new Set();
  const whole = new Set();
  for (const r of d.all) {
    const o = norm(r.owner);
    if (!o) continue;
    whole.add(o);
    for (const p of o.split(/[、,，;；/]/)) if (p) split.add(p);
  }
  return d.countRange(Math.min(split.size, whole.size), Math.max(split.size, whole.size));
};
/** The people among the owners whose name starts with a family name (a shared cell split). */
export const ownersWithFamily = (all, fam) => {
  const s = new Set();
  for (const r of all) for (const p of norm(r.owner).split(/[、,，;；/]/)) if (p.startsWith(fam)) s.add(p);
  return [...s];
};
/** Per-group sums of a money column under both readings; the label of the largest group under each reading. */
export const topGroupBoth = (rs, key, col) => {
  const best = (m) => {
    const t = tallyBy(rs, key, (r) => m(r, col) ?? 0);
    return Object.entries(t).sort((a, b) => b[1] - a[1])[0][0];
  };
  return [...new Set([best(money), best(conv)])];
};
/** Forms of a pool whose rate is below 100 under one reading (stated or computed). */
export const rateBelow = (rs, f) => rs.filter((r) => f(r) != null && f(r) < 100);
export { rate, rateComputed };
/** Σ 分值 of the rows of a form that pass a test. */
export const weightWhere = (r, f) =>
  rows(r)
    .filter(f)
    .reduce((s, i) => s + (i.weight ?? 0), 0);

// ---- corrections after the first run (each because the records allow a second reading; see ../README.md) ----
/** A pdf-text row whose name holds a bare value between two labels (003-054: 「生态效益指标 0 可持续影响指标」, the text's
 * 生态效益 row reads only 「0」): that row's 分值 / 得分 cannot be placed (empty cells vanish in pdf-text), so a reading
 * of the text may find a row with a 分值 and no 得分 there. */
export const valueBetweenLabels = (r) =>
  r.format === 'pdf-text' && rows(r).some((i) => /指标\d+(?:\.\d+)?(?=\S*指标)/.test(norm(i.name)));

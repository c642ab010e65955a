// The dev corpus as a clerk sees it: reads only ../shared/corpus/records/*.json and answers questions about it
// with plain code of its own (this file never imports the product). Used by expected.mjs to compute expectations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Names and labels compare with full-width forms folded and whitespace removed (the corpus convention). */
export const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');

export function loadRecords(corpusDir) {
  const dir = join(corpusDir, 'records');
  if (!existsSync(dir)) return null;
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!/^dev-\d+\.json$/.test(f)) continue;
    const records = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    markSatisfactionInText(corpusDir, f.slice(4, 7), records);
    out.push(...records);
  }
  return out;
}

/** The pdf-text records are a heuristic reading (about 93 % right, corpus README): where a record has no satisfaction
 * row but its form's text has one (e.g. 「服务对象满意度 … 5 0 未做」), the record is doubtful, and satisfaction
 * questions take that form as optional (satDoubt). A pdf-text form starts at its 「项目名称 …」 line. */
function markSatisfactionInText(corpusDir, seed, records) {
  if (!records.some((r) => r.format === 'pdf-text')) return;
  const file = readdirSync(join(corpusDir, 'text')).find((f) => f.startsWith(seed));
  if (!file) return;
  const blocks = readFileSync(join(corpusDir, 'text', file), 'utf8')
    .split(/^(?=项目名称 )/m)
    .slice(1);
  if (blocks.length !== records.length) return;
  records.forEach((r, k) => {
    r._satInText = /满意/.test(blocks[k]);
    // a 一级指标 label 「效益 指标」 at the start of a line (the label cell, wrapped or not)
    r._benefitInText = /^效益\s*指标/m.test(blocks[k]);
  });
}

/** A money cell of the 年度资金总额 row in 万元 (a cell written with 元 is converted). */
export function money(r, col, row = 'total') {
  const cell = r.funds?.[row]?.[col];
  if (!cell || cell.value == null) return null;
  return cell.unit === '元' ? cell.value / 10000 : cell.value;
}
export const fundsValue = (r, col, row = 'total') => r.funds?.[row]?.[col]?.value ?? null;

/** Real indicator rows (template rows left empty are ignored, as every check does). */
export const rows = (r) => (r.indicators ?? []).filter((i) => !i.placeholder);
export const satRows = (r) => rows(r).filter((i) => norm(i.level1).includes('满意度'));
export const blank = (v) => v == null || norm(v) === '';

/** Where a form was published (the office that published the seed file), from the record's source file. */
export const office = (r) => r.id.slice(0, 3);

/** Department or 实施单位 contains one of the words. */
export const inUnit = (r, ...words) =>
  words.some((w) => norm(r.department).includes(norm(w)) || norm(r.implementingUnit).includes(norm(w)));
export const inDept = (r, ...words) => words.some((w) => norm(r.department).includes(norm(w)));

const round2 = (x) => Math.round(x * 100) / 100;

/** The question set's expectation builders (kinds graded by grade.mjs; see README). */
export function makeExpect(all) {
  const names = (rs) => rs.map((r) => norm(r.projectName));
  const e = {
    all,
    /** Exactly these projects (any order). */
    set: (rs) => ({ kind: 'names', must: names(rs), may: [] }),
    /** These projects must be listed; the optional ones may be listed too (ambiguous membership). */
    setTol: (must, may) => {
      const m = new Set(must);
      return { kind: 'names', must: names(must), may: names(may.filter((r) => !m.has(r))) };
    },
    /** The first n by key (asc or desc), in that order; ties at the cut make the tied ones optional. */
    top: (rs, key, n, dir = 'asc') => {
      const vals = rs.filter((r) => key(r) != null);
      vals.sort((a, b) => (dir === 'asc' ? key(a) - key(b) : key(b) - key(a)));
      if (vals.length === 0) return { kind: 'names', must: [], may: [] };
      const cut = key(vals[Math.min(n, vals.length) - 1]);
      // the key of every candidate, so the grader can check the order of what is listed
      const keys = Object.fromEntries(
        vals
          .filter((r) => (dir === 'asc' ? key(r) <= cut : key(r) >= cut))
          .map((r) => [norm(r.projectName), key(r)]),
      );
      const strictlyIn = vals.filter((r) => (dir === 'asc' ? key(r) < cut : key(r) > cut));
      const tied = vals.filter((r) => key(r) === cut);
      if (strictlyIn.length + tied.length === n)
        return { kind: 'names', must: names([...strictlyIn, ...tied]), may: [], ordered: dir, keys };
      // tie at the cut: the strictly-better ones must be there, any of the tied ones may fill the rest
      return {
        kind: 'names',
        must: names(strictlyIn),
        may: names(tied),
        ordered: dir,
        size: Math.min(n, vals.length),
        keys,
      };
    },
    number: (v, tol = 0.01) => ({ kind: 'number', value: round2(v), tol }),
    count: (n) => ({ kind: 'count', value: n }),
    /** A count where membership is ambiguous: any value in [min, max]. */
    countRange: (min, max) =>
      min === max ? { kind: 'count', value: min } : { kind: 'count', value: min, max },
    /** One project's fact: any of the given values (strings compared normalised, numbers exactly). */
    value: (project, ...values) => ({
      kind: 'value',
      project: norm(project.projectName),
      values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
    }),
    /** Per-group figures: label → number. */
    groups: (map, tol = 0.01) => ({
      kind: 'groups',
      groups: Object.fromEntries(Object.entries(map).map(([k, v]) => [norm(k), round2(v)])),
      tol,
    }),
    refuse: (term) => ({ kind: 'refuse', term }),
    anyOf: (...alts) => ({ kind: 'anyOf', alts }),
    sum: (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0),
    /** Sum of a 年度资金总额 money column in 万元; both readings when a cell is 元 written in a 万元 field. */
    sumMoney: (rs, col) => {
      const asWritten = e.sum(rs, (r) => money(r, col));
      if (!rs.some((r) => suspectYuan(r, col))) return e.number(asWritten);
      const converted = e.sum(rs, (r) => (suspectYuan(r, col) ? money(r, col) / 10000 : money(r, col)));
      return e.anyOf(e.number(asWritten), e.number(converted));
    },
    avg: (rs, f) => {
      const vs = rs.map(f).filter((v) => v != null);
      return e.number(vs.reduce((a, b) => a + b, 0) / vs.length);
    },
    /** Top n by a money column, both readings of a 元-in-万元 cell. */
    topMoney: (rs, col, n, dir = 'desc') => {
      const plain = e.top(rs, (r) => money(r, col), n, dir);
      if (!rs.some((r) => suspectYuan(r, col))) return plain;
      return e.anyOf(
        plain,
        e.top(rs, (r) => (suspectYuan(r, col) ? money(r, col) / 10000 : money(r, col)), n, dir),
      );
    },
    /** A fact that the form leaves empty: the answer must say it is not filled. */
    valueAll: (project, ...values) => ({ ...e.value(project, ...values), all: true }),
    empty: (project) => ({ kind: 'empty', project: norm(project.projectName) }),
    byName: (name) => {
      const hit = all.filter((r) => norm(r.projectName) === norm(name));
      if (hit.length !== 1) throw new Error(`project name not unique or absent: ${name} (${hit.length})`);
      return hit[0];
    },
  };
  return e;
}

// ---- facts a clerk asks about (definitions stated in test/eval/README.md) ----
export const rate = (r) => fundsValue(r, 'rate');
export const budgetScore = (r) => fundsValue(r, 'score');
export const budgetWeight = (r) => fundsValue(r, 'weight');
/** Record without satisfaction rows whose form's text shows one (see markSatisfactionInText). */
export const satDoubt = (r) => satRows(r).length === 0 && r._satInText === true;
/** No real 满意度指标 row at all (and the text agrees). */
export const noSat = (r) => satRows(r).length === 0 && !satDoubt(r);
/** Optional for "缺少满意度": satisfaction rows that carry no points, or a doubtful record. */
export const satNoPoints = (r) =>
  (satRows(r).length > 0 && satRows(r).every((i) => !i.weight)) || satDoubt(r);
/** A satisfaction row scored below its weight. */
export const satLow = (r) =>
  satRows(r).some((i) => i.weight != null && i.score != null && i.score < i.weight);
/** A pdf-text reading can put the wrapped 偏差原因 of a row into a row of its own right below it: same 一级指标, text
 * only, neither 分值 nor 得分 (2021年度老旧小区完善类改造项目: 「施工会影响个别底商营业…」 under its satisfaction row
 * scored 8 of 10). Such a row is the reason of the row above, as the form's text shows. */
const wrappedReason = (r, k) => {
  const next = rows(r)[k + 1];
  return (
    r.format === 'pdf-text' &&
    next != null &&
    next.weight == null &&
    next.score == null &&
    norm(next.level1) === norm(rows(r)[k].level1) &&
    !blank(next.name)
  );
};
/** A row scored below its weight with no 偏差原因分析 (a reason wrapped into the next row counts as written). */
export const devMissing = (r) =>
  rows(r).some(
    (i, k) =>
      i.weight != null && i.score != null && i.score < i.weight && blank(i.deviation) && !wrappedReason(r, k),
  );
/** A row scored below its weight (a deviation). */
export const belowWeight = (r) =>
  rows(r).some((i) => i.weight != null && i.score != null && i.score < i.weight);
export const aboveWeight = (r) =>
  rows(r).some((i) => i.weight != null && i.score != null && i.score > i.weight);
/** 实际完成值 empty on a weighted row. */
export const actualMissing = (r) => rows(r).some((i) => i.weight && blank(i.actual));
export const hasLevel1 = (r, w) => rows(r).some((i) => norm(i.level1).includes(w));
/** A pdf-text record whose 效益 rows were filed under 产出指标 by the heuristic reading although the form's text has a
 * 「效益指标」 一级指标 label (003-017, 003-060): "no 效益指标" questions take such a form as optional (as satDoubt). */
export const benefitDoubt = (r) => !hasLevel1(r, '效益') && r._benefitInText === true;
/** No 效益指标 (一级指标) at all, and the text agrees. */
export const noBenefit = (r) => !hasLevel1(r, '效益') && !benefitDoubt(r);
export const ownerMissing = (r) => blank(r.owner);
export const phoneMissing = (r) => blank(r.phone);

/** Money expectations where one form writes 元 in a 万元 field without a unit (002-007: 1,863,180): both readings
 * are accepted, since the form itself is ambiguous (see README). */
export const suspectYuan = (r, col) => {
  const v = r.funds?.total?.[col]?.value;
  return v != null && !r.funds.total[col].unit && v >= 100000;
};
/** 执行率 as computed from the amounts (全年执行数 / 全年预算数), next to the rate the form states: the forms disagree
 * with their own arithmetic in places, so rate questions accept either reading (see README). */
export const rateComputed = (r) => {
  const a = money(r, 'annualBudget');
  const x = money(r, 'executed');
  // rounded to two decimals, as a rate is shown (99.998 % reads as 100 %)
  return a && x != null ? Math.round((10000 * x) / a) / 100 : null;
};
/** The satisfaction survey was not done: a satisfaction row that says 未做 (the corpus writes it in 偏差原因 or 实际完成值). */
export const satNotDone = (r) =>
  satRows(r).some((i) => /未做|未开展|未进行/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));

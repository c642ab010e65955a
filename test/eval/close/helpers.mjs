// Helpers of the close part (helper "blind17"): pools and expectation shapes its question lines use, over ../lib only.
import { inUnit, money, norm } from '../lib/corpus.mjs';
import { conv, PCT } from '../lib/shorthands.mjs';

/** The offices as a clerk names them: every form whose 主管部门 or 实施单位 names the place (all of an office's forms do). */
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
export const MINSHENG = (r) => inUnit(r, '民生保障办公室');
/** The 实施单位 exactly 民生保障办公室 (003-055 writes 「民生保障办公室是」: a slip, so that form is optional wherever the
 * office is named). */
export const MS_EXACT = (r) =>
  norm(r.implementingUnit) === '民生保障办公室' || norm(r.department) === '民生保障办公室';

/** The order of a ranking expectation checked on keys rounded to 1 元 (0.0001 万元): 2021年度老旧小区完善类改造项目 and
 * 2023年村级公益事业专项补助资金（市级） differ by 0.03 元, either may come first. */
export const roundKeys = (exp) => {
  if (exp.kind === 'anyOf') return { ...exp, alts: exp.alts.map(roundKeys) };
  if (!exp.keys) return exp;
  return {
    ...exp,
    keys: Object.fromEntries(Object.entries(exp.keys).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4])),
  };
};

/** A text value as a reply may quote it: without the full stop that ends the cell. */
export const txt = (s) => String(s ?? '').replace(/[。.；;]+$/, '');

/** A fact about no single project (a person, a phone number, a department): the reply says it and lists no project.
 * With several values, all of them must be said. */
export const says = (...values) => ({
  kind: 'value',
  project: '\u0000none',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  ...(values.length > 1 ? { all: true } : {}),
});

/** A signed difference asked as 多多少 / 相差 / 差额: the value or its magnitude (either sign), under the money reader
 * and its conversion of the 元-in-万元 cell; f(m) returns the difference under reader m. */
export const gap = (d, f, tol = 0.01) => {
  const vals = new Set();
  for (const m of [money, conv]) {
    const v = f(m);
    vals.add(Math.round(v * 1e6) / 1e6);
    vals.add(Math.round(-v * 1e6) / 1e6);
  }
  const alts = [...vals].map((v) => d.number(v, tol));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};

/** A figure per group asked 分别列示: a table with a row per group, or every figure said in the text. */
export const perGroup = (d, map, tol = 0.01) =>
  d.anyOf(d.groups(map, tol), {
    kind: 'allOf',
    parts: Object.values(map).map((v) => d.number(v, tol)),
  });

/** A share in percent of n out of the whole, for every whole given (forms without the figure counted or not). */
export const share = (d, n, ...wholes) => {
  const alts = [...new Set(wholes)].map((w) => d.number((100 * n) / w, PCT));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};

/** The sum of a money column of a pool, under both readings of the 元-in-万元 cell. */
export const sumM = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);

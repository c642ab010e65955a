// Helpers of the mirror part (helper "blind18"): pools and expectation shapes its question lines use, over ../lib only.
import { inUnit, money, norm } from '../lib/corpus.mjs';
import { conv, PCT } from '../lib/shorthands.mjs';

/** The offices as staff name them: every form whose 主管部门 or 实施单位 names the place (all of an office's forms do). */
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
/** 民生办: 民生保障办公室 (003-055 writes 「民生保障办公室是」, which contains it). */
export const MSB = (r) => inUnit(r, '民生保障办公室', '民生办');
/** 党群办: 党群工作办公室 (003-071 writes 「党群办」, 003-077 「处党群工作办公室」). */
export const DQB = (r) => inUnit(r, '党群工作办公室', '党群办');
/** 城管办 / 城乡办: 城乡管理办公室; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be read as it. */
export const CXB = (r) => inUnit(r, '城乡管理办公室');
export const CXB_WIDE = (r) => inUnit(r, '城乡管理办公室', '城乡建设办公室', '城乡办');

/** A fact about no single project (a person, a phone number): the reply says it and lists no project. */
export const says = (...values) => ({
  kind: 'value',
  project: '\u0000none',
  values: values.map((v) => (typeof v === 'number' ? v : norm(v))),
  ...(values.length > 1 ? { all: true } : {}),
});

/** A signed difference asked as 多多少 / 差多少: the value or its magnitude, under both readings of the 元-in-万元 cell;
 * f(m) returns the difference under the money reader m. */
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

/** A percentage under both readings of the 元-in-万元 cell; f(m) returns it under the money reader m. */
export const pctBoth = (d, f) => {
  const vals = [...new Set([f(money), f(conv)].map((v) => Math.round(v * 1e6) / 1e6))];
  const alts = vals.map((v) => d.number(v, PCT));
  return alts.length === 1 ? alts[0] : d.anyOf(...alts);
};

/** The sum of a money column of a pool under the money reader m. */
export const sumM = (rs, m, col) => rs.reduce((s, r) => s + (m(r, col) ?? 0), 0);

/** A place, office or person the data does not hold: a refusal, or an empty answer. */
export const noneOr = (d, term) => d.anyOf(d.refuse(term), d.set([]));

// Helpers of the twin part (helper "blind19"): pools and expectation shapes its question lines use, over ../lib only.
import { inUnit, money, norm } from '../lib/corpus.mjs';
import { column, conv } from '../lib/shorthands.mjs';

/** The offices as the askers name them: every form whose 主管部门 or 实施单位 names the place. */
export const LU = (r) => inUnit(r, '潞源');
export const SJ = (r) => inUnit(r, '双井');
export const DHM = (r) => inUnit(r, '大红门');
export const HMK = (r) => inUnit(r, '河门口');
export const FGW = (r) => inUnit(r, '发展和改革委员会', '发改委');
/** The 实施单位 exactly 民生保障办公室; 003-055 writes 「民生保障办公室是」 (a slip), optional wherever the office is named. */
export const MS_EXACT = (r) => norm(r.implementingUnit) === '民生保障办公室';
export const MS_ANY = (r) => norm(r.implementingUnit).includes('民生保障办公室');

/** One form by its record id (the record, not the bot, names it). */
export const rec = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

/** A money column rounded to 1 元 (0.0001 万元): 2021年度老旧小区完善类改造项目 (3457.171733) and
 * 2023年村级公益事业专项补助资金（市级） (3457.17173) differ by 0.03 元, so either may come first. */
export const m1 =
  (col, reader = money) =>
  (r) => {
    const v = reader(r, col);
    return v == null ? null : Math.round(v * 1e4) / 1e4;
  };
export const m1c = (col) => m1(col, conv);

/** A person (or a phone) asked about several forms: right said in the text (no project list), or as the forms listed
 * with that column. */
export const who = (d, rs, label, f, value) => d.anyOf(d.value(rs[0], value), column(d, label, rs, f));

/** A figure in 亿元 (tolerance half the last shown digit of two decimals) or the same sum in 万元, under both readings of
 * the 元-in-万元 cell (README, fifth batch: 多少亿). */
export const yi = (d, a, b) => {
  const alts = [a, b].flatMap((v) => [{ kind: 'number', value: v / 10000, tol: 0.005 }, d.number(v)]);
  return d.anyOf(...alts);
};

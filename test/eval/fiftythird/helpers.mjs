// Helpers of the fifty-third part (helper "blind71"): pools, readings and expectation shapes its question lines use,
// over ../lib only. Definitions: ../README.md ("The fifty-third part").
import { inUnit, money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import { conv, O } from '../lib/shorthands.mjs';

/** The offices as the askers name them (潞源 000, 双井 001, 发改委 002, 大红门 003, 河门口 004): every form names its
 * place in 主管部门 or 实施单位, so a place selects its office exactly. */
export const LY = O('000');
export const SJ = O('001');
export const FG = O('002');
export const DHM = O('003');
export const HMK = O('004');
/** 通州 as the 发改委 officer says it (咱们通州的): 潞源 and the 发改委, both 通州区. */
export const TZ = O('000', '002');
/** 民生办 = 民生保障办公室 (the 实施单位 of 32 大红门 forms; one writes it 「民生保障办公室是」). */
export const MS = (r) => inUnit(r, '民生保障办公室');
/** 党群办 = 党群工作办公室 (written 党群办, 处党群工作办公室 or with the street's name before it on some forms). */
export const DQ = (r) => inUnit(r, '党群工作办公室', '党群办');
export const not = (f) => (r) => !f(r);
export const or =
  (...fs) =>
  (r) =>
    fs.some((f) => f(r));

/** The form of an id (a line names the project by its name in the question; the id only picks the record). */
export const R = (d, id) => {
  const r = d.all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
export const ids =
  (...list) =>
  (r) =>
    list.includes(r.id);

/** Both readings of the 元-in-万元 cell of 002-007 (1,863,180 without a unit): as written, or converted. */
export const READERS = [money, conv];
/** The two 执行率 readings: the rate the form states, or 全年执行数 / 全年预算数. */
export const RATES = [rate, rateComputed];
/** One expectation per reading, built by f(reading); a single one when they agree. */
export const over = (d, readings, f) => {
  const alts = readings.map(f);
  const seen = new Set();
  const out = alts.filter((a) => {
    const k = JSON.stringify(a);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.length === 1 ? out[0] : d.anyOf(...out);
};

/** 还剩多少没花 of one form: 全年预算数 − 全年执行数 under a money reader. */
export const left = (m) => (r) =>
  m(r, 'annualBudget') == null || m(r, 'executed') == null ? null : m(r, 'annualBudget') - m(r, 'executed');
/** 年初 and 全年 both written (年初 written as 0 counts as written). */
export const bothBudgets = (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null;
/** An amount asked without a unit: the answer may give it in 万元 or in 元. */
export const wanOrYuan = (d, v) => d.anyOf(d.number(v), d.number(v * 10000, 1));
/** An amount asked in 元 (within half a 元). */
export const yuan = (_d, v) => ({ kind: 'number', value: Math.round(v * 10000 * 100) / 100, tol: 0.5 });
/** A signed figure whose sign the answer may say in words (调减 / 多出): accepted signed or as its magnitude. */
export const signed = (d, v) => (Math.abs(v) < 1e-9 ? d.number(0) : d.anyOf(d.number(v), d.number(-v)));

/** A ranking of a set whose membership is partly ambiguous: the sure ones must be listed, the doubtful ones may be,
 * and whatever is listed must be in the order of the key (grade.mjs checks the order by `keys`). */
export const rankTol = (d, must, may, key, dir) => {
  const sure = new Set(must);
  const maybe = may.filter((r) => !sure.has(r));
  const keys = Object.fromEntries([...must, ...maybe].map((r) => [norm(r.projectName), key(r)]));
  return { kind: 'names', must: d.set(must).must, may: d.set(maybe).must, ordered: dir, keys };
};

/** Rows of one form under a 一级指标 (产出, 效益, 满意度) or a 二级指标 word. */
export const level1Rows = (r, w) => rows(r).filter((i) => String(i.level1 ?? '').includes(w));
export const level2Rows = (r, w) => rows(r).filter((i) => String(i.level2 ?? '').includes(w));

/**
 * Amounts as clerks type them (numbers.ts, arith-shapes.ts): 80w, 三千块, 2000块钱, 几万 / 几十万 / 几百万 (a band, said
 * back as the range used), 多少亿 / 几个亿 (the figure in 亿元). Shapes of our own, not the evaluation's lines.
 */
import { describe, expect, it } from 'vitest';
import { unitAsked } from '../../src/query/arith-shapes.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '青塔街道办事处',
    implementingUnit: '青塔街道办事处',
    owner: '韩梅',
    projectName: '助老餐桌',
    year: 2024,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
/** The amount bounds of a question: [field, op, value] in 万元. */
const bounds = (q: string) => {
  const p = parse(q);
  expect(p.unplaced).toEqual([]);
  return p.query!.filters.map((f: Filter) => (f.type === 'compare' ? [f.field, f.op, f.value] : f.type));
};

describe('amounts typed the short way', () => {
  it('reads w / W after a number as 万', () => {
    expect(bounds('全年预算超过80w的项目')).toEqual([['annualBudget', '>', 80]]);
    expect(bounds('执行数不到1.5W的项目有哪些')).toEqual([['executed', '<', 1.5]]);
  });

  it('reads 块 / 块钱 after a number as 元 (in 万元 for the query)', () => {
    expect(bounds('全年预算三千块以下的项目')).toEqual([['annualBudget', '<', 0.3]]);
    expect(bounds('全年执行数2000块钱以上的项目')).toEqual([['executed', '>=', 0.2]]);
  });
});

describe('vague amounts: the band used is said back', () => {
  it('reads 几万 / 几十万 / 几百万 as one order of magnitude, and says so', () => {
    const tens = parse('年初预算几十万的项目');
    expect(tens.unplaced).toEqual([]);
    expect(tens.query!.filters).toEqual([
      { type: 'compare', field: 'initialBudget', op: '>=', value: 10 },
      { type: 'compare', field: 'initialBudget', op: '<=', value: 100 },
    ]);
    expect(tens.corrected).toContainEqual(['几十万', '10万～100万元']);
    expect(bounds('全年预算几万元的项目有几个')).toEqual([
      ['annualBudget', '>=', 1],
      ['annualBudget', '<=', 10],
    ]);
    expect(parse('执行数几百万的项目').corrected).toContainEqual(['几百万', '100万～1000万元']);
  });

  it('reads 十几万 as 十多万 (never as 几万), and leaves 几十万以上 alone (a bound said vaguely)', () => {
    expect(parse('全年预算十几万的项目').corrected).toEqual([['十几万', '10万～20万元']]);
    expect(parse('全年预算几十万以上的项目').corrected).toEqual([]);
  });
});

describe('a figure asked in 亿', () => {
  it('takes 多少亿 / 几个亿 as the unit of the answer', () => {
    expect(unitAsked('全年执行数合计是多少亿')).toEqual({ text: '全年执行数合计', unit: '亿元' });
    expect(unitAsked('青塔的预算一共有几个亿？')).toEqual({ text: '青塔的预算', unit: '亿元' });
    expect(unitAsked('预算合计约多少亿元')).toEqual({ text: '预算合计', unit: '亿元' });
    expect(unitAsked('预算合计是多少').unit).toBeNull();
  });
});

describe('amounts said roughly: the band used is said back', () => {
  it('reads a round number with 多 / 来 / 余 before 万 as that number and up to one more step', () => {
    const p = parse('全年预算三百多万的项目');
    expect(p.unplaced).toEqual([]);
    expect(bounds('全年预算三百多万的项目')).toEqual([
      ['annualBudget', '>=', 300],
      ['annualBudget', '<=', 400],
    ]);
    expect(p.corrected).toContainEqual(['三百多万', '300万～400万元']);
    expect(bounds('执行数二十来万的有几个')).toEqual([
      ['executed', '>=', 20],
      ['executed', '<=', 30],
    ]);
    expect(bounds('年初预算60多万的项目')).toEqual([
      ['initialBudget', '>=', 60],
      ['initialBudget', '<=', 70],
    ]);
  });

  it('reads two neighbouring digits before a place as the range between them, a bound after it at its far end', () => {
    expect(bounds('全年预算四五十万的项目')).toEqual([
      ['annualBudget', '>=', 40],
      ['annualBudget', '<=', 50],
    ]);
    expect(bounds('全年预算七八百万以上的')).toEqual([['annualBudget', '>', 800]]);
    expect(parse('全年预算七八百万以上的').corrected).toContainEqual(['七八百万以上', '800万元以上']);
  });

  it('reads 小几十万 as the low end of 几十万, 几千块 as thousands of yuan', () => {
    expect(bounds('执行数小几十万的项目')).toEqual([
      ['executed', '>=', 10],
      ['executed', '<=', 30],
    ]);
    expect(parse('执行数小几十万的项目').corrected).toEqual([['小几十万', '10万～30万元']]);
    expect(bounds('全年预算也就几千块钱的项目')).toEqual([
      ['annualBudget', '>=', 0.1],
      ['annualBudget', '<=', 1],
    ]);
  });

  it('reads 5k, 万块 and 半个亿 as exact amounts', () => {
    expect(bounds('执行数不到8k的项目')).toEqual([['executed', '<', 0.8]]);
    expect(bounds('全年预算在30万块到40万块之间的')).toEqual([
      ['annualBudget', '>=', 30],
      ['annualBudget', '<=', 40],
    ]);
    expect(bounds('全年预算半个亿以上的')).toEqual([['annualBudget', '>=', 5000]]);
  });

  it('leaves numbers that are not rough amounts alone', () => {
    // 15 is no round number: 15多万 is not read as a band (reported, not guessed).
    expect(parse('全年预算15多万的项目').corrected).toEqual([]);
    // Digits not neighbouring (三八十万) are no range.
    expect(parse('全年预算三八十万的项目').corrected).toEqual([]);
    expect(bounds('执行率90%以上的项目')).toEqual([['executionRate', '>=', 90]]);
  });
});

/**
 * The scope of a question as clerks bound it (issue 10): negations with their reach, bounds said around a number, the
 * set that is left after an exclusion. Wordings of our own over a small vocabulary, not the evaluation's lines.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { type LeafFilter, leaves } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf(
  [
    ['青塔街道办事处', '韩梅', '助老餐桌', 2023],
    ['青塔街道办事处', '周立', '青塔路灯改造', 2024],
    ['石桥街道办事处', '韩梅', '石桥社区食堂', 2024],
    ['区民政局', '吴川', '低保补助', 2023],
  ].map(([department, owner, projectName, year]) => ({
    department: department as string,
    implementingUnit: department as string,
    owner: owner as string,
    projectName: projectName as string,
    year: year as number,
  })),
);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
/** The filters of a question that must be understood whole: names as [term, negated], the rest as they are. */
const filters = (q: string) => {
  const p = parse(q);
  expect(p.unplaced).toEqual([]);
  return leaves(p.query!.filters).map((f: LeafFilter) =>
    f.type === 'name' ? ['name', f.term, !!f.negate] : f.type === 'compare' ? [f.field, f.op, f.value] : f,
  );
};
/** The distinct names a question leaves out (negated) and keeps. */
const names = (q: string) => {
  const fs = filters(q).filter((f) => Array.isArray(f) && f[0] === 'name') as Array<
    [string, string, boolean]
  >;
  return {
    out: [...new Set(fs.filter((f) => f[2]).map((f) => f[1]))],
    kept: [...new Set(fs.filter((f) => !f[2]).map((f) => f[1]))],
  };
};

describe('a negation in a clause of its own keeps its reach', () => {
  it('leaves out the names after 不要 / 也不要, though 要 reads like the asker wanting something', () => {
    expect(names('执行率超过80%的，不要青塔的')).toEqual({ out: ['青塔'], kept: [] });
    expect(names('全年预算50万以上的，不要青塔的，也不要石桥的')).toEqual({
      out: ['青塔', '石桥'],
      kept: [],
    });
    expect(names('不要石桥的，总分低于90的有几个')).toEqual({ out: ['石桥'], kept: [] });
  });

  it('keeps a stored name of a background clause as a condition, never turned into an exclusion', () => {
    // 不 negates 熟悉 here, not the place: the place stays what is asked about.
    expect(names('我不太熟悉青塔的项目，执行率低于90%的有哪些')).toEqual({ out: [], kept: ['青塔'] });
    expect(names('我要青塔的项目，总分低于90的')).toEqual({ out: [], kept: ['青塔'] });
  });
});

describe('a second bound joined to the first is of the same field', () => {
  it('reads 但 / 又 / 、 before a bound with no field of its own as the first field again', () => {
    expect(filters('总分不低于85但又没到95的')).toEqual([
      ['totalScore', '>=', 85],
      ['totalScore', '<', 95],
    ]);
    expect(filters('执行率大于等于60，小于80的项目')).toEqual([
      ['executionRate', '>=', 60],
      ['executionRate', '<', 80],
    ]);
    expect(filters('全年预算30万以上但不超过60万的')).toEqual([
      ['annualBudget', '>=', 30],
      ['annualBudget', '<=', 60],
    ]);
  });

  it('leaves a bound whose unit is of another kind, or one after another field, to its own field', () => {
    // 分 is no amount: the second bound is not the budget's (it goes to the score the unit names).
    expect(filters('全年预算30万以上但低于90分的')).toEqual([
      ['annualBudget', '>=', 30],
      ['totalScore', '<', 90],
    ]);
    expect(filters('总分高于90，执行率低于80%的')).toEqual([
      ['totalScore', '>', 90],
      ['executionRate', '<', 80],
    ]);
    // A bare number after a clause that names nothing to bound stays unplaced.
    expect(parse('总分高于90，还有3个').unplaced).not.toEqual([]);
  });
});

describe('a year left out', () => {
  it('reads 不是 / 除了 / 以外 / 的不算 around a year as every other year', () => {
    expect(filters('不是2024年的项目')).toEqual([['year', '<>', 2024]]);
    expect(filters('2023年以外的项目有几个')).toEqual([['year', '<>', 2023]]);
    expect(filters('除了2023年以外，总分低于90的')).toEqual([
      ['totalScore', '<', 90],
      ['year', '<>', 2023],
    ]);
    expect(filters('2024年的不算，全年预算一共多少')).toEqual([['year', '<>', 2024]]);
  });

  it('leaves out the name after the year when the word of leaving out stands between them', () => {
    expect(filters('2024年的项目不包括石桥的话有几个')).toEqual([
      ['year', '=', 2024],
      ['name', '石桥', true],
      ['name', '石桥', true],
    ]);
  });

  it('still reads a year alone, a list of years and a bound on the year', () => {
    expect(filters('2023年的项目')).toEqual([['year', '=', 2023]]);
    expect(filters('2024年以后的项目')).toEqual([['year', '>=', 2024]]);
  });
});

describe('leaving out, and what is left', () => {
  it('reads an empty test left out (没填的排除掉) as the filled ones, the field said beside it', () => {
    const p = parse('年初预算没填的排除掉，青塔平均全年预算多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toContainEqual({ type: 'empty', field: 'initialBudget', empty: false });
    // The word of leaving out does not reach 青塔 across the comma: 青塔 is the scope.
    expect(names('年初预算没填的排除掉，青塔平均全年预算多少')).toEqual({ out: [], kept: ['青塔'] });
    // 年初预算没填的不算 tests 年初预算, not the amount the question averages.
    expect(parse('年初预算没填的不算，剩下的项目全年预算平均多少').query).toEqual({
      filters: [{ type: 'empty', field: 'initialBudget', empty: false }],
      measures: [{ fn: 'avg', field: 'annualBudget' }],
    });
  });

  it('reads 还剩哪些 / 剩下的项目 after leaving out as the set left, not the money not spent', () => {
    const p = parse('青塔的项目，去掉韩梅负责的还剩哪些');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.measures).toBeUndefined();
    expect(names('青塔的项目，去掉韩梅负责的还剩哪些')).toEqual({ out: ['韩梅'], kept: ['青塔'] });
    // 还剩多少没花 is still the money.
    expect(parse('青塔还剩多少没花').query!.measures).toEqual([{ fn: 'sum', field: 'remaining' }]);
  });
});

describe('money not spent, asked with 多少钱', () => {
  it('reads 多少钱没花出去 / 多少没用掉 as 结余, never as an empty 执行数', () => {
    for (const q of ['一共多少钱没花出去', '青塔有多少没用掉', '石桥还有多少钱没花'])
      expect(parse(q).query!.measures, q).toEqual([{ fn: 'sum', field: 'remaining' }]);
    expect(filters('青塔有多少没用掉')).not.toContainEqual({ type: 'empty', field: 'executed', empty: true });
  });
});

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

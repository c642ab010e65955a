/**
 * A field compared with a number said with 比 (than-number.ts): the condition 低于 / 高于 that number, in wordings of
 * our own; 比…多少 still asks for an amount, two fields compared with 比 stay a comparison of fields, and a count after
 * 比 is no field value.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { rewriteThanNumber } from '../../src/query/than-number.ts';
import { type KnownProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '社区食堂补贴', dept: '东坝街道办事处', year: 2022, owner: '吴敏', budget: 120 },
  { name: '老旧小区改造', dept: '西苑街道办事处', year: 2023, owner: '郑凯', budget: 300 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const filtersOf = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2025);
  expect(p.unplaced).toEqual([]);
  return p.query?.filters;
};

describe('a field against a number said with 比', () => {
  it('reads 比N低 / 比N少 as below and 比N高 / 比N多 / 比N大 as above, with numerals in words or digits', () => {
    expect(filtersOf('东坝总分比八十八分还低的项目')).toContainEqual({
      type: 'compare',
      field: 'totalScore',
      op: '<',
      value: 88,
    });
    expect(filtersOf('全年预算比200万大的有哪些')).toContainEqual({
      type: 'compare',
      field: 'annualBudget',
      op: '>',
      value: 200,
    });
    expect(filtersOf('执行率比百分之七十五要高的项目有几个')).toContainEqual({
      type: 'compare',
      field: 'executionRate',
      op: '>',
      value: 75,
    });
    // 不比N低: not below.
    expect(filtersOf('得分不比六十分低的项目')).toContainEqual({
      type: 'compare',
      field: 'totalScore',
      op: '>=',
      value: 60,
    });
  });

  it('leaves an amount asked, a comparison of two fields and a count after 比 as they are', () => {
    expect(rewriteThanNumber('执行率比90%低多少')).toBe('执行率比90%低多少');
    expect(rewriteThanNumber('总分比90分高出几分')).toBe('总分比90分高出几分');
    expect(rewriteThanNumber('全年预算比年初预算多的项目')).toBe('全年预算比年初预算多的项目');
    expect(rewriteThanNumber('东坝的项目比西苑多两个')).toBe('东坝的项目比西苑多两个');
    expect(rewriteThanNumber('东坝比3个多')).toBe('东坝比3个多');
    expect(parseQuestion('全年预算比年初预算多的项目', VOCAB, 2025).query?.filters).toContainEqual({
      type: 'fields',
      left: 'annualBudget',
      op: '>',
      right: 'initialBudget',
    });
  });
});

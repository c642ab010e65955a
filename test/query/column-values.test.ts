/**
 * A cell said with its place on the form and what is written in it (issue 10, qcolumn): 实施单位这一列写X, 总分栏里填N,
 * 表头“项目负责人”那格写的是X, …几个字, 写的什么. Wordings of our own over a store of our own; a verb of writing with
 * no value after it stays the test of filled / empty / cell shape, and a value the store does not hold is reported.
 */
import { describe, expect, it } from 'vitest';
import { rewriteColumnValues } from '../../src/query/column-value-words.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter, PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { understoodBy } from './understood.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市平谷区金海湖镇人民政府',
    implementingUnit: '金海湖镇文化服务中心',
    owner: '邵一鸣',
    projectName: '2024年村级文化广场维护',
    year: 2024,
  },
  {
    department: '北京市平谷区金海湖镇人民政府',
    implementingUnit: '金海湖镇安全生产办公室',
    owner: '贺兰',
    projectName: '金海湖镇安全生产巡查经费',
    year: 2024,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
const understood = understoodBy(parse);
const nameOf = (q: PortfolioQuery, field: string) =>
  q.filters.find((f): f is Extract<Filter, { type: 'name' }> => f.type === 'name' && f.field === field);

describe('the value written in a named cell', () => {
  it.each([
    ['实施单位这一列写金海湖镇文化服务中心的项目', 'implementingUnit'],
    ['实施单位那格填的是“金海湖镇文化服务中心”的有几个', 'implementingUnit'],
    ['表头“项目负责人”那一栏写的是贺兰的表', 'owner'],
    ['项目负责人一栏只写了邵一鸣三个字的项目', 'owner'],
    ['表尾的项目负责人写着贺兰的有哪些', 'owner'],
  ])('%s', (q, field) => {
    expect(nameOf(understood(q), field)).toBeDefined();
  });

  it.each([
    ['总分栏里填99.5的是哪几张', 'totalScore', 99.5],
    // the rate pointed at as a cell is what the form states (stated-rate-cell.test.ts)
    ['执行率那格写的100%的项目', 'statedRate', 100],
    ['年初预算数那一栏填了0的表', 'initialBudget', 0],
  ])('%s: a number compared', (q, field, value) => {
    const f = understood(q).filters.find((x) => x.type === 'compare');
    expect(f).toMatchObject({ field, op: '=', value });
  });

  it('asks what is written as a lookup of the field', () => {
    const q = understood('金海湖镇安全生产巡查经费实施单位那一栏写的什么');
    expect(q.select).toContain('implementingUnit');
    expect(rewriteColumnValues('实施单位那格填了啥')).toBe('实施单位是啥');
  });

  it('leaves filled, empty and shapes of a cell to their readers', () => {
    for (const q of [
      '项目负责人那一栏写了的项目',
      '实施单位那格没填的项目',
      '联系电话一栏填了两个号码的项目',
      '负责人那格写了2个人的表',
      '偏差原因那一栏都填写了吗',
      '实施单位填报的项目有几个',
      '总分那一栏写错了的表',
    ])
      expect(rewriteColumnValues(q), q).not.toMatch(/是(?!什么|啥)/u);
    expect(understood('实施单位那格没填的项目').filters).toContainEqual({
      type: 'empty',
      field: 'implementingUnit',
      empty: true,
    });
  });

  it('reports a value the store does not hold, never answers for every project', () => {
    const p = parse('实施单位那一栏写的是青龙湖镇农业中心的项目');
    expect(p.unplaced.join('')).toContain('青龙湖');
  });
});

/**
 * Which of a set is more (set-comparatives.ts): "which" with a comparative asks for the top of the set, the set's
 * size is no count to list, and 比一下 is the request. A comparison of a field with a figure (比90高) keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { parseOverTwoOffices } from './two-offices.ts';

const parse = parseOverTwoOffices;

describe('a comparative asked of which', () => {
  it.each([
    ['永宁镇的两个项目，谁的全年预算更多', 'annualBudget', 'desc'],
    ['比一下永宁镇这两个项目的执行数，哪个大', 'executed', 'desc'],
    ['永宁镇两个项目哪个执行率比较低', 'executionRate', 'asc'],
    ['永宁镇的项目里哪一个总分更高一些', 'totalScore', 'desc'],
  ])('%s', (q, by, dir) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query?.order).toEqual({ by, dir });
    expect(p.query?.limit).toBe(1);
  });

  it('a field compared with a figure is no superlative', () => {
    const p = parse('总分比90高的项目有哪些');
    expect(p.query?.order).toBeUndefined();
    expect(p.query?.filters).toContainEqual({ type: 'compare', field: 'totalScore', op: '>', value: 90 });
  });
});

/**
 * Bounds marked as included or not (bound-marks.ts): （含） / （不含） / （含50万） after a figure decide the comparison; a
 * bound without a mark keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { parseOverTwoOffices } from './two-offices.ts';

const filters = (q: string) => {
  const p = parseOverTwoOffices(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query?.filters.map((f) => (f.type === 'compare' ? `${f.field}${f.op}${f.value}` : f.type));
};

describe('a bound marked included or not', () => {
  it.each([
    ['总分在99分（含）到100分（不含）之间的项目有哪些', ['totalScore>=99', 'totalScore<100']],
    ['全年预算在10万(不含)至50万(含50万)之间的项目', ['annualBudget>10', 'annualBudget<=50']],
    ['执行率90%（不含）以下的项目', ['executionRate<90']],
    ['总分95分（包含）以上的有几个', ['totalScore>=95']],
    ['执行数5万元（不包括）以上的项目', ['executed>5']],
  ])('%s', (q, want) => {
    expect(filters(q)).toEqual(want);
  });

  it('without a mark, both ends stay included', () => {
    expect(filters('总分在95到100之间的项目')).toEqual(['totalScore>=95', 'totalScore<=100']);
  });
});

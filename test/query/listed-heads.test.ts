import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { expandListedHeads } from '../../src/query/shared-head.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

describe('field names listed with their head said once after the list', () => {
  it.each([
    ['年初、全年、执行三个数', '年初数、全年数、执行数'],
    ['预算、执行这两个数', '预算数、执行数'],
    ['年初、全年和执行数各是多少', '年初数、全年数、执行数各是多少'],
    ['预算执行、满意度两项得分', '预算执行得分、满意度得分'],
  ])('%s → %s', (said, whole) => {
    expect(expandListedHeads(said)).toBe(whole);
  });

  it.each(['永宁镇和香水园两个数', '执行率和得分', '三个数'])(
    '%s: no list of field names, unchanged',
    (said) => {
      expect(expandListedHeads(said)).toBe(said);
    },
  );

  it('a lookup of the three figures of one project', () => {
    const p = parseQuestion('古城墙修缮补助的年初、全年、执行三个数', STORY_VOCAB, 2024);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.select).toEqual(['initialBudget', 'annualBudget', 'executed']);
  });
});

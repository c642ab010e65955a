import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

const conditions = (q: string) => {
  const p = parseQuestion(q, STORY_VOCAB, 2024);
  return { unplaced: p.unplaced, leaves: leaves(p.query?.filters ?? []).filter((f) => f.type !== 'name') };
};

describe('English comparatives with the compared thing between more and than', () => {
  it('which projects got more annual budget than initial budget', () => {
    expect(conditions('Yongning 永宁镇: which projects got more 全年预算 than 年初预算?')).toEqual({
      unplaced: [],
      leaves: [{ type: 'fields', left: 'annualBudget', op: '>', right: 'initialBudget' }],
    });
  });

  it('a higher total score than 95', () => {
    expect(conditions('projects with a higher total score than 95').leaves).toEqual([
      { type: 'compare', field: 'totalScore', op: '>', value: 95 },
    ]);
  });

  it('an English question is never set aside as a story', () => {
    expect(conditions('永宁镇: which projects have fewer points than 60?').unplaced).toEqual([]);
  });
});

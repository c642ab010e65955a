import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

const parse = (q: string) => parseQuestion(q, STORY_VOCAB, 2024);
const compares = (q: string) => leaves(parse(q).query?.filters ?? []).filter((f) => f.type === 'compare');

describe('几万 asked (the figure in its order) or said (a band)', () => {
  it.each([
    ['古城墙修缮补助的全年预算写的几万', 'annualBudget'],
    ['老旧楼房外墙保温，执行数是几十万？', 'executed'],
    ['古城墙修缮补助年初预算填的几万呢', 'initialBudget'],
  ])('%s: a lookup of %s, no band', (q, field) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.select).toContain(field);
    expect(compares(q)).toEqual([]);
  });

  it.each(['全年预算几万的项目有哪些', '执行数是几十万的项目'])('%s: a band', (q) => {
    expect(compares(q)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

const conditions = (q: string) => {
  const p = parseQuestion(q, STORY_VOCAB, 2024);
  return { unplaced: p.unplaced, leaves: leaves(p.query?.filters ?? []).filter((f) => f.type !== 'name') };
};

describe('figures and cells said the way staff speak', () => {
  it.each([
    ['永宁镇执行率是整100的项目', { type: 'compare', field: 'executionRate', op: '=', value: 100 }],
    ['全年预算五十万元整以上的项目', { type: 'compare', field: 'annualBudget', op: '>=', value: 50 }],
    ['总分95分整的有几个', { type: 'compare', field: 'totalScore', op: '=', value: 95 }],
    ['负责人栏有名字的项目有多少个', { type: 'empty', field: 'owner', empty: false }],
    ['电话那格没写号码的项目', { type: 'empty', field: 'phone', empty: true }],
  ])('%s', (q, leaf) => {
    expect(conditions(q)).toEqual({ unplaced: [], leaves: [leaf] });
  });

  it('全调出来: all of them, no condition', () => {
    expect(conditions('把永宁镇的表全调出来')).toEqual({ unplaced: [], leaves: [] });
  });

  it('整 inside a word is left alone (整改: the forms that must be mended, never a whole number)', () => {
    const mended = conditions('需要整改的项目');
    expect(mended.unplaced).toEqual([]);
    expect(mended.leaves).toEqual([{ type: 'severity', value: 'error' }]);
  });
});

describe('执行完 negated stays what it was', () => {
  it('还有多少钱没执行完 is the money left, never 执行率≥100%', () => {
    const p = parseQuestion('古城墙修缮补助还有多少钱没执行完', STORY_VOCAB, 2024);
    expect(p.query?.select).toEqual(['remaining']);
  });
});

describe('the cell itself, said with 全称 / 落款 / 原样', () => {
  it.each([
    ['古城墙修缮补助的主管部门全称是什么', 'department'],
    ['古城墙修缮补助那张表，落款负责人写的谁', 'owner'],
    ['古城墙修缮补助的全年执行数，表上原样写的是多少', 'executed'],
    ['古城墙修缮补助最后打了多少分', 'totalScore'],
  ])('%s', (q, field) => {
    const p = parseQuestion(q, STORY_VOCAB, 2024);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.select).toEqual([field]);
  });

  it('a count of the place restated before a field: checked, not a condition', () => {
    const p = parseQuestion('永宁镇两个项目负责人是谁', STORY_VOCAB, 2024);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.select).toEqual(['owner']);
  });
});

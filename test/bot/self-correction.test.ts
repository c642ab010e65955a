import { describe, expect, it } from 'vitest';
import { classifyIntent, type IntentContext } from '../../src/bot/intent.ts';
import { selfCorrection } from '../../src/bot/self-correction.ts';

describe('a value taken back within the same message: the last one wins', () => {
  it.each([
    ['80856942，不对，是80856943', '80856943', '80856942'],
    ['80856942 不对 80856943', '80856943', '80856942'],
    ['王丽，写错了，应该是王力', '王力', '王丽'],
    ['王丽 哦不 王力', '王力', '王丽'],
    ['12万，不对不对，12.5万', '12.5万', '12万'],
    ['13800000000，打错了，13800000001', '13800000001', '13800000000'],
    ['95%，说错了，是96%', '96%', '95%'],
    ['1,196,000元，不是，1,296,000元', '1,296,000元', '1,196,000元'],
    ['王丽；更正一下：王力', '王力', '王丽'],
    ['负责人王丽，不对，是王力', '负责人王力', '王丽'],
    ['负责人是王丽，电话80856942，不对，80856943', '负责人是王丽，电话80856943', '80856942'],
    ['八十五分，我说错了，八十六分', '八十六分', '八十五分'],
    ['3人，应该是4人', '4人', '3人'],
    ['电话80856942，不对，电话是80856943', '电话是80856943', '80856942'],
  ])('%s → %s', (typed, text, replaced) => {
    expect(selfCorrection(typed)).toMatchObject({ text, replaced });
  });

  it.each([
    '80856942',
    '王丽',
    '不对，应该是王力', // an earlier answer corrected
    '刚才电话写错了，是13800000000',
    '手机号打错了 应该是139 0000 1111',
    '写成赵敏了，应该是赵明',
    '80856942，不是80856943', // X, not Y: X is meant
    '王丽，谢谢',
    '王丽，不好意思',
    '资金拨付滞后，导致执行率偏低',
  ])('not a value taken back: %s', (typed) => {
    expect(selfCorrection(typed)).toBeNull();
  });

  it('a value taken back without another: nothing to write, the right value is asked for', () => {
    expect(selfCorrection('80856942，不对')).toMatchObject({ value: '', replaced: '80856942' });
    const ctx: IntentContext = { labels: ['联系电话'], current: ['（空）'], kinds: ['phone'] };
    expect(classifyIntent('80856942，不对', ctx).kind).toBe('objection');
    expect(classifyIntent('80856942，不对，是80856943', ctx)).toEqual({
      kind: 'answer',
      text: '80856943',
      replaced: '80856942',
    });
  });
});

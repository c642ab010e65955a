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

/** Pairs of values of one type: [type, the value taken back, the value meant]. */
const PAIRS: [string, string, string][] = [
  ['name', '李昌隆', '李昌龙'],
  ['name', '欧阳娜娜', '欧阳娜'],
  ['phone', '69554805', '69554806'],
  ['phone', '138 0000 0000', '13900000000'],
  ['phone', '010-80856942', '010-80856943'],
  ['amount', '42万元', '45万元'],
  ['amount', '125,000元', '126,000元'],
  ['amount', '12万', '12.5'],
  ['percent', '95%', '96%'],
  ['score', '八十五分', '八十六分'],
  ['score', '40分', '41'],
  ['count', '3人', '4人'],
  ['year', '2023年', '2024年'],
];

/** How staff take a value back, as structures: a negation, an error, an apology, a restatement, and mixes. */
const TAKE_BACKS = [
  '{a}，不对，是{b}',
  '{a}，不好意思打错了，是{b}',
  '{a}，不好意思，{b}',
  '{a}，抱歉，应该是{b}',
  '{a} 哦不 {b}',
  '{a}，写错了，应该是{b}',
  '{a}，sorry，{b}',
  '{a}，手误，{b}',
  '{a}…打错字了，{b}',
  '{a}（打错了，{b}）',
  '{a}，我是说{b}',
  '{a}，改成{b}',
  '{a}，更正：{b}',
  '{a}，啊不对，{b}',
  '{a}，不是，{b}',
  '{a}。说错了。{b}',
  '{a}，纠正一下，应为{b}',
  '{a}，对不起，是{b}吧',
  '{a}，呃，其实是{b}',
  '{a}，错了错了，{b}',
  '{a}，口误，准确说是{b}',
];

describe('taking a value back is read by structure, for every value type and wording', () => {
  const cases = PAIRS.flatMap(([type, a, b]) =>
    TAKE_BACKS.map((t) => ({ type, a, b, typed: t.replace('{a}', a).replace('{b}', b) })),
  );
  it('covers at least 250 combinations', () => expect(cases.length).toBeGreaterThanOrEqual(250));
  it.each(cases)('$type: $typed', ({ a, b, typed }) => {
    const found = selfCorrection(typed);
    expect(found?.replaced).toBe(a);
    // The message now says only the value meant (a particle after it may stay: 是李昌龙吧).
    expect(found?.text.replace(/[吧）)]+$/, '')).toBe(b);
  });
  // Without a break, only a value with a shape is cut by the words inside its clause.
  it.each([
    ['李昌隆不好意思是李昌龙', '李昌隆', '李昌龙'],
    ['12万不对12.5万', '12万', '12.5万'],
    ['80856942打错了80856943', '80856942', '80856943'],
    ['王丽哦不王力', '王丽', '王力'],
  ])('%s', (typed, a, b) => {
    expect(selfCorrection(typed)).toMatchObject({ replaced: a, text: b });
  });
});

describe('two values that are not one taken back', () => {
  it.each([
    '王丽 李四', // two people, nothing between
    '王丽，李四',
    '王丽，不好意思，电话是80856942', // another type, another field
    '负责人王丽，抱歉，联系电话80856942',
    '80856942，不好意思，还有一个手机13800000000', // a value added
    '80856942，不好意思，13800000000也可以打',
    '年初预算12万，执行数11万', // two fields, two numbers
    '年初预算12万，不好意思，执行数是11万',
    '年初预算12万，执行数不对，是11万', // the other field is the one corrected
    '12万，不好意思，执行率95%',
    '12万，是年初预算',
    '95分，是100分里扣了5分',
    '王丽，不好意思回复晚了',
    '王丽，是我们科的',
    '资金拨付滞后，是因为采购延迟',
    '计划改成线上，所以延期',
    '原因是数据录入有误，已更正',
    '80856942，不是80856943',
    '王力，不是王丽',
  ])('%s', (typed) => {
    expect(selfCorrection(typed)).toBeNull();
  });
});

describe('the intent of a message that takes a value back', () => {
  const owner: IntentContext = { labels: ['项目负责人'], current: ['（空）'], kinds: ['name'] };
  it.each([
    ['李昌隆，不好意思打错了，是李昌龙', '李昌龙', '李昌隆'],
    ['负责人：李昌隆，抱歉，李昌龙', '负责人：李昌龙', '李昌隆'],
    ['李昌隆 sorry 李昌龙', '李昌龙', '李昌隆'],
  ])('%s → an answer %s, %s not used', (typed, text, replaced) => {
    expect(classifyIntent(typed, owner)).toEqual({ kind: 'answer', text, replaced });
  });
});

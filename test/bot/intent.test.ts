import { describe, expect, it } from 'vitest';
import { classifyIntent, isChitchat, isQuestion } from '../../src/bot/intent.ts';

const ctx = { labels: ['项目负责人', '联系电话'], current: ['（空）', '80856942'] };
const kind = (text: string, context = ctx) => classifyIntent(text, context).kind;

describe('classifyIntent', () => {
  it.each([
    '好的，谢谢',
    '好的谢谢！',
    '谢谢',
    '嗯',
    '嗯嗯',
    '收到',
    '收到👌',
    'ok',
    'OK thanks',
    '辛苦了',
    '好嘞',
    '明白了。',
    '哦哦 知道了',
  ])('chit-chat: %s', (text) => {
    expect(kind(text)).toBe('chitchat');
  });

  it.each([
    '不用改',
    '不用改了，谢谢',
    '保持原样',
    '维持原样吧',
    '就这样吧',
    '不需要修改',
    '原来的就是对的',
    '别改',
  ])('pushback: %s', (text) => {
    expect(kind(text)).toBe('keep');
  });

  it('the current value typed again is pushback, not a write', () => {
    expect(kind('80856942')).toBe('keep');
    expect(kind('还是80856942')).toBe('keep');
    expect(kind('80856943')).toBe('answer');
  });

  it.each(['确认', '采用', '按建议改吧', '好的，确认'])('confirmation: %s', (text) => {
    expect(kind(text)).toBe('confirm');
  });

  it.each(['对', '对的', '是的', '对，没问题'])('agreement without saying with what: %s', (text) => {
    expect(kind(text)).toBe('affirm');
  });

  it.each(['先跳过', '跳过吧', '这个跳过'])('skip: %s', (text) => {
    expect(kind(text)).toBe('skip');
  });

  it.each(['撤销', '撤回', '改回去', '取消刚才的修改'])('undo: %s', (text) => {
    expect(kind(text)).toBe('undo');
  });

  it.each(['稍等', '等一下，我问问财务', '我去查一下', '我看看'])('not now: %s', (text) => {
    expect(kind(text)).toBe('later');
  });

  it.each([
    '通州区有几个项目？',
    '2023年执行率低于90%的项目有哪些',
    '哪些项目缺少满意度调查',
    '列出总分低于80分的项目',
    'how many projects are below 80',
    '按部门统计项目数量',
  ])('portfolio question: %s', (text) => {
    expect(kind(text)).toBe('question');
  });

  it.each(['联系电话怎么填？', '这里要填什么', '负责人是指谁', '单位是什么'])(
    'a question about the asked field: %s',
    (text) => {
      expect(kind(text)).toBe('fieldHelp');
    },
  );

  it.each([
    ['王小明', '王小明'],
    ['不对，应该是李四', '李四'],
    ['好的，王小明', '王小明'],
    ['改成13812345678', '13812345678'],
    ['负责人：王小明；电话：010-89538761', '负责人：王小明；电话：010-89538761'],
  ])('an answer: %s', (text, value) => {
    expect(classifyIntent(text, ctx)).toEqual({ kind: 'answer', text: value });
  });

  it('"不对" alone asks for the right value', () => {
    expect(kind('不对')).toBe('objection');
    expect(kind('填错了')).toBe('objection');
  });
});

describe('isChitchat / isQuestion', () => {
  it('a value is neither', () => {
    for (const value of ['1200人次', '已完成', '95%', '张三', '112.12万']) {
      expect(isChitchat(value)).toBe(false);
      expect(isQuestion(value)).toBe(false);
    }
  });
  it('a long explanation with 如何 inside is not a question', () => {
    expect(
      isQuestion(
        '本年度围绕如何提升统计调查质量开展了培训三次，覆盖全部调查员，数据差错率较上年下降两个百分点，完成了年初设定的各项目标任务。',
      ),
    ).toBe(false);
  });
});

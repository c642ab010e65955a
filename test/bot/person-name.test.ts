import { describe, expect, it } from 'vitest';
import { compactName, looksLikePersonName } from '../../src/bot/person-name.ts';

describe('looksLikePersonName', () => {
  it.each(['刘建国', '孙 悦', '司马小雨', '古丽娜尔·吐尔逊', 'Mary Chen', '那日苏', '覃海燕'])(
    'a name: %s',
    (name) => {
      expect(looksLikePersonName(name)).toBe(true);
    },
  );

  it.each([
    '回头补上',
    '待确认',
    '暂时不清楚',
    '预算执行率',
    '项目名称',
    '马驹桥镇',
    '八里桥街道',
    '财政局',
    '办公室主任',
    '我自己',
    '还没确定',
    '一会儿发你',
    '2024',
    '冯',
  ])('not a name: %s', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });

  it('a rare family name is taken when the clerk says it is the name, a word of the form never', () => {
    expect(looksLikePersonName('禤国维')).toBe(false);
    expect(looksLikePersonName('禤国维', true)).toBe(true);
    expect(looksLikePersonName('满意度', true)).toBe(false);
  });

  it('drops the space staff put inside a two-character name', () => {
    expect(compactName(' 孙 悦 ')).toBe('孙悦');
    expect(compactName('Mary Chen')).toBe('Mary Chen');
    expect(compactName('欧阳 娜娜')).toBe('欧阳娜娜');
    expect(compactName('王 丽娜')).toBe('王丽娜');
  });

  it('keeps the space between two names: 王丽 李四 is two people, not one', () => {
    expect(compactName('王丽 李四')).toBe('王丽 李四');
    expect(looksLikePersonName('王丽 李四')).toBe(false);
  });
});

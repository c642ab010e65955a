import { describe, expect, it } from 'vitest';
import { type AskedField, parseAnswerText } from '../../src/bot/answers.ts';

const owner: AskedField = { path: 'owner', label: '项目负责人', kind: 'text' };
const phone: AskedField = { path: 'phone', label: '联系电话', kind: 'text' };
const total: AskedField = { path: 'totalScore', label: '总分', kind: 'number', expected: 92.5 };

describe('parseAnswerText', () => {
  it.each([
    ['the whole text for the one field asked', '张三', [owner], [{ path: 'owner', text: '张三' }]],
    [
      'labelled pairs, with short aliases',
      '负责人：张三；电话：010-89538761',
      [owner, phone],
      [
        { path: 'owner', text: '张三' },
        { path: 'phone', text: '010-89538761' },
      ],
    ],
    [
      'one line per asked field',
      '张三\n13800000000',
      [owner, phone],
      [
        { path: 'owner', text: '张三' },
        { path: 'phone', text: '13800000000' },
      ],
    ],
    ['确认 takes the proposed value', '确认', [owner, total], [{ path: 'totalScore', text: '92.5' }]],
    [
      'a colon inside free text is content',
      '完成情况：已完成',
      [owner],
      [{ path: 'owner', text: '完成情况：已完成' }],
    ],
    ['a label of a field not asked', '联系电话：88886666', [owner], [{ path: 'phone', text: '88886666' }]],
  ])('%s', (_name, text, asked, expected) => {
    expect(parseAnswerText(text, asked)).toEqual(expected);
  });

  it('returns nothing for an empty answer', () => {
    expect(parseAnswerText('  ', [owner])).toEqual([]);
  });
});

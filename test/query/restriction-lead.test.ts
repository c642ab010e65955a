/**
 * 只要 / 仅限 / 只看 at the start of a message (context.ts `asksOnItsOwn`): followed by a clause with a condition of its
 * own it restricts the question it begins; alone, or before an ordering, a count or a word pointing back, it narrows
 * the question before. A list asked in an order and nothing else lists the set just asked about. Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, readFollowUp } from '../../src/query/context.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '青塔街道办事处',
    implementingUnit: '青塔街道办事处',
    owner: '韩梅',
    projectName: '助老餐桌',
    year: 2024,
  },
  {
    department: '石桥街道办事处',
    implementingUnit: '石桥街道办事处',
    owner: '周立',
    projectName: '社区食堂',
    year: 2023,
  },
]);
const NOW = new Date('2026-03-02T09:00:00Z');
const PREVIOUS: AskedQuestion = {
  query: parseQuestion('石桥的项目全年预算合计', VOCAB, 2026).query!,
  text: '石桥的项目全年预算合计',
  at: new Date(NOW.getTime() - 60_000).toISOString(),
};

describe('a restriction at the start of a message', () => {
  it('begins a question of its own when a clause with its own condition follows', () => {
    for (const [message, rest] of [
      ['只要青塔的，执行率不到95%的', '青塔的，执行率不到95%的'],
      ['仅限2024年：联系电话没填的有哪些', '2024年：联系电话没填的有哪些'],
      ['只看青塔街道；总分在90分以下的列一下', '青塔街道；总分在90分以下的列一下'],
    ] as const) {
      const reading = readFollowUp(message, PREVIOUS);
      expect(reading.how, message).toBeNull();
      expect(reading.text, message).toBe(rest.normalize('NFKC'));
      // the whole question parses: nothing of the restriction left unplaced
      expect(parseQuestion(reading.text, VOCAB, 2026).unplaced, message).toEqual([]);
    }
  });

  it('narrows the question before when it says nothing more, or only how to show it', () => {
    for (const message of [
      '只看青塔的',
      '只要2024年的，按全年预算排一下',
      '只看青塔的，有几个',
      '只统计青塔的，列出来',
    ])
      expect(readFollowUp(message, PREVIOUS).how, message).toBe('narrow');
  });

  it('narrows the question before when the clause after points back at it', () => {
    for (const message of [
      '只看青塔的，这些里面执行率低于90%的',
      '只要青塔的，其中总分低于90的',
      '只看青塔的，执行率低于90%的呢',
    ])
      expect(readFollowUp(message, PREVIOUS).how, message).not.toBeNull();
  });
});

describe('a list asked in an order after a question', () => {
  const follow = (message: string) => {
    const reading = readFollowUp(message, PREVIOUS);
    return attachFollowUp(reading, parseQuestion(reading.text, VOCAB, 2026).query, PREVIOUS);
  };

  it('lists the set just counted or summed, in that order', () => {
    for (const message of ['列出来，按全年预算从高到低', '按执行率从低到高列一下', '把名单按总分排一下']) {
      const out = follow(message);
      expect('query' in out && out.carried, message).toBe(true);
      if (!('query' in out)) continue;
      expect(out.query!.measures, message).toBeUndefined();
      expect(out.query!.filters, message).toEqual(PREVIOUS.query.filters);
      expect(out.query!.order, message).toBeDefined();
    }
  });

  it('stands alone when it names its own projects or scope', () => {
    const out = follow('所有项目按全年预算从高到低列出来');
    expect('query' in out && out.carried).toBe(false);
  });
});

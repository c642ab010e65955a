/**
 * A condition within the first N of a ranking (context.ts withinFirstN): the query language takes the first N after
 * its conditions, so 里面有几个是X的 after 全年预算最多的前10个项目 would be the first 10 of X's projects — a wrong
 * count. It is asked about; a figure of the same set with no condition of its own is still answered.
 */
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, readFollowUp } from '../../src/query/context.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇社会事务办公室',
    owner: '邵春燕',
    projectName: '古城墙修缮补助',
    year: 2022,
  },
  {
    department: '北京市延庆区香水园街道办事处',
    implementingUnit: '香水园街道办事处',
    owner: '韩立军',
    projectName: '老旧楼房外墙保温',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

function answered(text: string): AskedQuestion {
  const { query, unplaced } = parse(text);
  expect(unplaced).toEqual([]);
  return { query: query!, text, at: new Date().toISOString() };
}
function follow(text: string, previous: AskedQuestion) {
  const reading = readFollowUp(text, previous);
  const parsed = reading.ask || !reading.text.trim() ? null : parse(reading.text);
  return attachFollowUp(reading, parsed?.query ?? null, previous);
}

describe('a condition among the first N of a ranking', () => {
  const top = answered('全年执行数最高的5个项目');

  it.each(['这里面有几个是永宁镇的', '其中2023年的有哪些', '它们当中邵春燕负责的有几个'])(
    '%s is asked about',
    (q) => {
      const a = follow(q, top);
      expect('ask' in a && a.ask).toMatch(/前5个/);
    },
  );

  it('a figure of the same five is answered over them', () => {
    const a = follow('它们的全年预算一共多少', top);
    expect('query' in a && a.query?.limit).toBe(5);
  });

  it('a condition over a plain list narrows it as before', () => {
    const a = follow('其中2023年的有哪些', answered('永宁镇的项目'));
    expect('query' in a && a.carried).toBe(true);
  });
});

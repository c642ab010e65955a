/**
 * 潞源有没有这样的 after a question with conditions (like-these.ts): 这样的 / 这种 / 类似的 stand for the previous
 * question's conditions, the place, year or person named beside them takes the place of its own. Read alone they
 * were a stopword, and the message listed every project of that place — the conditions silently dropped.
 */
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, readFollowUp } from '../../src/query/context.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { type Filter, leaves } from '../../src/query/query.ts';
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

function follow(text: string, previous: AskedQuestion | null) {
  const reading = readFollowUp(text, previous);
  const parsed = reading.ask || !reading.text.trim() ? null : parse(reading.text);
  expect(parsed?.unplaced ?? []).toEqual([]);
  return attachFollowUp(reading, parsed?.query ?? null, previous);
}

const terms = (filters: Filter[]) =>
  leaves(filters).map((f) =>
    f.type === 'name'
      ? `${f.field}:${f.term}`
      : f.type === 'compare'
        ? `${f.field}${f.op}${f.value}`
        : f.type,
  );

describe('这样的 / 这种 / 类似的 after a question: its conditions, in the scope named', () => {
  const before = answered('永宁镇执行率低于90%的项目');

  it.each(['香水园有没有这样的', '香水园街道有这种项目吗', '香水园那边有类似的没有'])('%s', (q) => {
    const a = follow(q, before);
    expect('query' in a && a.carried).toBe(true);
    const got = terms('query' in a ? (a.query?.filters ?? []) : []);
    expect(got).toContain('executionRate<90');
    expect(got.some((t) => t.includes('香水园'))).toBe(true);
    expect(got.some((t) => t.includes('永宁'))).toBe(false);
  });

  it('a year named beside them narrows the same conditions to that year', () => {
    const a = follow('2023年也有类似的吗', before);
    const got = terms('query' in a ? (a.query?.filters ?? []) : []);
    expect(got).toEqual(expect.arrayContaining(['executionRate<90', 'year=2023']));
  });

  it('with no question before, it is asked about, never answered for the whole place', () => {
    const a = follow('香水园有没有这样的', null);
    expect('ask' in a).toBe(true);
  });

  it('就这样 or a lead-in 是这样的 refers to no kind', () => {
    expect(readFollowUp('就这样', before).how).toBeNull();
    expect(readFollowUp('是这样的，香水园的项目有几个', before).how).toBeNull();
  });
});

describe('a kind told in the message itself', () => {
  it('is no reference to the question before', () => {
    const before = answered('永宁镇执行率低于90%的项目');
    expect(readFollowUp('检查组说有的项目没写负责人，香水园有没有这种情况', before).how).toBeNull();
  });
});

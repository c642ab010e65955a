/**
 * Two asks in one message answered in replies of their own (grade.mjs gradeAll): each part is right when one reply
 * alone answers it, and a part wrong over all the replies stays wrong (never "not understood").
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error the eval's grader is plain JavaScript
import { grade } from './grade.mjs';

const list = (title: string, names: string[]) => ({
  title,
  text: `查询：…\n共 ${names.length} 项。`,
  table: { columns: ['项目名称', '总分'], rows: names.map((n) => [n, '90']) },
});
const names = (must: string[]) => ({ kind: 'names', must, may: [] });

describe('allOf over replies of their own', () => {
  const replies = [list('第一问', ['甲项目', '乙项目']), list('第二问', ['丙项目', '丁项目'])];

  it('each list answers its own part', () => {
    const g = grade(
      { kind: 'allOf', parts: [names(['甲项目', '乙项目']), names(['丙项目', '丁项目'])] },
      replies,
    );
    expect(g.grade).toBe('right');
  });

  it('a part no reply answers is wrong, not "not understood"', () => {
    const g = grade({ kind: 'allOf', parts: [names(['甲项目', '乙项目']), names(['戊项目'])] }, replies);
    expect(g.grade).toBe('partly');
    const both = grade({ kind: 'allOf', parts: [names(['己项目']), names(['戊项目'])] }, replies);
    expect(both.grade).toBe('wrong');
  });
});

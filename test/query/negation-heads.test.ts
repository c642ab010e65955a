import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

/** Offices whose names open with a character the lexer reads as "not" (不, 非, 无). */
const VOCAB = vocabularyOf([
  {
    department: '不老屯镇人民政府',
    implementingUnit: '不老屯镇人民政府',
    owner: '王丽',
    projectName: '不老屯镇环境整治',
    year: 2023,
  },
  {
    department: '非遗保护中心',
    implementingUnit: '无线电管理办公室',
    owner: '赵明',
    projectName: '非遗传承补助',
    year: 2023,
  },
]);
const filters = (q: string) => {
  const { query, unplaced } = parseQuestion(q, VOCAB, 2023);
  expect(unplaced, q).toEqual([]);
  return query?.filters ?? [];
};
const negated = (fs: Filter[]): boolean =>
  fs.some((f) => ('negate' in f && f.negate) || ('filters' in f && negated(f.filters)));

describe('an office whose name opens with 不 / 非 / 无 is that office, not a negation', () => {
  it.each(['不老屯镇的项目有几个', '不老屯的项目全年预算合计', '无线电管理办公室的项目'])('%s', (q) => {
    const fs = filters(q);
    expect(fs.length).toBeGreaterThan(0);
    expect(negated(fs)).toBe(false);
    expect(JSON.stringify(fs)).toMatch(/不老屯|无线电/);
  });

  it('said with a negation of its own, it is negated once', () => {
    for (const q of ['不是不老屯镇的项目有几个', '不老屯以外的项目有几个'])
      expect(negated(filters(q))).toBe(true);
  });
});

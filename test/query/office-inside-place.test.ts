import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

// Two streets, each with offices of the same names, and an office stored as a 主管部门 of its own.
const VOCAB = vocabularyOf([
  {
    department: '青龙街道办事处',
    implementingUnit: '青龙街道办事处综合办公室',
    owner: '何静',
    projectName: '办公用房维修',
    year: 2023,
  },
  {
    department: '青龙街道办事处',
    implementingUnit: '城市管理办公室',
    owner: '何静',
    projectName: '背街小巷整治',
    year: 2023,
  },
  {
    department: '白虎街道办事处',
    implementingUnit: '白虎街道办事处综合办公室',
    owner: '吕成',
    projectName: '档案数字化',
    year: 2023,
  },
  {
    department: '政务服务中心',
    implementingUnit: '政务服务中心',
    owner: '吕成',
    projectName: '窗口改造',
    year: 2023,
  },
]);

const shape = (f: Filter): string =>
  f.type === 'any' ? `(${f.filters.map(shape).join(' | ')})` : f.type === 'name' ? f.term : f.type;
const conditions = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2024);
  return { unplaced: p.unplaced, filters: (p.query?.filters ?? []).map(shape) };
};

/** Whether a project of that office and that street passes every filter (names only). */
const passes = (f: Filter, unit: string, department: string): boolean => {
  if (f.type === 'any') return f.filters.some((x) => passes(x, unit, department));
  if (f.type !== 'name') return true;
  const cell = f.field === 'implementingUnit' ? unit : f.field === 'department' ? department : '';
  return f.values?.length ? f.values.includes(cell) : cell.includes(f.term);
};
const selects = (q: string, unit: string, department: string) =>
  (parseQuestion(q, VOCAB, 2024).query?.filters ?? []).every((f) => passes(f, unit, department));

describe('an office named right after a place: the office inside it, both hold', () => {
  it.each(['青龙综合办公室的项目', '青龙的综合办公室有几个项目'])('%s', (q) => {
    expect(conditions(q).unplaced).toEqual([]);
    expect(selects(q, '青龙街道办事处综合办公室', '青龙街道办事处')).toBe(true);
    expect(selects(q, '白虎街道办事处综合办公室', '白虎街道办事处')).toBe(false);
  });

  it('an office stored as a 主管部门 of its own, after a place: both hold', () => {
    const { unplaced, filters } = conditions('青龙街道政务服务中心的项目');
    expect(unplaced).toEqual([]);
    expect(filters).toHaveLength(2);
  });

  it('a list of places is alternatives', () => {
    expect(conditions('青龙和白虎的项目').filters).toHaveLength(1);
    expect(conditions('青龙、白虎的项目').filters).toHaveLength(1);
  });

  it('a list of offices inside one place: the place, and either office', () => {
    const q = '青龙综合办公室和城市管理办公室的项目有哪些';
    expect(selects(q, '青龙街道办事处综合办公室', '青龙街道办事处')).toBe(true);
    expect(selects(q, '城市管理办公室', '青龙街道办事处')).toBe(true);
    expect(selects(q, '白虎街道办事处综合办公室', '白虎街道办事处')).toBe(false);
  });

  it('加上 between two offices when a list is asked is 和, never arithmetic', () => {
    expect(conditions('青龙综合办公室加上城市管理办公室，一共报了哪些项目')).toEqual(
      conditions('青龙综合办公室和城市管理办公室，一共报了哪些项目'),
    );
  });
});

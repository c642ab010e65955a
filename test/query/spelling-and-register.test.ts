import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

// Names of a made-up store: two districts, a street office with and without its district, an office of a district.
const VOCAB = vocabularyOf([
  {
    department: '北京市通州区潞源街道办事处',
    implementingUnit: '北京市通州区潞源街道办事处',
    owner: '赵明',
    projectName: '老旧小区完善类改造项目',
  },
  { department: '北京市丰台区人民政府大红门街道办事处', implementingUnit: '党群工作办公室', owner: '王丽' },
  { department: '大红门街道办事处', implementingUnit: '社区建设办公室', owner: '李四' },
  { department: '北京市朝阳区大红门街道办事处', implementingUnit: '综合办公室', owner: '张三' },
  { department: '通州区发展和改革委员会', implementingUnit: '产业发展科', owner: '钱五' },
]);

const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
/** The department names a question's place filter stands for. */
const departments = (q: string): string[] => {
  const p = parse(q);
  const names = (f: Filter): string[] =>
    f.type === 'any'
      ? f.filters.flatMap(names)
      : f.type === 'name' && f.field === 'department'
        ? (f.values ?? [])
        : [];
  return [...new Set(p.query?.filters.flatMap(names) ?? [])].sort();
};

describe('places as staff type them', () => {
  it('a two-character place typed with a homophone is the stored place', () => {
    for (const q of ['通洲的项目预算合计', '璐源的项目有哪些', '潞园有几个项目']) {
      expect(parse(q).unplaced, q).toEqual([]);
    }
    expect(departments('通洲的项目')).toEqual(['北京市通州区潞源街道办事处', '通州区发展和改革委员会']);
    expect(departments('璐源的项目')).toEqual(['北京市通州区潞源街道办事处']);
  });

  it('a word that only sounds like a place, with no character of it, is no place', () => {
    // 路远 (lu yuan) sounds like 潞源 but shares no character: reported, never read as the place.
    expect(parse('路远的项目有哪些').unplaced).not.toEqual([]);
  });

  it('places run together are the office the last of them names, under the places written before it', () => {
    const dahongmen = ['北京市丰台区人民政府大红门街道办事处', '大红门街道办事处'];
    for (const q of ['丰台大红门执行率最低的项目', '丰台区大红门的项目', '北京丰台大红门有哪些项目']) {
      expect(parse(q).unplaced, q).toEqual([]);
      // 大红门街道办事处 names no district: the same office; 朝阳区's 大红门 is another one.
      expect(departments(q), q).toEqual(dahongmen);
    }
    expect(departments('通州潞源的项目')).toEqual(['北京市通州区潞源街道办事处']);
    expect(departments('朝阳大红门的项目')).toEqual(['北京市朝阳区大红门街道办事处', '大红门街道办事处']);
  });

  it('two places of different names joined are not one place', () => {
    // 潞源 is in 通州, not in 丰台: no stored name holds both.
    expect(parse('丰台潞源的项目').unplaced).not.toEqual([]);
  });
});

describe('typos of the lexicon words after a whole word', () => {
  it('a last character typed twice or one left out is read as the word and said back', () => {
    const doubled = parse('执行率率低于100%的项目有几个');
    expect(doubled.unplaced).toEqual([]);
    expect(doubled.corrected).toContainEqual(['执行率率', '执行率']);
    const dropped = parse('满意度指没拿满分的项目');
    expect(dropped.unplaced).toEqual([]);
    expect(dropped.corrected).toContainEqual(['满意度指', '满意度指标']);
  });

  it('a word and a character more that is no slip stays unplaced', () => {
    expect(parse('总分咋这么低').unplaced).not.toEqual([]);
  });

  it('traditional 著 is the particle 着 in a question typed in traditional characters', () => {
    expect(parse('總分空著的項目').unplaced).toEqual([]);
    expect(parse('總分空著的項目').query?.filters).toEqual([
      { type: 'empty', field: 'totalScore', empty: true },
    ]);
  });
});

describe('spoken register', () => {
  it('adding up said with a verb and where it puts things is a sum', () => {
    for (const q of [
      '王丽负责的项目预算加一块多少钱',
      '所有项目全年预算加一块儿是多少',
      '预算合在一起多少',
    ]) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query?.measures, q).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    }
  });

  it('实际 before a verb of spending is the amount executed', () => {
    const p = parse('老旧小区完善类改造项目实际花了多少钱');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.select).toEqual(['executed']);
  });
});

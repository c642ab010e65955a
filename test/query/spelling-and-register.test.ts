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
  { department: '通州区发展和改革委员会', implementingUnit: '产业发展科', owner: '钱五', year: 2020 },
  { department: '通州区发展和改革委员会', implementingUnit: '发改委综合科', owner: '钱五', year: 2023 },
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

describe('money and time words', () => {
  it('digits with a Chinese unit are one amount (5千块钱 is 0.5万, never 51000)', () => {
    const below = parse('预算5千块钱以下的项目').query?.filters;
    expect(below).toEqual([{ type: 'compare', field: 'annualBudget', op: '<', value: 0.5 }]);
    expect(parse('预算3百万以上的项目').query?.filters).toEqual([
      { type: 'compare', field: 'annualBudget', op: '>=', value: 300 },
    ]);
  });

  it('过 between a field and a number is more than; 没满 / 不满 before one is less than', () => {
    expect(parse('全年预算过1.2亿的项目').query?.filters).toEqual([
      { type: 'compare', field: 'annualBudget', op: '>', value: 12000 },
    ]);
    expect(parse('总分不满九十分的项目').query?.filters).toEqual([
      { type: 'compare', field: 'totalScore', op: '<', value: 90 },
    ]);
    // 没满分 names no number: the full-marks test, not 满 read as a bound.
    expect(parse('总分没满分的项目').unplaced).toEqual([]);
  });

  it('几十万级别 is the band 几十万', () => {
    const p = parse('全年预算是几十万级别的有哪些项目');
    expect(p.unplaced).toEqual([]);
    expect(p.corrected).toContainEqual(['几十万级别', '10万～100万元']);
  });

  it('a count after a list of years that says how many were listed asks nothing more', () => {
    for (const q of ['2020、2023两个年度分别有多少个项目', '2021年和2022年这两年的预算合计']) {
      expect(parse(q).unplaced, q).toEqual([]);
    }
    // another number than the years listed is not a restatement: reported.
    expect(parse('2020、2023三个年度分别有多少个项目').unplaced).not.toEqual([]);
  });
});

describe('spoken register: homophones, pronouns, each one’s value, asides', () => {
  it('a homophone of a total before 多少 or at the end, of an empty test after a field', () => {
    const total = parse('全年预算和计多少');
    expect(total.corrected).toContainEqual(['和计', '合计']);
    expect(total.query?.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    const notDone = parse('满意度为做的项目');
    expect(notDone.unplaced).toEqual([]);
    expect(notDone.corrected).toContainEqual(['为做', '未做']);
    // 和 between two fields stays "and".
    expect(parse('预算和执行数').query?.select).toEqual(['annualBudget', 'executed']);
  });

  it('他 / 她 right after a person points back at that person; elsewhere it is reported', () => {
    const p = parse('那个王丽 她负责的项目一共几个啊');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toEqual([{ type: 'name', field: 'owner', term: '王丽', values: ['王丽'] }]);
    // with no person named before it, 他 points at nobody: reported (他说 is a frame of who said it, story.ts)
    expect(parse('潞源的项目 他有几个').unplaced).toContain('他');
  });

  it('a field 分别多少 / 各自是多少 is each project’s value; 分别有多少个项目 stays a count', () => {
    expect(parse('大红门的项目 总分分别多少 都列出来').query?.select).toEqual(['totalScore']);
    expect(parse('大红门的项目执行率各自是多少').query?.select).toEqual(['executionRate']);
    expect(parse('2020年和2023年分别有多少个项目').query?.measures).toEqual([{ fn: 'count' }]);
  });

  it('多不多, 报上来的, 说个大概 ask nothing more', () => {
    expect(parse('大红门那边项目多不多？有几个').unplaced).toEqual([]);
    expect(parse('我想看看区发改委报上来的项目，有哪些？').unplaced).toEqual([]);
    const rough = parse('一个项目平均全年预算多少 说个大概就行');
    expect(rough.unplaced).toEqual([]);
    expect(rough.query?.measures).toEqual([{ fn: 'avg', field: 'annualBudget' }]);
  });
});

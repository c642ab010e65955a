/**
 * Issue 10, portfolio questions that generalize: a bound said after a year (2021年以后 / 之前 / 及以前), an exclusion
 * closed by 在内, a time adverb before the naming of a project (之前有个叫X的项目), a per-group share of two sums
 * (各部门执行数占预算的比例: Σ执行 ÷ Σ预算, never the average of rates) and 百分 in a share question not read as
 * "100 points". Phrasings of our own over a small vocabulary of our own.
 */
import { describe, expect, it } from 'vitest';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { describeQuery } from '../../src/query/describe.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { normalise } from '../../src/query/tokens.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市顺义区仁和镇人民政府',
    implementingUnit: '仁和镇城市管理办公室',
    owner: '贺晓东',
    projectName: '仁和镇智慧停车管理平台',
    year: 2021,
  },
  {
    department: '北京市顺义区仁和镇人民政府',
    implementingUnit: '仁和镇社会事务办公室',
    owner: '陶静',
    projectName: '2023年居家养老巡访服务',
    year: 2023,
  },
  {
    department: '北京市顺义区石园街道办事处',
    implementingUnit: '石园街道平安建设办公室',
    owner: '严冬梅',
    projectName: '石园街道消防设施更新',
    year: 2022,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const year = (op: string, value: number) => ({ type: 'compare', field: 'year', op, value }) as Filter;

describe('a bound said after a year is a range of years, and the echo says whether the year counts', () => {
  it.each<[string, Filter, string]>([
    ['2021年以后的项目有几个', year('>=', 2021), '2021年及以后（含2021年）'],
    ['2022年之后执行率低于90%的项目', year('>=', 2022), '2022年及以后（含2022年）'],
    ['2020年以来仁和镇的项目', year('>=', 2020), '2020年及以后'],
    ['2022年以前的项目有哪些', year('<', 2022), '2022年以前（不含2022年）'],
    ['2023年之前总分低于90分的项目有几个', year('<', 2023), '2023年以前（不含2023年）'],
    ['2022年及以前的项目', year('<=', 2022), '2022年及以前（含2022年）'],
    ['22年以后的项目有几个', year('>=', 2022), '2022年及以后'],
    ['how many projects since 2022', year('>=', 2022), '2022年及以后'],
  ])('%s', (q, filter, echo) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query!.filters).toContainEqual(filter);
    expect(describeQuery(p.query!)).toContain(echo);
  });

  it('a year alone stays that year', () => {
    expect(parse('2022年的项目有几个').query!.filters).toEqual([year('=', 2022)]);
  });

  it.each([
    ['2022财年的全年预算合计', 2022],
    ['2021会计年度的项目有几个', 2021],
    ['22财政年度总分最低的项目', 2022],
    ['2023预算年度的项目', 2023],
  ])('a year written as finance offices do (财年, 会计年度): %s', (q, value) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query!.filters).toContainEqual(year('=', value));
  });

  it('之前 with no year before it is no bound: alone it is reported, never dropped', () => {
    expect(parse('之前执行率低于90%的项目').unplaced).toContain('之前');
  });
});

describe('an exclusion closed by 在内 leaves the named unit out', () => {
  it.each([
    '不包括仁和镇在内，执行率低于90%的项目有几个',
    '不包括石园街道在内的项目',
    '仁和镇不算在内，总分低于80分的有哪些',
    '不含仁和镇在内的项目总分平均多少',
    '不包括仁和镇和石园街道在内，一共有几个项目',
  ])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    const names = p.query!.filters.flatMap((f) => (f.type === 'any' ? f.filters : [f]));
    expect(names.some((f) => f.type === 'name' && f.negate)).toBe(true);
    expect(names.some((f) => f.type === 'name' && !f.negate)).toBe(false);
  });

  it('包括X在内 (including) is no exclusion: it is reported, never read as leaving X out', () => {
    const p = parse('包括仁和镇在内的项目有几个');
    const negated = (p.query?.filters ?? []).some((f) => f.type === 'name' && f.negate);
    expect(negated && p.unplaced.length === 0).toBe(false);
  });
});

describe('a time adverb before the naming of a project is narrative, not a bound', () => {
  it.each([
    '科长说之前有个叫智慧停车的项目，全年预算是多少',
    '以前有个叫居家养老巡访的项目，负责人是谁',
    '处长问原来有个名叫消防设施更新的项目，执行率多少',
    '之前有个项目叫智慧停车管理平台，总分多少',
    '审计那边说，早先有一个叫居家养老巡访服务的项目，联系电话是多少',
  ])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced, q).toEqual([]);
    expect(p.query!.filters.some((f) => f.type === 'name' && f.field === 'projectName')).toBe(true);
    expect(p.query!.filters.some((f) => f.type === 'compare' && f.field === 'year' && f.op !== '=')).toBe(
      false,
    );
  });
});

describe('a per-group share of two sums is Σ ÷ Σ of the group, by arithmetic', () => {
  it.each([
    '各部门执行数占预算的比例',
    '按主管部门统计执行数占全年预算的比例',
    '各实施单位全年执行数占全年预算数的百分之几',
    '每个部门执行数占预算的百分比是多少',
    '按实施单位算一下执行数占预算的比例',
  ])('%s', (q) => {
    // Not the ordinary parser's average of the projects' rates …
    const plain = parse(q);
    const averaged = plain.unplaced.length === 0 && plain.query?.measures?.some((m) => m.fn === 'avg');
    expect(averaged, q).toBeFalsy();
    // … but the share of the group's sums.
    const a = parseArithmetic(q, VOCAB, 2025);
    expect(a, q).not.toBeNull();
    expect(a!.query.groupBy).toBeDefined();
    expect(a!.query.left).toMatchObject({ kind: 'figure', measure: { fn: 'sum', field: 'executed' } });
    expect(a!.query.right).toMatchObject({ kind: 'figure', measure: { fn: 'sum' } });
  });

  it('without a group the phrase is still the execution rate of each project', () => {
    const p = parse('仁和镇的项目执行数占预算的比例');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.select ?? []).toContain('executionRate');
  });
});

describe('百分 of a share question is no number', () => {
  it.each([
    ['执行率低于90%的项目占百分之几', '百分之几'],
    ['仁和镇的项目数占全部的百分比', '百分比'],
    ['石园街道预算占总预算百分之多少', '百分之多少'],
    ['总分上升了几个百分点', '百分点'],
    ['三分之一的项目', '三分之一'],
  ])('%s', (q, kept) => {
    const n = normalise(q);
    expect(n).toContain(kept);
    expect(n).not.toMatch(/100分/);
  });

  it('a score and a percentage in numerals are still numbers', () => {
    expect(normalise('总分九十分以上')).toContain('90分');
    expect(normalise('执行率百分之八十')).toContain('80%');
  });

  it.each([
    '执行率低于90%的项目占全部项目的百分之几',
    '仁和镇的项目占所有项目的百分比是多少',
    '执行率低于80%的项目数占百分之多少',
    '石园街道的全年预算占全部全年预算的百分之几',
    '2022年的项目占全部的百分之几',
  ])('the echo of %s holds no 100分', (q) => {
    const a = parseArithmetic(q, VOCAB, 2025);
    expect(a, q).not.toBeNull();
    expect(JSON.stringify(a!.query)).not.toMatch(/"value":100\b/);
  });
});

/**
 * Scopes said with lists and their edges (issue 10): a count restating the list before it (两个街道, 三个人), 各自 over
 * alternatives with a ranking (the top of each, not of their union), 把X的也算上 after a question (a union, not a
 * replacement), 再加一条, 除X以外, 别的地方 after an exclusion, a list of places 放一起 and ranked, 倒数第N of an order
 * said in words. Over a small store of our own (no corpus names), with the cases that must still be reported.
 */
import { describe, expect, it } from 'vitest';
import { dropListCount } from '../../src/query/list-count.ts';
import { perAlternative } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { type LeafFilter, leaves, type PortfolioQuery } from '../../src/query/query.ts';
import { readRanking } from '../../src/query/rank.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { followReaderOf } from './follow-reader.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市顺义区石园街道办事处',
    implementingUnit: '石园街道办事处',
    owner: '贾明轩',
    projectName: '老旧小区雨污分流',
    year: 2022,
  },
  {
    department: '北京市顺义区光明街道办事处',
    implementingUnit: '光明街道办事处',
    owner: '侯雪',
    projectName: '社区食堂运营补贴',
    year: 2023,
  },
  {
    department: '北京市顺义区农业农村局',
    implementingUnit: '顺义区农业农村局',
    owner: '谭志刚',
    projectName: '高标准农田建设',
    year: 2023,
  },
]);
const YEAR = 2026;
const parse = (q: string) => parseQuestion(q, VOCAB, YEAR);
const { query: followed, askText } = followReaderOf(VOCAB, YEAR);

const terms = (q: PortfolioQuery, negate = false) => [
  ...new Set(
    leaves(q.filters).flatMap((f: LeafFilter) =>
      f.type === 'name' && !!f.negate === negate ? [f.term] : [],
    ),
  ),
];

describe('a count that restates the list before it', () => {
  it.each([
    ['石园和光明2个街道有多少项目', '石园和光明有多少项目'],
    ['贾明轩、侯雪、谭志刚3个人的项目', '贾明轩、侯雪、谭志刚的项目'],
    ['侯雪和谭志刚这2位负责几个项目', '侯雪和谭志刚负责几个项目'],
  ])('%s', (q, plain) => expect(dropListCount(q)).toBe(plain));

  it.each([
    // Another number than the list's length, a count after a phrase, both (两个都): left for the parser.
    '石园和光明3个人的项目',
    '石园和光明执行率最低的2个项目',
    '负责人和联系电话2个都没填',
  ])('%s stays', (q) => expect(dropListCount(q)).toBe(q));

  it('is read whole once the count is out; a count that does not match is still reported', () => {
    const p = parse('石园和光明两个街道加一块有多少项目');
    expect(p.unplaced).toEqual([]);
    expect(terms(p.query!)).toEqual(['石园', '光明']);
    expect(parse('石园和光明三个人的项目').unplaced.join('')).toContain('3');
  });
});

describe('各自 / 分别 over alternatives with a ranking: the top of each', () => {
  it('one ranking per person, place or year, never one over their union', () => {
    for (const q of [
      '贾明轩、侯雪两个人各自预算最大的项目',
      '贾明轩和侯雪各自预算最大的项目',
      '石园和光明分别总分最低的2个项目',
    ]) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      const each = perAlternative(p.query!, q);
      expect(each, q).toHaveLength(2);
      for (const one of each!) expect(one.query.order, q).toBeDefined();
    }
  });

  it('a ranking without 各 / 分别 stays one ranking over the union', () => {
    const q = '贾明轩和侯雪预算最大的项目';
    expect(perAlternative(parse(q).query!, q)).toBeNull();
  });
});

describe('每年 / 各年度 before a superlative of a project figure: the top project of each year', () => {
  it('ranks within each year; a figure of the year stays a grouping', () => {
    for (const q of [
      '每年全年预算最大的项目各是哪个',
      '各年度执行率最低的项目',
      '每一年总分最高的是哪个项目',
    ]) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(p.query, q).toMatchObject({ per: 'year', limit: 1 });
      expect(p.query?.groupBy, q).toBeUndefined();
    }
    const total = parse('每年预算合计多少').query!;
    expect(total.groupBy).toBe('year');
    expect(total.per).toBeUndefined();
  });
});

describe('把X的也算上: the previous set widened by X', () => {
  it('joins X to the condition of its kind and keeps everything else', () => {
    for (const message of ['把光明的也算上', '光明的也加进来', '光明街道的项目也算进去吧']) {
      const q = followed(message, '石园总分低于95的项目有几个');
      expect(terms(q), message).toEqual(['石园', expect.stringMatching(/^光明/)]);
      expect(q.measures, message).toEqual([{ fn: 'count' }]);
      expect(JSON.stringify(q.filters), message).toContain('totalScore');
    }
    const years = followed('2022年的也算上', '2023年总分低于95的有几个');
    const said = leaves(years.filters).flatMap((f) =>
      f.type === 'compare' && f.field === 'year' ? [f.value] : [],
    );
    expect(said.sort()).toEqual([2022, 2023]);
  });

  it('asks when the previous question had no condition of that kind to widen', () => {
    expect(askText('把光明的也算上', '总分低于95的项目有几个')).toMatch(/没有按部门或地方限定/);
    expect(askText('把光明的也算上', null)).toBeTruthy();
  });
});

describe('edges of a scope said in other words', () => {
  it('再加一条，… adds a condition to the previous ones', () => {
    const q = followed('再加一条，全年预算超过100万的', '侯雪负责的项目有几个');
    expect(terms(q)).toEqual(['侯雪']);
    expect(JSON.stringify(q.filters)).toContain('annualBudget');
  });

  it('除X以外 is 除了X; 别的地方 after an exclusion is the rest', () => {
    for (const q of [
      '除石园以外，执行率不是100%的有哪些',
      '除了石园，别的地方执行率不到100%的项目',
      '不算石园，其他单位总分低于95的有几个',
    ]) {
      const p = parse(q);
      expect(p.unplaced, q).toEqual([]);
      expect(terms(p.query!, true), q).toEqual(['石园']);
    }
    // 别的地方 with nothing left out before it names no place: reported.
    expect(parse('别的地方执行率不到100%的项目').unplaced).not.toEqual([]);
    // 除以 stays division.
    expect(parse('除以项目数').query ?? null).not.toMatchObject({ filters: [{ negate: true }] });
  });

  it('places listed and put together are one set; 倒数第N of an order said is its far end', () => {
    const p = parse(readRanking('石园和光明放一起按执行数排，倒数第三是哪个')!.text);
    expect(p.unplaced).toEqual([]);
    expect(terms(p.query!)).toEqual(['石园', '光明']);
    expect(p.query!.order).toEqual({ by: 'executed', dir: 'asc' });
    expect(readRanking('全年预算从高到低，倒数第二是哪个')).toMatchObject({
      nth: 2,
      text: '全年预算从低到高,是哪个',
    });
    // 放一起 with no list before it is not taken out.
    expect(parse('放一起按执行数排').unplaced).not.toEqual([]);
  });
});

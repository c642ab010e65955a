/**
 * Two scopes that were taken for names: a phone number said as a condition (phone-filter.ts: 电话尾号…的项目, …这个号码
 * 是哪些项目的) and a which-question about the groups the projects fall in (都在哪些街道 / 是哪几个部门的: the groups,
 * never a project name holding 街道). Wordings of our own over a small store, and the ones that must stay unplaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { readPhoneFilter } from '../../src/query/phone-filter.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';
import { understoodBy } from './understood.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '青塔街道路灯维护',
    dept: '青塔街道办事处',
    year: 2024,
    owner: '韩梅',
    budget: 20,
    phone: '010-6655 1234',
  },
  {
    name: '助老餐桌',
    dept: '青塔街道办事处',
    year: 2024,
    owner: '周立',
    budget: 8,
    executed: 6,
    phone: '66551234',
  },
  {
    name: '石桥社区食堂',
    dept: '石桥街道办事处',
    year: 2024,
    owner: '韩梅',
    budget: 30,
    executed: 21,
    phone: '13800007788',
  },
  { name: '低保补助', dept: '区民政局', year: 2024, owner: '吴川', budget: 50, phone: '66559999' },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
const understood = understoodBy(parse);

describe('a phone number is a condition on 联系电话', () => {
  it('reads the number after its label, a tail, or a bare number when a phone is spoken of', () => {
    expect(readPhoneFilter('电话号码为66551234的有哪几个').filters).toEqual([
      { type: 'phone', digits: '66551234' },
    ]);
    expect(readPhoneFilter('座机尾数是1234的').filters).toEqual([
      { type: 'phone', digits: '1234', tail: true },
    ]);
    expect(readPhoneFilter('手机最后4位7788').filters).toEqual([
      { type: 'phone', digits: '7788', tail: true },
    ]);
    // the area code is left out: numbers are stored with and without one
    expect(readPhoneFilter('联系方式：010-66551234').filters).toEqual([
      { type: 'phone', digits: '66551234' },
    ]);
    expect(readPhoneFilter('66559999那个号码谁在用').filters).toEqual([
      { type: 'phone', digits: '66559999' },
    ]);
  });

  it('leaves amounts, counts and numbers with no phone spoken of alone', () => {
    expect(readPhoneFilter('全年预算12345678元以上的项目').filters).toEqual([]);
    expect(readPhoneFilter('66551234是什么').filters).toEqual([]);
    expect(readPhoneFilter('电话填了12345678个字').filters).toEqual([]);
    // a number with no phone word stays a word the parser reports, never a guess
    expect(parse('66551234的项目有几个').unplaced).toEqual(['66551234']);
  });

  it('parses the question around the number whole', () => {
    expect(understood('电话是66551234的项目有几个').filters).toEqual([{ type: 'phone', digits: '66551234' }]);
    expect(understood('手机尾号7788的项目谁负责').select).toEqual(['owner']);
  });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-phone', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('finds the projects whose stored number holds the digits, separators and area code aside', async () => {
      const r = await ask('联系电话是66551234的是哪些项目');
      expect(r.rows.map((x) => x[0]).sort()).toEqual(['助老餐桌', '青塔街道路灯维护']);
      expect(r.text).toContain('联系电话为66551234');
    });

    it('finds a tail at the end of the number only', async () => {
      const r = await ask('电话后四位是1234的项目有几个');
      expect(r.text).toContain('联系电话尾号为1234');
      expect(r.rows).toEqual([['2']]);
      expect((await ask('电话尾号6655的项目')).rows).toEqual([]);
    });
  });
});

describe('哪些 / 哪几个 before a kind of group asks for the groups', () => {
  it('groups by the street or the office instead of reading 街道 as a project name', () => {
    const q = understood('预算没花完的项目分布在哪些街道');
    expect(q.groupBy).toBe('street');
    expect(q.filters.some((f) => f.type === 'name')).toBe(false);
    expect(understood('总分低于90分的都是哪几个部门的').groupBy).toBe('department');
    expect(understood('哪些街道有2024年的项目').groupBy).toBe('street');
  });

  it('lists the projects with their group beside them when the projects are asked for', () => {
    const q = understood('执行率不到90%的在哪些街道，把项目列出来');
    expect(q.groupBy).toBeUndefined();
    expect(q.select).toEqual(['street']);
  });

  it('shows the group of each project when the projects are the subject (…的三个项目分别是哪个单位的)', () => {
    const q = understood('全年预算最高的两个项目分别属于哪个部门');
    expect(q.groupBy).toBeUndefined();
    expect(q.select).toEqual(['department']);
    expect(q.order).toEqual({ by: 'annualBudget', dir: 'desc' });
    expect(q.limit).toBe(2);
    expect(understood('执行率最低的项目是哪个街道的').select).toEqual(['street']);
    expect(understood('花得最少的3个项目都是哪些单位的').select).toEqual(['department']);
  });

  it('still ranks the groups when the groups are what is ranked (项目最多的是哪个部门)', () => {
    expect(understood('项目最多的是哪个部门').groupBy).toBe('department');
    expect(understood('平均执行率最低的是哪个街道').groupBy).toBe('street');
  });

  it('still reads a project name holding 街道 when it is said as a name', () => {
    const q = understood('青塔街道路灯维护的负责人是谁');
    expect(q.groupBy).toBeUndefined();
    expect(q.filters).toEqual([
      expect.objectContaining({ type: 'name', field: 'projectName', values: ['青塔街道路灯维护'] }),
    ]);
  });
});

/**
 * Issue 10: a ranking whose values all tie has no first (超支额最多 when nobody overspent: none, not a list of
 * everyone), and "are all of them …" (是不是都 / 全都…了吗 / 是否全部) is answered 是, or 否 with the exceptions —
 * never 有 with the projects that do meet it. A small store of our own with its figures done by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readYesNo } from '../../src/query/yes-no.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

/**
 * 柳荫: 3 projects, all within budget (执行率 100, 100, 90), one without a phone. 桃园: 2 projects, both at 100 %,
 * both with owner and phone. Nobody overspent anywhere.
 */
const PROJECTS: KnownProject[] = [
  {
    name: '柳荫社区便民服务站',
    dept: '柳荫街道办事处',
    year: 2023,
    owner: '章立',
    phone: '69001234',
    budget: 50,
    executed: 50,
  },
  {
    name: '柳荫河道保洁',
    dept: '柳荫街道办事处',
    year: 2023,
    owner: '章立',
    phone: null,
    budget: 80,
    executed: 80,
  },
  {
    name: '柳荫老年餐桌',
    dept: '柳荫街道办事处',
    year: 2022,
    owner: null,
    phone: '69005678',
    budget: 40,
    executed: 36,
  },
  {
    name: '桃园消防通道整治',
    dept: '桃园街道办事处',
    year: 2023,
    owner: '苗青',
    phone: '69112233',
    budget: 30,
    executed: 30,
  },
  {
    name: '桃园垃圾分类驿站',
    dept: '桃园街道办事处',
    year: 2022,
    owner: '苗青',
    phone: '69114455',
    budget: 20,
    executed: 20,
  },
];

const VOCAB = vocabularyOfProjects(PROJECTS);

describe('"all of them" is read from 都 in a yes/no question, never from a question asking which', () => {
  it.each([
    '柳荫的项目是不是都填了负责人',
    '桃园的项目全都执行完了吗',
    '柳荫的项目是否全部填了联系电话',
    '2023年的项目执行率是不是全是100%',
    '桃园街道的项目统统填了电话吗',
  ])('%s', (q) => {
    expect(readYesNo(q).all, q).toBe(true);
    expect(parseQuestion(q, VOCAB, 2025).all, q).toBe(true);
  });

  it.each([
    '有没有哪个项目执行率不是100%',
    '柳荫的项目都有哪些',
    '哪些项目都没填负责人',
    '柳荫的项目负责人填了吗',
    '全年预算是不是都超过10万',
  ])('%s is no "all" question, or keeps 全年', (q) => {
    const r = readYesNo(q);
    if (q.startsWith('全年')) expect(r.text).toContain('全年预算');
    else expect(r.all ?? false, q).toBe(false);
  });
});

describe('answers over a store of known figures', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('web:ties-all-of', PROJECTS.map(recordOfProject)));
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it.each([
    '超支额最多的项目',
    '超支金额最高的是哪个项目',
    '哪个项目超支的金额最大',
    '柳荫超支额最多的项目',
    '超支额最高的3个项目',
  ])('%s: nobody overspent, so there is no first and nothing is listed', async (q) => {
    const reply = await answer(q, user);
    expect(reply.text, q).toMatch(/都是 0万元，即没有超支额大于0的项目/);
    expect(reply.table, q).toBeUndefined();
  });

  it.each([
    ['桃园执行率最高的项目', '2 个项目执行率都是 100%，没有最高之分', 1],
    ['桃园执行率最低的项目', '2 个项目执行率都是 100%，没有最低之分', 1],
    ['桃园执行率最低的两个项目', '只列出其中 2 个', 2],
    ['桃园超支额最低的项目', '2 个项目超支额都是 0万元，没有最低之分', 1],
  ])('%s: all tie, said, and only as many listed as asked', async (q, said, rows) => {
    const reply = await answer(q, user);
    expect(reply.text).toContain(said);
    expect(reply.table?.rows).toHaveLength(rows);
  });

  it.each([
    ['把桃园的项目按执行率从高到低排一下', /2 个项目执行率都是 100%，没有高低之分/u],
    ['桃园的项目按超支额排个序', /2 个项目超支额都是 0万元，没有高低之分/u],
  ])('%s: a whole list put in order lists every project, the tie said', async (q, said) => {
    const reply = await answer(q, user);
    expect(reply.text).toMatch(said);
    expect(reply.table?.rows).toHaveLength(2);
  });

  it('a ranking with a first still lists it, and ties at the top are said', async () => {
    const low = await answer('执行率最低的项目', user);
    expect(low.table?.rows.map((r) => r[0])).toEqual(['柳荫老年餐桌']);
    const high = await answer('执行率最高的项目', user);
    expect(high.text).toContain('有 4 个项目并列最高');
    expect(high.table?.rows).toHaveLength(4);
  });

  it.each([
    ['柳荫的项目是不是都填了负责人', /^否，.*共 3 个，其中 1 个不满足「项目负责人已填」/m, ['柳荫老年餐桌']],
    ['柳荫的项目是否全部填了联系电话', /^否，.*共 3 个，其中 1 个/m, ['柳荫河道保洁']],
    ['柳荫的项目执行率是不是都是100%', /^否，.*共 3 个，其中 1 个/m, ['柳荫老年餐桌']],
    ['桃园的项目全都填了联系电话吗', /^是，.*共 2 个，都联系电话已填/m, null],
    ['2023年的项目是不是都填了负责人', /^是，2023年的项目共 3 个/m, null],
  ])('%s', async (q, said, exceptions) => {
    const reply = await answer(q, user);
    expect(reply.text, q).toMatch(said);
    if (exceptions) expect(reply.table?.rows.map((r) => r[0])).toEqual(exceptions);
    else expect(reply.table).toBeUndefined();
  });

  it('asking whether some exist is still answered 有 with those projects', async () => {
    const reply = await answer('有没有哪个项目没填负责人', user);
    expect(reply.text).toMatch(/有，共 1 项/);
  });
});

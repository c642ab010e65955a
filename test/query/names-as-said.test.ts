/**
 * Names as staff say them loosely (name-starts.ts, name-holds.ts): a person by the family name with a placeholder for the
 * rest (老王, 小李负责的, 王某, 叫王什么的, 负责人是王的: one person — never every 王), and words a project's name is said to hold when no stored
 * name holds them (名字里带培训的: the answer is none, not "not understood"). Wordings of our own over a small store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNameHolds } from '../../src/query/name-holds.ts';
import { readNameStarts } from '../../src/query/name-starts.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '老旧小区路灯维护',
    dept: '青塔街道办事处',
    year: 2024,
    owner: '李娜',
    budget: 20,
    phone: '66551234',
  },
  {
    name: '助老餐桌补贴',
    dept: '青塔街道办事处',
    year: 2024,
    owner: '周李平',
    budget: 8,
    phone: '010-66559876',
  },
  { name: '社区食堂', dept: '石桥街道办事处', year: 2024, owner: '王小晓', budget: 30, phone: '13800007788' },
  { name: '低保补助', dept: '区民政局', year: 2024, owner: '王强', budget: 50, phone: '88556655' },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const NAMES = PROJECTS.map((p) => p.name);
const owner = (term: string) => [{ type: 'name', field: 'owner', term, starts: true }];

describe('a person by the family name and a placeholder', () => {
  it('reads 老X / 小X / X某 / X什么 / a lone character beside the label, and 小X before 负责', () => {
    expect(readNameStarts('负责人是老王的项目').filters).toEqual(owner('王'));
    expect(readNameStarts('负责人叫王什么的那个项目').filters).toEqual(owner('王'));
    expect(readNameStarts('负责人是王某，他管的项目有几个').filters).toEqual(owner('王'));
    expect(readNameStarts('联系人是小周的').filters).toEqual(owner('周'));
    expect(readNameStarts('负责人是李的有哪些').filters).toEqual(owner('李'));
    expect(readNameStarts('小李负责的项目').filters).toEqual(owner('李'));
    expect(readNameStarts('由老王负责的有几个').filters).toEqual(owner('王'));
  });

  it('never inside a whole name or a project name, nor the words that ask or say a cell empty', () => {
    expect(readNameStarts('王小晓负责的项目').filters).toEqual([]);
    expect(readNameStarts('老旧小区路灯维护的负责人').filters).toEqual([]);
    expect(readNameStarts('负责人是谁的项目').filters).toEqual([]);
    expect(readNameStarts('负责人是空的项目').filters).toEqual([]);
    // the verbs and the asking words are never the family name (负责人叫啥 / 负责人是什么人)
    expect(readNameStarts('法律顾问那个负责人叫啥').filters).toEqual([]);
    expect(readNameStarts('负责人是什么人').filters).toEqual([]);
    expect(readNameStarts('负责人都是谁').filters).toEqual([]);
    expect(readNameStarts('负责人是王小晓的项目').filters).toEqual([]);
  });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-names-said', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('老王 / 小李 mean one person: that person when one name begins so, reported when several do', async () => {
      const li = await ask('小李负责的项目');
      expect(li.rows.map((x) => x[0])).toEqual(['老旧小区路灯维护']);
      expect(li.text).toContain('李娜');
      // 王小晓 and 王强: which 王 is not for the bot to guess, nor all of them to count
      const wang = await ask('负责人是老王的项目有哪些');
      expect(wang.rows).toEqual([]);
      expect(wang.unplaced).toContain('老王');
      // 姓王的 asks for all of them
      const all = await ask('负责人姓王的项目有哪些');
      expect(all.rows.map((x) => x[0]).sort()).toEqual(['低保补助', '社区食堂']);
    });

    it('words no stored name holds: the answer is that no project has them, said with the words', async () => {
      const none = await ask('名字里带培训的项目');
      expect(none.rows).toEqual([]);
      expect(none.text).toContain('「培训」');
      const count = await ask('项目名称含有“培训”两个字的有几个');
      expect(count.rows).toEqual([['0']]);
    });

    it('words a stored name holds are still those projects', async () => {
      const r = await ask('标题带补贴的项目有哪些');
      expect(r.rows.map((x) => x[0])).toEqual(['助老餐桌补贴']);
    });
  });
});

describe('words a project name is said to hold', () => {
  it('become a containment condition, whether or not a stored name holds them', () => {
    expect(readNameHolds('名字里带培训的项目', NAMES).filters).toEqual([
      { type: 'name', field: 'projectName', term: '培训' },
    ]);
    expect(readNameHolds('项目名称中包含“疫苗”的有几个', NAMES).filters).toEqual([
      { type: 'name', field: 'projectName', term: '疫苗' },
    ]);
    // held by stored names: the condition all the same, with the names that hold the words (stop 35)
    expect(readNameHolds('名称里有补贴的', NAMES).filters[0]).toMatchObject({
      field: 'projectName',
      term: '补贴',
    });
    expect(readNameHolds('帮我查名字里带培训的', NAMES).filters).toHaveLength(1);
    // another name's words: a person's (负责人名字里带王), an office's
    expect(readNameHolds('负责人名字里带王的项目有几个', NAMES).filters).toEqual([]);
    expect(readNameHolds('单位名称里有培训的', NAMES).filters).toEqual([]);
  });

  it('leaves questions about how a name is written to the rest', () => {
    expect(readNameHolds('名称里有错别字的项目', NAMES).filters).toEqual([]);
    expect(readNameHolds('项目名字里带数字的', NAMES).filters).toEqual([]);
    expect(readNameHolds('名字里有空格的', NAMES).filters).toEqual([]);
  });

  it('leaves every word understood', () => {
    for (const q of ['名字里带培训的项目', '负责人是老周的项目有几个', '小李负责的项目执行率是多少'])
      expect(parseQuestion(q, VOCAB, 2026).unplaced, q).toEqual([]);
  });
});

/**
 * A name said by how it begins (name-starts.ts): 姓X (the owner's family name), 名字以X开头 (the project's name, or the
 * office's with its label), 电话X开头 (the number). Wordings of our own over a small store: each is a condition that the
 * stored value begins so — not that it holds the words somewhere (周李 is no 李), and never a refusal or every project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNameStarts } from '../../src/query/name-starts.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '2024年路灯维护',
    dept: '青塔街道办事处',
    year: 2024,
    owner: '李娜',
    budget: 20,
    phone: '66551234',
  },
  { name: '助老餐桌', dept: '青塔街道办事处', year: 2024, owner: '周李平', budget: 8, phone: '010-66559876' },
  {
    name: '2024年社区食堂',
    dept: '石桥街道办事处',
    year: 2024,
    owner: '欧阳明',
    budget: 30,
    phone: '13800007788',
  },
  { name: '低保补助2024年', dept: '区民政局', year: 2024, owner: '李强', budget: 50, phone: '88556655' },
];
const VOCAB = vocabularyOfProjects(PROJECTS);

describe('how a name begins is a condition', () => {
  it('reads the family name, the head of a name and the head of a number', () => {
    expect(readNameStarts('负责人都姓李的有哪些').filters).toEqual([
      { type: 'name', field: 'owner', term: '李', starts: true },
    ]);
    expect(readNameStarts('姓欧阳的负责几个项目').filters).toEqual([
      { type: 'name', field: 'owner', term: '欧阳', starts: true },
    ]);
    expect(readNameStarts('项目名称以“2024年”打头的').filters).toEqual([
      { type: 'name', field: 'projectName', term: '2024年', starts: true },
    ]);
    expect(readNameStarts('主管部门以青塔开头的项目').filters).toEqual([
      { type: 'name', field: 'department', term: '青塔', starts: true },
    ]);
    expect(readNameStarts('手机号138开头的').filters).toEqual([{ type: 'phone', digits: '138', head: true }]);
  });

  it('leaves every word understood', () => {
    for (const q of ['负责人姓李的项目有几个', '名字以2024开头的项目有哪些', '电话是6655开头的项目有多少个'])
      expect(parseQuestion(q, VOCAB, 2026).unplaced, q).toEqual([]);
  });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-starts', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('a family name is how the name of the owner begins (周李平 is no 李)', async () => {
      const r = await ask('负责人姓李的项目有哪些');
      expect(r.rows.map((x) => x[0]).sort()).toEqual(['2024年路灯维护', '低保补助2024年']);
      expect(r.text).toContain('姓「李」');
    });

    it('a name begins with what was said, not merely holds it', async () => {
      const r = await ask('名字以2024开头的项目有几个');
      expect(r.rows).toEqual([['2']]);
    });

    it('a number begins with the digits, not merely holds them', async () => {
      const r = await ask('联系电话是6655开头的项目有几个');
      expect(r.rows).toEqual([['1']]);
      expect(r.text).toContain('以6655开头');
    });
  });
});

/**
 * 这三个项目 / 那两个项目 (count-said.ts): the count the asker says of the projects pointed at is checked against the
 * projects found; when they differ the projects are named and nothing is computed. Wordings of our own over a small
 * store whose figures are done by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countSaid, countToCheck } from '../../src/query/count-said.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '青塔路灯维护', dept: '青塔街道办事处', year: 2024, owner: '韩梅', budget: 20 },
  { name: '青塔助老餐桌', dept: '青塔街道办事处', year: 2024, owner: '周立', budget: 8 },
  { name: '石桥社区食堂', dept: '石桥街道办事处', year: 2024, owner: '韩梅', budget: 30 },
  { name: '石桥垃圾分类', dept: '石桥街道办事处', year: 2024, owner: '吴川', budget: 12 },
  { name: '石桥便民服务', dept: '石桥街道办事处', year: 2024, owner: '吴川', budget: 10 },
];

describe('the count said of the projects pointed at', () => {
  it('reads 这/那 with a count in figures or words', () => {
    expect(countSaid('石桥那三个项目的预算')).toBe(3);
    expect(countSaid('这 2 个项目平均多少')).toBe(2);
    expect(countSaid('那十二个项目')).toBe(12);
    expect(countSaid('这四项加起来')).toBe(4);
    // no count pointed at: 这项目, 三个项目 without 这/那, 前三个
    expect(countSaid('这项目的预算')).toBeNull();
    expect(countSaid('预算最多的三个项目')).toBeNull();
  });

  it('is not checked against a ranking cut or a grouping, whose count is their own', () => {
    expect(
      countToCheck('那三个项目', { filters: [], order: { by: 'annualBudget', dir: 'desc' }, limit: 3 }),
    ).toBeNull();
    expect(
      countToCheck('这三个部门', { filters: [], groupBy: 'department', measures: [{ fn: 'count' }] }),
    ).toBeNull();
    expect(countToCheck('这三个项目', { filters: [] })).toBe(3);
  });

  describe('over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    beforeAll(async () => {
      ({ store, ask } = await adminStoreOf('u-count', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('computes when the projects found are as many as said', async () => {
      const r = await ask('石桥那三个项目全年预算一共多少');
      expect(r.text).not.toContain('对不上');
      expect(r.rows).toEqual([['52']]);
    });

    it('names the projects found and computes nothing when they are more or fewer', async () => {
      const more = await ask('石桥那两个项目的全年预算合计');
      expect(more.text).toContain('您说的是 2 个项目');
      expect(more.text).toContain('找到的是 3 个');
      expect(more.text).toContain('「石桥垃圾分类」');
      expect(more.rows).toEqual([]);
      const fewer = await ask('青塔路灯维护、青塔助老餐桌这三个项目的平均全年预算');
      expect(fewer.text).toContain('找到的是 2 个');
      expect(fewer.text).not.toContain('14');
    });
  });
});

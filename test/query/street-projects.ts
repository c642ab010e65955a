import type { KnownProject } from './known-store.ts';

/**
 * Five projects whose figures the arithmetic tests work out by hand: 丙 3 projects, budget 160, executed 120; 丁 2
 * projects, 240 / 200; scores 92, 88, 100, 95, 79; one of 2022 (budget 100), four of 2023 (300).
 */
export const STREET_PROJECTS: readonly KnownProject[] = [
  {
    name: '老年餐桌补贴',
    dept: '丙街道办事处',
    year: 2022,
    owner: '韩雪',
    budget: 100,
    executed: 70,
    total: 92,
  },
  {
    name: '社区图书角',
    dept: '丙街道办事处',
    year: 2023,
    owner: '韩雪',
    budget: 40,
    executed: 30,
    total: 88,
  },
  { name: '楼道照明', dept: '丙街道办事处', year: 2023, owner: '邹平', budget: 20, executed: 20, total: 100 },
  {
    name: '河道保洁',
    dept: '丁街道办事处',
    year: 2023,
    owner: '邹平',
    budget: 200,
    executed: 160,
    total: 95,
  },
  { name: '平安巡逻', dept: '丁街道办事处', year: 2023, owner: '邹平', budget: 40, executed: 40, total: 79 },
];

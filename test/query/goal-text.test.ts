import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoalText } from '../../src/query/goal-text.ts';
import { adminStoreOf, recordOfProject } from './known-store.ts';

/** Words written in the goal cells as a condition (goal-text.ts), in wordings of our own. */
describe('reading words written in the goal cells', () => {
  it('the goals, and their 实际完成情况', () => {
    expect(readGoalText('目标里写了培训的项目').filters).toEqual([
      { type: 'text', field: 'goalsExpected', text: '培训' },
    ]);
    expect(readGoalText('年度总体目标那一栏提到“老旧小区”的有几个').filters).toEqual([
      { type: 'text', field: 'goalsExpected', text: '老旧小区' },
    ]);
    expect(readGoalText('目标里有培训的').filters).toEqual([
      { type: 'text', field: 'goalsExpected', text: '培训' },
    ]);
    expect(readGoalText('总体目标下面实际完成情况里写着验收的').filters).toEqual([
      { type: 'text', field: 'goalsActual', text: '验收' },
    ]);
  });
  it('a goal cell asked about, or an indicator row’s 目标值, is no condition', () => {
    for (const q of [
      '年度目标写的什么',
      '目标里写了没有',
      '群众满意度的目标值写了多少',
      '目标值里写了90%的指标',
      '绩效目标有偏差的项目',
    ])
      expect(readGoalText(q).filters, q).toEqual([]);
  });
});

describe('answered from the goal cells', () => {
  let ask: (q: string) => Promise<{ text: string; rows: string[][]; unplaced?: string[] }>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const goals = (name: string, dept: string, expected: string, actual: string) => ({
      ...recordOfProject({ name, dept, year: 2040, owner: '张三', budget: 10 }),
      goals: { expected, actual },
    });
    const { store, ask: asked } = await adminStoreOf('web:goaltext', [
      goals('社区培训', '甲街道办事处', '开展居民技能培\n训12场', '完成培训12场，通过验收'),
      goals('路面修补', '甲街道办事处', '修补破损路面', '按期完成'),
      goals('志愿服务', '乙街道办事处', '组织志愿者培训和服务', '完成'),
    ]);
    close = () => store.close();
    ask = asked;
  });
  afterAll(async () => close?.());

  it('the projects whose goals hold the words (a line break inside a word ignored)', async () => {
    const a = await ask('目标里写了培训的项目');
    expect(a.rows.map((r) => r[0]).sort()).toEqual(['志愿服务', '社区培训']);
    expect(a.text).toContain('年度目标里写有「培训」');
    expect((await ask('甲街道年度总体目标里提到培训的有几个')).rows).toEqual([['1']]);
    expect((await ask('实际完成情况里提到“验收”的项目')).rows.map((r) => r[0])).toEqual(['社区培训']);
  });

  it('a place the store does not know is still reported', async () => {
    const a = await ask('目标里写了培训的西城区项目');
    expect(a.unplaced).toContain('西城区');
    expect(a.rows).toEqual([]);
  });
});

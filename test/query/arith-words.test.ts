/**
 * Arithmetic said in everyday words (arith-words.ts, derived-words.ts, scope-count.ts): the shortfall from full marks
 * (离满分差多少分) is 总分值 − 总分 per project and adds up over projects; a year's figure shared over its months is
 * ÷ 12; 追加 is a rise of the budget; a count said with the scope (丁街道两个项目) or in one character (这仨) is
 * checked against the projects found; a unit said again after the ask (换算成千元是多少千元) and 不算进去. Wordings of
 * our own over the five hand-computed projects of street-projects.ts, each marked on 100.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';
import { STREET_PROJECTS } from './street-projects.ts';

/** 全年 − 年初: 老年餐桌补贴 +20, 社区图书角 −15, 楼道照明 0, 河道保洁 +50, 平安巡逻 −4. */
const INITIAL = [80, 55, 20, 150, 44];
const PROJECTS: KnownProject[] = STREET_PROJECTS.map((p, k) => ({ ...p, initial: INITIAL[k]! }));
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

describe('the shortfall from full marks read as a field', () => {
  it.each([
    ['丙街道的项目总分加起来离满分还差多少分', 'sum'],
    ['丁街道项目距离满分一共差几分', 'sum'],
  ])('%s', (q, fn) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query?.measures).toEqual([{ fn, field: 'pointsShort' }]);
  });

  it('is a condition like any score, not the full-marks projects', () => {
    const p = parse('总分距满分差不到10分的项目有哪些');
    expect(p.unplaced).toEqual([]);
    expect(p.query?.filters).toContainEqual({ type: 'compare', field: 'pointsShort', op: '<', value: 10 });
  });

  it('leaves the scores themselves unsummed', () => {
    expect(parse('丁街道的项目的总分合计是多少').unplaced).not.toEqual([]);
  });
});

describe('everyday arithmetic answered', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf(
      'admin-arith-words',
      PROJECTS.map((p) => ({ ...recordOfProject(p), totalWeight: 100 })),
    ));
  });
  afterAll(async () => {
    await store.close();
  });
  const text = async (q: string) => (await answer(q, user)).text ?? '';
  /** The figure of an ordinary answer's one cell, or an arithmetic answer's result. */
  const figure = async (q: string) => {
    const reply = await answer(q, user);
    const computed = reply.text?.match(/计算：.*＝ (-?[\d.]+)/u)?.[1];
    return computed ?? String(reply.table?.rows[0]?.at(-1) ?? '');
  };

  it('adds up each project’s shortfall from full marks', async () => {
    // 丙: 100−92 + 100−88 + 100−100 = 20; 丁: 5 + 21 = 26. Was: the full-marks projects minus these (−180).
    expect(await figure('丙街道所有项目的总分加起来，离满分一共还差多少分')).toBe('20');
    expect(await figure('丁街道的项目离满分总共差几分')).toBe('26');
    expect(await text('平安巡逻的总分距离满分还差多少')).toMatch(/21/u);
  });

  it('shares a year’s figure over its months', async () => {
    // 河道保洁 executed 160: 160 ÷ 12 = 13.33; 丙 budget 160 as well.
    expect(await figure('河道保洁的执行数分摊到12个月，每个月合多少万')).toBe('13.33');
    expect(await figure('河道保洁执行数按十二个月平均下来一个月是多少')).toBe('13.33');
    expect(await figure('丙街道全年预算摊到每月是多少')).toBe('13.33');
  });

  it('reads 追加 as the rise of the budget', async () => {
    expect(await figure('河道保洁的全年预算较年初预算追加了多少万')).toBe('50');
  });

  it('checks a count said with the scope or in one character', async () => {
    // 丁 has two projects: answered; 丙 has three, said two: nothing computed, the projects named.
    expect(await figure('丁街道两个项目的执行数一共多少元')).toBe('2000000');
    expect(await figure('丁街道2个项目的全年预算平均每个多少')).toBe('120');
    const off = await text('丙街道两个项目的全年预算一共多少');
    expect(off).toMatch(/您说的是 2 个项目.*找到的是 3 个/u);
    expect(off).not.toMatch(/计算：|合计\(万元\)：/u);
    expect(await text('丙街道4个项目一共执行了多少元')).toMatch(/未作计算/u);
    expect(await figure('河道保洁、平安巡逻，这俩的全年预算合起来多少')).toBe('240');
    expect(await text('老年餐桌补贴、社区图书角，这仨的预算加起来多少')).toMatch(/您说的是 3 个项目/u);
    // The count said of the other side: 丙 (3 projects) less the two named — 160 − 140 = 20.
    expect(await figure('丙街道全年预算总数减去老年餐桌补贴和社区图书角这两个以后还剩多少')).toBe('20');
  });

  it('leaves a limit said with a count alone', async () => {
    // 执行数最少的2个项目: 社区图书角 30 + 楼道照明 20 — a limit, never a count to check.
    expect(await figure('执行数最少的2个项目的全年预算合计')).toBe('60');
  });

  it('reads the unit said again after the ask, and 不算进去', async () => {
    expect(await figure('社区图书角的全年预算换算为千元是多少千元')).toBe('400');
    // 丙: 92, 88, 100 → 93.33; a project without 总分 would not count.
    expect(await figure('丙街道项目的平均总分是多少，没填总分的不算进去')).toBe('93.33');
  });
});

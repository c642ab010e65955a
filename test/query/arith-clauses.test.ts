/**
 * Arithmetic said over clauses (arith-clauses.ts, arithmetic.ts): a frame that gives the projects or the figure, a
 * gloss that says how the asked figure is computed, a clause that only asks; operands said as numerals, as an end of
 * a field (最高分), as an aggregate alone (合计). Wordings of our own over a small store whose figures are done by
 * hand; and the ones that must stay not understood.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createAnswerQuestion } from '../../src/query/answer.ts';
import { clauseReadings } from '../../src/query/arith-clauses.ts';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';
import { STREET_PROJECTS } from './street-projects.ts';

/** 丙 3 projects: budget 160, executed 120; 丁 2 projects: 240 / 200. 2022: 100 budget (1), 2023: 300 (4). */
// The first with a 年初预算数 as well (80), for the arithmetic on 年初 and 全年.
const PROJECTS: KnownProject[] = [{ ...STREET_PROJECTS[0]!, initial: 80 }, ...STREET_PROJECTS.slice(1)];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseArithmetic(q, VOCAB, 2025);

describe('the clauses of a computation', () => {
  it('takes off a clause that only asks, and keeps the two that say something', () => {
    expect(clauseReadings('甲减去乙，多出多少万元')).toEqual([
      { core: '甲减去乙', context: null, onContext: false },
    ]);
    const glossed = clauseReadings('甲平均多少（合计除以项目数）');
    expect(glossed[0]).toEqual({ core: '合计除以项目数', context: '甲平均多少', onContext: false });
    expect(clauseReadings('甲换算成元是多少（乘以一万）')[0]?.onContext).toBe(true);
    expect(clauseReadings('甲减去乙')).toEqual([]);
  });

  it('refuses an aggregate alone, a frame word alone and a gloss naming projects of its own', () => {
    expect(parse('合计除以项目数')).toBeNull();
    expect(parse('社区图书角的执行数占全街道执行数的百分之几')).toBeNull();
    // The gloss names 丁 while the question asks about 丙: not a gloss of that question.
    expect(parse('丙街道平均每个项目的预算是多少？丁街道的预算合计除以项目数')).toBeNull();
    // A number in a unit the figure is not in, and a full mark with no score to be the full mark of.
    expect(parse('社区图书角的总分减去100万')).toBeNull();
    expect(parse('满分和满分差几分')).toBeNull();
    // Which is more, or each figure, asks for the figures, not their difference; 调增了 without 多少 is a condition.
    expect(parse('丙街道和丁街道，哪个的执行数多？分别是多少')).toBeNull();
    expect(parse('丙街道和丁街道哪个执行率高一些')).toBeNull();
    expect(parse('丙街道哪些项目全年预算比年初预算调增了')).toBeNull();
  });

  it('reads the full mark as the weight of the score the other side names', () => {
    const gap = parse('社区图书角的总分离满分还差几分');
    expect(gap?.query.op).toBe('minus');
    expect(gap?.query.left).toMatchObject({ kind: 'figure', measure: { field: 'totalWeight' } });
    expect(gap?.query.right).toMatchObject({ kind: 'figure', measure: { field: 'totalScore' } });
  });
});

describe('computations said over clauses, answered', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerQuestion>;
  beforeAll(async () => {
    ({ store, user, answer } = await adminStoreOf('admin-clauses', PROJECTS.map(recordOfProject)));
  });
  afterAll(async () => {
    await store.close();
  });
  const result = async (q: string) =>
    (await answer(q, user)).text?.match(/计算：.*＝ (-?[\d.]+) ?(\S*)/)?.slice(1, 3);

  it('reads a gloss after the question: the question gives the projects and the figure', async () => {
    // 丙: 160 / 3.
    expect(await result('丙街道平均每个项目的预算是多少（合计除以项目数）')).toEqual(['53.33', '万元']);
    // 丙: 160 − 120.
    expect(await result('丙街道还有多少钱没花出去？按预算减执行数来算')).toEqual(['40', '万元']);
    // 丁: 200 万元 in 元, the gloss starting with its operator.
    expect(await result('丁街道的执行数合计折合成元是多少（乘以一万）')).toEqual(['2000000', '元']);
  });

  it('reads a frame before the computation: the whole first, 全街道 as the frame, the base of a comparison first', async () => {
    // 社区图书角 30 of 丙's 120.
    expect(await result('丙街道的执行数里，社区图书角占多大比例')).toEqual(['25', '%']);
    expect(await result('在丙街道的执行数当中，社区图书角占百分之几')).toEqual(['25', '%']);
    expect(await result('社区图书角的执行数在丙街道全部执行数中占多少比例')).toEqual(['25', '%']);
    expect(await result('丙街道里面，社区图书角的执行数占全街道执行数的百分之几')).toEqual(['25', '%']);
    // 2023 300 against 2022 100.
    expect(await result('跟2022年相比，2023年的预算合计多了多少')).toEqual(['200', '万元']);
    // 丁 240 / 丙 160.
    expect(await result('拿丙街道的预算合计跟丁街道的比，丁街道是丙街道的几倍')).toEqual(['1.5', '倍']);
    expect(await result('丁街道的预算合计减去丙街道的预算合计，多出多少')).toEqual(['80', '万元']);
  });

  it('reads operands said as numerals, ends of a field and a change from one figure to another', async () => {
    expect(await result('丙街道的执行数合计乘以一万是多少')).toEqual(['1200000', '万元']);
    // Scores 100 and 79.
    expect(await result('最高分和最低分差几分')).toEqual(['21', '分']);
    // 丙 100, 丁 95.
    expect(await result('丙街道的最高分比丁街道的最高分高多少')).toEqual(['5', '分']);
    // 老年餐桌补贴 80 → 100.
    expect(await result('老年餐桌补贴从年初预算调到全年预算，增幅是多少')).toEqual(['25', '%']);
  });

  it('reads which of two is more as their difference, a number in the figure unit, an elided budget', async () => {
    // 丙 3 projects, 丁 2.
    expect(await result('丙街道的项目比丁街道多还是少？差几个')).toEqual(['1', '个']);
    // 丙 executed 120, 丁 200.
    expect(await result('丙街道和丁街道比，谁的执行数多，多多少')).toEqual(['-80', '万元']);
    // 社区图书角 30 of 40: 75%.
    expect(await result('社区图书角的执行率比100%低了几个百分点')).toEqual(['25', '个百分点']);
    expect(await result('丙街道的预算合计比100万多多少')).toEqual(['60', '万元']);
    // 老年餐桌补贴 80 → 100.
    expect(await result('老年餐桌补贴全年预算比年初调增了多少')).toEqual(['20', '万元']);
    expect(await result('老年餐桌补贴相比年初预算，全年预算增幅是多少')).toEqual(['25', '%']);
    // 丙 2023: 60; 丁 (2023 kept): 240.
    expect(await result('丙街道2023年的预算合计，和丁街道的比，差多少')).toEqual(['-180', '万元']);
    // 120 of 320.
    expect(await result('丙街道的执行数合计占全部的几成？说百分比也行')).toEqual(['37.5', '%']);
  });
});

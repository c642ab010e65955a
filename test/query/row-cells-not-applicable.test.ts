/**
 * A 不适用 row written with a 分值 of 0 (生态效益指标 / 不适用 / 0 / 0) carries no points: its empty 年度指标值 and
 * 实际完成值 were never to be filled, as the validator's ACTUAL_EMPTY reads them, and 得分为0 / 一分没得 is said of
 * rows that could get something. The 得分 cell pointed at with what is written in it (得分那一栏写0) is every row whose
 * cell says 0, the 不适用 one too. Forms of our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminStoreOf, formWithRows, indicatorRow as row } from './known-store.ts';

describe('a 不适用 row worth 0 points', () => {
  let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await adminStoreOf('web:not-applicable', [
      formWithRows('河道保洁', '丙镇人民政府', [
        row('产出指标', '数量指标', '保洁河道长度', { target: '12公里', actual: '', weight: 40, score: 40 }),
        row('效益指标', '生态效益指标', '不适用', { target: '', actual: '', weight: 0, score: 0 }),
        row('满意度指标', '服务对象满意度指标', '村民满意度', { weight: 10, score: 0 }),
      ]),
      formWithRows('公园照明', '丁街道办事处', [
        row('产出指标', '时效指标', '按期完成', { target: '', actual: '按期完成', weight: 20, score: 20 }),
        row('效益指标', '可持续影响指标', '不适用', { target: '', actual: '', weight: 0, score: 0 }),
      ]),
    ]);
    ask = made.ask;
    close = () => made.store.close();
  });
  afterAll(() => close());

  it('its empty cells are not counted as left empty', async () => {
    expect((await ask('实际完成值没填的指标有几条')).rows).toEqual([['1']]);
    expect((await ask('年度指标值空着的是哪些项目')).rows.map((r) => r[0])).toEqual(['公园照明']);
    expect((await ask('有分值但年度指标值一栏是空的指标，一共多少条')).rows).toEqual([['1']]);
  });

  it('得分为0 is a row that could get points; 得分那一栏写0 is every cell that says 0', async () => {
    expect((await ask('得分为0的指标有几条')).rows).toEqual([['1']]);
    expect((await ask('得分那一栏写0的指标一共多少条')).rows).toEqual([['3']]);
    expect((await ask('得分那格填的0的指标有几条')).rows).toEqual([['3']]);
  });
});

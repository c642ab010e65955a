import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AskedReply, adminStoreOf, formWithRows, indicatorRow } from './known-store.ts';

/**
 * A row listing over every form with more than ROW_CAP (1000) rows or projects (row-answer.ts): the count taken
 * before the listing already says there are more, so only the rows shown are read — the reply must be the one the
 * whole capped listing gave: 超过 1000, and the first rows in the listing's order (by project, then the row's place).
 */
const FORMS = 1010;
const name = (i: number) => `巡查保洁项目${String(i).padStart(4, '0')}`;

describe('a row listing of more than 1000', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // listed out of order, so the order shown is the listing's, not the upload's
    const order = Array.from({ length: FORMS }, (_, i) => ((i * 7) % FORMS) + 1);
    const { store, ask: asked } = await adminStoreOf(
      'web:capped37',
      order.map((i) =>
        formWithRows(name(i), '甲街道办事处', [
          indicatorRow('产出指标', '数量指标', '保洁面积', { target: '100', actual: '90' }),
          indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', { score: 8 }),
          indicatorRow('效益指标', '社会效益指标', '环境改善'),
        ]),
      ),
    );
    close = () => store.close();
    ask = asked;
  }, 120_000);
  afterAll(async () => close?.());

  const first20 = Array.from({ length: 20 }, (_, i) => name(i + 1));

  it('rows that lost points: 超过 1000 条 and the first 20 in order', async () => {
    const a = await ask('扣了分的指标有哪些');
    expect(a.text).toContain('超过 1000 条，这里显示前 20 条');
    expect(a.rows.map((r) => r[0])).toEqual(first20);
    expect(a.rows.every((r) => r[5] === '居民满意度')).toBe(true);
  });

  it('rows below their target: the same, and the rows that cannot be compared still said', async () => {
    const a = await ask('哪些指标的实际值比目标值低');
    expect(a.text).toContain('超过 1000 条，这里显示前 20 条');
    expect(a.rows.map((r) => r[0])).toEqual(first20);
    expect(a.rows.every((r) => r[5] === '保洁面积')).toBe(true);
    // 100% against 100% is comparable (not below); the 分值-only rows as well: none left out here
    expect(a.text).not.toContain('不能按同一单位的数字比较');
    expect((await ask('实际值比目标值低的指标有几条')).rows).toEqual([[String(FORMS)]]);
  });

  it('projects having a row of a name: 超过 1000 项 and the first 20 with their count of such rows', async () => {
    const a = await ask('哪些项目有满意度这个指标');
    expect(a.text).toContain('超过 1000 项，这里显示前 20 项');
    expect(a.rows).toEqual(first20.map((p) => [p, '甲街道办事处', '2040', '1']));
  });
});

/**
 * The lead's probe of stop 48: a total that left the budget row's points out (总分里漏算了预算执行得分、只把各项指标得分
 * 加起来的), answered from the rows' 得分 kept on each form's facts (migration 070). Wordings of our own, over hand-made
 * forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/record/record.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  indicatorRow,
  type KnownProject,
  memoryChat,
  messageAskerOf,
  recordOfProject,
} from './known-store.ts';

/** A form with a 10-point budget row scoring `budgetScore`, rows scoring `scores`, and the 总分 it states. */
function formOf(p: KnownProject, budgetScore: number | null, scores: number[]): FormRecord {
  const r = recordOfProject(p);
  r.funds.total.weight = { raw: '10', value: 10 };
  r.funds.total.score =
    budgetScore === null ? { raw: '', value: null } : { raw: String(budgetScore), value: budgetScore };
  r.indicators = scores.map((score, i) =>
    indicatorRow('产出指标', '数量指标', `指标${i + 1}`, { weight: 30, score, scoreRaw: String(score) }),
  );
  return r;
}

describe('a total that left the budget row’s points out', () => {
  const office = '柳岸街道办事处';
  const of = (name: string, total: number): KnownProject => ({
    name,
    dept: office,
    year: 2024,
    owner: '赵磊',
    budget: 10,
    total,
  });
  let store: Store;
  let ask: (q: string) => Promise<string>;
  beforeAll(async () => {
    const known = await adminStoreOf('u-lead48', [
      // 30 + 28 + 27 = 85, the budget row's 10 left out of the total
      formOf(of('社区微更新经费', 85), 10, [30, 28, 27]),
      // the same rows with the budget row's 10: a right total
      formOf(of('老年餐桌补贴', 95), 10, [30, 28, 27]),
      // the total is the rows' sum, but the budget row scored nothing: nothing was left out
      formOf(of('便民服务站运维', 90), 0, [30, 30, 30]),
      // neither sum: another mistake
      formOf(of('垃圾分类宣传', 70), 10, [30, 28, 27]),
    ]);
    store = known.store;
    ask = messageAskerOf(store, known.user, memoryChat());
  });
  afterAll(() => store.close());

  it('counts and names only the forms whose total is the rows’ 得分 with the budget points above 0', async () => {
    for (const q of [
      '总分里漏算了预算执行那10分、只把各项指标得分加起来的，一共有几张表？',
      '自评总分等于各三级指标得分之和、疑似未计入预算执行得分的表格有多少份',
      '总分只加了指标得分、没算预算执行得分的项目有几个',
    ]) {
      const r = await ask(q);
      expect({ q, r }).toMatchObject({ r: expect.stringMatching(/(?<!\d)1\s*(个|张|份|项)/u) });
      expect(r).not.toMatch(/老年餐桌补贴|便民服务站运维|垃圾分类宣传/u);
    }
    expect(await ask('总分只加了指标得分、没算预算执行得分的项目是哪些')).toMatch(/社区微更新经费/u);
  });
});

/**
 * Places in a ranking (rank.ts): the n-th (第二多, 倒数第三, 排第二, 第2名), a share (前百分之二十, 最后40%) and where a
 * named project stands (排第几), over a small store whose order is done by hand below; 第N of anything else (第五次,
 * 第四季度) is no ranking.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { readRanking } from '../../src/query/rank.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf } from './known-store.ts';

/** Budgets 500 > 300 = 300 > 120 > 80 > 40; 石景 has the last three. */
const PROJECTS = [
  { name: '永定桥加固', dept: '卢沟街道办事处', budget: 500, total: 92 },
  { name: '卢沟文化节', dept: '卢沟街道办事处', budget: 300, total: 97 },
  { name: '卢沟垃圾清运', dept: '卢沟街道办事处', budget: 300, total: 88 },
  { name: '石景助残服务', dept: '石景街道办事处', budget: 120, total: 95 },
  { name: '石景第三次人口普查', dept: '石景街道办事处', budget: 80, total: 99 },
  { name: '石景路灯维护', dept: '石景街道办事处', budget: 40, total: 90 },
];

function recordOf(p: (typeof PROJECTS)[number]): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: String(p.budget), value: p.budget };
  return {
    ...r,
    year: 2024,
    projectName: p.name,
    department: p.dept,
    implementingUnit: p.dept,
    totalScore: p.total,
  };
}

describe('reading the place asked for', () => {
  it('reads the n-th, from the top or from the end', () => {
    expect(readRanking('预算第二多的项目')).toMatchObject({ nth: 2, text: '预算最高的项目' });
    expect(readRanking('总分倒数第三的是哪个')).toMatchObject({ nth: 3, text: '总分最低的是哪个' });
    expect(readRanking('全年预算排第二的项目')).toMatchObject({ nth: 2, text: '全年预算最高的项目' });
    expect(readRanking('总分第2名是谁')).toMatchObject({ nth: 2 });
    expect(readRanking('执行数第三少的项目')).toMatchObject({ nth: 3, text: '执行数最低的项目' });
  });

  it('reads a share of the ranking and the position of a named project', () => {
    expect(readRanking('预算前百分之二十的项目')).toMatchObject({ percent: 20, text: '预算最高的项目' });
    expect(readRanking('总分排在最后40%的项目')).toMatchObject({ percent: 40, text: '总分最低的项目' });
    expect(readRanking('永定桥加固的预算在所有项目里排第几')).toMatchObject({
      position: true,
      text: '永定桥加固的预算',
    });
    expect(readRanking('卢沟文化节总分排名多少')).toMatchObject({ position: true });
  });

  it('leaves 第N of anything else alone', () => {
    expect(readRanking('石景第三次人口普查的预算是多少')).toBeNull();
    expect(readRanking('第四季度执行了多少')).toBeNull();
    expect(readRanking('第3行指标的得分')).toBeNull();
    expect(readRanking('预算前三的项目')).toBeNull();
  });
});

describe('answering places in a ranking', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:rank', PROJECTS.map(recordOf)));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const one = async (q: string): Promise<Reply> => {
    const rs = [await answer(q, user)].flat();
    expect(rs).toHaveLength(1);
    return rs[0]!;
  };
  const names = async (q: string) => (await one(q)).table?.rows.map((r) => r[0]);

  it('answers the n-th, the projects tied at that place together', async () => {
    expect(await names('全年预算第二多的是哪个项目')).toEqual(
      expect.arrayContaining(['卢沟文化节', '卢沟垃圾清运']),
    );
    expect(await names('全年预算第二多的是哪个项目')).toHaveLength(2);
    expect(await names('全年预算排第四的项目')).toEqual(['石景助残服务']);
    expect(await names('全年预算倒数第二的项目')).toEqual(['石景第三次人口普查']);
    expect(await names('石景的项目总分倒数第二是哪个')).toEqual(['石景助残服务']);
    const said = (await one('全年预算第二多的是哪个项目')).text;
    expect(said).toContain('第2高');
    expect(said).toContain('并列');
  });

  it('answers a share of the ranking with the count it used', async () => {
    const top = await one('全年预算前百分之五十的项目');
    expect(top.table?.rows.map((r) => r[0])).toEqual(['永定桥加固', '卢沟文化节', '卢沟垃圾清运']);
    expect(top.text).toContain('6 个填了全年预算数的项目的 50%');
    expect(await names('总分排在最后20%的项目')).toEqual(['卢沟垃圾清运']);
  });

  it('answers where a named project stands, with ties said', async () => {
    const one1 = await one('卢沟垃圾清运的全年预算在所有项目里排第几');
    expect(one1.text).toContain('排第 2 名');
    expect(one1.text).toContain('并列');
    expect((await one('石景路灯维护的全年预算排名第几')).text).toContain('排第 6 名');
    expect((await one('石景第三次人口普查的总分排第几名')).text).toContain('排第 1 名');
  });

  it('asks which figure when a position names no project or no figure', async () => {
    expect((await one('排第几')).table).toBeUndefined();
    expect((await one('卢沟文化节排名第几')).text).toMatch(/哪个项目的哪一项/);
  });
});

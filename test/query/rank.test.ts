/**
 * Places in a ranking (rank.ts): the n-th (第二多, 倒数第三, 排第二, 第2名), a share (前百分之二十, 最后40%) and where a
 * named project stands (排第几), over a small store whose order is done by hand below; 第N of anything else (第五次,
 * 第四季度) is no ranking.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { middlePlaces, readRanking } from '../../src/query/rank.ts';
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

  it('reads 哪个…高 / 哪一个…更低 as the top or bottom one of the set', () => {
    expect(readRanking('卢沟那三个项目哪个预算高')?.text).toBe('卢沟那3个项目预算最高的是哪个');
    expect(readRanking('石景的项目哪一个总分更低？')?.text).toBe('石景的项目总分最低的是哪个?');
    expect(readRanking('哪个项目的执行数多一些')?.text).toBe('执行数最高的是哪个');
  });

  it('reads a place in an order said in words, with no superlative of its own', () => {
    // 从小到大 / 降序 / 按…排 say the order; 第N名 / 第N个 is only the place in it.
    expect(readRanking('执行数从小到大，第4名是哪个')).toMatchObject({
      nth: 4,
      text: '执行数从小到大,是哪个',
    });
    expect(readRanking('按总分降序第二个项目')).toMatchObject({ nth: 2, text: '按总分降序项目' });
    expect(readRanking('按年初预算排，排在第3位的项目')).toMatchObject({ nth: 3 });
    // Without an order said, 第N个 is no place (第2个项目的负责人 may be the second of a list).
    expect(readRanking('第2个项目的负责人')).toBeNull();
  });

  it('reads 第几名 / 排到第几 as a position when the order is said elsewhere', () => {
    expect(readRanking('按执行数排，石景助残服务是第几名')).toMatchObject({
      position: true,
      text: '按执行数排,石景助残服务',
    });
    expect(readRanking('永定桥加固按总分能排到第几')).toMatchObject({
      position: true,
      text: '永定桥加固按总分排',
    });
    expect(readRanking('总分由低到高，卢沟文化节处在第几位')).toMatchObject({ position: true });
  });

  it('reads a share said after the superlative as that share, not as a rate', () => {
    expect(readRanking('总分最高的那百分之三十的项目')).toMatchObject({
      percent: 30,
      text: '总分最高的项目',
    });
    expect(readRanking('执行数最少的20%是哪些')).toMatchObject({ percent: 20, text: '执行数最少的是哪些' });
    // A rate said with 最低 and a number of its own is a bound, no share.
    expect(readRanking('执行率最低要到90%')).toBeNull();
    expect(readRanking('执行率最低90%的项目')).toBeNull();
  });

  it('reads 榜首 / 垫底 as the top or bottom, 排老几 as a position', () => {
    expect(readRanking('执行数榜首是哪个')).toMatchObject({ text: '执行数最高的是哪个' });
    expect(readRanking('总分榜尾的项目')).toMatchObject({ text: '总分最低的的项目' });
    expect(readRanking('永定桥加固的预算在卢沟排老几')).toMatchObject({
      position: true,
      text: '永定桥加固的预算在卢沟',
    });
  });

  it('reads a span of places, from the top, from the end or in the order said', () => {
    expect(readRanking('全年预算从第二到第四名是哪几个')).toMatchObject({ nth: 2, through: 4 });
    expect(readRanking('总分排2-4的项目')).toMatchObject({ nth: 2, through: 4, text: '总分最高的项目' });
    expect(readRanking('执行率倒数第二到第五名')).toMatchObject({ nth: 2, through: 5, text: '执行率最低的' });
    expect(readRanking('按总分排，第3至第6名是谁')).toMatchObject({
      nth: 3,
      through: 6,
      text: '按总分排,是谁',
    });
    expect(readRanking('预算排名第二至第四位的项目')).toMatchObject({ nth: 2, through: 4 });
    // Not a span: a lone place, two numbers that are no places, a span running backwards.
    expect(readRanking('预算第二多的项目')).not.toHaveProperty('through');
    expect(readRanking('总分在90到95之间的项目')).toBeNull();
    expect(readRanking('有1到3个指标被扣分的项目')).toBeNull();
    expect(readRanking('预算第4到第2名')).not.toHaveProperty('through');
  });

  it('reads the middle of an order said, and 中位数', () => {
    expect(readRanking('按全年预算排，排在正中间的是哪个')).toMatchObject({
      middle: true,
      text: '按全年预算排,是哪个',
    });
    expect(readRanking('总分从高到低，中间那个项目')).toMatchObject({ middle: true });
    expect(readRanking('全年预算的中位数是多少')).toMatchObject({ middle: true });
    // 中间 with no order to be in the middle of is no ranking.
    expect(readRanking('中间的那个项目')).toBeNull();
    expect(middlePlaces(9)).toEqual({ from: 5, to: 5 });
    expect(middlePlaces(6)).toEqual({ from: 3, to: 4 });
    expect(middlePlaces(0)).toBeNull();
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

  it('answers 哪个…高 with the top one of the set', async () => {
    expect(await names('石景那几个项目哪个预算高')).toEqual(['石景助残服务']);
    expect(await names('卢沟的项目哪一个总分更低')).toEqual(['卢沟垃圾清运']);
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

  it('answers a place in an order said in words', async () => {
    expect(await names('全年预算从低到高，第2名是哪个')).toEqual(['石景第三次人口普查']);
    expect(await names('按全年预算降序，第四个项目')).toEqual(['石景助残服务']);
    expect(await names('总分最低的那百分之五十的项目')).toEqual([
      '卢沟垃圾清运',
      '石景路灯维护',
      '永定桥加固',
    ]);
  });

  it('answers a position in the order said, in its direction', async () => {
    // Budgets from low to high: 40, 80, 120 — 石景助残服务 is third.
    expect((await one('全年预算从低到高排，石景助残服务排在第几位')).text).toContain('从低到高排第 3 名');
    expect((await one('按总分排，卢沟文化节是第几名')).text).toContain('从高到低排第 2 名');
    expect((await one('永定桥加固按全年预算能排到第几')).text).toContain('排第 1 名');
  });

  it('answers a span of places as many as asked, a tie across its edge said', async () => {
    // Budgets 500 > 300 = 300 > 120 > 80 > 40.
    expect(await names('全年预算第四到第五名的项目')).toEqual(['石景助残服务', '石景第三次人口普查']);
    expect(await names('全年预算倒数第一到第三名')).toEqual([
      '石景路灯维护',
      '石景第三次人口普查',
      '石景助残服务',
    ]);
    const cut = await one('按全年预算排，第1至第2名是哪两个');
    expect(cut.table?.rows.map((r) => r[0])).toEqual(['永定桥加固', expect.stringMatching(/^卢沟/)]);
    // 300 is shared by the second and the third: which one is listed is arbitrary, and said.
    expect(cut.text).toMatch(/300万元 的项目共 2 个.*只列出其中 1 个/);
    expect((await one('石景的项目总分第一到第二名')).text).not.toContain('并列');
  });

  it('answers the middle place with the median, two middle places for an even count', async () => {
    const odd = await one('石景的项目按全年预算排，排在正中间的是哪个');
    expect(odd.table?.rows.map((r) => r[0])).toEqual(['石景第三次人口普查']);
    expect(odd.text).toContain('中位数：全年预算数 80万元');
    const even = await one('全年预算的中位数是多少');
    expect(even.table?.rows.map((r) => r[0])).toEqual([expect.stringMatching(/^卢沟/), '石景助残服务']);
    expect(even.text).toContain('中位数：全年预算数 210万元');
    expect(even.text).toContain('6 个填了全年预算数的项目是双数');
  });

  it('asks which figure when a position names no project or no figure', async () => {
    expect((await one('排第几')).table).toBeUndefined();
    expect((await one('卢沟文化节排名第几')).text).toMatch(/哪个项目的哪一项/);
  });
});

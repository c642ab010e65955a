/**
 * The courtesy around a question (courtesy.ts): a leading asking frame or a trailing thanks is taken off before the
 * message is read, so the question's own structure is seen as without it — a yes/no tail, a comparison read whole.
 * A clause with anything else in it stays; a message of nothing but thanks stays as it is (the bot's chit-chat).
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { withoutCourtesy } from '../../src/query/courtesy.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf } from './known-store.ts';

describe('the courtesy taken off', () => {
  it.each([
    ['麻烦帮我看一下，永宁镇有几个项目', '永宁镇有几个项目'],
    ['科长让我查一下：香水园的项目负责人是谁', '香水园的项目负责人是谁'],
    ['请问，古城墙修缮补助的总分填了没有？谢谢啦', '古城墙修缮补助的总分填了没有?'],
    ['永宁镇比香水园多几个项目，辛苦了。', '永宁镇比香水园多几个项目'],
    ['香水园的项目有哪些? thanks', '香水园的项目有哪些?'],
  ])('%s', (message, kept) => {
    expect(withoutCourtesy(message)).toBe(kept);
  });

  it.each(['谢谢', '好的，谢谢', '麻烦了', '查一下永宁镇的项目', '麻烦帮我查一下永宁镇谁负责'])(
    '%s keeps what is not only courtesy',
    (message) => {
      const kept = withoutCourtesy(message);
      expect(kept.length).toBeGreaterThan(0);
      if (message !== '好的，谢谢') expect(kept).toBe(message);
    },
  );
});

function recordOf(name: string, dept: string, budget: number, total: number | null): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: String(budget), value: budget };
  return {
    ...r,
    year: 2024,
    projectName: name,
    department: dept,
    implementingUnit: dept,
    owner: '邵春燕',
    totalScore: total,
  };
}

describe('answering with the courtesy around', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:courtesy', [
      recordOf('古城墙修缮补助', '永宁镇人民政府', 120, null),
      recordOf('城墙夜景照明改造', '永宁镇人民政府', 80, 95),
      recordOf('老旧楼房外墙保温', '香水园街道办事处', 50, 98),
    ]));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const text = async (q: string) =>
    ([await answer(q, user)].flat() as Reply[]).map((r) => `${r.text ?? ''}`).join('\n');

  it('a yes/no tail before the thanks is still the asking tail', async () => {
    expect(await text('古城墙修缮补助的总分填了没有？谢谢啦')).toMatch(/否/);
  });
  it('a comparison before the thanks is read whole', async () => {
    expect(await text('永宁镇比香水园的全年预算多多少？谢谢')).toMatch(/150.*50|＝\s*150/s);
  });
});

describe('urgency, a bare asking frame and particles of tone', () => {
  it.each([
    ['香水园的项目有哪些，急用', '香水园的项目有哪些'],
    ['永宁镇比香水园多几个项目，挺急的', '永宁镇比香水园多几个项目'],
    ['我想知道香水园的项目负责人是谁', '香水园的项目负责人是谁'],
    ['古城墙修缮补助的总分填了吗呀', '古城墙修缮补助的总分填了吗'],
    ['永宁镇有几个项目啊？', '永宁镇有几个项目?'],
  ])('%s', (message, kept) => {
    expect(withoutCourtesy(message)).toBe(kept);
  });
  it.each(['哈哈', '急', '我想知道'])('%s alone stays', (message) => {
    expect(withoutCourtesy(message)).toBe(message);
  });
});

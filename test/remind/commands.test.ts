import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../src/bot/messages.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { createScheduler } from '../../src/remind/scheduler.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { clockAt, config, logger, Outbox, PLAN_AT, seed, T14 } from './fixtures.ts';

const dm: ChatRef = { channel: 'lark', chatId: 'dm', isGroup: false };
const group: ChatRef = { channel: 'lark', chatId: 'oc_yi', isGroup: true };

describe('reminder chat commands', () => {
  let store: Store;
  const clock = clockAt(PLAN_AT);
  beforeAll(async () => {
    store = await openStore({ dataDir: 'memory://' });
    await seed(store, 2);
  });
  afterAll(() => store?.close());

  it('lists, snoozes, stops and resumes; English commands work through the question hook', async () => {
    const hooks = createPortfolioHooks({ store, logger, config, clock: clock.now });
    const outbox = new Outbox();
    const s = createScheduler({ sql: store.sql, deliver: outbox.deliver, config, logger, clock: clock.now });
    await s.plan();
    const user = (await store.getUser('lark:ou_0'))!;
    const mine = await hooks.reminders('我的提醒', user, dm);
    expect(mine.table?.rows.map((r) => r[0])).toEqual([
      '2026-03-17 09:30',
      '2026-03-24 09:30',
      '2026-03-30 09:30',
    ]);
    expect([await hooks.answerQuestion('my reminders', user)].flat()[0]?.table?.rows).toHaveLength(3);

    expect((await hooks.reminders('推迟提醒 10天', user, dm)).text).toContain('10 天内不再提醒');
    clock.set(T14);
    await s.tick();
    expect(outbox.keys().sort()).toEqual(['lark:group:oc_jia', 'lark:user:ou_1']);
    const held = await store.sql.query<{ send_at: Date; status: string }>(
      `SELECT send_at, status FROM reminders WHERE user_id = 'lark:ou_0' AND lead_days = 14`,
    );
    expect(held.rows[0]?.status).toBe('pending');
    expect(new Date(held.rows[0]?.send_at ?? 0).toISOString()).toBe('2026-03-22T00:00:00.000Z');

    expect([await hooks.answerQuestion('stop reminders', user)].flat()[0]?.text).toContain('已停止');
    clock.set(new Date('2026-03-22T00:01:00Z'));
    await s.tick();
    expect(outbox.keys().filter((k) => k.includes('ou_0'))).toEqual([]);
    expect((await hooks.reminders('我的提醒', user, dm)).text).toContain('您已停止提醒');
    expect((await hooks.reminders('恢复提醒', user, dm)).text).toContain('已恢复');
    expect((await hooks.reminders('提醒怎么用', user, dm)).text).toContain('推迟提醒 3天');
  });

  it('lets an admin move a deadline (the schedule follows) and bind a department group', async () => {
    clock.set(PLAN_AT);
    const hooks = createPortfolioHooks({
      store,
      logger,
      config,
      clock: clock.now,
      admins: new Set(['lark:boss']),
    });
    const boss = await store.upsertUser({ id: 'lark:boss', channel: 'lark' });
    const clerk = (await store.getUser('lark:ou_1'))!;
    expect((await hooks.reminders('设置截止日期 自评 2025 2026-04-15', clerk, dm)).text).toContain(
      '只有管理员',
    );
    expect((await hooks.reminders('设置截止日期 自评 2025 2026-04-15', boss, dm)).text).toContain(
      '2026-04-15',
    );
    expect((await hooks.reminders('设置提醒群 乙局', boss, dm)).text).toContain('群聊');
    expect((await hooks.reminders('设置提醒群 乙局', boss, group)).text).toContain('「乙局」的提醒群');
    const deadlines = await hooks.reminders('截止日期', clerk, dm);
    expect(deadlines.table?.rows).toContainEqual([
      '2025年度单位绩效自评',
      '2026-04-15',
      '全部',
      '管理员设置',
    ]);

    // Within a week of the first push of the moved deadline, the new group is planned too.
    clock.set(new Date('2026-03-26T00:00:00Z'));
    const s = createScheduler({
      sql: store.sql,
      deliver: new Outbox().deliver,
      config,
      logger,
      clock: clock.now,
    });
    await s.plan();
    const { rows } = await store.sql.query<{ send_at: Date }>(
      `SELECT send_at FROM reminders WHERE user_id = 'lark:ou_0' AND lead_days = 7 AND status = 'pending'`,
    );
    // 2026-04-15 is a Wednesday: T-7 = Wednesday 04-08.
    expect(new Date(rows[0]?.send_at ?? 0).toISOString()).toBe('2026-04-08T01:30:00.000Z');
    const groups = await store.sql.query(`SELECT 1 FROM reminders WHERE recipient_key = 'group:lark:oc_yi'`);
    expect(groups.rows.length).toBe(3);
    expect((await hooks.reminders('提醒记录', clerk, dm)).text).toContain('只有管理员');
    const log = await hooks.reminders('提醒记录', boss, dm);
    expect(log.text).toMatch(/sent \d+/);
    expect(log.table?.rows.some((r) => r[4] === 'cancelled' && r[6] === 'stopped')).toBe(true);
  });
});

import { afterAll, expect, it } from 'vitest';
import { createScheduler, type Deliver } from '../../src/remind/scheduler.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';
import { clockAt, config, counts, logger, MINUTE, Outbox, PLAN_AT, seed, T7, T14 } from './fixtures.ts';

for (const driver of drivers) {
  describeWhen(!driver.skip, `reminder scheduler, ${title(driver)}`, () => {
    afterAll(() => driver.cleanup());

    it('plans idempotently and sends each due reminder once, owners and the department group', async () => {
      const store = await driver.open(await driver.fresh());
      try {
        await seed(store, 4);
        const clock = clockAt(PLAN_AT);
        const outbox = new Outbox();
        const s = createScheduler({
          sql: store.sql,
          deliver: outbox.deliver,
          config,
          logger,
          clock: clock.now,
        });
        expect(await s.plan()).toBe(15); // (4 owners + 1 group) × 3 leads
        expect(await s.plan()).toBe(0);
        expect(await s.tick()).toEqual({ sent: 0, failed: 0, cancelled: 0, unconfirmed: 0 });
        clock.set(T14);
        expect((await s.tick()).sent).toBe(5);
        expect(await s.tick()).toEqual({ sent: 0, failed: 0, cancelled: 0, unconfirmed: 0 });
        expect(outbox.keys().sort()).toEqual([
          'lark:group:oc_jia',
          'lark:user:ou_0',
          'lark:user:ou_1',
          'lark:user:ou_2',
          'lark:user:ou_3',
        ]);
        const toOwner = outbox.sent.find((s) => s.to.id === 'ou_0')?.reply;
        expect(toOwner?.text).toContain('2025年度单位绩效自评将于 2026-03-31 截止（还有 15 天）');
        expect(toOwner?.items?.[0]).toMatch(/《项目0》：.*待补充/);
        const toGroup = outbox.sent.find((s) => s.to.kind === 'group')?.reply;
        expect(toGroup?.text).toContain('甲局：已提交 2 张自评表');
      } finally {
        await store.close();
      }
    });

    it('after downtime sends only the latest missed reminder; retries a failed push with backoff; honours stop and snooze', async () => {
      const store = await driver.open(await driver.fresh());
      try {
        await seed(store, 3);
        const clock = clockAt(PLAN_AT);
        const outbox = new Outbox();
        let failFor = 'ou_2';
        const deliver: Deliver = async (to, reply) => {
          if (to.id === failFor) throw new Error('platform unavailable');
          await outbox.deliver(to, reply);
        };
        const s = createScheduler({ sql: store.sql, deliver, config, logger, clock: clock.now });
        await s.plan();
        await store.sql.query(`INSERT INTO reminder_prefs (user_id, stopped) VALUES ('lark:ou_0', true)`);
        // Down from before T-14 until after T-7.
        clock.set(new Date(T7.getTime() + 3 * 3_600_000));
        const run = await s.tick();
        expect(run.sent).toBe(2); // ou_1 and the group, once each, for T-7
        expect(run.failed).toBe(1);
        expect(counts(outbox.keys()).get('lark:user:ou_1')).toBe(1);
        const { rows } = await store.sql.query<{
          lead_days: number;
          status: string;
          last_error: string | null;
        }>(
          `SELECT lead_days, status, last_error FROM reminders WHERE user_id = 'lark:ou_1' ORDER BY lead_days`,
        );
        expect(rows.map((r) => `${r.lead_days}:${r.status}:${r.last_error ?? ''}`)).toEqual([
          '1:pending:',
          '7:sent:',
          '14:cancelled:superseded',
        ]);
        // The failed push comes back after its backoff, not before.
        clock.add(30_000);
        expect((await s.tick()).failed).toBe(0);
        failFor = '';
        clock.add(MINUTE);
        expect((await s.tick()).sent).toBe(1);
        expect(counts(outbox.keys()).get('lark:user:ou_2')).toBe(1);
        expect(outbox.keys()).not.toContain('lark:user:ou_0');
      } finally {
        await store.close();
      }
    });
  });
}

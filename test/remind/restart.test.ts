import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/remind/scheduler.ts';
import { openStore } from '../../src/store/open.ts';
import { clockAt, config, logger, MINUTE, Outbox, PLAN_AT, seed, T14 } from './fixtures.ts';

describe('restart in the middle of a reminder run (PGlite on disk, fake clock)', () => {
  it('sends nothing twice and loses nothing, including a claim left by a crashed worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-remind-'));
    try {
      const clock = clockAt(PLAN_AT);
      const outbox = new Outbox();
      let store = await openStore({ dataDir: dir });
      await seed(store, 30);
      const first = createScheduler({
        sql: store.sql,
        config,
        logger,
        clock: clock.now,
        batch: 10,
        concurrency: 2,
        deliver: async (to, reply) => {
          await outbox.deliver(to, reply);
          if (outbox.sent.length === 7) void first.stop();
        },
      });
      await first.plan();
      clock.set(T14);
      await first.tick();
      expect(outbox.sent.length).toBeGreaterThanOrEqual(7);
      expect(outbox.sent.length).toBeLessThan(31);
      // A worker that crashed after claiming, before sending: its claim is taken over once the lease runs out.
      await store.sql.query(
        `UPDATE reminders SET status = 'claimed', claimed_by = 'dead', claimed_at = $1
          WHERE id = (SELECT id FROM reminders WHERE status = 'pending' AND send_at <= $1 ORDER BY id LIMIT 1)`,
        [clock.now()],
      );
      await store.close();

      store = await openStore({ dataDir: dir });
      const second = createScheduler({
        sql: store.sql,
        deliver: outbox.deliver,
        config,
        logger,
        clock: clock.now,
      });
      clock.add(MINUTE);
      await second.tick();
      expect(outbox.sent.length).toBe(30); // 30 owners + 1 group, one still held by the dead claim
      clock.add(11 * MINUTE);
      await second.tick();
      const keys = outbox.keys();
      expect(keys.length).toBe(31);
      expect(new Set(keys).size).toBe(31);
      const { rows } = await store.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reminders WHERE lead_days = 14 AND status = 'sent'`,
      );
      expect(rows[0]?.n).toBe(31);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

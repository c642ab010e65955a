import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/remind/scheduler.ts';
import type { Store } from '../../src/store/store.ts';
import { drivers } from '../store/drivers.ts';
import { clockAt, config, logger, Outbox, PLAN_AT, seed, T14 } from './fixtures.ts';

describe.skipIf(drivers[1]?.skip ?? true)(
  `two replicas on one PostgreSQL${drivers[1]?.skip ? ' (skipped: TEST_DATABASE_URL not set)' : ''}`,
  () => {
    it('delivers each reminder exactly once', async () => {
      const pgDriver = drivers[1]!;
      const options = await pgDriver.fresh();
      const [a, b] = [await pgDriver.open(options), await pgDriver.open(options)];
      try {
        await seed(a, 100);
        const clock = clockAt(PLAN_AT);
        const outbox = new Outbox();
        const make = (store: Store, workerId: string) =>
          createScheduler({
            sql: store.sql,
            deliver: outbox.deliver,
            config,
            logger,
            clock: clock.now,
            workerId,
            batch: 7,
          });
        const [sa, sb] = [make(a, 'a'), make(b, 'b')];
        await Promise.all([sa.plan(), sb.plan()]);
        clock.set(T14);
        const [ra, rb] = await Promise.all([sa.tick(), sb.tick()]);
        expect(ra.sent + rb.sent).toBe(101);
        expect(new Set(outbox.keys()).size).toBe(101);
        expect(outbox.sent.length).toBe(101);
      } finally {
        await a.close();
        await b.close();
        await pgDriver.cleanup();
      }
    });
  },
);

import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, NO_POSTGRES, TEST_DATABASE_URL } from './drivers.ts';

// A migration that rewrites form_facts leaves it full of dead row versions; until it is vacuumed the planner reads the
// whole table for index-only scans (the admin's list went from 13 to 260 ms on PostgreSQL). openStore vacuums the
// rewritten tables itself rather than waiting for autovacuum.
const postgres = drivers.find((d) => d.name === 'postgres');

describeWhen(
  Boolean(TEST_DATABASE_URL),
  `vacuum after migrations on PostgreSQL${TEST_DATABASE_URL ? '' : ` (${NO_POSTGRES})`}`,
  () => {
    afterAll(async () => postgres?.cleanup());

    async function lastVacuum(schema: string): Promise<Record<string, Date | null>> {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        const { rows } = await client.query<{ relname: string; last_vacuum: Date | null }>(
          'SELECT relname, last_vacuum FROM pg_stat_user_tables WHERE schemaname = $1',
          [schema],
        );
        return Object.fromEntries(rows.map((r) => [r.relname, r.last_vacuum]));
      } finally {
        await client.end();
      }
    }

    it('vacuums form_facts and indicator_rows once the migrations are applied, and not on a later open', async () => {
      const options = await postgres!.fresh();
      const first = await openStore(options);
      await first.close();
      const afterMigrating = await lastVacuum(options.schema!);
      expect(afterMigrating.form_facts).toBeInstanceOf(Date);
      expect(afterMigrating.indicator_rows).toBeInstanceOf(Date);

      const again = await openStore(options);
      await again.close();
      const afterReopening = await lastVacuum(options.schema!);
      expect(afterReopening.form_facts).toEqual(afterMigrating.form_facts);
    });
  },
);

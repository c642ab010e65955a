import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { formWithRows, indicatorRow as row } from '../query/known-store.ts';
import { drivers, openRaw, title } from './drivers.ts';

/**
 * Migration 014: the rows that lost points (扣了分的指标) are estimated from statistics on the loss `weight - score`
 * and read from partial indexes under that same condition. A comparison of two columns (`score < weight`) is priced
 * at a third of the table whatever is stored, which chose parallel plans for a few thousand rows at 100 000 forms.
 * A new store (014 before the table exists, 036 then making them) and a store that had 034–040 before 014 came must
 * end the same.
 */

/** 2 000 rows on one form: 40 lost points (every 50th), 10 scored above the 分值 (every 200th, offset by 7). */
async function fill(sql: SqlDriver, ownerId: string): Promise<void> {
  const store = createSqlStore(sql);
  await store.upsertUser({ id: ownerId, channel: 'web' });
  const record = formWithRows('损失统计', '甲街道办事处', [row('产出指标', '数量指标', '完成数量')]);
  const [form] = await store.createForms([
    { ownerId, record, provenance: {}, check: checkRecord(record), source: 'reader' },
  ]);
  await sql.query(
    `INSERT INTO indicator_rows (form_id, version, n, level1, level2, name, weight, score)
     SELECT $1, 1, 100 + g, '产出指标', '数量指标', '指标' || g, 10,
            CASE WHEN g % 50 = 0 THEN 8 WHEN g % 200 = 7 THEN 12 ELSE 10 END
       FROM generate_series(1, 2000) g`,
    [form!.formId],
  );
  await sql.exec('ANALYZE indicator_rows');
}

/** The planner's row estimate for the rows meeting `where`, and the index it reads them from when it must use one. */
async function plan(sql: SqlDriver, where: string): Promise<{ rows: number; index: string | undefined }> {
  const explain = async () => {
    const { rows } = await sql.query<Record<string, unknown>>(
      `EXPLAIN (FORMAT JSON) SELECT count(*) FROM indicator_rows r WHERE ${where}`,
    );
    const raw = Object.values(rows[0]!)[0];
    return JSON.stringify(typeof raw === 'string' ? JSON.parse(raw) : raw);
  };
  const estimated = JSON.parse(await explain())[0].Plan.Plans[0]['Plan Rows'] as number;
  await sql.exec('SET enable_seqscan = off');
  const forced = await explain();
  await sql.exec('RESET enable_seqscan');
  return { rows: estimated, index: /"Index Name":"([a-z_]+)"/.exec(forced)?.[1] };
}

/** The three partial indexes and the statistics object, as the catalog has them. */
async function shape(sql: SqlDriver): Promise<string[]> {
  const { rows } = await sql.query<{ d: string }>(
    `SELECT indexdef AS d FROM pg_indexes
      WHERE tablename = 'indicator_rows' AND schemaname = current_schema() AND indexname <> 'indicator_rows_pkey'
     UNION ALL
     SELECT 'statistics ' || stxname FROM pg_statistic_ext WHERE stxrelid = 'indicator_rows'::regclass
     ORDER BY 1`,
  );
  return rows.map((r) => r.d);
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `rows that lost points estimated (migration 014), ${title(driver)}`, () => {
    let fresh: SqlDriver;
    let upgraded: SqlDriver;
    beforeAll(async () => {
      fresh = await openRaw(await driver.fresh());
      await migrate(fresh);
      await fill(fresh, 'web:loss-fresh');
      // A store of before 014: 036 as it was then (without the call 014 added), its rows stored, then 014.
      upgraded = await openRaw(await driver.fresh());
      const before = (await loadMigrations())
        .filter((m) => m.version !== 14)
        .map((m) =>
          m.version === 36
            ? { ...m, sql: m.sql.replace(/SELECT jixiao_indicator_rows_by_loss\(\);/, '') }
            : m,
        );
      await migrate(upgraded, before);
      await fill(upgraded, 'web:loss-upgraded');
      expect(await migrate(upgraded)).toEqual([14]);
    });
    afterAll(async () => {
      await fresh?.close();
      await upgraded?.close();
      await driver.cleanup();
    });

    it('estimates the lost rows and the rows above the 分值 from what is stored, and reads them by index', async () => {
      for (const sql of [fresh, upgraded]) {
        const lost = await plan(sql, 'r.weight - r.score > 0');
        // 40 rows lost points (the form's own row scored its 分值); a third of the table, as `score < weight` is
        // guessed, is ~670.
        expect(lost.rows).toBeGreaterThanOrEqual(20);
        expect(lost.rows).toBeLessThanOrEqual(80);
        expect(lost.index).toMatch(/^indicator_rows_(top_lost|lost_by_form)$/);
        const above = await plan(sql, 'r.weight - r.score < 0');
        expect(above.rows).toBeLessThanOrEqual(40);
        expect(above.index).toBe('indicator_rows_above_by_form');
      }
    });

    it('a store that had the indexes before 014 ends as a new one', async () => {
      const made = await shape(fresh);
      expect(made).toContain('statistics indicator_rows_loss');
      expect(made.filter((d) => d.includes('WHERE ((weight - score) > ')).length).toBe(2);
      expect(made.filter((d) => d.includes('score < weight')).length).toBe(0);
      const strip = (ds: string[]) =>
        ds.map((d) => d.replace(/ ON "?[a-z0-9_]+"?\.indicator_rows/, ' ON indicator_rows'));
      expect(strip(await shape(upgraded))).toEqual(strip(made));
    });
  });
}

import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { formWithRows, indicatorRow as row } from '../query/known-store.ts';
import { drivers, openRaw, title } from './drivers.ts';

/**
 * Migration 041: the key of indicator_rows carries the rows' three names, so the named rows of a department's forms
 * are counted from the index alone, form by form, instead of scanning every row of the portfolio. A new store and one
 * that had its rows before 041 must end the same, with the rows and their uniqueness kept.
 */

/** Two forms of three rows each, two of them 时效指标; returns the forms' ids. */
async function fill(sql: SqlDriver, ownerId: string): Promise<string[]> {
  const store = createSqlStore(sql);
  await store.upsertUser({ id: ownerId, channel: 'web' });
  const rows = [
    row('产出指标', '时效指标', '按时完成率'),
    row('产出指标', '数量指标', '完成数量'),
    row('产出指标', '时效指标', '及时开工率'),
  ];
  const records = ['甲', '乙'].map((p) => formWithRows(`键项目${p}`, '甲街道办事处', rows));
  const forms = await store.createForms(
    records.map((record) => ({
      ownerId,
      record,
      provenance: {},
      check: checkRecord(record),
      source: 'reader',
    })),
  );
  return forms.map((f) => f.formId);
}

/** The key's definition, with the schema left out. */
async function keyOf(sql: SqlDriver): Promise<string> {
  const { rows } = await sql.query<{ d: string }>(
    `SELECT indexdef AS d FROM pg_indexes
      WHERE tablename = 'indicator_rows' AND schemaname = current_schema() AND indexname = 'indicator_rows_pkey'`,
  );
  return rows[0]!.d.replace(/ ON "?[a-z0-9_]+"?\.indicator_rows/, ' ON indicator_rows');
}

const NAMED = `FROM indicator_rows r WHERE r.form_id = ANY ($1::text[])
  AND (r.name = ANY ($2::text[]) OR r.level2 = ANY ($2::text[]) OR r.level1 = ANY ($2::text[]))`;

/** How the planner reads a form's named rows when it must use an index, and what it counts. */
async function namedRows(sql: SqlDriver, forms: string[]): Promise<{ plan: string; count: number }> {
  const params = [forms, ['时效指标']];
  await sql.exec('SET enable_seqscan = off; SET enable_bitmapscan = off');
  const { rows: explained } = await sql.query<Record<string, unknown>>(
    `EXPLAIN (FORMAT JSON) SELECT count(*) ${NAMED}`,
    params,
  );
  await sql.exec('RESET enable_seqscan; RESET enable_bitmapscan');
  const raw = Object.values(explained[0]!)[0];
  const plan = JSON.stringify(typeof raw === 'string' ? JSON.parse(raw) : raw);
  const { rows } = await sql.query<{ n: unknown }>(`SELECT count(*) AS n ${NAMED}`, params);
  return { plan, count: Number(rows[0]!.n) };
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `indicator rows named from their key (migration 041), ${title(driver)}`, () => {
    let fresh: SqlDriver;
    let upgraded: SqlDriver;
    let freshForms: string[];
    let upgradedForms: string[];
    beforeAll(async () => {
      fresh = await openRaw(await driver.fresh());
      await migrate(fresh);
      freshForms = await fill(fresh, 'web:key-fresh');
      upgraded = await openRaw(await driver.fresh());
      await migrate(
        upgraded,
        (await loadMigrations()).filter((m) => m.version !== 41),
      );
      upgradedForms = await fill(upgraded, 'web:key-upgraded');
      expect(await migrate(upgraded)).toEqual([41]);
      // the visibility map an index-only scan reads (PostgreSQL's autovacuum, openStore on PGlite)
      for (const sql of [fresh, upgraded]) await sql.exec('VACUUM ANALYZE indicator_rows');
    });
    afterAll(async () => {
      await fresh?.close();
      await upgraded?.close();
      await driver.cleanup();
    });

    it('a store that had its rows before 041 ends as a new one: the key holds the three names', async () => {
      const made = await keyOf(fresh);
      expect(made).toMatch(/\(form_id, n\) INCLUDE \(level1, level2, name\)/);
      expect(await keyOf(upgraded)).toBe(made);
    });

    it('counts the named rows of the forms from the key alone, the same rows as before', async () => {
      for (const [sql, forms] of [
        [fresh, freshForms],
        [upgraded, upgradedForms],
      ] as const) {
        const { plan, count } = await namedRows(sql, forms);
        expect(plan).toContain('"Node Type":"Index Only Scan"');
        expect(plan).toContain('"Index Name":"indicator_rows_pkey"');
        expect(count).toBe(4);
        const { rows } = await sql.query<{ n: unknown }>('SELECT count(*) AS n FROM indicator_rows');
        expect(Number(rows[0]!.n)).toBe(6);
      }
    });

    it('keeps a row unique by its form and place', async () => {
      await expect(
        upgraded.query(
          `INSERT INTO indicator_rows (form_id, version, n, level1, level2, name)
           SELECT form_id, version, n, level1, level2, '另一个名字' FROM indicator_rows LIMIT 1`,
        ),
      ).rejects.toThrow(/indicator_rows_pkey|duplicate/);
    });
  });
}

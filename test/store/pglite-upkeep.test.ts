import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { keepTablesUp } from '../../src/store/pglite-upkeep.ts';
import type { SqlExecutor } from '../../src/store/sql.ts';
import type { Store } from '../../src/store/store.ts';
import { sampleCheck, sampleRecord } from './fixtures.ts';

const rows = ['数量指标', '质量指标', '时效指标', '成本指标'].map((level2, i) => ({
  level1: i < 3 ? '产出指标' : '成本指标',
  level2,
  name: `${level2}一`,
  target: '100%',
  actual: '95%',
  weight: 10,
  score: 9,
  deviation: null,
}));

/** `count` forms numbered from `first`, written as one statement through the versions' triggers, as an upload does. */
async function addForms(sql: SqlExecutor, first: number, count: number): Promise<void> {
  const range = [first, first + count - 1];
  await sql.query(
    `INSERT INTO users (id, channel, department) VALUES ('web:u', 'web', '通州区民政局') ON CONFLICT DO NOTHING`,
  );
  await sql.query(
    `INSERT INTO forms (id, owner_id, project_name, department, year, current_version)
     SELECT 'f' || g, 'web:u', 'p' || g, '通州区民政局', 2023, 1 FROM generate_series($1::int, $2::int) g`,
    range,
  );
  await sql.query(
    `INSERT INTO form_versions (form_id, version, record, provenance, check_result, source)
     SELECT 'f' || g, 1, $3::jsonb || jsonb_build_object('projectName', '项目' || g), '{}'::jsonb, $4::jsonb, 'reader'
       FROM generate_series($1::int, $2::int) g`,
    [...range, JSON.stringify(sampleRecord({ indicators: rows as never })), JSON.stringify(sampleCheck())],
  );
}

/** Rows read by whole-table scans of the kept tables while `write` ran. */
async function wholeScanReads(sql: SqlExecutor, write: () => Promise<void>): Promise<number> {
  const read = async () => {
    // Counters are flushed once a second at most: make the next statement's end flush them.
    await sql.query('SELECT pg_stat_force_next_flush()');
    return Number(
      (
        await sql.query<{ n: string }>(
          `SELECT coalesce(sum(seq_tup_read), 0) AS n FROM pg_stat_user_tables
            WHERE relname IN ('indicator_rows', 'indicator_form_kinds', 'form_facts')`,
        )
      ).rows[0]?.n,
    );
  };
  const before = await read();
  await write();
  return (await read()) - before;
}

describe('PGlite table upkeep (autovacuum’s work, which PGlite lacks)', () => {
  let store: Store | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await store?.close();
    store = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('analyzes the tables that grew, vacuums those mostly new, and leaves them be once kept up', async () => {
    store = await openStore({ dataDir: 'memory://' });
    await addForms(store.sql, 0, 1500);
    const first = await keepTablesUp(store.sql);
    expect(first.analyzed).toEqual(expect.arrayContaining(['form_facts', 'indicator_rows', 'forms']));
    expect(first.vacuumed).toEqual(expect.arrayContaining(['form_facts', 'indicator_rows']));
    const { rows: stats } = await store.sql.query<{ reltuples: number; relallvisible: number }>(
      `SELECT reltuples, relallvisible FROM pg_class WHERE relname = 'form_facts'`,
    );
    expect(stats[0]?.reltuples).toBe(1500);
    expect(stats[0]?.relallvisible).toBeGreaterThan(0);
    expect(await keepTablesUp(store.sql)).toEqual({ analyzed: [], vacuumed: [] });
  });

  it('once kept up, a file of many forms in a store that grew in this session reads no kept table whole', async () => {
    store = await openStore({ dataDir: 'memory://' });
    const sql = store.sql;
    // The triggers' statements are planned while the tables are small, and PGlite (one session for the process's
    // life) keeps those plans: a row trigger then scanned every form's kind counts for each new form.
    for (let i = 0; i < 6; i++) await addForms(sql, i * 500, 500);
    const stale = await wholeScanReads(sql, () => addForms(sql, 10_000, 100));
    await keepTablesUp(sql);
    const kept = await wholeScanReads(sql, () => addForms(sql, 20_000, 100));
    // A plan may still read a table once for a whole file (a hash join); it must not read it once per form.
    const { rows: sizes } = await sql.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM indicator_rows) + (SELECT count(*) FROM indicator_form_kinds)
              + (SELECT count(*) FROM form_facts) AS n`,
    );
    const tables = Number(sizes[0]?.n);
    expect(stale).toBeGreaterThan(20 * tables);
    expect(kept).toBeLessThan(3 * tables);
  });

  it('after a restart, knows a table grew from its size, not from activity counters that start again at 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-upkeep-'));
    dirs.push(dir);
    store = await openStore({ dataDir: dir });
    await addForms(store.sql, 0, 1500);
    await store.close();
    store = await openStore({ dataDir: dir });
    const { rows: counters } = await store.sql.query<{ n: string }>(
      `SELECT n_mod_since_analyze AS n FROM pg_stat_user_tables WHERE relname = 'form_facts'`,
    );
    expect(Number(counters[0]?.n)).toBe(0);
    expect((await keepTablesUp(store.sql)).analyzed).toEqual(expect.arrayContaining(['form_facts']));
  });

  it('runs by itself every interval on the driver, and stops with it', async () => {
    const db = await openPglite('memory://', { upkeepIntervalMs: 20 });
    try {
      await db.exec('CREATE TABLE grown (n integer); INSERT INTO grown SELECT generate_series(1, 5000)');
      const analyzed = async () =>
        (
          await db.query<{ at: unknown }>(
            `SELECT last_analyze AS at FROM pg_stat_user_tables WHERE relname = 'grown'`,
          )
        ).rows[0]?.at;
      for (let i = 0; i < 250 && !(await analyzed()); i++) await new Promise((r) => setTimeout(r, 20));
      expect(await analyzed()).toBeTruthy();
    } finally {
      await db.close();
    }
  });
});

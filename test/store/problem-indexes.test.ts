import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeQuery, type Viewer } from '../../src/query/execute.ts';
import { PROBLEM_WORDS } from '../../src/query/problem-words.ts';
import { emptyRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver, SqlExecutor } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, openRaw, title } from './drivers.ts';

/**
 * Migration 042: every problem staff name in words (PROBLEM_WORDS: 执行率算错, 总分和明细对不上, …) is counted from a
 * partial index of its code set, as execute.ts writes it, instead of reading each matching form from the table
 * (half of 100 000 forms for 总分和明细对不上). The counts stay those of the codes themselves.
 */
const admin: Viewer = { userId: 'web:problem-admin', department: null, isAdmin: true };
const CONCEPTS = Object.entries(PROBLEM_WORDS);
const ALL_CODES = [...new Set(CONCEPTS.flatMap(([, p]) => p.codes))];
/** The codes the check of an empty form raises itself (the forms below start empty). */
const ON_EVERY_FORM = new Set<string>(checkRecord(emptyRecord()).findings.map((f) => f.code));

/** The statements a query sends, in order. */
function spied(sql: SqlDriver): { sql: SqlExecutor; seen: Array<[string, unknown[] | undefined]> } {
  const seen: Array<[string, unknown[] | undefined]> = [];
  const spy: SqlExecutor = {
    ...sql,
    query: (async (text: string, params?: unknown[]) => {
      seen.push([text, params]);
      return sql.query(text, params);
    }) as SqlExecutor['query'],
  };
  return { sql: spy, seen };
}

for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `problems named in words counted from their index (migration 042), ${title(driver)}`,
    () => {
      let sql: SqlDriver;

      beforeAll(async () => {
        // Forms stored before 042, each given some of the problem codes (form i has code j when i % (j + 2) = 0), then
        // 042 applied to them: the indexes are built over existing rows.
        sql = await openRaw(await driver.fresh());
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 42),
        );
        const store = createSqlStore(sql);
        await store.upsertUser({ id: admin.userId, channel: 'web' });
        for (let i = 0; i < 60; i++) {
          const record = emptyRecord();
          record.year = 2040;
          record.department = '丙街道办事处';
          record.projectName = `问题项目${i}`;
          await store.createForm({
            ownerId: admin.userId,
            record,
            provenance: {},
            check: checkRecord(record),
            source: 'reader',
          });
        }
        await sql.query(
          `UPDATE form_facts f SET codes = f.codes || ARRAY(
           SELECT c FROM unnest($1::text[]) WITH ORDINALITY AS x(c, j)
            WHERE substring(f.project_name from '[0-9]+$')::int % (j::int + 1) = 0)`,
          [ALL_CODES],
        );
        expect(await migrate(sql, all)).toContain(42);
        await sql.exec('VACUUM ANALYZE form_facts');
      });
      afterAll(async () => {
        await sql?.close();
        await driver.cleanup();
      });

      it('counts the forms of each problem as its codes do', async () => {
        for (const [concept, { codes }] of CONCEPTS) {
          const table = await executeQuery(
            sql,
            { filters: [{ type: 'finding', codes: [...codes] }], measures: [{ fn: 'count' }] },
            admin,
          );
          const { rows } = await sql.query<{ n: unknown }>(
            'SELECT count(*) AS n FROM form_facts WHERE codes && $1::text[]',
            [codes],
          );
          const n = Number(rows[0]!.n);
          expect(n, concept).toBeGreaterThan(0);
          // a code every empty form carries (FUNDS_MISSING: no amounts) is on all 60; the others only on some
          if (!codes.some((c) => ON_EVERY_FORM.has(c))) expect(n, concept).toBeLessThan(60);
          expect({ concept, n: Number(table.rows[0]?.[0]) }).toEqual({ concept, n });
        }
      });

      it('reads each problem count from a partial index, never the table', async () => {
        for (const [concept, { codes }] of CONCEPTS) {
          const { sql: spy, seen } = spied(sql);
          await executeQuery(
            spy,
            { filters: [{ type: 'finding', codes: [...codes] }], measures: [{ fn: 'count' }] },
            admin,
          );
          const [text, params] = seen.find(([s]) => /count\(\*\)/.test(s)) ?? [];
          expect(text, concept).toBeDefined();
          const plan = await sql.transaction(async (tx) => {
            await tx.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off');
            const { rows } = await tx.query<Record<string, string>>(`EXPLAIN ${text}`, params);
            return rows.map((r) => Object.values(r)[0]).join('\n');
          });
          expect({ concept, plan }).toMatchObject({
            plan: expect.stringMatching(/Index Only Scan using form_facts_[a-z_]+ on form_facts/),
          });
        }
      });
    },
  );
}

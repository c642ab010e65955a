/** Bulk forms for the portfolio and reminder benches: corpus records cloned in SQL, varied per copy. */

import { INDICATOR_CELLS } from '../src/record/labels.ts';
import type { FormRecord } from '../src/record/record.ts';
import { checkRecord } from '../src/score/check.ts';
import { keepTablesUp } from '../src/store/pglite-upkeep.ts';
import type { SqlExecutor } from '../src/store/sql.ts';
import { referenceRecords, textFiles } from '../test/helpers/corpus.ts';

export const DEPARTMENTS = 50;

/** The columns of an indicator row that the facts and indicator_rows triggers read (migrations 025, 034). */
const ROW_KEYS = [...INDICATOR_CELLS, 'placeholder'] as const;

/**
 * The corpus records with their checks, slimmed to what the facts trigger reads (header, funds, score, findings,
 * missing): 100 000 full records would be gigabytes the queries never touch. `withRows`: each record keeps its own
 * indicator rows (only the columns the row table stores), so that row questions (扣分最多的指标, 有X指标的项目) meet
 * the corpus's real names, levels and scores, ~10 rows a form.
 */
export function corpusSeeds(
  onlyWithProblems = false,
  withRows = false,
): { record: unknown; check: unknown }[] {
  return textFiles()
    .flatMap((f) => referenceRecords(f) as FormRecord[])
    .map((record) => ({ record, check: checkRecord(record) }))
    .filter(
      ({ check }) =>
        !onlyWithProblems || check.missing.length > 0 || check.findings.some((f) => f.severity === 'error'),
    )
    .map(({ record, check }) => ({
      record: {
        ...record,
        indicators: withRows
          ? record.indicators.map((row) => Object.fromEntries(ROW_KEYS.map((k) => [k, row[k]])))
          : [],
        goals: { expected: null, actual: null },
      },
      check: {
        score: { budget: check.score.budget, total: check.score.total, grade: check.score.grade },
        findings: check.findings,
        missing: check.missing,
      },
    }));
}

/**
 * `count` forms owned by `users` users (`web:u<n>`), departments `部门<n>`, years `years` round robin, each copy a
 * distinct project name. Runs through the form_versions trigger like any other write.
 */
export async function seedForms(
  sql: SqlExecutor,
  options: { count: number; users: number; years: number[]; onlyWithProblems?: boolean; withRows?: boolean },
): Promise<void> {
  const seeds = corpusSeeds(options.onlyWithProblems, options.withRows);
  await sql.exec(
    'DROP TABLE IF EXISTS bench_seed; CREATE TABLE bench_seed (i int PRIMARY KEY, record jsonb, chk jsonb)',
  );
  await sql.query('INSERT INTO bench_seed SELECT * FROM unnest($1::int[], $2::jsonb[], $3::jsonb[])', [
    seeds.map((_, i) => i),
    seeds.map((s) => JSON.stringify(s.record)),
    seeds.map((s) => JSON.stringify(s.check)),
  ]);
  // Each uploader bound to the department of their forms (form g: owner u(g % users), department g % DEPARTMENTS), or
  // the forms would be held 待确认 and count nowhere (migration 009).
  if (options.users < options.count && options.users % DEPARTMENTS !== 0)
    throw new Error(`users (${options.users}) must be a multiple of ${DEPARTMENTS}`);
  await sql.query(
    `INSERT INTO users (id, channel, department) SELECT 'web:u' || n, 'web', '部门' || (n % $2)
       FROM generate_series(0, $1 - 1) n ON CONFLICT DO NOTHING`,
    [options.users, DEPARTMENTS],
  );
  const chunk = 10_000;
  for (let start = 0; start < options.count; start += chunk) {
    const end = Math.min(options.count, start + chunk) - 1;
    await sql.query(
      `INSERT INTO forms (id, owner_id, project_name, department, year, current_version)
       SELECT 'f' || g, 'web:u' || (g % $3), 'p' || g, '部门' || (g % $4), ($5::int[])[1 + g % array_length($5::int[], 1)], 1
         FROM generate_series($1::int, $2::int) g`,
      [start, end, options.users, DEPARTMENTS, options.years],
    );
    await sql.query(
      `INSERT INTO form_versions (form_id, version, record, provenance, check_result, source)
       SELECT 'f' || g, 1,
              s.record || jsonb_build_object(
                'department', '部门' || (g % $4),
                'projectName', coalesce(s.record->>'projectName', '项目') || '-' || (g / $3),
                'year', ($5::int[])[1 + g % array_length($5::int[], 1)]),
              '{}'::jsonb, s.chk, 'reader'
         FROM generate_series($1::int, $2::int) g JOIN bench_seed s ON s.i = g % $3`,
      [start, end, seeds.length, DEPARTMENTS, options.years],
    );
    // As autovacuum would between two bulk statements (PGlite has none, and the store's own upkeep only looks once a
    // minute): the triggers' plans, made while the tables were small, would otherwise scan them whole for every new
    // form (seeding 100 000 forms on PGlite had not finished after 2.5 h).
    await keepTablesUp(sql);
  }
  await sql.exec('DROP TABLE bench_seed');
  // A steady-state table: statistics and the visibility map that index-only scans need.
  await sql.exec('VACUUM ANALYZE form_facts');
  if (options.withRows) await sql.exec('VACUUM ANALYZE indicator_rows');
}

import { afterAll, expect, it } from 'vitest';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, openRaw, title } from './drivers.ts';

const OWNER = 'web:indicator-score-sum';

/** Forms whose rows' 得分 add up differently: several rows, an empty 得分, a placeholder, no rows at all. */
function forms(): FormRecord[] {
  const form = (name: string, scores: (number | null)[], placeholder = false) => {
    const r = emptyRecord();
    r.year = 2045;
    r.department = '己街道办事处';
    r.projectName = name;
    r.indicators = scores.map((score, i) => ({
      level1: '效益指标',
      level2: '社会效益指标',
      name: `行${i}`,
      target: '1',
      actual: '1',
      weight: 30,
      score,
      deviation: '',
      weightRaw: '30',
      scoreRaw: score === null ? '' : String(score),
      ...(placeholder && i === 0 ? { placeholder: true } : {}),
    }));
    return r;
  };
  return [
    form('三行都有分', [30, 25.5, 28]),
    form('一行没填分', [null, 20]),
    form('占位行不算', [99, 12], true),
    form('一行都没有', []),
  ];
}

/** What the store should hold: every real row's 得分 added up; nothing when no real row states one. */
function expectedSum(r: FormRecord): number | null {
  const scores = r.indicators
    .filter((i) => !(i as { placeholder?: boolean }).placeholder)
    .map((i) => i.score);
  if (scores.every((s) => s === null)) return null;
  return scores.reduce<number>((s, x) => s + (x ?? 0), 0);
}

async function sums(sql: SqlDriver): Promise<Record<string, number | null>> {
  const { rows } = await sql.query<{ project_name: string; indicator_score_sum: number | null }>(
    'SELECT project_name, indicator_score_sum FROM form_facts ORDER BY project_name',
  );
  return Object.fromEntries(
    rows.map((r) => [r.project_name, r.indicator_score_sum === null ? null : Number(r.indicator_score_sum)]),
  );
}

for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `the rows' 得分 added up on the facts row (migration 070), ${title(driver)}`,
    () => {
      afterAll(async () => {
        await driver.cleanup();
      });

      it('backfills the stored forms and keeps every later write, as the record adds up', async () => {
        const sql = await openRaw(await driver.fresh());
        try {
          const all = await loadMigrations();
          await migrate(
            sql,
            all.filter((m) => m.version < 70),
          );
          const store = createSqlStore(sql);
          await store.upsertUser({ id: OWNER, channel: 'web' });
          const records = forms();
          const [first, ...rest] = records;
          for (const record of rest)
            await store.createForm({
              ownerId: OWNER,
              record,
              provenance: {},
              check: checkRecord(record),
              source: 'reader',
            });
          const before = await sql.query<{ form_id: string; weight_sum: number | null }>(
            'SELECT form_id, weight_sum FROM form_facts ORDER BY form_id',
          );
          expect(await migrate(sql, all)).toContain(70);
          // every stored form kept with its other facts, each now with its sum
          expect(
            (
              await sql.query<{ form_id: string; weight_sum: number | null }>(
                'SELECT form_id, weight_sum FROM form_facts ORDER BY form_id',
              )
            ).rows,
          ).toEqual(before.rows);
          const want = Object.fromEntries(records.map((r) => [r.projectName, expectedSum(r)]));
          const { [first!.projectName!]: _, ...wantRest } = want;
          expect(await sums(sql)).toEqual(wantRest);
          expect(wantRest).toEqual({ 一行没填分: 20, 占位行不算: 12, 一行都没有: null });

          // a form written after the migration, then corrected: the trigger keeps the sum
          const created = await store.createForm({
            ownerId: OWNER,
            record: first!,
            provenance: {},
            check: checkRecord(first!),
            source: 'reader',
          });
          expect((await sums(sql))[first!.projectName!]).toBe(83.5);
          const changed = structuredClone(first!);
          changed.indicators[1]!.score = 30;
          await store.saveVersion({
            formId: created.formId,
            baseVersion: created.version,
            record: changed,
            provenance: {},
            check: checkRecord(changed),
            changes: [],
            source: 'user',
          });
          expect((await sums(sql))[first!.projectName!]).toBe(88);
          expect(expectedSum(changed)).toBe(88);
        } finally {
          await sql.close();
        }
      });
    },
  );
}

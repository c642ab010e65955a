import { afterAll, expect, it } from 'vitest';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, openRaw, title } from './drivers.ts';

const OWNER = 'web:weight-sum';

/** Forms whose 分值 add up differently: budget row and rows, rows only, budget row only, nothing, a placeholder. */
function forms(): FormRecord[] {
  const form = (
    name: string,
    budgetWeight: number | null,
    weights: (number | null)[],
    placeholder = false,
  ) => {
    const r = emptyRecord();
    r.year = 2045;
    r.department = '戊街道办事处';
    r.projectName = name;
    r.funds.total.weight =
      budgetWeight === null ? { raw: '', value: null } : { raw: String(budgetWeight), value: budgetWeight };
    r.indicators = weights.map((weight, i) => ({
      level1: '产出指标',
      level2: '数量指标',
      name: `行${i}`,
      target: '1',
      actual: '1',
      weight,
      score: weight,
      deviation: '',
      weightRaw: weight === null ? '' : String(weight),
      scoreRaw: weight === null ? '' : String(weight),
      ...(placeholder && i === 0 ? { placeholder: true } : {}),
    }));
    return r;
  };
  return [
    form('预算和指标', 10, [50, 30, 15]),
    form('只有指标', null, [60, 40]),
    form('只有预算', 20, []),
    form('什么都没有', null, []),
    form('有空分值', 10, [null, 45]),
    form('占位行不算', 10, [99, 90], true),
  ];
}

/** What the store should hold: the budget row's 分值 plus every real row's; nothing when none states one. */
function expectedSum(r: FormRecord): number | null {
  const rows = r.indicators.filter((i) => !(i as { placeholder?: boolean }).placeholder).map((i) => i.weight);
  const budget = r.funds.total.weight.value;
  if (budget === null && rows.every((w) => w === null)) return null;
  return (budget ?? 0) + rows.reduce<number>((s, w) => s + (w ?? 0), 0);
}

async function sums(sql: SqlDriver): Promise<Record<string, number | null>> {
  const { rows } = await sql.query<{ project_name: string; weight_sum: number | null }>(
    'SELECT project_name, weight_sum FROM form_facts ORDER BY project_name',
  );
  return Object.fromEntries(
    rows.map((r) => [r.project_name, r.weight_sum === null ? null : Number(r.weight_sum)]),
  );
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `the 分值 added up on the facts row (migration 040), ${title(driver)}`, () => {
    afterAll(async () => {
      await driver.cleanup();
    });

    it('backfills the stored forms and keeps every later write, as the record adds up', async () => {
      const sql = await openRaw(await driver.fresh());
      try {
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 40),
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
        const countBefore = await sql.query('SELECT form_id FROM form_facts');
        expect(await migrate(sql, all)).toContain(40);
        const want = Object.fromEntries(records.map((r) => [r.projectName, expectedSum(r)]));
        // every stored form kept, each with its sum
        expect((await sql.query('SELECT form_id FROM form_facts')).rows).toHaveLength(
          countBefore.rows.length,
        );
        const { [first!.projectName!]: _, ...wantRest } = want;
        expect(await sums(sql)).toEqual(wantRest);

        // a form written after the migration, then corrected: the trigger keeps the sum
        const created = await store.createForm({
          ownerId: OWNER,
          record: first!,
          provenance: {},
          check: checkRecord(first!),
          source: 'reader',
        });
        expect((await sums(sql))[first!.projectName!]).toBe(105);
        const changed = structuredClone(first!);
        changed.indicators[0]!.weight = 40;
        await store.saveVersion({
          formId: created.formId,
          baseVersion: created.version,
          record: changed,
          provenance: {},
          check: checkRecord(changed),
          changes: [],
          source: 'user',
        });
        expect((await sums(sql))[first!.projectName!]).toBe(95);
        expect(expectedSum(changed)).toBe(95);
      } finally {
        await sql.close();
      }
    });
  });
}

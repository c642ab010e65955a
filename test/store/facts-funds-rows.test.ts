import { afterAll, expect, it } from 'vitest';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, openRaw, title } from './drivers.ts';

const OWNER = 'web:funds-rows';
const money = (value: number | null) => ({ raw: value === null ? '' : String(value), value });

/** Forms whose funds sub-rows differ: filled, empty, in 元 by a guess (the total row above 10 000), with a unit. */
function forms(): FormRecord[] {
  const form = (name: string, total: number, fiscal: number | null, carryOver: number | null) => {
    const r = emptyRecord();
    r.year = 2046;
    r.department = '己街道办事处';
    r.projectName = name;
    r.funds.total.initialBudget = money(total);
    r.funds.total.annualBudget = money(total);
    r.funds.total.executed = money(total);
    r.funds.fiscal.annualBudget = money(fiscal);
    r.funds.carryOver.executed = money(carryOver);
    return r;
  };
  const withUnit = form('写了单位', 3, 20000, null);
  withUnit.funds.fiscal.annualBudget = { raw: '20000元', value: 20000, unit: '元', valueWan: 2 };
  return [
    form('只有财政拨款', 10, 10, null),
    form('有结转', 12, 9, 3),
    form('都没填', 5, null, null),
    // the total row above 10 000 with no unit: the form is in 元, its sub-rows too, however small
    form('按元填的', 150000, 145000, 5000),
    withUnit,
  ];
}

async function rowsOf(sql: SqlDriver) {
  const { rows } = await sql.query<{
    project_name: string;
    fiscal_budget: number | null;
    carry_over_executed: number | null;
    money_guessed: string[] | null;
  }>(
    'SELECT project_name, fiscal_budget, carry_over_executed, money_guessed FROM form_facts ORDER BY project_name',
  );
  return Object.fromEntries(
    rows.map((r) => [
      r.project_name,
      [r.fiscal_budget, r.carry_over_executed, [...(r.money_guessed ?? [])].sort().join(',')],
    ]),
  );
}

const WANT: Record<string, [number | null, number | null, string]> = {
  只有财政拨款: [10, null, ''],
  有结转: [9, 3, ''],
  都没填: [null, null, ''],
  按元填的: [14.5, 0.5, 'budget,carry_over_executed,executed,fiscal_budget,initial_budget'],
  写了单位: [2, null, ''],
};

for (const driver of drivers) {
  describeWhen(!driver.skip, `the funds sub-rows on the facts row (migration 046), ${title(driver)}`, () => {
    afterAll(async () => {
      await driver.cleanup();
    });

    it('backfills the stored forms and keeps every later write', async () => {
      const sql = await openRaw(await driver.fresh());
      try {
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 46),
        );
        const store = createSqlStore(sql);
        await store.upsertUser({ id: OWNER, channel: 'web' });
        const [first, ...rest] = forms();
        for (const record of rest)
          await store.createForm({
            ownerId: OWNER,
            record,
            provenance: {},
            check: checkRecord(record),
            source: 'reader',
          });
        const before = await sql.query<{ form_id: string; budget: number; dept_key: string }>(
          'SELECT form_id, budget, dept_key FROM form_facts ORDER BY form_id',
        );
        expect(await migrate(sql, all)).toContain(46);
        // every stored form kept as it was, each with its sub-rows
        expect(
          (await sql.query('SELECT form_id, budget, dept_key FROM form_facts ORDER BY form_id')).rows,
        ).toEqual(before.rows);
        const { [first!.projectName!]: _, ...wantRest } = WANT;
        expect(await rowsOf(sql)).toEqual(wantRest);

        // a form written after the migration, then corrected: the trigger keeps its sub-rows
        const created = await store.createForm({
          ownerId: OWNER,
          record: first!,
          provenance: {},
          check: checkRecord(first!),
          source: 'reader',
        });
        expect((await rowsOf(sql))[first!.projectName!]).toEqual(WANT[first!.projectName!]);
        const changed = structuredClone(first!);
        changed.funds.carryOver.executed = money(4);
        await store.saveVersion({
          formId: created.formId,
          baseVersion: created.version,
          record: changed,
          provenance: {},
          check: checkRecord(changed),
          changes: [],
          source: 'user',
        });
        expect((await rowsOf(sql))[first!.projectName!]).toEqual([10, 4, '']);
      } finally {
        await sql.close();
      }
    });
  });
}

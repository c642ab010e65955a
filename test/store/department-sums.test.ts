import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { answerClaims } from '../../src/query/confirm.ts';
import { executeQuery, type Viewer } from '../../src/query/execute.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import type { NewForm, Store } from '../../src/store/store.ts';
import { saveEdited } from '../helpers/save-edited.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { type KnownProject, recordOfProject } from '../query/known-store.ts';
import { drivers, openRaw, title } from './drivers.ts';

/**
 * Migration 065: an administrator's figures per 主管部门 (forms, forms with errors, 执行数 and 预算 summed) kept per
 * department and year as the facts are written. The backfill and the upkeep (forms added, a new version with other
 * amounts or another department, a form held for its department and then confirmed, errors found and fixed, a form
 * deleted, writers at once on PostgreSQL) must equal the facts grouped, and the answers read from them must be the
 * ones grouping the forms gives — per department, and over every department at once (a year's totals).
 */

const project = (
  name: string,
  dept: string,
  year: number,
  budget: number,
  executed?: number,
): KnownProject => ({
  name,
  dept,
  year,
  owner: '赵一',
  budget,
  ...(executed !== undefined ? { executed } : {}),
});

const newForm = (ownerId: string, record: FormRecord): NewForm => ({
  ownerId,
  record,
  provenance: {},
  check: checkRecord(record),
  source: 'reader',
});

/** The kept rows (those holding a form) against the facts grouped so. */
async function expectKeptAsGrouped(sql: SqlDriver) {
  const { rows: grouped } = await sql.query(
    `SELECT dept_key, department, year, count(*)::int AS forms, (count(*) FILTER (WHERE error_count > 0))::int AS errors,
            count(executed)::int AS en, sum(executed::numeric) AS es, count(budget)::int AS bn, sum(budget::numeric) AS bs
       FROM form_facts GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  const { rows: kept } = await sql.query(
    `SELECT dept_key, department, year, forms, error_forms AS errors, executed_n AS en,
            CASE WHEN executed_n > 0 THEN executed_sum END AS es, budget_n AS bn,
            CASE WHEN budget_n > 0 THEN budget_sum END AS bs
       FROM department_sums WHERE forms <> 0 ORDER BY 1, 2, 3`,
  );
  const plain = (rows: unknown[]) =>
    rows.map((r) => JSON.stringify(Object.values(r as object).map((v) => (v === null ? null : String(v)))));
  expect(plain(kept)).toEqual(plain(grouped));
  // a row no form is counted in holds nothing else either
  const { rows: empty } = await sql.query(
    `SELECT 1 FROM department_sums WHERE forms = 0
        AND (error_forms <> 0 OR executed_n <> 0 OR budget_n <> 0 OR executed_sum <> 0 OR budget_sum <> 0)`,
  );
  expect(empty).toEqual([]);
}

/** The questions read from the kept sums, each as a query. */
const GROUPED: PortfolioQuery[] = [
  {
    filters: [],
    groupBy: 'department',
    measures: [{ fn: 'count' }],
    having: { measure: 0, op: '>', value: 1 },
  },
  {
    filters: [],
    groupBy: 'department',
    measures: [{ fn: 'pooled', field: 'executionRate' }],
    order: { by: { measure: 0 }, dir: 'desc' },
  },
  {
    filters: [],
    groupBy: 'department',
    measures: [{ fn: 'pooled', field: 'executionRate' }],
    order: { by: { measure: 0 }, dir: 'desc' },
    limit: 1,
    ties: true,
  },
  { filters: [{ type: 'severity', value: 'error' }], groupBy: 'department' },
  {
    filters: [{ type: 'compare', field: 'year', op: '=', value: 2024 }],
    groupBy: 'department',
    measures: [
      { fn: 'sum', field: 'annualBudget' },
      { fn: 'sum', field: 'executed' },
    ],
  },
  { filters: [], groupBy: 'department', measures: [{ fn: 'sum', field: 'executed' }, { fn: 'count' }] },
  // No grouping: the same figures over every department (2022年和2023年哪年执行率高 compares two years' totals).
  {
    filters: [{ type: 'compare', field: 'year', op: '=', value: 2024 }],
    measures: [{ fn: 'sum', field: 'executed' }, { fn: 'sum', field: 'annualBudget' }, { fn: 'count' }],
  },
  { filters: [], measures: [{ fn: 'count' }] },
  { filters: [{ type: 'severity', value: 'error' }], measures: [{ fn: 'count' }] },
  {
    filters: [{ type: 'compare', field: 'year', op: '=', value: 2023 }],
    measures: [{ fn: 'pooled', field: 'executionRate' }],
  },
  // a year no form is of: no project counted, no amount summed
  {
    filters: [{ type: 'compare', field: 'year', op: '=', value: 2030 }],
    measures: [{ fn: 'count' }, { fn: 'sum', field: 'executed' }],
  },
];

for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `figures per department kept as the facts are written (migration 065), ${title(driver)}`,
    () => {
      let sql: SqlDriver;
      let store: Store;
      const admin: Viewer = { userId: 'web:sums065', department: null, isAdmin: true };
      const clerkId = 'web:sums065clerk';

      /** Each query answered from the kept sums equals the same query grouping the forms (a row condition that holds
       * for every form makes execute.ts group the forms themselves). */
      async function expectAnswersAsGrouped() {
        for (const query of GROUPED) {
          const kept = await executeQuery(sql, query, admin);
          const grouped = await executeQuery(sql, query, admin, { rows: () => 'true' });
          expect(kept.rows, JSON.stringify(query)).toEqual(grouped.rows);
          expect(kept.total).toBe(grouped.total);
        }
      }

      beforeAll(async () => {
        // Forms stored before 065, then 065 applied to them.
        sql = await openRaw(await driver.fresh());
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 65),
        );
        store = createSqlStore(sql);
        await store.upsertUser({ id: admin.userId, channel: 'web' });
        await store.setUserDepartment(admin.userId, null, true);
        await store.upsertUser({ id: clerkId, channel: 'web' });
        await store.setUserDepartment(clerkId, '丙镇人民政府', false);
        await store.createForms(
          [
            project('河道巡查保洁', '丙镇人民政府', 2024, 10, 9.5),
            project('农家书屋更新', '丙镇人民政府', 2024, 20, 12),
            project('乡村路灯改造', '丁镇人民政府', 2024, 30.25, 30.25),
            project('村史馆', '丁镇 人民政府', 2023, 8),
            project('文化站', '', 2024, 5, 1),
          ]
            .map(recordOfProject)
            .map((record) => newForm(admin.userId, record)),
        );
        expect(await migrate(sql, all)).toContain(65);
      });
      afterAll(async () => {
        await sql?.close();
        await driver.cleanup();
      });

      it('the backfill and every later write equal the facts grouped, and so do the answers', async () => {
        await expectKeptAsGrouped(sql);
        await expectAnswersAsGrouped();
        const added = await store.createForms(
          [project('道路养护', '戊镇人民政府', 2024, 12.5, 3), project('道路养护', '戊镇人民政府', 2023, 7)]
            .map(recordOfProject)
            .map((record) => newForm(admin.userId, record)),
        );
        await expectKeptAsGrouped(sql);
        const revise = (formId: string, change: (r: FormRecord) => void) => saveEdited(store, formId, change);
        // other amounts, then another department, then a name only (nothing kept here changes)
        await revise(added[0]!.formId, (r) => {
          r.funds.total.executed = { raw: '12.5', value: 12.5 };
        });
        await expectKeptAsGrouped(sql);
        await revise(added[0]!.formId, (r) => {
          r.department = '丁镇人民政府';
          r.implementingUnit = '丁镇人民政府';
        });
        await expectKeptAsGrouped(sql);
        const before = await sql.query('SELECT * FROM department_sums ORDER BY 1, 2, 3');
        await revise(added[0]!.formId, (r) => {
          r.projectName = '道路养护（一期）';
        });
        expect((await sql.query('SELECT * FROM department_sums ORDER BY 1, 2, 3')).rows).toEqual(before.rows);
        // an amount left empty: 戊镇's 2023 form has no 执行数 at all, so its sum is NULL, not 0
        await revise(added[1]!.formId, (r) => {
          r.funds.total.executed = { raw: '', value: null };
        });
        await expectKeptAsGrouped(sql);
        // errors found on forms and fixed on one of them
        await sql.query(
          `UPDATE form_facts SET error_count = 2 WHERE project_key IN ('农家书屋更新', '村史馆')`,
        );
        await expectKeptAsGrouped(sql);
        await sql.query(`UPDATE form_facts SET error_count = 0 WHERE project_key = '村史馆'`);
        await expectKeptAsGrouped(sql);
        await expectAnswersAsGrouped();
        // a clerk of 丙镇 uploads a form of 丁镇: held for 丁镇 (in no department), then confirmed into it
        const [held] = await store.createForms([
          newForm(clerkId, recordOfProject(project('健身步道', '丁镇人民政府', 2024, 40, 10))),
        ]);
        const { rows: holding } = await sql.query<{ dept_key: string | null }>(
          'SELECT dept_key FROM form_facts WHERE form_id = $1',
          [held!.formId],
        );
        expect(holding[0]?.dept_key).toBeNull();
        await expectKeptAsGrouped(sql);
        await expectAnswersAsGrouped();
        await answerClaims(store, admin, `确认归属 ${held!.formId}`);
        const { rows: confirmed } = await sql.query<{ dept_key: string | null }>(
          'SELECT dept_key FROM form_facts WHERE form_id = $1',
          [held!.formId],
        );
        expect(confirmed[0]?.dept_key).toBe('丁镇人民政府');
        await expectKeptAsGrouped(sql);
        // the same project uploaded again, then a form deleted
        await store.createForm(
          newForm(admin.userId, recordOfProject(project('村史馆', '丁镇 人民政府', 2023, 8))),
        );
        await sql.query('DELETE FROM forms WHERE id = $1', [added[1]!.formId]);
        await expectKeptAsGrouped(sql);
        await expectAnswersAsGrouped();
      });

      it('answers an administrator’s question per department from the sums', async () => {
        const answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
        const user = (await store.getUser(admin.userId))!;
        const reply = await answer('哪些部门的项目超过2个', user);
        // 丁镇: 乡村路灯改造, 村史馆 ×2 (丁镇 人民政府, spaces aside), 道路养护（一期） moved in, 健身步道 confirmed
        expect(reply.table?.rows).toEqual([['丁镇 人民政府', '5']]);
        const rate = await answer('哪个部门执行率最高', user);
        const grouped = await executeQuery(
          sql,
          {
            filters: [],
            groupBy: 'department',
            measures: [{ fn: 'pooled', field: 'executionRate' }],
            order: { by: { measure: 0 }, dir: 'desc' },
          },
          admin,
          { rows: () => 'true' },
        );
        expect(rate.table?.rows[0]).toEqual(grouped.rows[0]!.map((c) => String(c)));
      });
    },
  );
}

// Several replicas write at once on PostgreSQL; PGlite has one connection, where writes come one after the other.
const postgres = drivers.find((d) => d.name === 'postgres')!;
describeWhen(
  !postgres.skip,
  `figures per department kept under concurrent writes, ${title(postgres)}`,
  () => {
    let store: Store;
    const adminId = 'web:sums065c';
    beforeAll(async () => {
      store = await postgres.open();
      await store.upsertUser({ id: adminId, channel: 'web' });
      await store.setUserDepartment(adminId, null, true);
    });
    afterAll(async () => {
      await store?.close();
      await postgres.cleanup();
    });
    const upload = (name: string, dept: string, budget: number) =>
      store.createForm(newForm(adminId, recordOfProject(project(name, dept, 2024, budget, budget / 2))));

    it('a department is held only by a writer of that department, and every change lands', async () => {
      await upload('甲项目', '丙镇人民政府', 10);
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => {
        wrote = resolve;
      });
      // This transaction changes an amount of 丙镇's, then stays open.
      const open = store.sql.transaction(async (tx) => {
        await tx.query(`UPDATE form_facts SET executed = 7 WHERE project_key = '甲项目'`);
        wrote();
        await held;
      });
      await written;
      // another department's upload is not held behind it
      const other = await Promise.race([
        upload('乙项目', '丁镇人民政府', 4).then(() => 'written'),
        new Promise((resolve) => setTimeout(() => resolve('waiting'), 5000)),
      ]);
      expect(other).toBe('written');
      // 丙镇's own uploads wait for it on 丙镇's row only, then land
      const same = Promise.all([upload('丙项目', '丙镇人民政府', 6), upload('丁项目', '丙镇人民政府', 2)]);
      setTimeout(release, 300);
      await Promise.all([open, same]);
      await expectKeptAsGrouped(store.sql);
    });
  },
);

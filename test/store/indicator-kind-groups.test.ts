import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { answerClaims } from '../../src/query/confirm.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import type { Store, User } from '../../src/store/store.ts';
import { saveEdited } from '../helpers/save-edited.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { formWithRows, indicatorRow as row } from '../query/known-store.ts';
import { drivers, openRaw, TEST_DATABASE_URL, title } from './drivers.ts';

/**
 * Migration 061: per kind of the templates and per the form columns a group is made of (主管部门 as keyed and as
 * written, 实施单位, 年度), the forms having rows of the kind and how many rows, so that 各部门的效益指标有多少条 over every
 * form groups a few kept rows. The backfill and the upkeep on every write that moves a form's rows or its group (a new
 * form, a re-upload naming another office, year or rows, a held form confirmed for its department, a deleted form, a
 * row or a facts row changed in place, and on PostgreSQL the two changed at once from two connections) must equal
 * the rows of each kind grouped by their forms' columns.
 */

const withUnit = (record: FormRecord, unit: string | null) => ({ ...record, implementingUnit: unit });

const FORMS: FormRecord[] = [
  withUnit(
    formWithRows('路灯维护', '甲街道办事处', [
      row('产出指标', '数量指标', '维修路灯数'),
      row('产出指标', '质量指标', '维修合格率'),
      row('效益指标', '社会效益指标', '夜间出行安全'),
      row('满意度指标', '服务对象满意度指标', '居民满意度'),
    ]),
    '甲街道城管科',
  ),
  withUnit(
    formWithRows('绿化养护', '乙街道办事处', [
      row('产出指标', '数量指标', '养护面积'),
      row('', '数量指标', '补植株数'),
      row('', '社会效益指标', '环境改善'),
      row('满意度指标', '服务对象满意度指标', '群众满意度'),
    ]),
    null,
  ),
  withUnit(
    formWithRows(
      '社区讲座',
      '乙街道办事处',
      [row('产出指标', '时效指标', '按期完成'), row('效益指标', '经济效益指标', '节约成本')],
      2041,
    ),
    '乙街道文化站',
  ),
];

/** The rows of each kind grouped by their forms' columns: kind|dept_key|department|unit|year|forms|rows. */
async function groupsOfRows(sql: SqlDriver): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `SELECT concat_ws('|', k.kind, coalesce(f.dept_key, '∅'), coalesce(f.department, '∅'),
                      coalesce(f.implementing_unit, '∅'), coalesce(f.year::text, '∅'),
                      count(DISTINCT r.form_id), count(*)) AS k
       FROM indicator_rows r CROSS JOIN LATERAL jixiao_row_kinds(r.level1, r.level2) k(kind)
       JOIN form_facts f ON f.form_id = r.form_id
      GROUP BY k.kind, f.dept_key, f.department, f.implementing_unit, f.year ORDER BY 1`,
  );
  return rows.map((r) => r.k);
}

async function groupsKept(sql: SqlDriver): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `SELECT concat_ws('|', kind, coalesce(dept_key, '∅'), coalesce(department, '∅'),
                      coalesce(implementing_unit, '∅'), coalesce(year::text, '∅'), forms, row_count) AS k
       FROM indicator_kind_groups WHERE forms <> 0 OR row_count <> 0 ORDER BY 1`,
  );
  return rows.map((r) => r.k);
}

async function expectKeptAsRows(sql: SqlDriver) {
  const kept = await groupsKept(sql);
  expect(kept).toEqual(await groupsOfRows(sql));
  // a group no form is in any more has nothing left on either count
  for (const k of kept) expect(Number(k.split('|').at(-2))).toBeGreaterThan(0);
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `row kinds kept per group of forms (migration 061), ${title(driver)}`, () => {
    let sql: SqlDriver;
    let store: Store;
    let admin: User;
    let clerk: User;
    let schema: string | undefined;
    let answer: ReturnType<typeof createAnswerQuestion>;

    const save = (formId: string, edit: (r: FormRecord) => void) => saveEdited(store, formId, edit);
    const create = async (records: FormRecord[], owner = admin) =>
      store.createForms(
        records.map((record) => ({
          ownerId: owner.id,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader' as const,
        })),
      );

    beforeAll(async () => {
      // Forms stored, one replaced by a new version and one deleted, before 061; then 061 applied to them.
      const options = await driver.fresh();
      schema = options.schema;
      sql = await openRaw(options);
      const all = await loadMigrations();
      await migrate(
        sql,
        all.filter((m) => m.version < 61),
      );
      store = createSqlStore(sql);
      admin = await store.upsertUser({ id: 'web:groups061', channel: 'web' });
      await store.setUserDepartment(admin.id, null, true);
      admin = { ...admin, isAdmin: true };
      clerk = await store.upsertUser({ id: 'web:clerk061', channel: 'web' });
      await store.setUserDepartment(clerk.id, '乙街道办事处', false);
      clerk = { ...clerk, department: '乙街道办事处' };
      const created = await create([...FORMS, FORMS[0]!]);
      await save(created[1]!.formId, (r) => {
        r.indicators[0]!.level2 = '质量指标';
      });
      await sql.query('DELETE FROM forms WHERE id = $1', [created[3]!.formId]);
      expect(await migrate(sql, all)).toContain(61);
      answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
    });
    afterAll(async () => {
      await sql?.close();
      await driver.cleanup();
    });

    it('the backfill equals the rows grouped by their forms', async () => {
      await expectKeptAsRows(sql);
      expect((await groupsKept(sql)).some((k) => k.startsWith('数量|乙街道办事处|'))).toBe(true);
    });

    it('kept on every write: new forms, re-uploads moving a form, a claim confirmed, deletes, rows changed', async () => {
      const [added] = await create([FORMS[1]!]);
      await expectKeptAsRows(sql);
      // a re-upload naming another department, unit and year, with other rows
      await save(added!.formId, (r) => {
        r.department = '甲街道办事处';
        r.implementingUnit = '甲街道城管科';
        r.year = 2041;
        r.indicators.splice(0, 1);
        r.indicators.push(row('', '可持续影响指标', '长效机制'));
      });
      await expectKeptAsRows(sql);
      // the same rows, only the group changed; then only the rows changed
      await save(added!.formId, (r) => {
        r.department = '乙街道办事处';
      });
      await expectKeptAsRows(sql);
      await save(added!.formId, (r) => {
        r.indicators.push(row('效益指标', '社会效益指标', '居民参与'));
      });
      await expectKeptAsRows(sql);
      // a clerk's form naming another department is held (no department), then confirmed for it
      const [held] = await create([withUnit(FORMS[0]!, '丙单位')], clerk);
      const { rows: facts } = await sql.query<{ dept_key: string | null }>(
        'SELECT dept_key FROM form_facts WHERE form_id = $1',
        [held!.formId],
      );
      expect(facts[0]?.dept_key).toBeNull();
      await expectKeptAsRows(sql);
      const confirmed = await answerClaims(
        store,
        { userId: admin.id, department: null, isAdmin: true },
        `确认归属 ${held!.formId}`,
      );
      expect(confirmed.text).toContain('已确认');
      await expectKeptAsRows(sql);
      expect(
        (await groupsKept(sql)).some((k) => k.startsWith('产出|甲街道办事处|甲街道办事处|丙单位|')),
      ).toBe(true);
      // a deleted form; rows and facts changed in place
      await sql.query('DELETE FROM forms WHERE id = $1', [added!.formId]);
      await expectKeptAsRows(sql);
      await sql.query(`UPDATE indicator_rows SET level2 = '质量指标' WHERE level2 = '时效指标'`);
      await expectKeptAsRows(sql);
      await sql.query(`UPDATE form_facts SET year = 2042 WHERE department = '乙街道办事处'`);
      await expectKeptAsRows(sql);
    });

    it('answers the rows of a kind per group from the kept counts, as the rows give them', async () => {
      const ask = async (q: string) => (await answer(q, admin)).table?.rows ?? [];
      const perGroup = async (key: string, shown: string, kind: string, year?: number) => {
        const { rows } = await sql.query<{ g: unknown; n: unknown; p: unknown }>(
          `SELECT ${shown} AS g, count(*) AS n, count(DISTINCT r.form_id) AS p
             FROM indicator_rows r CROSS JOIN LATERAL jixiao_row_kinds(r.level1, r.level2) k(kind)
             JOIN form_facts f ON f.form_id = r.form_id
            WHERE k.kind = $1 AND ($2::integer IS NULL OR f.year = $2)
            GROUP BY ${key} ORDER BY count(*) DESC, 1`,
          [kind, year ?? null],
        );
        // as the answer shows a group: no value blank, an empty one as （未填）
        return rows.map((r) => [r.g === null ? '' : String(r.g) || '（未填）', String(r.n), String(r.p)]);
      };
      const byDept = await perGroup('f.dept_key', 'min(f.department)', '效益');
      expect(byDept.length).toBeGreaterThan(1);
      expect(await ask('各部门的效益指标有多少条')).toEqual(byDept);
      expect(await ask('各年度的产出指标有几条')).toEqual(await perGroup('f.year', 'f.year', '产出'));
      // a year asked: the kept rows of that year alone
      const ofYear = await perGroup('f.dept_key', 'min(f.department)', '产出', 2040);
      expect(ofYear.length).toBeGreaterThan(0);
      expect(await ask('2040年各部门的产出指标有几条')).toEqual(ofYear);
      expect(await ask('按实施单位统计满意度指标有多少条')).toEqual(
        await perGroup('f.implementing_unit', 'f.implementing_unit', '满意度'),
      );
      const most = await perGroup('f.dept_key', 'min(f.department)', '数量');
      expect(await ask('数量指标最多的部门')).toEqual(most.filter((r) => r[1] === most[0]![1]));
      // a department's user: its forms' counts looked up one by one, the same figures for its own forms
      const { rows: own } = await sql.query<{ n: unknown }>(
        `SELECT count(*) AS n FROM indicator_rows r CROSS JOIN LATERAL jixiao_row_kinds(r.level1, r.level2) k(kind)
           JOIN form_facts f ON f.form_id = r.form_id
          WHERE k.kind = '效益' AND (f.dept_key = '乙街道办事处' OR f.owner_id = $1)`,
        [clerk.id],
      );
      const clerkRows = (await answer('各部门的效益指标有多少条', clerk)).table?.rows ?? [];
      expect(clerkRows.reduce((t, r) => t + Number(r[1]), 0)).toBe(Number(own[0]?.n));
      await sql.query('DELETE FROM forms');
      await expectKeptAsRows(sql);
    });

    it.runIf(driver.name === 'postgres')(
      'stays right when a form changes group while its rows change in another transaction',
      async () => {
        const [form] = await create([FORMS[2]!]);
        const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await other.connect();
        try {
          await other.query(`SET search_path TO "${schema}"`);
          // rows first, the group change waiting on them
          await other.query('BEGIN');
          await other.query(`UPDATE indicator_rows SET level2 = '数量指标' WHERE form_id = $1`, [
            form!.formId,
          ]);
          const moved = sql.query(`UPDATE form_facts SET implementing_unit = '丁单位' WHERE form_id = $1`, [
            form!.formId,
          ]);
          await new Promise((r) => setTimeout(r, 300));
          await other.query('COMMIT');
          await moved;
          await expectKeptAsRows(sql);
          // the group change first, the rows waiting on it
          await other.query('BEGIN');
          await other.query(`UPDATE form_facts SET implementing_unit = '戊单位' WHERE form_id = $1`, [
            form!.formId,
          ]);
          const changed = sql.query(`UPDATE indicator_rows SET level2 = '质量指标' WHERE form_id = $1`, [
            form!.formId,
          ]);
          await new Promise((r) => setTimeout(r, 300));
          await other.query('COMMIT');
          await changed;
          await expectKeptAsRows(sql);
        } finally {
          await other.end();
        }
      },
    );
  });
}

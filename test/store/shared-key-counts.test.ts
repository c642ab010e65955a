import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import type { Store, User } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { type KnownProject, recordOfProject } from '../query/known-store.ts';
import { drivers, title } from './drivers.ts';

/**
 * Migration 061: each project name (as keyed) counted over every form as the facts are written, so that
 * 有没有两个项目名字一样的 over every form reads the few names held twice. The backfill and the upkeep (a new form, a new version, a deleted form) must equal the facts grouped
 * as execute.ts groups them for a department's user.
 */
async function openRaw(options: { databaseUrl?: string | undefined; schema?: string }): Promise<SqlDriver> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema ? { schema: options.schema } : {})
    : openPglite('memory://');
}

const project = (name: string, dept: string, phone: string | null): KnownProject => ({
  name,
  dept,
  year: 2024,
  owner: '赵一',
  budget: 10,
  phone,
});

const FORMS: FormRecord[] = [
  project('河道巡查保洁', '丙镇人民政府', '010-6123 4567'),
  project('河道巡查保洁', '丁镇人民政府', '61234567'),
  project('农家书屋更新', '丙镇人民政府', '010-6123 4567'),
  project('农家书屋更新', '丙镇人民政府', null),
  project('乡村路灯改造', '戊镇人民政府', '13900001111'),
].map(recordOfProject);

const KEYS = { projectName: "NULLIF(project_key, '')" };

async function expectKeptAsGrouped(sql: SqlDriver) {
  for (const [field, key] of Object.entries(KEYS)) {
    const { rows: grouped } = await sql.query<{ k: string }>(
      `SELECT ${key} || ' ' || count(*) AS k FROM form_facts WHERE ${key} IS NOT NULL GROUP BY ${key} ORDER BY 1`,
    );
    const { rows: kept } = await sql.query<{ k: string }>(
      `SELECT key || ' ' || forms AS k FROM form_key_counts WHERE field = $1 AND forms > 0 ORDER BY 1`,
      [field],
    );
    expect(
      kept.map((r) => r.k),
      field,
    ).toEqual(grouped.map((r) => r.k));
  }
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `shared keys counted per form's facts (migration 061), ${title(driver)}`, () => {
    let sql: SqlDriver;
    let store: Store;
    let admin: User;
    let clerk: User;
    let answer: ReturnType<typeof createAnswerQuestion>;

    beforeAll(async () => {
      // Forms stored before 061, then 061 applied to them.
      sql = await openRaw(await driver.fresh());
      const all = await loadMigrations();
      await migrate(
        sql,
        all.filter((m) => m.version < 61),
      );
      store = createSqlStore(sql);
      admin = await store.upsertUser({ id: 'web:keys061', channel: 'web' });
      await store.setUserDepartment(admin.id, null, true);
      clerk = await store.upsertUser({ id: 'web:keys061clerk', channel: 'web' });
      await store.setUserDepartment(clerk.id, '丙镇人民政府', false);
      await store.createForms(
        FORMS.slice(0, 4).map((record) => ({
          ownerId: admin.id,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader' as const,
        })),
      );
      expect(await migrate(sql, all)).toContain(61);
      answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
    });
    afterAll(async () => {
      await sql?.close();
      await driver.cleanup();
    });

    it('the backfill and every later write equal the facts grouped', async () => {
      await expectKeptAsGrouped(sql);
      const [added] = await store.createForms([
        {
          ownerId: admin.id,
          record: FORMS[4]!,
          provenance: {},
          check: checkRecord(FORMS[4]!),
          source: 'reader',
        },
      ]);
      await expectKeptAsGrouped(sql);
      // a new version under another name and phone
      const form = await store.getForm(added!.formId);
      const record = structuredClone(form!.record);
      record.projectName = '河道巡查保洁';
      record.phone = '6123-4567';
      await store.saveVersion({
        formId: added!.formId,
        baseVersion: form!.version,
        record,
        provenance: {},
        check: checkRecord(record),
        changes: [],
        source: 'user',
      });
      await expectKeptAsGrouped(sql);
      const { rows } = await sql.query<{ id: string }>(
        `SELECT form_id AS id FROM form_facts WHERE project_name = '农家书屋更新' AND phone IS NOT NULL`,
      );
      await sql.query('DELETE FROM forms WHERE id = $1', [rows[0]!.id]);
      await expectKeptAsGrouped(sql);
    });

    it('answers the shared name and phone over every form, and over a department its own forms only', async () => {
      const ask = async (q: string, who: User) => (await answer(q, who)).table?.rows.map((r) => r[0]) ?? [];
      // 河道巡查保洁 is now held by three forms; 农家书屋更新 by one since the one with a phone was deleted
      expect((await ask('哪些项目的名称跟别的项目重名', admin)).sort()).toEqual(
        Array(3).fill('河道巡查保洁'),
      );
      // the clerk of 丙镇 sees one 河道巡查保洁 only: nothing of theirs is shared
      expect(await ask('哪些项目的名称跟别的项目重名', clerk)).toEqual([]);
      // a phone's digits are grouped as before (not kept): 61234567 on the two forms saved with it
      expect((await ask('联系电话重复的项目有哪些', admin)).sort()).toEqual(Array(2).fill('河道巡查保洁'));
    });
  });
}

import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import type { NewForm, Store, User } from '../../src/store/store.ts';
import { saveEdited } from '../helpers/save-edited.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { type KnownProject, recordOfProject } from '../query/known-store.ts';
import { drivers, openRaw, title } from './drivers.ts';

/**
 * Migration 064: each project name (as keyed) counted over every form as the facts are written, so that
 * 有没有两个项目名字一样的 over every form reads the few names held twice. The backfill and the upkeep (forms added
 * one by one and in one statement, a new version renamed or moved to another department, a form deleted, the same
 * project uploaded again, writers at once on PostgreSQL) must equal the facts grouped as execute.ts groups them.
 */

const project = (name: string, dept: string, phone: string | null = null): KnownProject => ({
  name,
  dept,
  year: 2024,
  owner: '赵一',
  budget: 10,
  phone,
});

const EARLIER: FormRecord[] = [
  project('河道巡查保洁', '丙镇人民政府', '010-6123 4567'),
  project('河道巡查 保洁', '丁镇人民政府', '61234567'),
  project('农家书屋更新', '丙镇人民政府'),
  project('农家书屋更新', '丙镇人民政府'),
  project('', '丙镇人民政府'),
].map(recordOfProject);

/** The counts kept (those above 0) against the facts grouped on execute.ts's key. */
async function expectKeptAsGrouped(sql: SqlDriver) {
  const { rows: grouped } = await sql.query<{ k: string }>(
    `SELECT NULLIF(project_key, '') || ' ' || count(*) AS k FROM form_facts WHERE NULLIF(project_key, '') IS NOT NULL
      GROUP BY NULLIF(project_key, '') ORDER BY 1`,
  );
  const { rows: kept } = await sql.query<{ k: string }>(
    `SELECT key || ' ' || forms AS k FROM project_key_counts WHERE forms <> 0 ORDER BY 1`,
  );
  expect(kept.map((r) => r.k)).toEqual(grouped.map((r) => r.k));
}

const newForm = (ownerId: string, record: FormRecord): NewForm => ({
  ownerId,
  record,
  provenance: {},
  check: checkRecord(record),
  source: 'reader',
});

for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `project names counted as the facts are written (migration 064), ${title(driver)}`,
    () => {
      let sql: SqlDriver;
      let store: Store;
      let admin: User;
      let clerk: User;
      let answer: ReturnType<typeof createAnswerQuestion>;
      // the user as stored now (an administrator, a department's clerk), as the bot reads them per message
      const ask = async (q: string, who: User) =>
        ((await answer(q, (await store.getUser(who.id))!)).table?.rows.map((r) => r[0]) ?? []).sort();

      beforeAll(async () => {
        // Forms stored before 064, then 064 applied to them.
        sql = await openRaw(await driver.fresh());
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 64),
        );
        store = createSqlStore(sql);
        admin = await store.upsertUser({ id: 'web:names064', channel: 'web' });
        await store.setUserDepartment(admin.id, null, true);
        clerk = await store.upsertUser({ id: 'web:names064clerk', channel: 'web' });
        await store.setUserDepartment(clerk.id, '丙镇人民政府', false);
        await store.createForms(EARLIER.map((record) => newForm(admin.id, record)));
        expect(await migrate(sql, all)).toContain(64);
        answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
      });
      afterAll(async () => {
        await sql?.close();
        await driver.cleanup();
      });

      it('the backfill and every later write equal the facts grouped', async () => {
        await expectKeptAsGrouped(sql);
        // several forms in one statement, two of them of one new name
        const added = await store.createForms(
          [
            project('乡村路灯改造', '戊镇人民政府'),
            project('乡村路灯改造', '丙镇人民政府'),
            project('村史馆', '丁镇人民政府'),
          ]
            .map(recordOfProject)
            .map((record) => newForm(admin.id, record)),
        );
        await expectKeptAsGrouped(sql);
        // a new version under another name (乡村路灯改造 held once more, 村史馆 by none)
        const rename = (formId: string, change: (r: FormRecord) => void) => saveEdited(store, formId, change);
        await rename(added[2]!.formId, (r) => {
          r.projectName = '乡村路灯改造';
        });
        await expectKeptAsGrouped(sql);
        const held = async (key: string) =>
          (await sql.query<{ forms: number }>('SELECT forms FROM project_key_counts WHERE key = $1', [key]))
            .rows[0]?.forms;
        expect(await held('乡村路灯改造')).toBe(3);
        expect(await held('村史馆')).toBe(0);
        // a new version of the same name in another department: the name's count stays
        await rename(added[0]!.formId, (r) => {
          r.department = '丙镇人民政府';
          r.owner = '钱二';
        });
        expect(await held('乡村路灯改造')).toBe(3);
        await expectKeptAsGrouped(sql);
        // the same project uploaded again (a form of its own), then a form deleted
        await store.createForm(newForm(admin.id, recordOfProject(project('村史馆', '丁镇人民政府'))));
        expect(await held('村史馆')).toBe(1);
        await sql.query('DELETE FROM forms WHERE id = $1', [added[1]!.formId]);
        expect(await held('乡村路灯改造')).toBe(2);
        await expectKeptAsGrouped(sql);
        // a name's facts rewritten directly (a facts row changed in SQL counts as any other write)
        await sql.query(`UPDATE form_facts SET project_key = '村史馆' WHERE form_id = $1`, [
          added[0]!.formId,
        ]);
        await expectKeptAsGrouped(sql);
        await sql.query(`UPDATE form_facts SET project_key = '乡村路灯改造' WHERE form_id = $1`, [
          added[0]!.formId,
        ]);
        await expectKeptAsGrouped(sql);
      });

      it('answers a shared name over every form from the counts, and over a department its own forms only', async () => {
        // every form: 河道巡查保洁 (spaces aside) ×2, 农家书屋更新 ×2, 乡村路灯改造 ×2 (the one in 戊镇 moved to 丙镇)
        expect(await ask('有没有两个项目名字一样的', admin)).toEqual(
          [
            '农家书屋更新',
            '农家书屋更新',
            '乡村路灯改造',
            '乡村路灯改造',
            '河道巡查 保洁',
            '河道巡查保洁',
          ].sort(),
        );
        // 丙镇's clerk: its own 农家书屋更新 ×2 only — 乡村路灯改造 (one moved in from 戊镇) and 河道巡查保洁 are each held
        // by one form of 丙镇 and one of 丁镇, which the clerk does not see
        expect(await ask('有没有两个项目名字一样的', clerk)).toEqual(['农家书屋更新', '农家书屋更新']);
        // the clerk moved to 丁镇: 丁镇's forms are 河道巡查 保洁, 乡村路灯改造 and 村史馆, each of them once
        await store.setUserDepartment(clerk.id, '丁镇人民政府', false);
        expect(await ask('有没有两个项目名字一样的', clerk)).toEqual([]);
        // the admin's answer is the facts grouped
        const { rows } = await sql.query<{ name: string }>(
          `SELECT project_name AS name FROM form_facts WHERE NULLIF(project_key, '') IN (
           SELECT NULLIF(project_key, '') FROM form_facts GROUP BY 1 HAVING count(*) > 1)`,
        );
        expect(await ask('有没有两个项目名字一样的', admin)).toEqual(rows.map((r) => r.name).sort());
      });
    },
  );
}

// Several replicas write at once on PostgreSQL; PGlite has one connection, where writes come one after the other.
const postgres = drivers.find((d) => d.name === 'postgres')!;
describeWhen(!postgres.skip, `project names counted under concurrent writes, ${title(postgres)}`, () => {
  let store: Store;
  let admin: User;
  beforeAll(async () => {
    store = await postgres.open();
    admin = await store.upsertUser({ id: 'web:names064c', channel: 'web' });
    await store.setUserDepartment(admin.id, null, true);
  });
  afterAll(async () => {
    await store?.close();
    await postgres.cleanup();
  });
  const upload = (name: string, dept = '丙镇人民政府') =>
    store.createForm(newForm(admin.id, recordOfProject(project(name, dept))));

  it('a write of another name is not held behind an open transaction', async () => {
    await upload('甲项目');
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    // This transaction renames a project's key, then stays open until the other write is done (or gave up).
    const open = store.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `UPDATE form_facts SET project_key = '甲项目（改）' WHERE project_key = '甲项目' RETURNING form_id AS id`,
      );
      expect(rows).toHaveLength(1);
      wrote();
      await held;
    });
    await written;
    const other = await Promise.race([
      upload('乙项目').then(() => 'written'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 5000)),
    ]);
    release();
    await open;
    expect(other).toBe('written');
    await expectKeptAsGrouped(store.sql);
  });

  it('writers of one name at once, one of them held open, all counted', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    // The first writer of 丙项目 keeps its transaction open: the others of that name wait for it on the name's row
    // only, and land after it.
    const first = store.sql.transaction(async (tx) => {
      await tx.query(`UPDATE form_facts SET project_key = '丙项目' WHERE project_key = '乙项目'`);
      wrote();
      await held;
    });
    await written;
    const others = Promise.all([
      upload('丙项目'),
      upload('丙项目', '丁镇人民政府'),
      upload('丁项目'),
      upload('丙项目'),
      upload('丁项目'),
    ]);
    setTimeout(release, 300);
    await Promise.all([first, others]);
    const { rows } = await store.sql.query<{ forms: number }>(
      `SELECT forms FROM project_key_counts WHERE key = '丙项目'`,
    );
    expect(rows[0]?.forms).toBe(4);
    await expectKeptAsGrouped(store.sql);
  });
});

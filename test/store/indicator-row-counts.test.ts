import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import type { Store, User } from '../../src/store/store.ts';
import { saveEdited } from '../helpers/save-edited.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { formWithRows, indicatorRow as row } from '../query/known-store.ts';
import { drivers, openRaw, title } from './drivers.ts';

/**
 * Migration 038: the row count of each (一级, 二级, 三级指标) combination, so that 时效指标一共有几条 over every form
 * sums a few combinations instead of counting their rows. The backfill over forms stored before it, and the upkeep
 * on every later write (a new form, a new version, a deleted form), must equal what counting indicator_rows gives,
 * and the answers to a count over every form must stay those of counting the rows.
 */

const FORMS: FormRecord[] = [
  formWithRows('路灯维护', '甲街道办事处', [
    row('产出指标', '时效指标', '按期完成维修'),
    row('产出指标', '成本指标', '维修成本控制', { score: 8 }),
    row('满意度指标', '服务对象满意度指标', '居民满意度'),
  ]),
  formWithRows('绿化养护', '乙街道办事处', [
    row('产出指标', '数量指标', '养护面积'),
    row('产出指标', '时效指标', '养护及时率'),
    row('效益指标', '', '绿化覆盖率提升'),
    row('满意度指标', '服务对象满意度指标', '群众满意度'),
  ]),
  formWithRows('社区讲座', '乙街道办事处', [
    row('产出指标', '时效指标', '按期完成维修'),
    row('产出指标', '时效指标', '按期完成维修'),
    row('满意度指标', '满意度指标', '满意度'),
  ]),
];

/** Each combination's rows, counted from indicator_rows (a level absent is ''), as "一级|二级|三级 n". */
async function countedFromRows(sql: SqlDriver): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `SELECT coalesce(level1, '') || '|' || coalesce(level2, '') || '|' || coalesce(name, '') || ' ' || count(*) AS k
       FROM indicator_rows GROUP BY level1, level2, name ORDER BY 1`,
  );
  return rows.map((r) => r.k);
}

/** The kept counts, the combinations no row has any more (0) left out. */
async function kept(sql: SqlDriver): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `SELECT level1 || '|' || level2 || '|' || name || ' ' || row_count AS k
       FROM indicator_row_counts WHERE row_count <> 0 ORDER BY 1`,
  );
  return rows.map((r) => r.k);
}

/** Rows of every form with the term in a level, counted the way the rows' own condition counts them: a kind of the
 * templates (「时效」一类, row-terms.ts) on the 一级 and 二级指标 only, a name at any level. */
async function rowsNamed(sql: SqlDriver, term: string, levelsOnly: boolean): Promise<string> {
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM form_facts f JOIN indicator_rows r ON r.form_id = f.form_id
      WHERE ${levelsOnly ? '' : 'r.name LIKE $1 OR '}r.level2 LIKE $1 OR r.level1 LIKE $1`,
    [`%${term}%`],
  );
  return String(rows[0]?.n);
}

const TERMS = ['时效', '满意度', '成本', '产出', '覆盖率', '按期完成维修'];

for (const driver of drivers) {
  describeWhen(!driver.skip, `row counts per indicator name (migration 038), ${title(driver)}`, () => {
    let sql: SqlDriver;
    let store: Store;
    let admin: User;
    let ask: (q: string) => Promise<string | undefined>;
    /** The answer to "X指标一共有几条" and the rows of every form with the term it read (名称含「…」) in a level. */
    const both = async (word: string) => {
      const reply = await answer(`${word}指标一共有几条`, admin);
      const said = /名称(?:含|为)「(.+?)」|「(.+?)」一类/u.exec(reply.text ?? '');
      const term = said?.[1] ?? said?.[2] ?? '';
      return [reply.table?.rows[0]?.[0], await rowsNamed(sql, term, !!said?.[2])];
    };
    let answer: ReturnType<typeof createAnswerQuestion>;

    const save = (formId: string, edit: (r: FormRecord) => void) => saveEdited(store, formId, edit);

    beforeAll(async () => {
      // Forms stored, one replaced by a new version and one deleted, before 038; then 038 applied to them.
      sql = await openRaw(await driver.fresh());
      const all = await loadMigrations();
      await migrate(
        sql,
        all.filter((m) => m.version < 38),
      );
      store = createSqlStore(sql);
      admin = await store.upsertUser({ id: 'web:counts038', channel: 'web' });
      await store.setUserDepartment(admin.id, null, true);
      const created = await store.createForms(
        FORMS.map((record) => ({
          ownerId: admin.id,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader' as const,
        })),
      );
      await save(created[1]!.formId, (r) => {
        r.indicators[1]!.name = '养护完成及时率';
      });
      await sql.query('DELETE FROM forms WHERE id = $1', [created[2]!.formId]);
      expect(await migrate(sql, all)).toContain(38);
      answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
      ask = async (q) => (await answer(q, admin)).table?.rows[0]?.[0];
    });
    afterAll(async () => {
      await sql?.close();
      await driver.cleanup();
    });

    it('the backfill equals the rows counted, and a count over every form is the rows counted', async () => {
      expect(await kept(sql)).toEqual(await countedFromRows(sql));
      expect(await kept(sql)).toContain('产出指标|时效指标|养护完成及时率 1');
      expect(await kept(sql)).toContain('效益指标||绿化覆盖率提升 1');
      for (const word of TERMS) {
        const [answered, counted] = await both(word);
        expect(answered, word).toBe(counted);
      }
      // 满意度 at every level of one row: that row counted once.
      expect(await ask('满意度指标一共有几条')).toBe('2');
    });

    it('kept on every write: a new form, a new version, a deleted form, a row changed in place', async () => {
      const [added] = await store.createForms([
        {
          ownerId: admin.id,
          record: FORMS[2]!,
          provenance: {},
          check: checkRecord(FORMS[2]!),
          source: 'reader',
        },
      ]);
      expect(await kept(sql)).toEqual(await countedFromRows(sql));
      await save(added!.formId, (r) => {
        r.indicators.splice(0, 1);
        r.indicators.push(row('效益指标', '社会效益指标', '按期完成维修'));
      });
      expect(await kept(sql)).toEqual(await countedFromRows(sql));
      for (const word of TERMS) {
        const [answered, counted] = await both(word);
        expect(answered, word).toBe(counted);
      }
      const { rows: forms } = await sql.query<{ id: string }>('SELECT id FROM forms');
      await sql.query('DELETE FROM forms WHERE id = $1', [forms[0]!.id]);
      expect(await kept(sql)).toEqual(await countedFromRows(sql));
      // A name no row has any more is not a row question (nothing is named so): only the names left are asked.
      for (const word of TERMS) {
        if ((await rowsNamed(sql, word, false)) === '0') continue;
        const [answered, counted] = await both(word);
        expect(answered, word).toBe(counted);
      }
      // Nothing updates rows in place today (indicator_names would not follow); if something does, the counts do.
      await sql.query(`UPDATE indicator_rows SET level2 = '质量指标' WHERE level2 = '成本指标'`);
      expect(await kept(sql)).toEqual(await countedFromRows(sql));
      await sql.query('DELETE FROM forms');
      expect(await kept(sql)).toEqual([]);
    });
  });
}

import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { kindsUnder } from '../../src/query/row-answer.ts';
import { KIND_WORDS } from '../../src/query/row-terms.ts';
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
 * Migration 053: per form and kind of the templates the rows of that kind, and per kind and column the rows holding
 * each value, so that 哪个项目的产出指标最多 and 满意度指标的目标值一般设多少 over every form read a few index entries. The
 * backfill over forms stored before it and the upkeep on every later write (a new form, a new version, a deleted
 * form, a row changed in place) must equal the rows as a question names them: the names containing the kind word
 * at the 一级 or 二级指标 (row-answer.ts namesContaining, levelsOnly), a kind under a 一级指标 where that cell is empty.
 */

const FORMS: FormRecord[] = [
  formWithRows('路灯维护', '甲街道办事处', [
    row('产出指标', '时效指标', '按期完成维修', { target: '2023年 12月前' }),
    row('产出指标', '成本指标', '维修成本控制', { score: 8, deviation: '材料涨价' }),
    row('产出指标', '数量指标', '维修路灯数', { target: '≥300盏' }),
    row('满意度指标', '服务对象满意度指标', '居民满意度', { target: '≥95%' }),
  ]),
  formWithRows('绿化养护', '乙街道办事处', [
    row('产出指标', '数量指标', '养护面积', { target: '≥300盏' }),
    row('', '时效指标', '养护及时率', { target: '2023年12月前', actual: '\n' }),
    row('效益指标', '', '绿化覆盖率提升', { weight: 5, score: 5 }),
    row('', '社会效益指标', '环境改善', { target: '明显改善' }),
    row('满意度指标', '服务对象满意度指标', '群众满意度', { target: '≥95%' }),
  ]),
  formWithRows('社区讲座', '乙街道办事处', [
    row('产出指标', '时效指标', '按期完成'),
    row('产出指标', '时效指标', '按期完成'),
    row('满意度指标', '满意度指标', '满意度', { target: '≥ 90%' }),
    row('成本指标', '经济成本指标', '讲座成本', { target: '' }),
  ]),
];

/** The rows of each form of a kind, as a question names them: "form|n". */
async function formKindsAsNamed(sql: SqlDriver, kind: string): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `WITH levels AS (SELECT level1 AS name FROM indicator_rows UNION SELECT level2 FROM indicator_rows),
          own AS (SELECT name FROM levels WHERE name LIKE $1),
          under AS (SELECT name FROM levels WHERE name LIKE ANY ($2::text[]) AND name NOT LIKE $1)
     SELECT r.form_id || '|' || count(*) || '|' || coalesce(round(sum(r.weight)::numeric, 2)::text, '∅')
            || '|' || coalesce(round(sum(r.score)::numeric, 2)::text, '∅')
            || '|' || coalesce(round(sum(round((r.weight - r.score)::numeric, 2))::numeric, 2)::text, '∅') AS k
       FROM indicator_rows r
      WHERE r.level1 IN (SELECT name FROM own) OR r.level2 IN (SELECT name FROM own)
         OR (r.level2 IN (SELECT name FROM under) AND coalesce(r.level1, '') ~ '^\\s*$')
      GROUP BY r.form_id ORDER BY 1`,
    [`%${kind}%`, kindsUnder(kind).map((k) => `%${k}%`)],
  );
  return rows.map((r) => r.k);
}

async function formKindsKept(sql: SqlDriver, kind: string): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `SELECT form_id || '|' || row_count || '|' || coalesce(round(weight_sum::numeric, 2)::text, '∅')
            || '|' || coalesce(round(score_sum::numeric, 2)::text, '∅')
            || '|' || coalesce(round(lost_sum::numeric, 2)::text, '∅') AS k
       FROM indicator_form_kinds WHERE kind = $1 ORDER BY 1`,
    [kind],
  );
  return rows.map((r) => r.k);
}

const COLUMNS: Record<string, string> = {
  target: 'r.target',
  actual: 'r.actual',
  weight: 'r.weight',
  score: 'r.score',
  lost: 'round((r.weight - r.score)::numeric, 2)::double precision',
  deviation: 'r.deviation',
};

/** Each value of a column over the rows of a kind, grouped as the answer groups it: "value n" (an empty cell ∅). */
async function valuesAsNamed(sql: SqlDriver, kind: string, column: string): Promise<string[]> {
  const forms = (await formKindsAsNamed(sql, kind)).map((k) => k.split('|')[0]!);
  const { rows } = await sql.query<{ k: string }>(
    `WITH levels AS (SELECT level1 AS name FROM indicator_rows UNION SELECT level2 FROM indicator_rows),
          own AS (SELECT name FROM levels WHERE name LIKE $1),
          under AS (SELECT name FROM levels WHERE name LIKE ANY ($2::text[]) AND name NOT LIKE $1)
     SELECT coalesce(v, '∅') || ' ' || count(*) AS k
       FROM (SELECT regexp_replace((${COLUMNS[column]})::text, '\\s+', '', 'g') AS v FROM indicator_rows r
              WHERE (r.level1 IN (SELECT name FROM own) OR r.level2 IN (SELECT name FROM own)
                     OR (r.level2 IN (SELECT name FROM under) AND coalesce(r.level1, '') ~ '^\\s*$'))
                AND r.form_id = ANY ($3::text[])) x
      GROUP BY v ORDER BY 1`,
    [`%${kind}%`, kindsUnder(kind).map((k) => `%${k}%`), forms],
  );
  return rows.map((r) => r.k);
}

async function valuesKept(sql: SqlDriver, kind: string, column: string): Promise<string[]> {
  const { rows } = await sql.query<{ k: string }>(
    `SELECT CASE WHEN filled THEN value ELSE '∅' END || ' ' || row_count AS k FROM indicator_kind_values
      WHERE kind = $1 AND col = $2 AND row_count <> 0 ORDER BY 1`,
    [kind, column],
  );
  return rows.map((r) => r.k);
}

/** A kind's totals (migration 060) as its forms' sums give them: forms|rows|分值|得分|扣分, each form's sum rounded first. */
async function totalsOf(sql: SqlDriver, kind: string): Promise<{ named: string; kept: string }> {
  const forms = (await formKindsAsNamed(sql, kind)).map((k) => k.split('|'));
  const add = (i: number) =>
    String(Math.round(forms.reduce((t, f) => t + (f[i] === '∅' ? 0 : Number(f[i])), 0) * 100) / 100);
  const named = [forms.length, forms.reduce((t, f) => t + Number(f[1]), 0), add(2), add(3), add(4)].join('|');
  const { rows } = await sql.query<Record<string, unknown>>(
    'SELECT forms, row_count, weight, score, lost FROM indicator_kind_totals WHERE kind = $1',
    [kind],
  );
  const t = rows[0] ?? {};
  const kept = [t.forms, t.row_count, t.weight, t.score, t.lost]
    .map((v) => String(Number(v ?? NaN)))
    .join('|');
  return { named, kept };
}

async function expectKeptAsNamed(sql: SqlDriver) {
  for (const kind of KIND_WORDS) {
    expect(await formKindsKept(sql, kind), kind).toEqual(await formKindsAsNamed(sql, kind));
    const totals = await totalsOf(sql, kind);
    expect(totals.kept, `${kind} totals`).toBe(totals.named);
    for (const column of Object.keys(COLUMNS))
      expect(await valuesKept(sql, kind, column), `${kind} ${column}`).toEqual(
        await valuesAsNamed(sql, kind, column),
      );
  }
}

for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `row kinds kept per form and per value (migration 053), ${title(driver)}`,
    () => {
      let sql: SqlDriver;
      let store: Store;
      let admin: User;
      let answer: ReturnType<typeof createAnswerQuestion>;

      const save = (formId: string, edit: (r: FormRecord) => void) => saveEdited(store, formId, edit);

      beforeAll(async () => {
        // Forms stored, one replaced by a new version and one deleted, before 053; then 053 applied to them.
        sql = await openRaw(await driver.fresh());
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 53),
        );
        store = createSqlStore(sql);
        admin = await store.upsertUser({ id: 'web:kinds053', channel: 'web' });
        await store.setUserDepartment(admin.id, null, true);
        const created = await store.createForms(
          [...FORMS, FORMS[0]!].map((record) => ({
            ownerId: admin.id,
            record,
            provenance: {},
            check: checkRecord(record),
            source: 'reader' as const,
          })),
        );
        await save(created[1]!.formId, (r) => {
          r.indicators[0]!.level2 = '质量指标';
        });
        await sql.query('DELETE FROM forms WHERE id = $1', [created[3]!.formId]);
        expect(await migrate(sql, all)).toContain(53);
        answer = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
      });
      afterAll(async () => {
        await sql?.close();
        await driver.cleanup();
      });

      it('lists the kinds the questions read, each with the kinds under it', async () => {
        const { rows } = await sql.query<{ kind: string; under: string[] }>(
          'SELECT kind, under FROM indicator_row_kinds ORDER BY kind',
        );
        expect(rows.map((r) => [r.kind, r.under])).toEqual(
          [...KIND_WORDS].sort().map((k) => [k, kindsUnder(k)]),
        );
      });

      it('the backfill equals the rows as a question names them', async () => {
        await expectKeptAsNamed(sql);
        expect(await formKindsKept(sql, '产出')).toHaveLength(3);
      });

      it('kept on every write: a new form, a new version, a deleted form, a row changed in place', async () => {
        const [added] = await store.createForms([
          {
            ownerId: admin.id,
            record: FORMS[1]!,
            provenance: {},
            check: checkRecord(FORMS[1]!),
            source: 'reader',
          },
        ]);
        await expectKeptAsNamed(sql);
        await save(added!.formId, (r) => {
          r.indicators.splice(0, 1);
          r.indicators.push(row('', '可持续影响指标', '长效机制', { target: '长期 有效' }));
        });
        await expectKeptAsNamed(sql);
        const { rows: forms } = await sql.query<{ id: string }>('SELECT id FROM forms ORDER BY id');
        await sql.query('DELETE FROM forms WHERE id = $1', [forms[0]!.id]);
        await expectKeptAsNamed(sql);
        // Nothing updates rows in place today; if something does, the counts follow.
        await sql.query(
          `UPDATE indicator_rows SET level2 = '质量指标', target = '≥ 99%' WHERE level2 = '时效指标'`,
        );
        await expectKeptAsNamed(sql);
      });

      it('answers the ranking and the typical value over every form from the kept counts', async () => {
        const ask = async (q: string) => (await answer(q, admin)).text ?? '';
        // two wordings of the ranking, two of the typical value (of kinds no write above took away)
        const most = await ask('产出指标最多的是哪个项目');
        const top = (await formKindsAsNamed(sql, '产出')).map((k) => Number(k.split('|')[1]));
        expect(most).toContain(`最多的有 ${Math.max(...top)} 条`);
        expect(await ask('满意度指标最少的两个项目')).toMatch(/第 2 名有 \d+ 条/u);
        const typical = await ask('满意度指标的目标值一般定在多少');
        const values = await valuesAsNamed(sql, '满意度', 'target');
        const total = values.reduce((t, v) => t + Number(v.split(' ').at(-1)), 0);
        expect(typical).toContain(`共 ${total} 条指标`);
        expect(await ask('产出指标的分值通常是多少')).toMatch(/共 \d+ 条指标，分值写的是/u);
        // 分值 / 得分 of a kind added up (migration 060): the total is its forms' sums, each as listed
        for (const [question, column] of [
          ['产出指标一共占多少分值', 2],
          ['满意度指标的得分加起来是多少', 3],
        ] as const) {
          const kind = question.startsWith('产出') ? '产出' : '满意度';
          const forms = (await formKindsAsNamed(sql, kind)).map((k) => k.split('|'));
          const sum =
            Math.round(forms.reduce((t, f) => t + (f[column] === '∅' ? 0 : Number(f[column])), 0) * 100) /
            100;
          const rows = forms.reduce((t, f) => t + Number(f[1]), 0);
          expect(await ask(question)).toContain(`${forms.length} 个项目的 ${rows} 条指标`);
          expect(await ask(question)).toContain(`合计 ${sum} 分`);
        }
        await sql.query('DELETE FROM forms');
        await expectKeptAsNamed(sql);
        expect(await formKindsKept(sql, '产出')).toEqual([]);
      });
    },
  );
}

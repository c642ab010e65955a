import pino from 'pino';
import { beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { User } from '../../src/store/store.ts';
import { formWithRows, indicatorRow as row } from '../query/known-store.ts';
import { describeEachStore } from './drivers.ts';

/**
 * Migration 069: the forms having a row of some names, over every form, counted through the GIN index of
 * indicator_forms whatever the planner guesses — the same count as testing each form's names, on both engines, and
 * the answer to 有X指标的项目有几个 built on it.
 */
const FORMS = [
  formWithRows('路灯维护', '甲街道办事处', [
    row('产出指标', '时效指标', '按期完成维修'),
    row('效益指标', '生态效益指标', '绿地增加'),
  ]),
  formWithRows('绿化养护', '乙街道办事处', [row('效益指标', '生态效益指标', '绿化覆盖率提升')]),
  formWithRows('社区讲座', '乙街道办事处', [row('产出指标', '数量指标', '讲座场次')]),
];

describeEachStore('forms with a row of these names (migration 069)', (store) => {
  let admin: User;
  beforeAll(async () => {
    admin = await store().upsertUser({ id: 'web:names069', channel: 'web' });
    await store().setUserDepartment(admin.id, null, true);
    await store().createForms(
      FORMS.map((record) => ({
        ownerId: admin.id,
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader' as const,
      })),
    );
  });

  it('counts as testing every form does, and stops at the bound asked', async () => {
    const sql = store().sql;
    const { rows: ids } = await sql.query<{ id: number }>(
      `SELECT id FROM indicator_names WHERE name IN ('生态效益指标', '讲座场次') ORDER BY name`,
    );
    const named = ids.map((r) => Number(r.id));
    const through = async (upTo: number | null) =>
      Number(
        (
          await sql.query<{ n: unknown }>(
            'SELECT jixiao_forms_with_row_names($1::integer[], $2::bigint) AS n',
            [named, upTo],
          )
        ).rows[0]?.n,
      );
    const { rows: plain } = await sql.query<{ n: unknown }>(
      'SELECT count(*) AS n FROM indicator_forms WHERE names && $1::integer[]',
      [named],
    );
    expect(await through(null)).toBe(Number(plain[0]?.n));
    expect(await through(null)).toBe(3);
    expect(await through(2)).toBe(2);
  });

  it('answers a count of the forms having such rows', async () => {
    const answer = createAnswerQuestion({ store: store(), logger: pino({ level: 'silent' }) });
    const reply = await answer('有生态效益指标的项目有几个', admin);
    expect(reply.text).toMatch(/项目数：2(?!\d)/u);
  });
});

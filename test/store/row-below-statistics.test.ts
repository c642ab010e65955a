import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { formWithRows, indicatorRow } from '../query/known-store.ts';
import { drivers, title } from './drivers.ts';

/**
 * Migration 067: the planner's figure for the rows jixiao_row_below (054) can compare — statistics on the expression,
 * so that the count of those rows (said beside 实际值比目标值低) is estimated from what is stored, not guessed at nearly
 * every row (which planned a parallel scan on PostgreSQL).
 */
for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `statistics of the rows below their target (migration 067), ${title(driver)}`,
    () => {
      let store: Store;
      beforeAll(async () => {
        store = await driver.open();
        const owner = await store.upsertUser({ id: 'web:below067', channel: 'web' });
        // per form: one row below its target, one met, three that cannot be compared (words, units, an empty cell)
        const rows = () => [
          indicatorRow('产出指标', '数量指标', '维修盏数', { target: '≥100盏', actual: '96盏' }),
          indicatorRow('产出指标', '质量指标', '合格率', { target: '100%', actual: '100%' }),
          indicatorRow('产出指标', '时效指标', '完成时间', { target: '年底前', actual: '按期完成' }),
          indicatorRow('效益指标', '社会效益指标', '受益人数', { target: '100人', actual: '3次' }),
          indicatorRow('满意度指标', '服务对象满意度指标', '居民满意度', { target: '≥90%', actual: '' }),
        ];
        await store.createForms(
          Array.from({ length: 40 }, (_, i) => formWithRows(`路灯维护${i}`, '甲街道办事处', rows())).map(
            (record) => ({
              ownerId: owner.id,
              record,
              provenance: {},
              check: checkRecord(record),
              source: 'reader' as const,
            }),
          ),
        );
        await store.sql.exec('ANALYZE indicator_rows');
      });
      afterAll(async () => {
        await store?.close();
        await driver.cleanup();
      });

      /** The planner's estimate of the rows a count over indicator_rows reads, and what it reads. */
      async function estimated(where: string): Promise<[number, number]> {
        const { rows } = await store.sql.query(
          `EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM indicator_rows r WHERE ${where}`,
        );
        const raw = Object.values(rows[0] as object)[0];
        const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw)[0].Plan;
        const scan = plan.Plans[0];
        return [scan['Plan Rows'], scan['Actual Rows']];
      }

      it('the comparable rows are estimated from the statistics, as many as there are', async () => {
        const [planned, read] = await estimated('jixiao_row_below(r.target, r.actual) IS NOT NULL');
        expect(read).toBe(80);
        // without statistics the planner guessed nearly every row (199 of 200)
        expect(planned).toBeGreaterThan(60);
        expect(planned).toBeLessThan(100);
      });

      it('the function is costed as the regular expressions it runs (tested only where no index holds it)', async () => {
        const { rows } = await store.sql.query<{ cost: unknown }>(
          `SELECT procost AS cost FROM pg_proc
            WHERE proname = 'jixiao_row_below' AND pronamespace = current_schema()::regnamespace`,
        );
        expect(Number(rows[0]?.cost)).toBeGreaterThanOrEqual(1000);
      });
    },
  );
}

import { expect, it } from 'vitest';
import { describeEachStore } from './drivers.ts';

/**
 * Migration 054: jixiao_row_below reads a row's 年度指标值 and 实际完成值 as one number in one unit each and says whether
 * the actual one is below — NULL when the two cannot be compared — alike on PGlite and PostgreSQL (the partial indexes
 * are built with a search path of pg_catalog alone, so the function uses built-ins only).
 */
const CASES: Array<[target: string | null, actual: string | null, below: boolean | null]> = [
  ['≥95%', '93%', true],
  ['100%', '100%', false],
  ['≥ 95 %', '96％', false],
  ['满意度达90%', '85%', true],
  ['95%以上', '90%', true],
  ['1,000人', '980人', true],
  ['＞90％', '89.5%', true],
  ['10次', '完成', null],
  ['100', '100%', null],
  ['定性优良中差', '优', null],
  [null, '9', null],
];

describeEachStore('a row’s actual value below its target (migration 054)', (store) => {
  it('reads both cells as numbers of one unit, or says it cannot', async () => {
    for (const [target, actual, below] of CASES) {
      const { rows } = await store().sql.query<{ b: boolean | null }>(
        'SELECT jixiao_row_below($1, $2) AS b',
        [target, actual],
      );
      expect([target, actual, rows[0]?.b ?? null]).toEqual([target, actual, below]);
    }
  });

  it('keeps the partial indexes the row question reads', async () => {
    const { rows } = await store().sql.query<{ i: string }>(
      `SELECT indexname AS i FROM pg_indexes WHERE tablename = 'indicator_rows' AND schemaname = current_schema()
         AND indexname LIKE 'indicator_rows_actual_%' ORDER BY 1`,
    );
    expect(rows.map((r) => r.i)).toEqual(['indicator_rows_actual_below', 'indicator_rows_actual_comparable']);
  });
});

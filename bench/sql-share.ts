/**
 * How much of one answer is SQL: each statement's time and the answer's whole time, on a kept bench portfolio
 * (not part of `npm run bench`):
 *   BENCH_PGLITE_DIR=DIR | BENCH_PG_URL=URL BENCH_PG_SCHEMA=S  npx tsx bench/sql-share.ts admin|dept 'question' …
 */
import pino from 'pino';
import { createAnswerQuestion } from '../src/query/answer.ts';
import { benchUser, openKeptPortfolio } from './kept-portfolio.ts';

const [who, ...questions] = process.argv.slice(2);
const store = await openKeptPortfolio();
const user = benchUser(who);
const seen: Array<[string, number]> = [];
const query = store.sql.query.bind(store.sql);
store.sql.query = (async (sql: string, params?: unknown[]) => {
  const t = performance.now();
  try {
    return await query(sql, params);
  } finally {
    seen.push([sql.replace(/\s+/g, ' ').slice(0, 150), performance.now() - t]);
  }
}) as typeof store.sql.query;
const answer = createAnswerQuestion({
  store,
  logger: pino({ level: 'silent' }),
  clock: () => new Date('2025-06-01'),
});
for (const q of questions) {
  for (let i = 0; i < 3; i++) await answer(q, user);
  const totals: number[] = [];
  const sqls: number[] = [];
  let last: Array<[string, number]> = [];
  for (let i = 0; i < 15; i++) {
    seen.length = 0;
    const t = performance.now();
    await answer(q, user);
    totals.push(performance.now() - t);
    sqls.push(seen.reduce((a, [, ms]) => a + ms, 0));
    last = [...seen];
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1);
  process.stdout.write(
    `\n##### ${q} (${who}): median total ${med(totals)} ms, SQL ${med(sqls)} ms, ${last.length} statements\n`,
  );
  for (const [sql, ms] of last) process.stdout.write(`  ${ms.toFixed(1).padStart(7)} ms  ${sql}\n`);
}
await store.close();

/**
 * EXPLAIN ANALYZE of every statement one question runs, on a kept bench portfolio (not part of `npm run bench`):
 *   BENCH_PGLITE_DIR=DIR | BENCH_PG_URL=URL BENCH_PG_SCHEMA=S  npx tsx bench/explain-rows.ts admin|dept 'question' …
 */
import pino from 'pino';
import { createAnswerQuestion } from '../src/query/answer.ts';
import { benchUser, openKeptPortfolio } from './kept-portfolio.ts';

const [who, ...questions] = process.argv.slice(2);
const say = (text: string) => process.stdout.write(`${text}\n`);
const store = await openKeptPortfolio();
const user = benchUser(who);
const seen: Array<[string, unknown[] | undefined]> = [];
const query = store.sql.query.bind(store.sql);
store.sql.query = (async (sql: string, params?: unknown[]) => {
  seen.push([sql, params]);
  return query(sql, params);
}) as typeof store.sql.query;
const answer = createAnswerQuestion({
  store,
  logger: pino({ level: 'silent' }),
  clock: () => new Date('2025-06-01'),
});
for (const q of questions) {
  await answer(q, user);
  seen.length = 0;
  let t = performance.now();
  const reply = await answer(q, user);
  say(
    `\n##### ${q}: ${Math.round(performance.now() - t)} ms → ${reply.text?.split('\n').slice(0, 2).join(' | ')}`,
  );
  for (const [sql, params] of [...seen]) {
    t = performance.now();
    const { rows } = await query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    say(`--- ${sql.replace(/\s+/g, ' ').slice(0, 400)}\n    params ${JSON.stringify(params)?.slice(0, 200)}`);
    say(rows.map((r) => Object.values(r as object)[0]).join('\n'));
  }
}
await store.close();

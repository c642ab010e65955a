import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { loadRemindConfig } from '../src/remind/config.ts';
import { createScheduler } from '../src/remind/scheduler.ts';
import { openStore } from '../src/store/open.ts';
import { hasCorpus } from '../test/helpers/corpus.ts';
import { seedForms } from './portfolio-seed.ts';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const PLAN_AT = new Date('2026-03-12T00:00:00Z');
/** Every T-14 push of the 2025 self-evaluation (due 2026-03-31) falls in this minute. */
const DUE_MINUTE = new Date('2026-03-17T01:30:30Z');
const logger = pino({ level: 'silent' });
const config = loadRemindConfig({});

/** A bot replica: claims and sends everything due, into a delivery log that keeps duplicates visible. */
async function child(url: string, schema: string, workerId: string): Promise<void> {
  const store = await openStore({ databaseUrl: url, schema });
  const started = performance.now();
  const scheduler = createScheduler({
    sql: store.sql,
    config,
    logger,
    workerId,
    clock: () => DUE_MINUTE,
    deliver: async (to) => {
      await store.sql.query('INSERT INTO bench_deliveries (recipient, worker) VALUES ($1, $2)', [
        `${to.channel}:${to.kind}:${to.id}`,
        workerId,
      ]);
    },
  });
  const result = await scheduler.tick();
  process.stdout.write(
    `${JSON.stringify({ workerId, ...result, ms: Math.round(performance.now() - started) })}\n`,
  );
  await store.close();
}

function runChild(url: string, schema: string, workerId: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', url, schema, workerId],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    let out = '';
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    proc.on('error', reject);
    proc.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}'))
        : reject(new Error(`child ${code}`)),
    );
  });
}

/** 10 000 reminders due in the same minute, two bot processes on one PostgreSQL: all delivered, none twice. */
export default async function bench(): Promise<Record<string, string | number>> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { remind: 'skipped: TEST_DATABASE_URL not set' };
  if (!hasCorpus) return { remind: 'skipped: no corpus' };
  const schema = `jixiao_remind_bench_${Date.now()}`;
  const store = await openStore({ databaseUrl: url, schema });
  try {
    await seedForms(store.sql, { count: REMINDERS, users: REMINDERS, years: [2025], onlyWithProblems: true });
    await store.sql.exec(
      'CREATE TABLE bench_deliveries (recipient text NOT NULL, worker text NOT NULL, at timestamptz DEFAULT clock_timestamp())',
    );
    const planner = createScheduler({
      sql: store.sql,
      config,
      logger,
      clock: () => PLAN_AT,
      deliver: async () => undefined,
    });
    await planner.plan();
    const due = await store.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM reminders WHERE send_at <= $1',
      [DUE_MINUTE],
    );
    const started = performance.now();
    const workers = await Promise.all([runChild(url, schema, 'bot-a'), runChild(url, schema, 'bot-b')]);
    const wall = (performance.now() - started) / 1000;
    const { rows } = await store.sql.query<Record<string, number>>(
      `SELECT count(*)::int AS deliveries, count(DISTINCT recipient)::int AS recipients,
              extract(epoch FROM max(at) - min(at))::float AS span FROM bench_deliveries`,
    );
    const stats = rows[0] ?? {};
    const sent = await store.sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM reminders WHERE send_at <= $1 AND status = 'sent'",
      [DUE_MINUTE],
    );
    return {
      'reminders due in one minute': due.rows[0]?.n ?? 0,
      'delivered (distinct recipients)': stats.recipients ?? 0,
      duplicates: (stats.deliveries ?? 0) - (stats.recipients ?? 0),
      'marked sent': sent.rows[0]?.n ?? 0,
      'first→last delivery s': Math.round((stats.span ?? 0) * 10) / 10,
      'wall s incl. process start': Math.round(wall * 10) / 10,
      'bot-a sent': workers[0]?.sent ?? 0,
      'bot-b sent': workers[1]?.sent ?? 0,
    };
  } finally {
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

if (process.argv[2] === '--child') {
  const [url, schema, workerId] = process.argv.slice(3);
  if (!url || !schema || !workerId) throw new Error('usage: --child URL SCHEMA WORKER');
  await child(url, schema, workerId);
}

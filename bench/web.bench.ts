/**
 * 50 users on loopback, each uploading a different 10-form .docx at once to `npm start`'s server in its own process
 * (PGlite in a temp dir). Times from the start of the upload: first bot reply, the summary with all 10 scores, the
 * last per-form breakdown. The server's peak memory is its VmHWM (worker threads included).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportDocx } from '../src/export/docx.ts';
import type { FormRecord } from '../src/record/record.ts';
import { corpusPath } from '../test/helpers/corpus.ts';
import { openEvents } from '../test/web/helpers.ts';

const USERS = 50;
/**
 * Uploads before the timed ones, one at a time, so they meet a server in its steady state: every reader thread has
 * read documents and the hot code is compiled (a server that has just started compiles on the cores it serves with).
 */
const WARM_UPS = 10;
const FORMS_PER_UPLOAD = 10;
/** The bot draws the first five forms of a multi-form upload one by one; the summary table has them all. */
const BREAKDOWNS = 5;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export default async function bench(): Promise<Record<string, string | number>> {
  const records = JSON.parse(readFileSync(corpusPath('records', 'dev-003.json'), 'utf8')) as FormRecord[];
  const documents = await Promise.all(
    Array.from({ length: WARM_UPS + USERS }, (_, u) => {
      const start = (u * 7) % (records.length - FORMS_PER_UPLOAD);
      return exportDocx(records.slice(start, start + FORMS_PER_UPLOAD).map((record) => ({ record })));
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-web-bench-'));
  const port = await freePort();
  // e.g. BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
  const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...flags, '--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: resolve(import.meta.dirname, '..'),
    env: { ...process.env, JIXIAO_DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;

  try {
    await healthy(base);
    const timed = documents.splice(WARM_UPS);
    for (const [w, bytes] of documents.entries()) await uploadAndWait(base, bytes, `warm-up-${w}`);
    const cpuBefore = cpuSeconds(server.pid!);
    // The main thread runs the HTTP server, the bot and PGlite; reading runs in worker threads.
    const mainBefore = cpuSeconds(server.pid!, server.pid!);
    const clientBefore = process.cpuUsage();
    const started = Date.now();
    const runs = await Promise.all(
      timed.map(async (bytes, u) => {
        const cookie = (await fetch(`${base}/`)).headers.get('set-cookie')!.split(';')[0]!;
        const events = openEvents(base, cookie);
        const t0 = performance.now();
        const res = await fetch(`${base}/api/upload?name=user-${u}.docx`, {
          method: 'POST',
          headers: { cookie },
          body: Buffer.from(bytes),
        });
        if (res.status !== 202) throw new Error(`upload ${u}: HTTP ${res.status}`);
        await events.until((e) => e.entry.from === 'bot', 120_000);
        const first = performance.now() - t0;
        await events.until(
          (e) => String(e.entry.reply?.title ?? '').startsWith(`共读取 ${FORMS_PER_UPLOAD} 张`),
          120_000,
        );
        const summary = performance.now() - t0;
        const breakdowns = () =>
          events.entries.filter((e) => (e.entry.reply?.data as { score?: unknown })?.score).length;
        await events.until(() => breakdowns() >= BREAKDOWNS, 120_000);
        const last = performance.now() - t0;
        await events.close();
        return { first, summary, last };
      }),
    );
    const wall = (Date.now() - started) / 1000;
    const cpu = cpuSeconds(server.pid!) - cpuBefore;
    const mainCpu = cpuSeconds(server.pid!, server.pid!) - mainBefore;
    const client = process.cpuUsage(clientBefore);
    const ms = (values: number[], p: number) => Math.round(percentile(values, p));
    const first = runs.map((r) => r.first);
    const summary = runs.map((r) => r.summary);
    const last = runs.map((r) => r.last);
    return {
      users: USERS,
      'warm-up uploads before': WARM_UPS,
      'forms per upload': FORMS_PER_UPLOAD,
      'first reply p50 ms': ms(first, 50),
      'first reply p95 ms': ms(first, 95),
      'all 10 scores (summary) p50 ms': ms(summary, 50),
      'all 10 scores (summary) p95 ms': ms(summary, 95),
      'last breakdown p50 ms': ms(last, 50),
      'last breakdown p95 ms': ms(last, 95),
      'forms/s': Math.round((USERS * FORMS_PER_UPLOAD) / wall),
      'wall s': Number(wall.toFixed(1)),
      // CPU time is the figure to compare when the machine is shared: wall time depends on what else runs.
      'server CPU s (all threads)': Number(cpu.toFixed(1)),
      'server CPU ms per form': Math.round((cpu * 1000) / (USERS * FORMS_PER_UPLOAD)),
      'server main thread CPU s': Number(mainCpu.toFixed(1)),
      // The 50 simulated users run on the same cores as the server.
      'bench client CPU s': Number(((client.user + client.system) / 1e6).toFixed(1)),
      'server peak RSS MiB': Math.round(peakKiB(server.pid!) / 1024),
    };
  } finally {
    await new Promise((done) => {
      server.once('exit', done);
      server.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
}

async function uploadAndWait(base: string, bytes: Uint8Array, name: string): Promise<void> {
  const cookie = (await fetch(`${base}/`)).headers.get('set-cookie')!.split(';')[0]!;
  const events = openEvents(base, cookie);
  await fetch(`${base}/api/upload?name=${name}.docx`, {
    method: 'POST',
    headers: { cookie },
    body: Buffer.from(bytes),
  });
  await events.until((e) => String(e.entry.reply?.title ?? '').startsWith('共读取'), 120_000);
  await events.close();
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function healthy(base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

/** User + system CPU seconds of a process, all its threads, or of one thread (Linux: /proc, 100 ticks a second). */
function cpuSeconds(pid: number, thread?: number): number {
  const path = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Peak resident memory of a process (Linux: VmHWM in /proc). */
function peakKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

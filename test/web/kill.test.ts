import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/corpus.ts';
import { openEvents } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

const LOGS = join(ROOT, 'test/output');

/** `npm start` as the Dockerfile runs it: node with tsx, `src/main.ts serve`; its log kept for a failure message. */
function start(env: Record<string, string>, name: string): { child: ChildProcess; log: string } {
  mkdirSync(LOGS, { recursive: true });
  const log = join(LOGS, `kill-${name}.log`);
  const out = openSync(log, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', out, out],
  });
  return { child, log };
}

async function healthy(base: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

describe(`serve process killed mid-upload`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-kill-'));
  const children: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(children.filter((c) => c.exitCode === null && c.signalCode === null).map(killed));
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no upload: the new process finishes it without duplicates and keeps the chat history', async () => {
    const port = await freePort();
    const env = { JIXIAO_DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port) };
    const base = `http://127.0.0.1:${port}`;

    children.push(start(env, 'first').child);
    await healthy(base);
    const cookie = (await fetch(`${base}/`)).headers.get('set-cookie')!.split(';')[0]!;
    const res = await fetch(`${base}/api/upload?name=dev-000.docx`, {
      method: 'POST',
      headers: { cookie },
      body: readFileSync(fixturePath('files', 'dev-000.docx')),
    });
    expect(res.status).toBe(202);
    await killed(children[0]!);

    const second = start(env, 'second');
    children.push(second.child);
    await healthy(base);
    const events = openEvents(base, cookie);
    await events.until((e) => String(e.entry.reply?.title ?? '').startsWith('共读取 22 张'), 60_000);
    expect(events.entries[0]?.entry.file?.name).toBe('dev-000.docx');
    const { projects } = (await (await fetch(`${base}/api/projects`, { headers: { cookie } })).json()) as {
      projects: unknown[];
    };
    expect(projects).toHaveLength(22);
    await events.close();
    // A clean stop on SIGTERM: the process exits by itself.
    const exited = new Promise<number | null>((done) => second.child.once('exit', (code) => done(code)));
    second.child.kill('SIGTERM');
    const code = await exited;
    expect(code, `exit code ${code}; the process's log:\n${readFileSync(second.log, 'utf8')}`).toBe(0);
  }, 180_000);
});

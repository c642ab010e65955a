/** Item 3 of issue 13: one PGlite data directory, one process; the second is refused with a clear Chinese message. */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { freshDataDir } from '../channels/common/bot-harness.ts';
import { freePort } from './pg-cluster.ts';
import { eventually, health } from './web-client.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function startServe(
  dataDir: string,
  port: number,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      JIXIAO_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'info',
      JIXIAO_READ_WORKERS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

describe('PGlite data-directory lock', () => {
  it('security-03: a second process on the same directory refuses to start; a lock left by a dead process is taken over', async () => {
    const dir = await freshDataDir();
    const firstPort = await freePort();
    const first = startServe(dir, firstPort);
    try {
      const port = firstPort;
      await eventually(
        () => health(`http://127.0.0.1:${port}`),
        (h) => h.status === 200,
        180_000, // a cold start on a busy machine
      );

      // In this process too: the directory is taken.
      await expect(openStore({ dataDir: dir })).rejects.toThrow(/正被另一个 jixiao 进程使用/);

      const second = startServe(dir, await freePort());
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain('正被另一个 jixiao 进程使用');
      expect(second.output()).toContain('DATABASE_URL');
      expect(first.child.exitCode).toBeNull();
      expect((await health(`http://127.0.0.1:${port}`)).status).toBe(200);

      // The holder dies without cleaning up: its lock is stale and the next start takes the directory.
      first.child.kill('SIGKILL');
      await first.exited;
      const store = await openStore({ dataDir: dir });
      await store.close();
    } finally {
      first.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

/**
 * Items 1 and 11 of issue 13 on a PostgreSQL cluster of the test's own: dropped connections, a restart and a network
 * partition (a proxy that stops passing bytes) neither end the process nor lose an upload the server accepted, and
 * /healthz says 数据库不可用 while the database cannot be reached.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadDocument } from '../../src/bot/bot.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { type Server, serve } from '../../src/server/serve.ts';
import { FORM_ROWS, wordText } from '../llm/forms.ts';
import {
  type Cluster,
  clusterUnavailable,
  createCluster,
  freePort,
  startProxy,
  type TcpProxy,
} from './pg-cluster.ts';
import { eventually, health, WebClient } from './web-client.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const why = clusterUnavailable();

/** A form whose project name is `name`. */
const form = (name: string) => wordText(FORM_ROWS.map((r) => (r[0] === '项目名称' ? ['项目名称', name] : r)));

const DB_ENV = {
  LOG_LEVEL: 'silent',
  JIXIAO_READ_WORKERS: '0',
  JIXIAO_DB_CONNECT_TIMEOUT_MS: '1000',
  JIXIAO_DB_STATEMENT_TIMEOUT_MS: '2000',
};

describe.skipIf(why)(`database outages on PostgreSQL ${why ?? ''}`, () => {
  let cluster: Cluster;
  let proxy: TcpProxy;
  beforeAll(async () => {
    cluster = await createCluster();
    proxy = await startProxy(cluster.port);
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    cluster?.destroy();
  });

  it('security-01/11: killed connections, a restart and a partition end no process; /healthz says 数据库不可用', async () => {
    mkdirSync(join(ROOT, 'test/output'), { recursive: true });
    const logPath = join(ROOT, 'test/output/security-outage.log');
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...DB_ENV,
        LOG_LEVEL: 'info',
        PORT: String(port),
        DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/postgres`,
      },
      stdio: ['ignore', openSync(logPath, 'w'), openSync(logPath, 'a')],
    });
    const base = `http://127.0.0.1:${port}`;
    const alive = () => {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `serve exited (${child.exitCode ?? child.signalCode}):\n${readFileSync(logPath, 'utf8').slice(-3000)}`,
        );
    };
    try {
      await eventually(
        () => health(base),
        (h) => h.status === 200,
        120_000,
      );
      const web = new WebClient(base);
      expect((await web.upload('一.txt', form('断线前项目'))).status).toBe(202);
      await eventually(
        () => web.projects(),
        (p) => p.length === 1,
      );

      // Every connection killed (57P01), as pg_terminate_backend or a failover does, twice over.
      await cluster.terminateConnections();
      await new Promise((r) => setTimeout(r, 300));
      await cluster.terminateConnections();
      await new Promise((r) => setTimeout(r, 300));
      alive();
      await eventually(
        () => health(base),
        (h) => h.status === 200,
      );

      // A restart: down, then back.
      cluster.stop('fast');
      const down = await eventually(
        () => health(base),
        (h) => h.status === 503,
      );
      expect(JSON.stringify(down.body)).toContain('数据库不可用');
      alive();
      cluster.start();
      await eventually(
        () => health(base),
        (h) => h.status === 200,
      );
      expect((await web.upload('二.txt', form('重启后项目'))).status).toBe(202);
      await eventually(
        () => web.projects(),
        (p) => p.length === 2,
      );

      // A partition: bytes stop flowing; answers come within the timeouts, not never.
      proxy.partition();
      const started = Date.now();
      const cut = await eventually(
        () => health(base),
        (h) => h.status === 503,
        15_000,
      );
      expect(JSON.stringify(cut.body)).toContain('数据库不可用');
      expect(Date.now() - started).toBeLessThan(10_000);
      const refused = await web.upload('三.txt', form('断网时项目'));
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { error: string }).error).toContain('没有保存');
      alive();
      proxy.heal();
      await eventually(
        () => health(base),
        (h) => h.status === 200,
        30_000,
      );
      alive();
      expect((await web.upload('三.txt', form('断网后项目'))).status).toBe(202);
      await eventually(
        () => web.projects(),
        (p) => p.length === 3,
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 240_000);

  it('security-01: an upload accepted before the database went away is stored once it is back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let reading!: () => void;
    const readingStarted = new Promise<void>((r) => {
      reading = r;
    });
    let reads = 0;
    // The reader holds the first upload until the test has cut the database off: the bot then writes into an outage.
    const gated: ReadDocument = async (bytes, options) => {
      reads++;
      reading();
      await gate;
      return readDocument(bytes, options);
    };
    const server: Server = await serve({
      env: { ...DB_ENV, PORT: '0', DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/postgres` },
      botDeps: { readDocument: gated },
    });
    try {
      const base = server.web.address().url;
      const web = new WebClient(base);
      await web.me();
      expect((await web.upload('在途.txt', form('在途项目'))).status).toBe(202);
      await readingStarted;
      proxy.partition();
      release();
      await eventually(
        () => health(base),
        (h) => h.status === 503,
        15_000,
      );
      // The bot's writes fail now; give them time to hit the timeouts.
      await new Promise((r) => setTimeout(r, 5000));
      proxy.heal();
      const projects = await eventually(
        () => web.projects(),
        (p) => p.some((x) => x.projectName === '在途项目'),
        60_000,
      );
      expect(projects.filter((x) => x.projectName === '在途项目')).toHaveLength(1);
      expect(reads).toBeGreaterThanOrEqual(2); // handled again after the outage, not dropped
    } finally {
      proxy.heal();
      await server.stop();
    }
  }, 180_000);
});

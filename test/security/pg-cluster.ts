/**
 * A throwaway PostgreSQL cluster of the test's own (initdb + pg_ctl in a temp dir, on a free port), which the test
 * may stop, restart and cut off: the shared server on 5432 is never touched. As root the cluster runs as `postgres`
 * (PostgreSQL refuses to run as root).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = '/usr/local/bin';
const asRoot = process.getuid?.() === 0;

function pgUser(): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/** Why the cluster tests cannot run here, or null when they can. */
export function clusterUnavailable(): string | null {
  if (!existsSync(join(BIN, 'initdb')) || !existsSync(join(BIN, 'pg_ctl')))
    return `skipped: ${BIN}/initdb and pg_ctl are not installed`;
  if (asRoot && !pgUser())
    return 'skipped: running as root and there is no postgres user to run a cluster as';
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

export interface Cluster {
  port: number;
  url(db?: string): string;
  start(): void;
  stop(mode?: 'fast' | 'immediate'): void;
  restart(): void;
  /** Ends every client connection (57P01 on the client side), as a failover or `pg_terminate_backend` does. */
  terminateConnections(): Promise<unknown[]>;
  query(sql: string): Promise<unknown[]>;
  destroy(): void;
}

export async function createCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-pgcluster-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const owner = asRoot ? pgUser() : null;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (bin: string, args: string[]) =>
    execFileSync(
      owner ? 'runuser' : join(BIN, bin),
      owner ? ['-u', 'postgres', '--', join(BIN, bin), ...args] : args,
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: dir,
      },
    ).toString();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=16MB`;
  const ctl = (args: string[]) =>
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', ...args]);
  const cluster: Cluster = {
    port,
    url: (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`,
    start: () => void ctl(['start']),
    stop: (mode = 'fast') => void ctl(['stop', '-m', mode]),
    restart: () => void ctl(['restart', '-m', 'fast']),
    async query(sql) {
      const client = new pg.Client({ connectionString: cluster.url() });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    terminateConnections: () =>
      cluster.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'",
      ),
    destroy() {
      try {
        ctl(['stop', '-m', 'immediate']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

/** A loopback TCP proxy that can be cut (every connection dropped, new ones left hanging) and healed. */
export interface TcpProxy {
  port: number;
  /** Network partition: open connections stop passing bytes and new ones get no answer. */
  partition(): void;
  heal(): void;
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<TcpProxy> {
  let cut = false;
  const pairs = new Set<[Socket, Socket]>();
  const held = new Set<Socket>();
  const all = new Set<Socket>();
  const server: Server = createServer((client) => {
    all.add(client);
    client.on('close', () => all.delete(client));
    client.on('error', () => undefined);
    if (cut) {
      held.add(client); // a partition: the SYN got through to us, nothing comes back
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => pairs.delete(pair);
    client.on('close', drop);
    upstream.on('close', drop);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    port,
    partition() {
      cut = true;
      // Bytes stop flowing both ways; the sockets stay open, as on a real partition (no RST, no FIN).
      for (const [a, b] of pairs) {
        a.unpipe(b);
        b.unpipe(a);
        a.pause();
        b.pause();
      }
    },
    heal() {
      cut = false;
      // What was open during the partition is gone for good, as TCP would time it out.
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      pairs.clear();
      for (const s of held) s.destroy();
      held.clear();
    },
    close: () =>
      new Promise<void>((r) => {
        for (const [a, b] of pairs) {
          a.destroy();
          b.destroy();
        }
        for (const s of all) s.destroy();
        server.close(() => r());
      }),
  };
}

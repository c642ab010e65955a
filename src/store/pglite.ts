import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor } from './sql.ts';

const BYTEA = 17;

/**
 * bytea in PostgreSQL's hex text form, by Node's native hex codec: PGlite's own converts byte by byte in JavaScript,
 * several milliseconds for every upload stored or read on the thread that serves all chats.
 */
const byteaCodec = {
  serializers: {
    [BYTEA]: (value: unknown) => {
      if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
      return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
    },
  },
  parsers: { [BYTEA]: (text: string) => new Uint8Array(Buffer.from(text.slice(2), 'hex')) },
};

/**
 * PGlite runs one statement or transaction at a time on the main thread, and hands over to the next waiting one in a
 * microtask: with many chats busy, the event loop got no turn for 100+ ms (new uploads and event streams waited).
 * This queue takes the same one-at-a-time order but lets the event loop run between jobs. A transaction is one job
 * (its statements go straight in), as PGlite makes plain queries wait for a transaction anyway.
 */
function turnTaking() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Embedded PostgreSQL in a data directory (`memory://` keeps it in memory). One process per directory. */
export async function openPglite(dataDir: string): Promise<SqlDriver> {
  const db = await PGlite.create(dataDir, byteaCodec);
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await q.query<T>(sql, params)).rows }),
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  const direct = wrap(db);
  const inTurn = turnTaking();
  return {
    kind: 'pglite',
    query: (sql, params) => inTurn(() => direct.query(sql, params)),
    exec: (sql) => inTurn(() => direct.exec(sql)),
    transaction: (fn) => inTurn(() => db.transaction((tx) => fn(wrap(tx)))),
    close: () => db.close(),
  };
}

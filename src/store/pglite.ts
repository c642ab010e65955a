import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './pglite-lock.ts';
import { startUpkeep, UPKEEP_INTERVAL_MS } from './pglite-upkeep.ts';
import type { SqlDriver, SqlExecutor } from './sql.ts';

const BYTEA = 17;
const JSON_TYPE = 114;
const JSONB = 3802;

const jsonText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** jsonb's binary input: a format version byte (1), then the JSON text. */
function jsonbBinary(value: unknown): Buffer {
  const text = jsonText(value);
  const out = Buffer.allocUnsafe(1 + Buffer.byteLength(text));
  out[0] = 1;
  out.write(text, 1);
  return out;
}

/**
 * Uploads (bytea) and JSON parameters go to PGlite in binary format, which its protocol writer copies as they are;
 * as text it measured every character in JavaScript (hex bytea twice the size), the main cost of storing an upload
 * on the thread that serves all chats. PGlite types serializers as returning strings, but a byte array is what its
 * writer sends in binary format. Per query only: array elements go through the default (text) serializers.
 */
const asBinary = (bytes: Uint8Array) => bytes as unknown as string;

const BINARY_PARAMS = {
  serializers: {
    [BYTEA]: (value: unknown) => {
      if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
      return asBinary(value);
    },
    [JSON_TYPE]: (value: unknown) => asBinary(Buffer.from(jsonText(value))),
    [JSONB]: (value: unknown) => asBinary(jsonbBinary(value)),
  },
};

/** bytea results in PostgreSQL's hex text form, by Node's native hex codec (PGlite's goes byte by byte). */
const BYTEA_RESULTS = {
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

/**
 * Embedded PostgreSQL in a data directory (`memory://` keeps it in memory). One process per directory (locked).
 * Its tables are vacuumed and analyzed as they grow (pglite-upkeep.ts), every `upkeepIntervalMs`.
 */
export async function openPglite(
  dataDir: string,
  { upkeepIntervalMs = UPKEEP_INTERVAL_MS }: { upkeepIntervalMs?: number } = {},
): Promise<SqlDriver> {
  const unlock = dataDir.includes('://') ? () => undefined : lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir, BYTEA_RESULTS);
  } catch (err) {
    unlock();
    throw err;
  }
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => ({
      rows: (await q.query<T>(sql, params, BINARY_PARAMS)).rows,
    }),
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  const direct = wrap(db);
  const inTurn = turnTaking();
  const inTurnExecutor: SqlExecutor = {
    query: (sql, params) => inTurn(() => direct.query(sql, params)),
    exec: (sql) => inTurn(() => direct.exec(sql)),
  };
  const stopUpkeep = startUpkeep(inTurnExecutor, upkeepIntervalMs);
  return {
    kind: 'pglite',
    ...inTurnExecutor,
    transaction: (fn) => inTurn(() => db.transaction((tx) => fn(wrap(tx)))),
    close: async () => {
      stopUpkeep();
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

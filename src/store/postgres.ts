import pg from 'pg';
import { log } from '../log.ts';
import { isConnectionError } from './availability.ts';
import type { SqlDriver, SqlExecutor } from './sql.ts';

const logger = log.child({ module: 'postgres' });

export interface PostgresOptions {
  /** Work inside this schema (created when absent); tests use a fresh one per run. */
  schema?: string;
  maxConnections?: number;
  /** A connection not made within this fails the statement (network partition, server gone). Default 5 s. */
  connectTimeoutMs?: number;
  /** Server-side statement limit; the client gives up a little later when no answer comes back. Default 15 s. */
  statementTimeoutMs?: number;
}

/** `pg` sends a Uint8Array that is not a Buffer as JSON; bytea needs a Buffer. */
function toPgParams(params: unknown[] | undefined): unknown[] | undefined {
  return params?.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p,
  );
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A dropped connection (restart, failover, pg_terminate_backend) is logged; the pool replaces it on the next use. */
const logDropped = (err: Error) => logger.warn({ err }, 'database connection lost; reconnecting on next use');

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  const { schema } = options;
  const connectTimeout = options.connectTimeoutMs ?? 5000;
  const statementTimeout = options.statementTimeoutMs ?? 15_000;
  if (schema) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeout });
    client.on('error', logDropped);
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } catch (err) {
      // Two processes creating the same schema at once: the loser sees a duplicate; the schema exists either way.
      if ((err as { code?: string }).code !== '23505' && (err as { code?: string }).code !== '42P06')
        throw err;
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: connectTimeout,
    statement_timeout: statementTimeout,
    // A partition never answers: the client stops waiting shortly after the server would have cancelled.
    query_timeout: statementTimeout + 2000,
    idle_in_transaction_session_timeout: statementTimeout * 2,
    keepAlive: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Without a listener an idle client's error (57P01 …) is an unhandled 'error' event that ends the process.
  pool.on('error', logDropped);
  const wrap = (q: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const result = await q.query(sql, toPgParams(params));
      return { rows: result.rows as T[] };
    },
    exec: async (sql: string) => {
      await q.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no pool listener: its connection dropping mid-transaction must not end the process.
      client.on('error', logDropped);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        broken = err as Error;
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.off('error', logDropped);
        // A client whose transaction failed may be on a dead connection: drop it rather than reuse it.
        client.release(broken && isConnectionError(broken) ? broken : undefined);
      }
    },
    close: () => pool.end(),
  };
}

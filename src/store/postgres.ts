import pg from 'pg';
import type { SqlDriver, SqlExecutor } from './sql.ts';

export interface PostgresOptions {
  /** Work inside this schema (created when absent); tests use a fresh one per run. */
  schema?: string;
  maxConnections?: number;
}

/** `pg` sends a Uint8Array that is not a Buffer as JSON; bytea needs a Buffer. */
function toPgParams(params: unknown[] | undefined): unknown[] | undefined {
  return params?.map((p) =>
    p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p,
  );
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  const { schema } = options;
  if (schema) {
    const client = new pg.Client({ connectionString: url });
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
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
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
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

import type { StoreAvailability } from './availability.ts';

/** The tiny SQL port both PGlite and `pg` fit: one dialect (PostgreSQL), `$1` parameters. */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Several statements at once (migrations); no parameters. */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; rolls back when it throws. Inside, use only `tx`. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Whether the database can be reached now (PostgreSQL); set by `openStore`. */
  readonly availability?: StoreAvailability;
}

/** A JSON value as a `$n::jsonb` parameter (`pg` would turn JS arrays into SQL arrays). */
export function jsonParam(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

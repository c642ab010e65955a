import type { CoreConfig } from '../config.ts';
import { log } from '../log.ts';
import { withAvailability } from './availability.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { SqlDriver } from './sql.ts';
import { createSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';
import type { UploadQuota } from './upload-limits.ts';

const logger = log.child({ module: 'store' });

export interface StoreOptions {
  /** PostgreSQL when set; otherwise PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory://` for tests. */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests: a fresh one per run). */
  schema?: string;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** Per-user daily upload quota (`serve`: from JIXIAO_UPLOAD_QUOTA_*); none when absent. */
  uploadQuota?: UploadQuota;
}

export function storeOptionsFrom(
  config: Pick<CoreConfig, 'DATABASE_URL' | 'JIXIAO_DATA_DIR'> &
    Partial<Pick<CoreConfig, 'JIXIAO_DB_CONNECT_TIMEOUT_MS' | 'JIXIAO_DB_STATEMENT_TIMEOUT_MS'>>,
): StoreOptions {
  return {
    databaseUrl: config.DATABASE_URL,
    dataDir: config.JIXIAO_DATA_DIR,
    ...(config.JIXIAO_DB_CONNECT_TIMEOUT_MS ? { connectTimeoutMs: config.JIXIAO_DB_CONNECT_TIMEOUT_MS } : {}),
    ...(config.JIXIAO_DB_STATEMENT_TIMEOUT_MS
      ? { statementTimeoutMs: config.JIXIAO_DB_STATEMENT_TIMEOUT_MS }
      : {}),
  };
}

/** Opens the store and applies pending migrations before anything reads it. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { schema, connectTimeoutMs, statementTimeoutMs } = options;
  const driver: SqlDriver = withAvailability(
    options.databaseUrl
      ? await openPostgres(options.databaseUrl, {
          ...(schema ? { schema } : {}),
          ...(connectTimeoutMs ? { connectTimeoutMs } : {}),
          ...(statementTimeoutMs ? { statementTimeoutMs } : {}),
        })
      : await openPglite(options.dataDir ?? './data'),
  );
  try {
    const applied = await migrate(driver);
    if (applied.length) logger.info({ driver: driver.kind, applied }, 'migrations applied');
    // A migration that rewrote form_facts (025, 046) or indicator_rows leaves every old row version dead and the
    // statistics stale. Until something vacuums the table, index-only scans read every row and the planner, seeing no
    // page all-visible, prices them as reads of the table (a department's row count then scans every row: migration
    // 041; on PostgreSQL the admin's not-submitted list took 170–260 ms instead of 13 after 046, ANALYZE alone did not
    // help). PGlite has no autovacuum at all, and PostgreSQL's comes a minute or more later: do it now, outside the
    // migration's transaction (VACUUM cannot run inside one).
    if (applied.length) await driver.exec('VACUUM ANALYZE form_facts, indicator_rows');
  } catch (err) {
    await driver.close();
    throw err;
  }
  return createSqlStore(driver, options.uploadQuota ? { uploadQuota: options.uploadQuota } : {});
}

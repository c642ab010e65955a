import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type StoreOptions } from '../../src/store/open.ts';
import { openPglite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';

/** A bare SQL driver on a fresh database (no store, no migration): the migrations' own tests run them step by step. */
export async function openRaw(options: {
  databaseUrl?: string | undefined;
  schema?: string;
}): Promise<SqlDriver> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema ? { schema: options.schema } : {})
    : openPglite('memory://');
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const NO_POSTGRES = 'skipped: TEST_DATABASE_URL not set';

export interface TestDriver {
  name: 'pglite' | 'postgres';
  skip: boolean;
  /** Options for a fresh, empty database (PGlite in memory, or a new PostgreSQL schema). */
  fresh(): Promise<StoreOptions>;
  open(options?: StoreOptions): Promise<Store>;
  /** Drops every schema this driver created. */
  cleanup(): Promise<void>;
}

function pgliteDriver(): TestDriver {
  return {
    name: 'pglite',
    skip: false,
    fresh: async () => ({ dataDir: 'memory://' }),
    open: async (options) => openStore(options ?? { dataDir: 'memory://' }),
    cleanup: async () => undefined,
  };
}

function postgresDriver(url: string | undefined): TestDriver {
  const schemas: string[] = [];
  const fresh = async (): Promise<StoreOptions> => {
    const schema = `jixiao_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    schemas.push(schema);
    return { databaseUrl: url, schema };
  };
  return {
    name: 'postgres',
    skip: !url,
    fresh,
    open: async (options) => openStore(options ?? (await fresh())),
    async cleanup() {
      if (!url || schemas.length === 0) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const s of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await client.end();
    },
  };
}

/** PGlite always; PostgreSQL when TEST_DATABASE_URL is set (CI and the dev box run a server). */
export const drivers: TestDriver[] = [pgliteDriver(), postgresDriver(TEST_DATABASE_URL)];

export function title(d: TestDriver): string {
  return d.skip ? `store on ${d.name} (${NO_POSTGRES})` : `store on ${d.name}`;
}

/**
 * One suite per store driver (PGlite, PostgreSQL) on a store opened before its tests and closed after them; a driver
 * the machine lacks is one skipped test saying why. `store()` is that suite's store.
 */
export function describeEachStore(name: string, body: (store: () => Store) => void): void {
  for (const driver of drivers) {
    describeWhen(!driver.skip, `${name}, ${title(driver)}`, () => {
      let store: Store;
      beforeAll(async () => {
        store = await driver.open();
      });
      afterAll(async () => {
        await store?.close();
        await driver.cleanup();
      });
      body(() => store);
    });
  }
}

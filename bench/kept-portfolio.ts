/**
 * The kept bench portfolio and a viewer of it, for the one-question scripts (explain-rows.ts, sql-share.ts):
 * BENCH_PGLITE_DIR=DIR, or BENCH_PG_URL=URL with BENCH_PG_SCHEMA=S; `who` admin or dept (部门7's user).
 */
import { openStore } from '../src/store/open.ts';
import type { Store, User } from '../src/store/store.ts';

export async function openKeptPortfolio(): Promise<Store> {
  return process.env.BENCH_PGLITE_DIR
    ? openStore({ dataDir: process.env.BENCH_PGLITE_DIR })
    : openStore({ databaseUrl: process.env.BENCH_PG_URL!, schema: process.env.BENCH_PG_SCHEMA! });
}

export function benchUser(who: string | undefined): User {
  return {
    id: 'web:u1',
    channel: 'web',
    name: null,
    department: who === 'admin' ? null : '部门7',
    isAdmin: who === 'admin',
    createdAt: new Date(),
  };
}

/**
 * What PostgreSQL's autovacuum does for a table, done for PGlite, which has none: ANALYZE a table once it has changed
 * by a tenth since its statistics were taken, VACUUM it once a fifth of it is new or dead (PostgreSQL's default
 * thresholds).
 *
 * Why it matters: PGlite is one session for the life of the process, and the trigger functions that keep the facts
 * and counts (migrations 025–065) keep their plans for that session. Planned while the store was small, they scan
 * whole tables; with no ANALYZE nothing ever tells them the tables grew. Seeding 10 000 forms in 2 000-form
 * statements took 4 s for the first statement and 31 s for the fifth (each new form scanned every older one's rows);
 * with the tables analyzed as they grow, 6–10 s. VACUUM keeps the visibility map that index-only scans (the counts
 * of the portfolio questions) rely on.
 *
 * The activity counters (pg_stat_user_tables) start from nothing when PGlite opens; a table that grew in an earlier
 * run is caught by its size against the pages its statistics were taken on (pg_class.relpages).
 */
import { log } from '../log.ts';
import type { SqlExecutor } from './sql.ts';

const logger = log.child({ module: 'store' });

/** How often the tables are looked at (autovacuum's own naptime). */
export const UPKEEP_INTERVAL_MS = 60_000;

const DUE_TABLES = `
  SELECT quote_ident(s.relname) AS name,
         s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
           OR pg_relation_size(c.oid) / current_setting('block_size')::int > 10 + 1.1 * c.relpages AS analyze,
         s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
           OR s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0) AS vacuum
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
   WHERE s.schemaname = current_schema()
   ORDER BY s.relname`;

export interface Upkeep {
  analyzed: string[];
  vacuumed: string[];
}

/** Vacuums and analyzes the tables that are due; returns which. Not inside a transaction (VACUUM cannot run in one). */
export async function keepTablesUp(sql: SqlExecutor): Promise<Upkeep> {
  const { rows } = await sql.query<{ name: string; analyze: boolean; vacuum: boolean }>(DUE_TABLES);
  const vacuumed = rows.filter((r) => r.vacuum).map((r) => r.name);
  const analyzed = rows.filter((r) => r.analyze || r.vacuum).map((r) => r.name);
  if (vacuumed.length) await sql.exec(`VACUUM (ANALYZE) ${vacuumed.join(', ')}`);
  const onlyAnalyzed = analyzed.filter((name) => !vacuumed.includes(name));
  if (onlyAnalyzed.length) await sql.exec(`ANALYZE ${onlyAnalyzed.join(', ')}`);
  return { analyzed, vacuumed };
}

/**
 * Runs `keepTablesUp` every `intervalMs` until the returned stop is called. `sql` must take its turn with the
 * store's other work (PGlite runs one statement at a time). A failure is logged and tried again at the next turn.
 */
export function startUpkeep(sql: SqlExecutor, intervalMs = UPKEEP_INTERVAL_MS): () => void {
  let running = false;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = true;
    const started = performance.now();
    keepTablesUp(sql)
      .then(({ analyzed, vacuumed }) => {
        if (analyzed.length)
          logger.info({ analyzed, vacuumed, ms: Math.round(performance.now() - started) }, 'tables kept up');
      })
      .catch((err) => {
        if (!stopped) logger.warn({ err }, 'table upkeep failed; tried again later');
      })
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

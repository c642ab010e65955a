import type { SqlExecutor } from '../store/sql.ts';
import type { Viewer } from './execute.ts';
import type { NameField } from './fields.ts';

/** One distinct combination of the names of a stored form, with who may see it. */
interface NameRow {
  department: string | null;
  deptKey: string | null;
  implementingUnit: string | null;
  owner: string | null;
  projectName: string | null;
  ownerId: string;
  year: number | null;
}

/** The distinct names a viewer may see, per field, and the years: what a question's words are resolved against. */
export type Vocabulary = Record<NameField, string[]> & { years: number[] };

export function vocabularyOf(
  rows: Iterable<Partial<Record<NameField, string | null>> & { year?: number | null }>,
): Vocabulary {
  const years = new Set<number>();
  const sets: Record<NameField, Set<string>> = {
    department: new Set(),
    implementingUnit: new Set(),
    owner: new Set(),
    projectName: new Set(),
  };
  for (const row of rows) {
    if (typeof row.year === 'number') years.add(row.year);
    for (const field of Object.keys(sets) as NameField[]) {
      const v = row[field]?.trim();
      if (v) sets[field].add(v);
    }
  }
  return {
    department: [...sets.department],
    implementingUnit: [...sets.implementingUnit],
    owner: [...sets.owner],
    projectName: [...sets.projectName],
    years: [...years].sort((a, b) => a - b),
  };
}

/** Reload at least this often, even without a facts write seen (another replica's write, a stamp read early). */
const MAX_AGE_MS = 60_000;

/**
 * The store's names, loaded once and again after a write (the `form_facts_stamp` sequence of migration 005 moves
 * on every facts write), narrowed per viewer by the access rule of src/query/README.md.
 */
export class VocabularyCache {
  private rows: NameRow[] = [];
  private stamp: string | null = null;
  private loadedAt = 0;
  private readonly perViewer = new Map<string, Vocabulary>();

  constructor(private readonly sql: SqlExecutor) {}

  async forViewer(viewer: Viewer, options: { fresh?: boolean } = {}): Promise<Vocabulary> {
    await this.refresh(options.fresh ?? false);
    const key = viewer.isAdmin ? '*' : `${viewer.department ?? ''}\u0000${viewer.userId}`;
    let vocab = this.perViewer.get(key);
    if (!vocab) {
      const dept = viewer.department?.replace(/\s+/g, '') ?? null;
      vocab = vocabularyOf(
        viewer.isAdmin
          ? this.rows
          : this.rows.filter((r) => (dept !== null && r.deptKey === dept) || r.ownerId === viewer.userId),
      );
      if (this.perViewer.size > 200) this.perViewer.clear();
      this.perViewer.set(key, vocab);
    }
    return vocab;
  }

  /** Questions arriving together share one reload instead of each running the same query. */
  private refreshing: { force: boolean; done: Promise<void> } | null = null;

  private async refresh(force: boolean) {
    const running = this.refreshing;
    if (running && (running.force || !force)) return running.done;
    // A forced reload does not settle for a lighter one already under way: it runs after it.
    const done = (running?.done ?? Promise.resolve()).catch(() => undefined).then(() => this.reload(force));
    const entry = { force, done };
    this.refreshing = entry;
    try {
      await done;
    } finally {
      if (this.refreshing === entry) this.refreshing = null;
    }
  }

  private async reload(force: boolean) {
    const { rows } = await this.sql.query<{ v: unknown }>('SELECT last_value AS v FROM form_facts_stamp');
    const stamp = String(rows[0]?.v ?? '');
    const old = Date.now() - this.loadedAt > (force ? 1_000 : MAX_AGE_MS);
    if (stamp === this.stamp && !old) return;
    const loaded = await this.sql.query<NameRow>(
      `SELECT DISTINCT department, dept_key AS "deptKey", implementing_unit AS "implementingUnit",
              owner_name AS owner, project_name AS "projectName", owner_id AS "ownerId", year
         FROM form_facts`,
    );
    this.stamp = stamp;
    this.loadedAt = Date.now();
    // Most writes (an answered field, a score, the periodic reload) leave the names as they were. Keeping the
    // per-viewer vocabularies then keeps the name indexes built on them (src/query/names.ts, parse.ts cache them
    // per vocabulary object): rebuilding those costs seconds at 100 000 projects.
    if (sameRows(this.rows, loaded.rows)) return;
    this.rows = loaded.rows;
    this.perViewer.clear();
  }
}

const rowKey = (r: NameRow) =>
  JSON.stringify([r.department, r.deptKey, r.implementingUnit, r.owner, r.projectName, r.ownerId, r.year]);

/** The same distinct rows in any order (DISTINCT gives no order). */
function sameRows(before: NameRow[], after: NameRow[]): boolean {
  if (before.length !== after.length) return false;
  const keys = new Set(before.map(rowKey));
  return keys.size === after.length && after.every((r) => keys.has(rowKey(r)));
}

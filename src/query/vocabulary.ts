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

/**
 * Reload at least this often, even without a facts write seen (a stamp read early: a write's stamp taken before its
 * commit, its rows read after our load). Every write moves the stamp, another replica's too (one sequence), so this is
 * a safety net: a reload reads every form's names, seconds at 100 000 projects.
 */
const MAX_AGE_MS = 10 * 60_000;
/** A name not found reloads (it may be that early stamp), but not more often than this: questions with words the
 * store does not hold are common, and each forced reload read every name again. */
const FORCED_AFTER_MS = 15_000;

/**
 * The store's names, loaded once and again after a write (the `form_facts_stamp` sequence of migration 005 moves
 * on every facts write), narrowed per viewer by the access rule of src/query/README.md.
 *
 * A vocabulary handed out is only ever extended in place: an upload adds its names at the end of the lists, and the
 * indexes built on them (names.ts, parse.ts) index the new tail instead of starting again, which costs seconds at
 * 100 000 projects. A name gone (a form deleted or renamed) builds new vocabularies.
 */
export class VocabularyCache {
  private rows: NameRow[] = [];
  private rowKeys = new Set<string>();
  private stamp: string | null = null;
  private loadedAt = 0;
  private readonly perViewer = new Map<string, ViewerVocabulary>();

  constructor(
    private readonly sql: SqlExecutor,
    private readonly forcedAfterMs = FORCED_AFTER_MS,
  ) {}

  async forViewer(viewer: Viewer, options: { fresh?: boolean } = {}): Promise<Vocabulary> {
    await this.refresh(options.fresh ?? false);
    const key = viewer.isAdmin ? '*' : `${viewer.department ?? ''}\u0000${viewer.userId}`;
    let entry = this.perViewer.get(key);
    if (!entry) {
      entry = new ViewerVocabulary(visibleTo(viewer), this.rows);
      if (this.perViewer.size > 200) this.perViewer.clear();
      this.perViewer.set(key, entry);
    }
    return entry.vocab;
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
    const old = Date.now() - this.loadedAt > (force ? this.forcedAfterMs : MAX_AGE_MS);
    if (stamp === this.stamp && !old) return;
    const loaded = await this.sql.query<NameRow>(
      `SELECT DISTINCT department, dept_key AS "deptKey", implementing_unit AS "implementingUnit",
              owner_name AS owner, project_name AS "projectName", owner_id AS "ownerId", year
         FROM form_facts`,
    );
    this.stamp = stamp;
    this.loadedAt = Date.now();
    // Most writes (an answered field, a score, the periodic reload) leave the names as they were: nothing to do.
    const keys = new Set(loaded.rows.map(rowKey));
    const added = loaded.rows.filter((r) => !this.rowKeys.has(rowKey(r)));
    const kept = keys.size - added.length === this.rowKeys.size;
    this.rows = loaded.rows;
    this.rowKeys = keys;
    if (!kept) this.perViewer.clear();
    else for (const entry of this.perViewer.values()) entry.add(added);
  }
}

/** Whose forms a viewer may ask about: src/query/README.md. */
function visibleTo(viewer: Viewer): (row: NameRow) => boolean {
  if (viewer.isAdmin) return () => true;
  const dept = viewer.department?.replace(/\s+/g, '') ?? null;
  return (r) => (dept !== null && r.deptKey === dept) || r.ownerId === viewer.userId;
}

/** One viewer's vocabulary, with what it holds already, so that new rows only append their new names. */
class ViewerVocabulary {
  readonly vocab: Vocabulary;
  private readonly held: Record<NameField, Set<string>>;

  constructor(
    private readonly visible: (row: NameRow) => boolean,
    rows: NameRow[],
  ) {
    this.vocab = vocabularyOf(rows.filter(visible));
    this.held = {
      department: new Set(this.vocab.department),
      implementingUnit: new Set(this.vocab.implementingUnit),
      owner: new Set(this.vocab.owner),
      projectName: new Set(this.vocab.projectName),
    };
  }

  add(rows: NameRow[]) {
    for (const row of rows) {
      if (!this.visible(row)) continue;
      if (typeof row.year === 'number' && !this.vocab.years.includes(row.year)) {
        this.vocab.years.push(row.year);
        this.vocab.years.sort((a, b) => a - b);
      }
      for (const field of NAME_FIELDS) {
        const v = row[field]?.trim();
        if (!v || this.held[field].has(v)) continue;
        this.held[field].add(v);
        this.vocab[field].push(v);
      }
    }
  }
}

const NAME_FIELDS: NameField[] = ['department', 'implementingUnit', 'owner', 'projectName'];

const rowKey = (r: NameRow) =>
  JSON.stringify([r.department, r.deptKey, r.implementingUnit, r.owner, r.projectName, r.ownerId, r.year]);

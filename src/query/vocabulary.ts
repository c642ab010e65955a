import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SqlExecutor } from '../store/sql.ts';
import type { Viewer } from './execute.ts';
import type { NameField } from './fields.ts';

/** The names of one stored form, with who may see it. */
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
 * Every name read again at least this often, a safety net only: the reads in between are exact (migration 013). It
 * is shorter than the day a deleted form's id is kept (form_facts_gone), so a cache idle for longer misses no
 * deletion. A full read takes seconds at 100 000 projects; it changes the vocabularies only as a read of the changes
 * would have.
 */
const FULL_RELOAD_MS = 6 * 3_600_000;

/** Forms per statement of a full read: ~40 ms of PGlite at 100 000 forms on a loaded machine. */
const PAGE = 2_000;

/** The names of a facts row as NameRow, with its form. */
const NAME_COLUMNS = `form_id AS "formId", department, dept_key AS "deptKey", implementing_unit AS "implementingUnit",
  owner_name AS owner, project_name AS "projectName", owner_id AS "ownerId", year`;

/**
 * The oldest transaction still running (pg_snapshot_xmin), read in the same statement as the rows so that it is
 * their snapshot's: every transaction below it had ended and its rows were read; the next read starts from it.
 */
const SINCE = 'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS since';

type FormNames = NameRow & { formId: string };

/**
 * The store's names, narrowed per viewer by the access rule of src/query/README.md. The first question reads every
 * form's names; each later one reads only the facts rows whose names changed and the forms deleted since the read
 * before (migration 013 keeps on each row the transaction that last changed its names), a few index entries instead
 * of every form: the first question after an upload took 6–8 s at 100 000 projects when any new name read them all.
 *
 * A vocabulary handed out is only ever extended in place: an upload adds its names at the end of the lists, and the
 * indexes built on them (names.ts, parse.ts) index the new tail instead of starting again, which costs seconds at
 * 100 000 projects. A viewer whose vocabulary loses a name (the last form holding it deleted, renamed or moved to
 * another department) gets a new one built.
 */
export class VocabularyCache {
  private readonly forms = new Map<string, NameRow>();
  /** Where the next read starts (an xid8 as text); null before the first, full read. */
  private since: string | null = null;
  private loadedAt = 0;
  private readonly perViewer = new Map<string, ViewerVocabulary>();

  constructor(
    private readonly sql: SqlExecutor,
    private readonly fullReloadMs = FULL_RELOAD_MS,
    /** Forms read per statement by a full read. */
    private readonly pageSize = PAGE,
  ) {}

  async forViewer(viewer: Viewer): Promise<Vocabulary> {
    await this.refresh();
    const key = viewer.isAdmin ? '*' : `${viewer.department ?? ''}\u0000${viewer.userId}`;
    let entry = this.perViewer.get(key);
    if (!entry) {
      entry = new ViewerVocabulary(visibleTo(viewer), this.forms.values());
      if (this.perViewer.size > 200) this.perViewer.clear();
      this.perViewer.set(key, entry);
    }
    return entry.vocab;
  }

  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  /**
   * Questions arriving together share a read. One under way may have begun before the write a question follows (an
   * upload, then its question), so a question arriving during it waits for one more, shared by all who arrive then.
   */
  private refresh(): Promise<void> {
    if (!this.running) return this.start();
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<void> {
    const done = this.read().finally(() => {
      if (this.running === done) this.running = null;
    });
    this.running = done;
    return done;
  }

  private async read() {
    if (this.since === null || Date.now() - this.loadedAt > this.fullReloadMs) return this.readAll();
    const { rows } = await this.sql.query<Partial<FormNames> & { since: string; gone: boolean | null }>(
      `WITH s AS (${SINCE})
       SELECT s.since, c.* FROM s LEFT JOIN (
         SELECT ${NAME_COLUMNS}, false AS gone FROM form_facts WHERE names_xid >= $1::xid8
         UNION ALL
         SELECT form_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true FROM form_facts_gone WHERE xid >= $1::xid8
       ) c ON true`,
      [this.since],
    );
    const gone = rows.filter((r) => r.gone === true).map((r) => r.formId!);
    const changed = rows.filter((r) => r.gone === false) as FormNames[];
    this.apply(changed, gone);
    this.since = rows[0]!.since;
  }

  /**
   * Every form's names; the vocabularies handed out change only as far as the names did. Read a page at a time in
   * form_id order: on PGlite a statement runs inside this process, and reading 100 000 forms in one held the event
   * loop for 2–6 s (the warm-up at a server's start, warm-up.ts), every message waiting behind it. A page is a few
   * tens of milliseconds. The pages are not one snapshot, and need not be: a form written or deleted while they are
   * read has its names_xid or form_facts_gone xid at or above `since`, so the next read applies it.
   */
  private async readAll() {
    // Taken before the rows are read: a transaction below it had ended by then, one from it on is read next time.
    const { rows: at } = await this.sql.query<{ since: string }>(SINCE);
    const rows: FormNames[] = [];
    for (let after = ''; ; ) {
      const { rows: page } = await this.sql.query<FormNames>(
        `SELECT ${NAME_COLUMNS} FROM form_facts WHERE form_id > $1 ORDER BY form_id LIMIT ${this.pageSize}`,
        [after],
      );
      rows.push(...page);
      if (page.length < this.pageSize) break;
      after = page[page.length - 1]!.formId;
      // a turn of the event loop for what waits (a PGlite statement's promise settles without giving one)
      await nextTurn();
    }
    const present = new Set(rows.map((r) => r.formId));
    const gone = [...this.forms.keys()].filter((id) => !present.has(id));
    this.apply(rows, gone);
    this.since = at[0]!.since;
    this.loadedAt = Date.now();
  }

  /**
   * Forms deleted, then rows written (a form id deleted and written again is there). A row's new names are added
   * before its old ones are taken away, so that a name it keeps is never missing in between.
   */
  private apply(changed: FormNames[], gone: string[]) {
    const update = (old: NameRow | undefined, row: NameRow | undefined) => {
      for (const [key, entry] of this.perViewer) {
        if (row) entry.add(row);
        if (old && !entry.remove(old)) this.perViewer.delete(key);
      }
    };
    for (const id of gone) {
      const old = this.forms.get(id);
      if (!old) continue;
      this.forms.delete(id);
      update(old, undefined);
    }
    for (const { formId, ...row } of changed) {
      const old = this.forms.get(formId);
      if (old && sameNames(old, row)) continue;
      this.forms.set(formId, row);
      update(old, row);
    }
  }
}

/** Whose forms a viewer may ask about: src/query/README.md. */
function visibleTo(viewer: Viewer): (row: NameRow) => boolean {
  if (viewer.isAdmin) return () => true;
  const dept = viewer.department?.replace(/\s+/g, '') ?? null;
  return (r) => (dept !== null && r.deptKey === dept) || r.ownerId === viewer.userId;
}

/**
 * One viewer's vocabulary, with how many of the forms it sees hold each name, so that new rows only append their
 * new names and a row taken away says when a name is left with no form.
 */
class ViewerVocabulary {
  readonly vocab: Vocabulary = {
    department: [],
    implementingUnit: [],
    owner: [],
    projectName: [],
    years: [],
  };
  private readonly held: Record<NameField, Map<string, number>> = {
    department: new Map(),
    implementingUnit: new Map(),
    owner: new Map(),
    projectName: new Map(),
  };
  private readonly years = new Map<number, number>();

  constructor(
    private readonly visible: (row: NameRow) => boolean,
    rows: Iterable<NameRow>,
  ) {
    for (const row of rows) this.add(row);
  }

  add(row: NameRow) {
    if (!this.visible(row)) return;
    if (typeof row.year === 'number') {
      const n = this.years.get(row.year) ?? 0;
      this.years.set(row.year, n + 1);
      if (n === 0) {
        this.vocab.years.push(row.year);
        this.vocab.years.sort((a, b) => a - b);
      }
    }
    for (const field of NAME_FIELDS) {
      const v = row[field]?.trim();
      if (!v) continue;
      const n = this.held[field].get(v) ?? 0;
      this.held[field].set(v, n + 1);
      if (n === 0) this.vocab[field].push(v);
    }
  }

  /** The row's names counted out; false when a name (or a year) is left with no form: the vocabulary is stale. */
  remove(row: NameRow): boolean {
    if (!this.visible(row)) return true;
    let whole = true;
    const out = <K>(counts: Map<K, number>, k: K) => {
      const n = (counts.get(k) ?? 0) - 1;
      if (n > 0) counts.set(k, n);
      else {
        counts.delete(k);
        whole = false;
      }
    };
    if (typeof row.year === 'number') out(this.years, row.year);
    for (const field of NAME_FIELDS) {
      const v = row[field]?.trim();
      if (v) out(this.held[field], v);
    }
    return whole;
  }
}

const NAME_FIELDS: NameField[] = ['department', 'implementingUnit', 'owner', 'projectName'];

const sameNames = (a: NameRow, b: NameRow) =>
  a.department === b.department &&
  a.deptKey === b.deptKey &&
  a.implementingUnit === b.implementingUnit &&
  a.owner === b.owner &&
  a.projectName === b.projectName &&
  a.ownerId === b.ownerId &&
  a.year === b.year;

import { createHash, randomUUID } from 'node:crypto';
import type { ChannelName } from '../bot/messages.ts';
import { AppError } from '../errors.ts';
import { normalizeIdentity, normalizeName } from '../record/identity.ts';
import type { FormRecord, Provenance } from '../record/record.ts';
import type { CheckResult, Finding } from '../score/types.ts';
import { VersionConflict } from './errors.ts';
import { jsonParam, type SqlDriver, type SqlExecutor } from './sql.ts';
import type {
  ChangeSource,
  Conversation,
  FormSummary,
  FormVersion,
  NewForm,
  NewVersion,
  Store,
  StoredFieldChange,
  StoredForm,
  Upload,
  UploadStatus,
  User,
} from './store.ts';
import { quotaRefusal, type UploadQuota } from './upload-limits.ts';

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

function toUser(r: Row): User {
  return {
    id: String(r.id),
    channel: String(r.channel) as ChannelName,
    name: str(r.name),
    department: str(r.department),
    isAdmin: Boolean(r.is_admin),
    createdAt: date(r.created_at),
  };
}

const UPLOAD_COLUMNS = 'id, user_id, name, mime, size, sha256, status, error, created_at';

function toUpload(r: Row): Upload {
  return {
    id: String(r.id),
    userId: String(r.user_id),
    name: String(r.name),
    mime: str(r.mime),
    size: Number(r.size),
    sha256: String(r.sha256),
    status: String(r.status) as UploadStatus,
    error: str(r.error),
    createdAt: date(r.created_at),
  };
}

function toVersion(r: Row): FormVersion {
  return {
    formId: String(r.form_id),
    version: Number(r.version),
    record: r.record as FormRecord,
    provenance: r.provenance as Provenance,
    check: r.check_result as CheckResult,
    source: String(r.source) as ChangeSource,
    byUser: str(r.by_user),
    createdAt: date(r.created_at),
  };
}

const FORM_SELECT = `SELECT f.owner_id, f.upload_id, f.form_index, f.project_name, f.department, f.year,
  v.form_id, v.version, v.record, v.provenance, v.check_result, v.source, v.by_user, v.created_at
  FROM forms f JOIN form_versions v ON v.form_id = f.id AND v.version = f.current_version`;

function toForm(r: Row): StoredForm {
  return {
    ...toVersion(r),
    ownerId: String(r.owner_id),
    uploadId: str(r.upload_id),
    formIndex: Number(r.form_index),
    projectName: str(r.project_name),
    department: str(r.department),
    year: num(r.year),
  };
}

/**
 * Longest name kept in an indexed column (the record keeps the whole text): PostgreSQL refuses a btree row over ~2.7 KB,
 * and a runaway cell must not cost the user the whole upload. Migration 008 clips the portfolio tables the same way.
 */
const INDEXED_NAME_CHARS = 200;
const indexed = (v: string | null | undefined) => v?.trim().slice(0, INDEXED_NAME_CHARS) || null;

/** Denormalised columns that lists and the portfolio queries filter on. */
function summaryColumns(record: FormRecord, check: CheckResult) {
  return {
    projectName: indexed(record.projectName),
    department: indexed(record.department),
    year: record.year,
    totalComputed: check.score.total.computed,
    grade: check.score.grade,
    errorCount: check.findings.filter((f) => f.severity === 'error').length,
    missingCount: check.missing.length,
  };
}

/** One statement for any number of rows: the rows go as one JSON array, PostgreSQL splits them (not one INSERT each). */
const recordset = (rows: Row[]) => JSON.stringify(rows);

async function insertFindings(
  tx: SqlExecutor,
  forms: { formId: string; version: number; findings: Finding[] }[],
) {
  const rows = forms.flatMap(({ formId, version, findings }) =>
    findings.map((f, seq) => ({
      form_id: formId,
      seq,
      version,
      code: f.code,
      severity: f.severity,
      path: f.path,
      message: f.message,
      stated: f.stated,
      expected: f.expected,
      detail: f.detail ?? null,
    })),
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO findings (form_id, seq, version, code, severity, path, message, stated, expected, detail)
     SELECT form_id, seq, version, code, severity, path, message, stated, expected, detail
     FROM jsonb_to_recordset($1::jsonb) AS x(form_id text, seq integer, version integer, code text, severity text,
       path text, message text, stated jsonb, expected jsonb, detail text)`,
    [recordset(rows)],
  );
}

type VersionInput = Omit<NewVersion, 'formId' | 'baseVersion' | 'changes'> & {
  formId: string;
  version: number;
};

/** Inserts versions in one statement; returns each one's creation time. */
async function insertVersions(tx: SqlExecutor, versions: VersionInput[]): Promise<Date> {
  const { rows } = await tx.query<Row>(
    `INSERT INTO form_versions (form_id, version, record, provenance, check_result, source, by_user)
     SELECT form_id, version, record, provenance, check_result, source, by_user
     FROM jsonb_to_recordset($1::jsonb) AS x(form_id text, version integer, record jsonb, provenance jsonb,
       check_result jsonb, source text, by_user text)
     RETURNING created_at`,
    [
      recordset(
        versions.map((v) => ({
          form_id: v.formId,
          version: v.version,
          record: v.record,
          provenance: v.provenance,
          check_result: v.check,
          source: v.source,
          by_user: v.byUser ?? null,
        })),
      ),
    ],
  );
  return date(rows[0]?.created_at ?? new Date());
}

export interface SqlStoreOptions {
  /** Per-user daily upload quota; none when absent. */
  uploadQuota?: UploadQuota;
}

export function createSqlStore(sql: SqlDriver, options: SqlStoreOptions = {}): Store {
  /** What `userId` uploaded in the last 24 hours (files sent again are one upload). */
  const uploadedToday = async (userId: string) => {
    const { rows } = await sql.query<{ files: string | number; bytes: string | number }>(
      `SELECT count(*) AS files, coalesce(sum(size), 0) AS bytes FROM uploads
       WHERE user_id = $1 AND created_at > now() - interval '1 day'`,
      [userId],
    );
    return { files: Number(rows[0]?.files ?? 0), bytes: Number(rows[0]?.bytes ?? 0) };
  };
  const checkUploadQuota = async (userId: string, size: number) => {
    if (!options.uploadQuota) return;
    const refusal = quotaRefusal(options.uploadQuota, await uploadedToday(userId), size);
    if (refusal) throw refusal;
  };

  const getForm = async (id: string, q: SqlExecutor = sql): Promise<StoredForm | null> => {
    const { rows } = await q.query<Row>(`${FORM_SELECT} WHERE f.id = $1`, [id]);
    return rows[0] ? toForm(rows[0]) : null;
  };

  /**
   * All forms of an upload in one transaction of three statements. What was just written is returned as given (the
   * caller's objects), not read back.
   */
  const createForms = async (forms: NewForm[]): Promise<StoredForm[]> => {
    if (forms.length === 0) return [];
    const rows = forms.map((given) => {
      const form = { ...given, record: normalizeIdentity(given.record) };
      return { id: randomUUID(), form, ...summaryColumns(form.record, form.check) };
    });
    return sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO forms (id, owner_id, upload_id, form_index, project_name, department, year, current_version,
           total_computed, grade, error_count, missing_count)
         SELECT id, owner_id, upload_id, form_index, project_name, department, year, 1, total_computed, grade,
           error_count, missing_count
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, owner_id text, upload_id text, form_index integer,
           project_name text, department text, year integer, total_computed double precision, grade text,
           error_count integer, missing_count integer)`,
        [
          recordset(
            rows.map((r) => ({
              id: r.id,
              owner_id: r.form.ownerId,
              upload_id: r.form.uploadId ?? null,
              form_index: r.form.formIndex ?? 0,
              project_name: r.projectName,
              department: r.department,
              year: r.year,
              total_computed: r.totalComputed,
              grade: r.grade,
              error_count: r.errorCount,
              missing_count: r.missingCount,
            })),
          ),
        ],
      );
      const createdAt = await insertVersions(
        tx,
        rows.map((r) => ({ ...r.form, formId: r.id, version: 1 })),
      );
      await insertFindings(
        tx,
        rows.map((r) => ({ formId: r.id, version: 1, findings: r.form.check.findings })),
      );
      return rows.map(
        (r): StoredForm => ({
          formId: r.id,
          version: 1,
          record: r.form.record,
          provenance: r.form.provenance,
          check: r.form.check,
          source: r.form.source,
          byUser: r.form.byUser ?? null,
          createdAt,
          ownerId: r.form.ownerId,
          uploadId: r.form.uploadId ?? null,
          formIndex: r.form.formIndex ?? 0,
          projectName: r.projectName,
          department: r.department,
          year: r.year,
        }),
      );
    });
  };

  return {
    driver: sql.kind,
    sql,

    async upsertUser(user) {
      const { rows } = await sql.query<Row>(
        `INSERT INTO users (id, channel, name) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET name = COALESCE(EXCLUDED.name, users.name), updated_at = now()
         RETURNING *`,
        [user.id, user.channel, user.name ?? null],
      );
      return toUser(rows[0] as Row);
    },

    async getUser(id) {
      const { rows } = await sql.query<Row>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    async setUserDepartment(id, department, isAdmin) {
      await sql.query(
        // A hand binding is marked so a directory sync (src/directory) keeps it; unbinding lets the directory decide again.
        `UPDATE users SET department = $2, is_admin = COALESCE($3, is_admin),
           department_source = CASE WHEN $2::text IS NULL THEN NULL ELSE 'hand' END, updated_at = now() WHERE id = $1`,
        [id, department === null ? null : normalizeName(department), isAdmin ?? null],
      );
    },

    async saveUpload({ userId, name, mime, bytes }) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const earlier = async () => {
        const { rows } = await sql.query<Row>(
          `SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE user_id = $1 AND sha256 = $2`,
          [userId, sha256],
        );
        return rows[0] ? toUpload(rows[0]) : null;
      };
      // A file sent again is the earlier upload, not a new one against the quota.
      const again = await earlier();
      if (again) return { upload: again, duplicate: true };
      await checkUploadQuota(userId, bytes.byteLength);
      const inserted = await sql.query<Row>(
        `INSERT INTO uploads (id, user_id, name, mime, size, sha256, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (user_id, sha256) DO NOTHING RETURNING ${UPLOAD_COLUMNS}`,
        [randomUUID(), userId, name, mime ?? null, bytes.byteLength, sha256, bytes],
      );
      if (inserted.rows[0]) return { upload: toUpload(inserted.rows[0]), duplicate: false };
      const raced = await earlier();
      if (!raced)
        throw new AppError('STORE_FAILED', '文件保存失败，请重新上传。', { detail: 'upload vanished' });
      return { upload: raced, duplicate: true };
    },

    async getUpload(id) {
      const { rows } = await sql.query<Row>(`SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE id = $1`, [id]);
      return rows[0] ? toUpload(rows[0]) : null;
    },

    async getUploadBytes(id) {
      const { rows } = await sql.query<{ bytes: Uint8Array | null }>(
        'SELECT bytes FROM uploads WHERE id = $1',
        [id],
      );
      return rows[0]?.bytes ? new Uint8Array(rows[0].bytes) : null;
    },

    checkUploadQuota,

    async purgeUploadBytes(before) {
      // In batches: one statement over years of files would outlast the statement timeout.
      let purged = 0;
      for (;;) {
        const { rows } = await sql.query<{ id: string }>(
          `UPDATE uploads SET bytes = NULL, purged_at = now() WHERE id IN (
             SELECT id FROM uploads WHERE created_at < $1 AND bytes IS NOT NULL LIMIT 200
           ) RETURNING id`,
          [before],
        );
        purged += rows.length;
        if (rows.length < 200) return purged;
      }
    },

    async setUploadStatus(id, status, error) {
      await sql.query('UPDATE uploads SET status = $2, error = $3 WHERE id = $1', [
        id,
        status,
        error ?? null,
      ]);
    },

    createForm: async (form) => (await createForms([form]))[0] as StoredForm,
    createForms,

    async saveVersion(given) {
      const v = { ...given, record: normalizeIdentity(given.record) };
      const s = summaryColumns(v.record, v.check);
      const next = v.baseVersion + 1;
      return sql.transaction(async (tx) => {
        const updated = await tx.query<Row>(
          `UPDATE forms SET current_version = $3, project_name = $4, department = $5, year = $6, total_computed = $7,
             grade = $8, error_count = $9, missing_count = $10, updated_at = now()
           WHERE id = $1 AND current_version = $2 RETURNING owner_id, upload_id, form_index`,
          [
            v.formId,
            v.baseVersion,
            next,
            s.projectName,
            s.department,
            s.year,
            s.totalComputed,
            s.grade,
            s.errorCount,
            s.missingCount,
          ],
        );
        const form = updated.rows[0];
        if (!form) throw new VersionConflict(`form ${v.formId} is not at version ${v.baseVersion}`);
        const createdAt = await insertVersions(tx, [{ ...v, version: next }]);
        if (v.changes.length > 0) {
          await tx.query(
            `INSERT INTO field_changes (form_id, version, path, old_value, new_value, source, by_user)
             SELECT $1, $2, path, old_value, new_value, $3, $4
             FROM jsonb_to_recordset($5::jsonb) AS x(n integer, path text, old_value jsonb, new_value jsonb)
             ORDER BY n`,
            [
              v.formId,
              next,
              v.source,
              v.byUser ?? null,
              recordset(
                v.changes.map((c, n) => ({
                  n,
                  path: c.path,
                  old_value: c.oldValue ?? null,
                  new_value: c.newValue ?? null,
                })),
              ),
            ],
          );
        }
        await tx.query('DELETE FROM findings WHERE form_id = $1', [v.formId]);
        await insertFindings(tx, [{ formId: v.formId, version: next, findings: v.check.findings }]);
        return {
          formId: v.formId,
          version: next,
          record: v.record,
          provenance: v.provenance,
          check: v.check,
          source: v.source,
          byUser: v.byUser ?? null,
          createdAt,
          ownerId: String(form.owner_id),
          uploadId: str(form.upload_id),
          formIndex: Number(form.form_index),
          projectName: s.projectName,
          department: s.department,
          year: s.year,
        } satisfies StoredForm;
      });
    },

    getForm: (id) => getForm(id),

    async getForms(ids, ownerId) {
      if (ids.length === 0) return [];
      const { rows } = await sql.query<Row>(
        `${FORM_SELECT} WHERE f.id = ANY($1::text[]) AND ($2::text IS NULL OR f.owner_id = $2)`,
        [ids, ownerId ?? null],
      );
      return rows.map(toForm);
    },

    async listForms(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.ownerId !== undefined) where.push(`owner_id = $${params.push(filter.ownerId)}`);
      if (filter.uploadId !== undefined) where.push(`upload_id = $${params.push(filter.uploadId)}`);
      if (filter.department !== undefined) where.push(`department = $${params.push(filter.department)}`);
      if (filter.year !== undefined) where.push(`year = $${params.push(filter.year)}`);
      const limit = `$${params.push(filter.limit ?? 100)}`;
      const { rows } = await sql.query<Row>(
        `SELECT * FROM forms ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY updated_at DESC, form_index LIMIT ${limit}`,
        params,
      );
      return rows.map(
        (r): FormSummary => ({
          id: String(r.id),
          ownerId: String(r.owner_id),
          projectName: str(r.project_name),
          department: str(r.department),
          year: num(r.year),
          version: Number(r.current_version),
          totalComputed: num(r.total_computed),
          grade: str(r.grade),
          errorCount: Number(r.error_count),
          missingCount: Number(r.missing_count),
          updatedAt: date(r.updated_at),
        }),
      );
    },

    async getVersions(formId) {
      const { rows } = await sql.query<Row>(
        'SELECT * FROM form_versions WHERE form_id = $1 ORDER BY version',
        [formId],
      );
      return rows.map(toVersion);
    },

    async getChanges(formId) {
      const { rows } = await sql.query<Row>(
        'SELECT * FROM field_changes WHERE form_id = $1 ORDER BY version, id',
        [formId],
      );
      return rows.map(
        (r): StoredFieldChange => ({
          formId: String(r.form_id),
          version: Number(r.version),
          path: String(r.path),
          oldValue: r.old_value,
          newValue: r.new_value,
          source: String(r.source) as ChangeSource,
          byUser: str(r.by_user),
          createdAt: date(r.created_at),
        }),
      );
    },

    async getFindings(formId) {
      const { rows } = await sql.query<Row>('SELECT * FROM findings WHERE form_id = $1 ORDER BY seq', [
        formId,
      ]);
      return rows.map((r) => {
        const f: Finding = {
          code: String(r.code) as Finding['code'],
          severity: String(r.severity) as Finding['severity'],
          path: String(r.path),
          message: String(r.message),
        };
        if (r.stated !== null) f.stated = r.stated as Finding['stated'];
        if (r.expected !== null) f.expected = r.expected as Finding['expected'];
        if (r.detail !== null) f.detail = String(r.detail);
        return f;
      });
    },

    async getConversation<S>(key: string): Promise<Conversation<S> | null> {
      const { rows } = await sql.query<Row>('SELECT * FROM conversations WHERE key = $1', [key]);
      const r = rows[0];
      return r
        ? { key, state: r.state as S, revision: Number(r.revision), updatedAt: date(r.updated_at) }
        : null;
    },

    async saveConversation<S>(key: string, state: S, expectedRevision: number): Promise<Conversation<S>> {
      const { rows } =
        expectedRevision === 0
          ? await sql.query<Row>(
              `INSERT INTO conversations (key, state, revision) VALUES ($1, $2::jsonb, 1)
               ON CONFLICT (key) DO NOTHING RETURNING revision, updated_at`,
              [key, jsonParam(state)],
            )
          : await sql.query<Row>(
              `UPDATE conversations SET state = $2::jsonb, revision = revision + 1, updated_at = now()
               WHERE key = $1 AND revision = $3 RETURNING revision, updated_at`,
              [key, jsonParam(state), expectedRevision],
            );
      const r = rows[0];
      if (!r) throw new VersionConflict(`conversation ${key} is not at revision ${expectedRevision}`);
      return { key, state, revision: Number(r.revision), updatedAt: date(r.updated_at) };
    },

    async deleteConversation(key) {
      await sql.query('DELETE FROM conversations WHERE key = $1', [key]);
    },

    async claimEvent(eventId, at = new Date()) {
      const { rows } = await sql.query(
        'INSERT INTO processed_events (event_id, seen_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
        [eventId, at],
      );
      return rows.length === 1;
    },

    async purgeEvents(before) {
      const { rows } = await sql.query('DELETE FROM processed_events WHERE seen_at < $1 RETURNING event_id', [
        before,
      ]);
      return rows.length;
    },

    close: () => sql.close(),
  };
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { jsonParam, type SqlDriver, type SqlExecutor } from '../store/sql.ts';
import type { Question, Survey, SurveyResult } from './model.ts';

/** The surveys' own tables (migration 022), over the store's SQL driver: PGlite and PostgreSQL alike. */

type Row = Record<string, unknown>;

const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

function toSurvey(r: Row): Survey {
  return {
    id: String(r.id),
    token: String(r.token),
    formId: String(r.form_id),
    projectName: (r.project_name as string | null) ?? null,
    ownerId: String(r.owner_id),
    questions: r.questions as Question[],
    endsAt: date(r.ends_at),
    targetSample: Number(r.target_sample),
    status: r.status === 'closed' ? 'closed' : 'open',
    codesRequired: r.codes_required === true,
    secret: String(r.secret),
    result: (r.result as SurveyResult | null) ?? null,
    createdAt: date(r.created_at),
    closedAt: r.closed_at ? date(r.closed_at) : null,
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface NewSurvey {
  formId: string;
  projectName: string | null;
  ownerId: string;
  questions: Question[];
  endsAt: Date;
  targetSample: number;
  now: Date;
  /** The public base (`https://survey.example.gov.cn`): the link `<base>/s/<token>` is kept with the survey. */
  publicUrl?: string;
}

/** Why an answer was not counted. */
export type SubmitOutcome = 'ok' | 'duplicate' | 'ipLimit' | 'closed' | 'badCode';

export interface Progress {
  responses: number;
}

export class SurveyStore {
  constructor(private readonly sql: SqlDriver) {}

  async create(s: NewSurvey): Promise<Survey> {
    const { rows } = await this.sql.query<Row>(
      `INSERT INTO surveys (id, token, form_id, project_name, owner_id, questions, ends_at, target_sample, secret,
         created_at, link)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11::text || '/s/' || $2) RETURNING *`,
      [
        `sv-${randomUUID().slice(0, 8)}`,
        randomBytes(12).toString('base64url'),
        s.formId,
        s.projectName,
        s.ownerId,
        jsonParam(s.questions),
        s.endsAt,
        s.targetSample,
        randomBytes(32).toString('base64url'),
        s.now,
        s.publicUrl ?? null,
      ],
    );
    return toSurvey(rows[0] as Row);
  }

  async get(id: string): Promise<Survey | null> {
    const { rows } = await this.sql.query<Row>('SELECT * FROM surveys WHERE id = $1', [id]);
    return rows[0] ? toSurvey(rows[0]) : null;
  }

  async byToken(token: string): Promise<Survey | null> {
    const { rows } = await this.sql.query<Row>('SELECT * FROM surveys WHERE token = $1', [token]);
    return rows[0] ? toSurvey(rows[0]) : null;
  }

  /** Surveys of these forms, newest first. */
  async ofForms(formIds: string[]): Promise<Survey[]> {
    if (formIds.length === 0) return [];
    const { rows } = await this.sql.query<Row>(
      'SELECT * FROM surveys WHERE form_id = ANY($1::text[]) ORDER BY created_at DESC',
      [formIds],
    );
    return rows.map(toSurvey);
  }

  /** Open surveys started by this user, oldest end first. */
  async openOf(ownerId: string): Promise<Survey[]> {
    const { rows } = await this.sql.query<Row>(
      `SELECT * FROM surveys WHERE owner_id = $1 AND status = 'open' ORDER BY ends_at, created_at`,
      [ownerId],
    );
    return rows.map(toSurvey);
  }

  /** Open surveys whose end has passed (the closing loop). */
  async due(now: Date): Promise<Survey[]> {
    const { rows } = await this.sql.query<Row>(
      `SELECT * FROM surveys WHERE status = 'open' AND ends_at <= $1 ORDER BY ends_at LIMIT 50`,
      [now],
    );
    return rows.map(toSurvey);
  }

  /** New questions, only while nobody has answered (answers to different questions would not add up). */
  async setQuestions(id: string, questions: Question[]): Promise<boolean> {
    const { rows } = await this.sql.query(
      `UPDATE surveys SET questions = $2::jsonb WHERE id = $1 AND status = 'open'
         AND NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = $1) RETURNING id`,
      [id, jsonParam(questions)],
    );
    return rows.length > 0;
  }

  async setEnd(id: string, endsAt: Date): Promise<void> {
    await this.sql.query(`UPDATE surveys SET ends_at = $2 WHERE id = $1 AND status = 'open'`, [id, endsAt]);
  }

  async setTarget(id: string, target: number): Promise<void> {
    await this.sql.query(`UPDATE surveys SET target_sample = $2 WHERE id = $1`, [id, target]);
  }

  /** `count` new one-time codes (returned once, stored hashed); from now on only code holders may answer. */
  async addCodes(id: string, count: number): Promise<string[]> {
    const codes = Array.from({ length: count }, () =>
      randomBytes(5).toString('base64url').toUpperCase().replace(/[-_]/g, 'X').slice(0, 6),
    );
    await this.sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO survey_codes (survey_id, code_hash) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [id, codes.map((c) => sha256(`${id}:${c}`))],
      );
      await tx.query('UPDATE surveys SET codes_required = true WHERE id = $1', [id]);
    });
    return codes;
  }

  /**
   * Counts one answer, or says why not. The survey row is locked for the check-and-insert, so the per-address count
   * holds under concurrency; the unique (survey, device) key refuses a second answer from one device in any case.
   */
  async submit(a: {
    surveyId: string;
    deviceHash: string;
    ipHash: string;
    answers: Record<string, unknown>;
    code: string | null;
    now: Date;
    perAddressPerHour: number;
  }): Promise<SubmitOutcome> {
    const rollback = new Error('rollback');
    let outcome: SubmitOutcome = 'ok';
    try {
      await this.sql.transaction(async (tx) => {
        const { rows } = await tx.query<Row>(
          'SELECT status, ends_at, codes_required FROM surveys WHERE id = $1 FOR UPDATE',
          [a.surveyId],
        );
        const s = rows[0];
        if (s?.status !== 'open' || date(s.ends_at) <= a.now) {
          outcome = 'closed';
          return;
        }
        const seen = await tx.query(
          'SELECT 1 FROM survey_responses WHERE survey_id = $1 AND device_hash = $2',
          [a.surveyId, a.deviceHash],
        );
        if (seen.rows.length > 0) {
          outcome = 'duplicate';
          return;
        }
        // A code holder is a known member of the group: the address limit (offices share one) does not apply.
        if (!s.codes_required && a.perAddressPerHour > 0) {
          const { rows: n } = await tx.query<{ n: unknown }>(
            `SELECT count(*) AS n FROM survey_responses
              WHERE survey_id = $1 AND ip_hash = $2 AND created_at > $3`,
            [a.surveyId, a.ipHash, new Date(a.now.getTime() - 3_600_000)],
          );
          if (Number(n[0]?.n ?? 0) >= a.perAddressPerHour) {
            outcome = 'ipLimit';
            return;
          }
        }
        const inserted = await tx.query<{ id: number }>(
          `INSERT INTO survey_responses (survey_id, device_hash, ip_hash, answers, created_at)
           VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (survey_id, device_hash) DO NOTHING RETURNING id`,
          [a.surveyId, a.deviceHash, a.ipHash, jsonParam(a.answers), a.now],
        );
        const responseId = inserted.rows[0]?.id;
        if (responseId === undefined) {
          outcome = 'duplicate';
          return;
        }
        if (s.codes_required) {
          const used = await tx.query(
            `UPDATE survey_codes SET used_at = $3, response_id = $4
              WHERE survey_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING code_hash`,
            [a.surveyId, sha256(`${a.surveyId}:${(a.code ?? '').trim().toUpperCase()}`), a.now, responseId],
          );
          if (used.rows.length === 0) {
            outcome = 'badCode';
            throw rollback;
          }
        }
      });
    } catch (err) {
      if (err !== rollback) throw err;
    }
    return outcome;
  }

  async answered(id: string, deviceHash: string): Promise<boolean> {
    const { rows } = await this.sql.query(
      'SELECT 1 FROM survey_responses WHERE survey_id = $1 AND device_hash = $2',
      [id, deviceHash],
    );
    return rows.length > 0;
  }

  async count(id: string): Promise<number> {
    const { rows } = await this.sql.query<{ n: unknown }>(
      'SELECT count(*) AS n FROM survey_responses WHERE survey_id = $1',
      [id],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Every answer, oldest first (the evidence). */
  async responses(id: string): Promise<{ answers: Record<string, unknown>; createdAt: Date }[]> {
    const { rows } = await this.sql.query<Row>(
      'SELECT answers, created_at FROM survey_responses WHERE survey_id = $1 ORDER BY id',
      [id],
    );
    return rows.map((r) => ({
      answers: r.answers as Record<string, unknown>,
      createdAt: date(r.created_at),
    }));
  }

  /** Closes an open survey; true for the one caller that closed it (a second replica or a second request gets false). */
  async close(id: string, now: Date): Promise<boolean> {
    const { rows } = await this.sql.query(
      `UPDATE surveys SET status = 'closed', closed_at = $2 WHERE id = $1 AND status = 'open' RETURNING id`,
      [id, now],
    );
    return rows.length > 0;
  }

  async setResult(id: string, result: SurveyResult): Promise<void> {
    await this.sql.query('UPDATE surveys SET result = $2::jsonb WHERE id = $1', [id, jsonParam(result)]);
  }
}

/** A read-only view for the reminder messages (`src/remind/messages.ts`), which get only an executor. */
export async function surveyForReminder(sql: SqlExecutor, id: string) {
  const { rows } = await sql.query<Row>(
    `SELECT s.*, (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id) AS n FROM surveys s WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  return r ? { survey: toSurvey(r), responses: Number(r.n), link: (r.link as string | null) ?? null } : null;
}

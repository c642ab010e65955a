import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Reply } from '../bot/messages.ts';
import type { Recipient } from '../channels/channel.ts';
import type { SqlExecutor } from '../store/sql.ts';
import type { DeadlineKind } from './calendar.ts';
import type { RemindConfig } from './config.ts';
import { composeReminder, type DueReminder } from './messages.ts';
import { computePlan, rescheduleMoved, savePlan } from './planner.ts';

/** Sends one push; throws when the platform did not take it (the reminder is then retried). */
export type Deliver = (to: Recipient, reply: Reply) => Promise<void>;

export interface SchedulerOptions {
  sql: SqlExecutor;
  deliver: Deliver;
  config: RemindConfig;
  logger: Logger;
  clock?: () => Date;
  /** Distinguishes replicas in `claimed_by`. */
  workerId?: string;
  /** A claim older than this is taken over (its worker died between claim and send). */
  leaseMs?: number;
  batch?: number;
  /** Pushes in flight at once per process. */
  concurrency?: number;
  maxAttempts?: number;
  pollMs?: number;
  planEveryMs?: number;
}

export interface TickResult {
  sent: number;
  failed: number;
  cancelled: number;
}

export interface Scheduler {
  /** Adds what the calendar and the stored forms call for; returns how many reminders are new. */
  plan(): Promise<number>;
  /** Claims and sends everything due now (including what was missed while down); stops early on `stop()`. */
  tick(): Promise<TickResult>;
  start(): void;
  /** Finishes the pushes in flight, hands unsent claims back, and stops. */
  stop(): Promise<void>;
}

type Row = Record<string, unknown>;

/** 1, 2, 4 … 60 minutes between attempts. */
export const backoffMs = (attempt: number) => Math.min(60, 2 ** Math.max(0, attempt - 1)) * 60_000;

function toDue(r: Row): DueReminder & { deadlineId: string; sendAt: Date; attempts: number } {
  return {
    id: String(r.id),
    deadlineId: String(r.deadline_id),
    kind: r.kind as DeadlineKind,
    year: Number(r.year),
    department: (r.department as string | null) ?? null,
    dueAt: new Date(r.due_at as string | Date),
    leadDays: Number(r.lead_days),
    userId: (r.user_id as string | null) ?? null,
    recipientKey: String(r.recipient_key),
    sendAt: new Date(r.send_at as string | Date),
    attempts: Number(r.attempts),
  };
}

/**
 * The durable reminder loop. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so replicas never claim the same row;
 * a row is marked sent only by the worker holding the claim, right after the platform took the push.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { sql, deliver, config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const workerId = options.workerId ?? `remind-${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const batch = options.batch ?? 50;
  const concurrency = options.concurrency ?? 8;
  const maxAttempts = options.maxAttempts ?? 8;
  let stopping = false;
  let running: Promise<unknown> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastPlan = 0;

  async function claim(now: Date): Promise<Row[]> {
    const { rows } = await sql.query<Row>(
      `UPDATE reminders r SET status = 'claimed', claimed_by = $1, claimed_at = $2
        WHERE r.id IN (
          SELECT id FROM reminders
           WHERE (status = 'pending' AND send_at <= $2 AND (next_attempt_at IS NULL OR next_attempt_at <= $2))
              OR (status = 'claimed' AND claimed_at < $3)
           ORDER BY send_at LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING r.*`,
      [workerId, now, new Date(now.getTime() - leaseMs), batch],
    );
    return rows;
  }

  /** Ends a claim; only the claim's holder can. */
  async function finish(id: string, status: 'sent' | 'cancelled', note: string | null, now: Date) {
    await sql.query(
      `UPDATE reminders SET status = $2, sent_at = CASE WHEN $2 = 'sent' THEN $4::timestamptz END,
         attempts = attempts + CASE WHEN $2 = 'sent' THEN 1 ELSE 0 END, last_error = $3, claimed_by = NULL
       WHERE id = $1 AND claimed_by = $5 AND status = 'claimed'`,
      [id, status, note, now, workerId],
    );
  }

  async function release(id: string, sendAtOverride: Date | null) {
    await sql.query(
      `UPDATE reminders SET status = 'pending', claimed_by = NULL, claimed_at = NULL,
         send_at = COALESCE($2, send_at) WHERE id = $1 AND claimed_by = $3 AND status = 'claimed'`,
      [id, sendAtOverride, workerId],
    );
  }

  async function fail(r: ReturnType<typeof toDue>, err: unknown, now: Date) {
    const attempts = r.attempts + 1;
    const message = err instanceof Error ? err.message : String(err);
    const final = attempts >= maxAttempts;
    await sql.query(
      `UPDATE reminders SET status = $2, attempts = $3, last_error = $4, next_attempt_at = $5, claimed_by = NULL
       WHERE id = $1 AND claimed_by = $6 AND status = 'claimed'`,
      [
        r.id,
        final ? 'failed' : 'pending',
        attempts,
        message.slice(0, 500),
        new Date(now.getTime() + backoffMs(attempts)),
        workerId,
      ],
    );
    logger.warn({ reminder: r.id, attempts, final, err: message }, 'reminder push failed');
  }

  /** Why a due reminder should not go out now: expired, superseded by a later one, stopped or snoozed. */
  async function hold(
    r: ReturnType<typeof toDue>,
    now: Date,
  ): Promise<{ cancel: string } | { until: Date } | null> {
    if (r.dueAt <= now) return { cancel: 'expired' };
    const newer = await sql.query(
      `SELECT 1 FROM reminders WHERE deadline_id = $1
         AND recipient_key = $2 AND lead_days < $3 AND send_at <= $4 AND status <> 'cancelled' LIMIT 1`,
      [r.deadlineId, r.recipientKey, r.leadDays, now],
    );
    if (newer.rows.length) return { cancel: 'superseded' };
    if (!r.userId) return null;
    const { rows } = await sql.query<Row>(
      'SELECT stopped, snoozed_until FROM reminder_prefs WHERE user_id = $1',
      [r.userId],
    );
    const pref = rows[0];
    if (pref?.stopped) return { cancel: 'stopped' };
    const snoozed = pref?.snoozed_until ? new Date(pref.snoozed_until as string | Date) : null;
    if (snoozed && snoozed > now) return snoozed < r.dueAt ? { until: snoozed } : { cancel: 'snoozed' };
    return null;
  }

  async function processRow(row: Row, result: TickResult) {
    const r = toDue(row);
    const now = clock();
    if (stopping) return release(r.id, null);
    const held = await hold(r, now);
    if (held && 'until' in held) return release(r.id, held.until);
    if (held) {
      result.cancelled++;
      return finish(r.id, 'cancelled', held.cancel, now);
    }
    const reply = await composeReminder(sql, r, now);
    if (!reply) {
      result.cancelled++;
      return finish(r.id, 'cancelled', 'resolved', now);
    }
    try {
      await deliver(row.recipient as Recipient, reply);
    } catch (err) {
      result.failed++;
      return fail(r, err, now);
    }
    await finish(r.id, 'sent', null, clock());
    result.sent++;
  }

  async function tick(): Promise<TickResult> {
    const result: TickResult = { sent: 0, failed: 0, cancelled: 0 };
    while (!stopping) {
      const rows = await claim(clock());
      if (rows.length === 0) break;
      let next = 0;
      const lane = async () => {
        while (next < rows.length) {
          const row = rows[next++] as Row;
          try {
            await processRow(row, result);
          } catch (err) {
            logger.error({ err, reminder: row.id }, 'reminder processing failed');
            await release(String(row.id), null).catch(() => undefined);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, lane));
    }
    if (result.sent + result.failed + result.cancelled > 0)
      logger.info({ workerId, ...result }, 'reminders run');
    return result;
  }

  async function plan(): Promise<number> {
    await rescheduleMoved(sql, clock(), config);
    const added = await savePlan(sql, await computePlan(sql, clock(), config));
    if (added) logger.info({ added }, 'reminders planned');
    return added;
  }

  const pollMs = options.pollMs ?? 15_000;
  const planEveryMs = options.planEveryMs ?? 3_600_000;
  async function loop() {
    if (stopping) return;
    running = (async () => {
      try {
        if (Date.now() - lastPlan >= planEveryMs) {
          lastPlan = Date.now();
          await plan();
        }
        await tick();
      } catch (err) {
        logger.error({ err }, 'reminder loop failed');
      }
    })();
    await running;
    if (!stopping) timer = setTimeout(loop, pollMs);
  }

  return {
    plan,
    tick: () => {
      const run = tick();
      running = run;
      return run;
    },
    start() {
      stopping = false;
      void loop();
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

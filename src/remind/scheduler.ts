import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Reply } from '../bot/messages.ts';
import type { PushOptions, Recipient } from '../channels/channel.ts';
import { PermanentPushError } from '../channels/common/push-errors.ts';
import { PushOutcomeUnknown } from '../channels/common/push-outcome.ts';
import type { SqlExecutor } from '../store/sql.ts';
import type { DeadlineKind } from './calendar.ts';
import type { RemindConfig } from './config.ts';
import { composeReminder, type DueReminder } from './messages.ts';
import { computePlan, currentUserRecipient, rescheduleMoved, savePlan } from './planner.ts';

/**
 * Sends one push; throws when the platform did not take it (the reminder is then retried, or stopped for good on a
 * PermanentPushError). `options.idempotencyKey` is the reminder's id, the same on every attempt.
 */
export type Deliver = (to: Recipient, reply: Reply, options?: PushOptions) => Promise<void>;

/** Tells the admins in chat (a refusal no retry changes); the scheduler calls it once per cause. */
export type AlertAdmins = (text: string) => Promise<void>;

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
  /**
   * A push still pending after this long counts as failed and its claim is handed back, well within the lease, so no
   * other replica takes the row over while this one may still send (default: half the lease).
   */
  deliverTimeoutMs?: number;
  alertAdmins?: AlertAdmins;
  /**
   * Whether the platform drops a repeat of the same push (Lark: the uuid; WeCom app messages: the duplicate check).
   * Where it does not, a push whose outcome is unknown is not sent again (at most once). Default: every channel
   * drops repeats (sent again: at least once).
   */
  keyedPush?: (to: Recipient) => boolean;
  /** A cause already alerted is alerted again only after this long (default 7 days). */
  realertMs?: number;
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
  /** Pushes that may have landed, to a platform without an idempotency key: given up rather than sent twice. */
  unconfirmed: number;
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

class PushTimedOut extends Error {
  constructor(ms: number) {
    super(`push still pending after ${ms} ms`);
    this.name = 'PushTimedOut';
  }
}

/** `task`, or a PushTimedOut after `ms` (then `onLate` gets to watch the task). */
async function withDeadline(task: Promise<void>, ms: number, onLate: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onLate();
      reject(new PushTimedOut(ms));
    }, ms);
  });
  try {
    await Promise.race([task, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const CHANNEL_NAMES: Record<string, string> = {
  lark: '飞书',
  dingtalk: '钉钉',
  wecom: '企业微信',
  telegram: 'Telegram',
  wechat: '微信',
  web: '网页',
};

/** The admins' alert: which channel, what to fix, whom it concerns, the platform's code. */
function alertText(err: PermanentPushError, to: Recipient, r: DueReminder): string {
  const who = to.kind === 'group' ? `群 ${to.id}` : `用户 ${to.id}`;
  const dept = r.department ? `（${r.department}）` : '';
  const tail =
    err.kind === 'quota' ? '本月内该渠道的其他提醒也会失败，不再逐条通知。' : '这条提醒已停止重试。';
  return [
    `【提醒发送失败·${CHANNEL_NAMES[err.channel] ?? err.channel}】${err.userMessage}。`,
    `对象：${who}${dept}；平台错误码：${err.platformCode ?? '无'}。`,
    tail,
  ].join('\n');
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
  const deliverTimeoutMs = options.deliverTimeoutMs ?? Math.floor(leaseMs / 2);
  const realertMs = options.realertMs ?? 7 * 24 * 3_600_000;
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
  async function finish(
    id: string,
    status: 'sent' | 'cancelled' | 'unconfirmed',
    note: string | null,
    now: Date,
  ) {
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

  /**
   * A failed attempt, retried after its backoff. `outcomeKnown`: the platform did not take it (an answer, a refused
   * connection), so the started-push mark is cleared; a push still in flight keeps it.
   */
  async function fail(r: ReturnType<typeof toDue>, err: unknown, now: Date, outcomeKnown = true) {
    const attempts = r.attempts + 1;
    const message = err instanceof Error ? err.message : String(err);
    const final = attempts >= maxAttempts;
    await sql.query(
      `UPDATE reminders SET status = $2, attempts = $3, last_error = $4, next_attempt_at = $5, claimed_by = NULL
         ${outcomeKnown ? ', push_started_at = NULL' : ''}
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

  /**
   * A push the platform refused for good: the row fails now (no backoff, no further attempts) and the admins are told
   * the reason, once per cause — per recipient, or per channel and month for a used-up quota.
   */
  async function failForGood(
    r: ReturnType<typeof toDue>,
    err: PermanentPushError,
    recipient: Recipient,
    now: Date,
  ) {
    const note = `permanent ${err.kind} ${err.platformCode ?? ''}: ${err.userMessage}`.slice(0, 500);
    await sql.query(
      `UPDATE reminders SET status = 'failed', attempts = attempts + 1, last_error = $2, claimed_by = NULL
       WHERE id = $1 AND claimed_by = $3 AND status = 'claimed'`,
      [r.id, note, workerId],
    );
    logger.error(
      { reminder: r.id, channel: err.channel, kind: err.kind, code: err.platformCode },
      'reminder push refused for good',
    );
    const key =
      err.kind === 'quota'
        ? `${err.channel}:quota:${now.toISOString().slice(0, 7)}`
        : `${err.channel}:${err.kind}:${r.recipientKey}`;
    // One statement decides, across replicas and concurrent lanes, which occurrence alerts: the insert, or the update
    // of an alert older than `realertMs` (row-locked, so a second one sees the fresh time and updates nothing).
    const { rows } = await sql.query(
      `INSERT INTO push_alerts (key, alerted_at, last_error) VALUES ($1, $2, $4)
       ON CONFLICT (key) DO UPDATE SET alerted_at = $2, occurrences = push_alerts.occurrences + 1, last_error = $4
         WHERE push_alerts.alerted_at < $3
       RETURNING key`,
      [key, now, new Date(now.getTime() - realertMs), note],
    );
    const fresh = rows.length > 0;
    if (!fresh) {
      await sql.query(
        'UPDATE push_alerts SET occurrences = occurrences + 1, last_error = $2 WHERE key = $1',
        [key, note],
      );
    }
    if (!fresh || !options.alertAdmins) return;
    await options
      .alertAdmins(alertText(err, recipient, r))
      .catch((alertErr: unknown) => logger.error({ err: alertErr, key }, 'admin alert could not be sent'));
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
    const planned = row.recipient as Recipient;
    const keyed = options.keyedPush?.(planned) ?? true;
    if (row.push_started_at && !keyed) {
      // An earlier attempt started this push and no outcome was recorded: it may have landed, and this platform
      // would show a second copy. At most once: given up, visible as 'unconfirmed'.
      result.unconfirmed++;
      logger.warn(
        { reminder: r.id, channel: planned.channel },
        'reminder push outcome unknown; not sent again',
      );
      return finish(r.id, 'unconfirmed', 'outcome unknown: a push was started and never confirmed', now);
    }
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
    // A user's address is looked up now, not taken from the plan: it may have changed since (a new Lark app).
    const recipient = (r.userId ? await currentUserRecipient(sql, r.userId) : null) ?? planned;
    // Durable before the platform is called: a crash after it accepted leaves the row marked as started.
    await sql.query('UPDATE reminders SET push_started_at = $2 WHERE id = $1 AND claimed_by = $3', [
      r.id,
      now,
      workerId,
    ]);
    const push = deliver(recipient, reply, { idempotencyKey: r.id });
    try {
      await withDeadline(push, deliverTimeoutMs, () => lateAcceptance(r.id, push));
    } catch (err) {
      if (err instanceof PermanentPushError) {
        result.failed++;
        return failForGood(r, err, recipient, now);
      }
      if (err instanceof PushOutcomeUnknown && !keyed) {
        result.unconfirmed++;
        logger.warn(
          { reminder: r.id, channel: recipient.channel },
          'reminder push outcome unknown; not sent again',
        );
        return finish(r.id, 'unconfirmed', `outcome unknown: ${err.message}`.slice(0, 500), now);
      }
      result.failed++;
      // Given up while still in flight: the mark stays, so the next claim knows a copy may be on its way.
      return fail(r, err, now, !(err instanceof PushTimedOut));
    }
    await finish(r.id, 'sent', null, clock());
    result.sent++;
  }

  /**
   * A push given up on may still land: when it does, and no replica has claimed the row again meanwhile, the row is
   * marked sent rather than sent again after its backoff. When it fails after all, with a known outcome, the
   * started-push mark goes, so the retry may send.
   */
  function lateAcceptance(id: string, push: Promise<void>) {
    push.then(
      () =>
        sql
          .query(
            `UPDATE reminders SET status = 'sent', sent_at = $2, last_error = NULL, next_attempt_at = NULL
             WHERE id = $1 AND status = 'pending' AND claimed_by IS NULL`,
            [id, clock()],
          )
          .then(() => logger.warn({ reminder: id }, 'reminder push accepted after its deadline; marked sent'))
          .catch(() => undefined),
      (err: unknown) =>
        err instanceof PushOutcomeUnknown
          ? undefined
          : sql
              .query(
                `UPDATE reminders SET push_started_at = NULL
                 WHERE id = $1 AND status = 'pending' AND claimed_by IS NULL`,
                [id],
              )
              .catch(() => undefined),
    );
  }

  async function tick(): Promise<TickResult> {
    const result: TickResult = { sent: 0, failed: 0, cancelled: 0, unconfirmed: 0 };
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
    if (result.sent + result.failed + result.cancelled + result.unconfirmed > 0)
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

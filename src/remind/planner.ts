import type { ChannelName } from '../bot/messages.ts';
import type { Recipient } from '../channels/channel.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { type Deadline, type DeadlineKind, defaultDeadlines, dueAt, sendAt } from './calendar.ts';
import type { RemindConfig } from './config.ts';

/** One reminder the schedule should hold. */
export interface PlannedReminder {
  id: string;
  deadline: Deadline;
  leadDays: number;
  recipient: Recipient;
  /** `user:<user id>` or `group:<channel>:<group id>`. */
  recipientKey: string;
  userId: string | null;
  sendAt: Date;
}

const DAY = 86_400_000;
/** Recipients are picked this many days before the first push; replanning adds later ones. */
const HORIZON_DAYS = 7;
const CHANNELS = new Set<ChannelName>(['web', 'lark', 'dingtalk', 'wecom', 'wechat', 'telegram', 'cli']);

/** `lark:ou_123` → a push to that user; null for a user id of no known channel. */
export function userRecipient(userId: string): Recipient | null {
  const at = userId.indexOf(':');
  const channel = userId.slice(0, at) as ChannelName;
  return at > 0 && CHANNELS.has(channel) ? { channel, kind: 'user', id: userId.slice(at + 1) } : null;
}

/**
 * Where a push to this user goes now: `userRecipient`, with the platform id last seen for the person (users.platform_id)
 * when it differs — after a new Lark app the old open_id is refused and the new one is known by union_id.
 */
export async function currentUserRecipient(sql: SqlExecutor, userId: string): Promise<Recipient | null> {
  const recipient = userRecipient(userId);
  if (!recipient) return null;
  const { rows } = await sql.query<{ platform_id: string | null }>(
    'SELECT platform_id FROM users WHERE id = $1',
    [userId],
  );
  const now = rows[0]?.platform_id;
  return now ? { ...recipient, id: now } : recipient;
}

/** Defaults of the years around `now`, with admin overrides (per year, and per department) on top. */
export async function effectiveDeadlines(
  sql: SqlExecutor,
  now: Date,
  config: RemindConfig,
): Promise<Deadline[]> {
  const byId = new Map(defaultDeadlines(now, config).map((d) => [d.id, d]));
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT id, kind, year, department, due_at FROM deadlines WHERE source = 'override'`,
  );
  for (const r of rows) {
    const dueDate = new Date(new Date(r.due_at as string | Date).getTime() + 8 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    byId.set(String(r.id), {
      id: String(r.id),
      kind: r.kind as DeadlineKind,
      year: Number(r.year),
      department: (r.department as string | null) ?? null,
      dueDate,
      dueAt: dueAt(dueDate),
      source: 'override',
    });
  }
  return [...byId.values()].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** SQL condition on `<alias>.dept_key` for the departments a deadline covers. */
function deptCondition(d: Deadline, all: Deadline[], alias: string, params: unknown[]): string {
  if (d.department) return `${alias}.dept_key = $${params.push(d.department)}`;
  const overridden = all
    .filter((o) => o.kind === d.kind && o.year === d.year && o.department)
    .map((o) => o.department as string);
  return overridden.length
    ? `(${alias}.dept_key IS NULL OR NOT (${alias}.dept_key = ANY($${params.push(overridden)}::text[])))`
    : 'true';
}

/** Owners of forms with errors or gaps, of expected projects not submitted, and of last year's projects not resubmitted. */
async function userRecipients(sql: SqlExecutor, d: Deadline, all: Deadline[]): Promise<string[]> {
  const params: unknown[] = [d.year];
  const { rows } = await sql.query<{ user_id: string }>(
    `SELECT owner_id AS user_id FROM form_facts f
       WHERE f.year = $1 AND (f.error_count > 0 OR f.missing_count > 0) AND ${deptCondition(d, all, 'f', params)}
     UNION
     SELECT x.owner_user_id FROM expected_projects x
       WHERE x.year = $1 AND x.owner_user_id IS NOT NULL AND ${deptCondition(d, all, 'x', params)}
         AND NOT EXISTS (SELECT 1 FROM form_facts f WHERE f.year = $1 AND f.dept_key = x.dept_key
                         AND f.project_key = x.project_key)
     UNION
     SELECT p.owner_id FROM form_facts p
       WHERE p.year = $1 - 1 AND p.project_key IS NOT NULL AND ${deptCondition(d, all, 'p', params)}
         AND NOT EXISTS (SELECT 1 FROM expected_projects x WHERE x.year = $1 AND x.dept_key = p.dept_key)
         AND NOT EXISTS (SELECT 1 FROM form_facts f WHERE f.year = $1 AND f.dept_key = p.dept_key
                         AND f.project_key = p.project_key)`,
    params,
  );
  return rows.map((r) => r.user_id).sort();
}

async function groupRecipients(
  sql: SqlExecutor,
  d: Deadline,
  all: Deadline[],
): Promise<{ channel: string; group_id: string }[]> {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ channel: string; group_id: string }>(
    `SELECT g.channel, g.group_id FROM department_groups g WHERE ${deptCondition(d, all, 'g', params)}
     ORDER BY g.channel, g.group_id`,
    params,
  );
  return rows;
}

/** Leads still to send; of several already due, only the latest (a missed T-14 is not sent next to T-7). */
function leadsToPlan(d: Deadline, now: Date, config: RemindConfig): number[] {
  const due = config.leadDays.filter((l) => sendAt(d.dueDate, l, config) <= now);
  const latestDue = due.at(-1);
  return config.leadDays.filter((l) => sendAt(d.dueDate, l, config) > now || l === latestDue);
}

/** What the schedule should hold at `now`: reads only, so `remind --dry-run` can print it. */
export async function computePlan(
  sql: SqlExecutor,
  now: Date,
  config: RemindConfig,
): Promise<PlannedReminder[]> {
  const all = await effectiveDeadlines(sql, now, config);
  const maxLead = Math.max(...config.leadDays, 0);
  const out: PlannedReminder[] = [];
  for (const d of all) {
    if (d.dueAt <= now) continue;
    if (sendAt(d.dueDate, maxLead, config).getTime() - HORIZON_DAYS * DAY > now.getTime()) continue;
    const recipients: { recipient: Recipient; key: string; userId: string | null }[] = [];
    if (d.kind === 'selfEval') {
      for (const userId of await userRecipients(sql, d, all)) {
        const recipient = userRecipient(userId);
        if (recipient) recipients.push({ recipient, key: `user:${userId}`, userId });
      }
    }
    for (const g of await groupRecipients(sql, d, all)) {
      const recipient: Recipient = { channel: g.channel as ChannelName, kind: 'group', id: g.group_id };
      recipients.push({ recipient, key: `group:${g.channel}:${g.group_id}`, userId: null });
    }
    for (const lead of leadsToPlan(d, now, config)) {
      const at = sendAt(d.dueDate, lead, config);
      for (const r of recipients) {
        out.push({
          id: `${d.id}|${r.key}|${lead}`,
          deadline: d,
          leadDays: lead,
          recipient: r.recipient,
          recipientKey: r.key,
          userId: r.userId,
          sendAt: at,
        });
      }
    }
  }
  return out;
}

const CHUNK = 5000;

/**
 * Writes the plan. Idempotent: one row per (deadline, recipient, lead), so planning again, or on another replica,
 * adds only what is new; a pending row follows a moved deadline.
 */
export async function savePlan(sql: SqlExecutor, plan: PlannedReminder[]): Promise<number> {
  const deadlines = new Map(plan.map((p) => [p.deadline.id, p.deadline]));
  for (const d of deadlines.values()) {
    await sql.query(
      `INSERT INTO deadlines (id, year, department, kind, due_at, source) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at WHERE deadlines.source = EXCLUDED.source`,
      [d.id, d.year, d.department, d.kind, d.dueAt, d.source],
    );
  }
  let added = 0;
  for (let i = 0; i < plan.length; i += CHUNK) {
    const part = plan.slice(i, i + CHUNK);
    const { rows } = await sql.query(
      `INSERT INTO reminders (id, deadline_id, year, department, kind, due_at, recipient, recipient_key, user_id,
         lead_days, send_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::timestamptz[],
         $7::jsonb[], $8::text[], $9::text[], $10::int[], $11::timestamptz[])
       ON CONFLICT (deadline_id, recipient_key, lead_days) DO UPDATE
         SET send_at = EXCLUDED.send_at, due_at = EXCLUDED.due_at
         WHERE reminders.status = 'pending' AND reminders.due_at <> EXCLUDED.due_at
       RETURNING (xmax = 0) AS inserted`,
      [
        part.map((p) => p.id),
        part.map((p) => p.deadline.id),
        part.map((p) => p.deadline.year),
        part.map((p) => p.deadline.department),
        part.map((p) => p.deadline.kind),
        part.map((p) => p.deadline.dueAt.toISOString()),
        part.map((p) => JSON.stringify(p.recipient)),
        part.map((p) => p.recipientKey),
        part.map((p) => p.userId),
        part.map((p) => p.leadDays),
        part.map((p) => p.sendAt.toISOString()),
      ],
    );
    added += rows.filter((r) => (r as { inserted: boolean }).inserted).length;
  }
  return added;
}

/** Pending reminders of a deadline that moved (an admin override, a changed default) follow it. */
export async function rescheduleMoved(sql: SqlExecutor, now: Date, config: RemindConfig): Promise<void> {
  for (const d of await effectiveDeadlines(sql, now, config)) {
    for (const lead of config.leadDays) {
      await sql.query(
        `UPDATE reminders SET due_at = $3, send_at = $4
          WHERE deadline_id = $1 AND lead_days = $2 AND status = 'pending' AND due_at <> $3`,
        [d.id, lead, d.dueAt, sendAt(d.dueDate, lead, config)],
      );
    }
  }
}

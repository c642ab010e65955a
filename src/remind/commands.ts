import type { ChatRef, Reply } from '../bot/messages.ts';
import { findGroupWebhook, maskWebhookKeys, WEBHOOK_PREFIX } from '../channels/wecom/targets.ts';
import { compactKey, type Viewer } from '../query/execute.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { type DeadlineKind, deadlineId, dueAt, KIND_LABEL, shanghaiDate } from './calendar.ts';
import type { RemindConfig } from './config.ts';
import { effectiveDeadlines } from './planner.ts';

/** English reminder commands the bot does not route by its Chinese keywords. */
export const ENGLISH_REMINDER = /\b(remind|reminders|snooze|deadlines?)\b/i;

const DAY = 86_400_000;
const KINDS: Record<string, DeadlineKind> = {
  自评: 'selfEval',
  单位自评: 'selfEval',
  绩效自评: 'selfEval',
  selfeval: 'selfEval',
  监控: 'monitoring',
  运行监控: 'monitoring',
  monitoring: 'monitoring',
};

export const REMINDER_HELP = [
  '提醒相关命令：',
  '· 我的提醒（my reminders）：查看将收到的提醒',
  '· 推迟提醒 3天（snooze 3 days）',
  '· 停止提醒（stop reminders） / 恢复提醒（resume reminders）',
  '· 截止日期（deadlines）：查看各项截止日期',
  '管理员：设置截止日期 自评 2025 2026-04-15 [部门]；在部门群里发送「设置提醒群 部门名称」（企业微信群：「设置提醒群 部门名称 群机器人Webhook地址」）；提醒记录。',
].join('\n');

const fmt = (d: Date) =>
  `${shanghaiDate(d)} ${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;

async function setPref(sql: SqlExecutor, userId: string, stopped: boolean, snoozedUntil: Date | null) {
  await sql.query(
    `INSERT INTO reminder_prefs (user_id, stopped, snoozed_until, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO UPDATE SET stopped = $2, snoozed_until = $3, updated_at = $4`,
    [userId, stopped, snoozedUntil, new Date()],
  );
}

async function listMine(sql: SqlExecutor, userId: string): Promise<Reply> {
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT kind, year, due_at, send_at, lead_days FROM reminders
      WHERE user_id = $1 AND status IN ('pending', 'claimed') ORDER BY send_at LIMIT 20`,
    [userId],
  );
  const pref = (
    await sql.query<Record<string, unknown>>(
      'SELECT stopped, snoozed_until FROM reminder_prefs WHERE user_id = $1',
      [userId],
    )
  ).rows[0];
  const state = pref?.stopped
    ? '您已停止提醒（回复「恢复提醒」重新开启）。'
    : pref?.snoozed_until && new Date(pref.snoozed_until as string) > new Date()
      ? `提醒已推迟到 ${fmt(new Date(pref.snoozed_until as string))}。`
      : '';
  if (rows.length === 0) return { text: `${state}目前没有待发送的提醒。`.trim() };
  return {
    title: '我的提醒',
    text: state || undefined,
    table: {
      columns: ['发送时间', '事项', '截止日期', '提前天数'],
      rows: rows.map((r) => [
        fmt(new Date(r.send_at as string)),
        `${r.year}年度${KIND_LABEL[r.kind as DeadlineKind]}`,
        shanghaiDate(new Date(r.due_at as string)),
        String(r.lead_days),
      ]),
    },
  };
}

async function listDeadlines(
  sql: SqlExecutor,
  viewer: Viewer,
  now: Date,
  config: RemindConfig,
): Promise<Reply> {
  const dept = viewer.department ? compactKey(viewer.department) : null;
  const all = (await effectiveDeadlines(sql, now, config)).filter((d) => d.dueAt > now);
  const shown = all.filter(
    (d) =>
      viewer.isAdmin ||
      (d.department === null
        ? !all.some(
            (o) => o.department !== null && o.department === dept && o.kind === d.kind && o.year === d.year,
          )
        : d.department === dept),
  );
  return {
    title: '截止日期',
    table: {
      columns: ['事项', '截止日期', '适用部门', '来源'],
      rows: shown.map((d) => [
        `${d.year}年度${KIND_LABEL[d.kind]}`,
        d.dueDate,
        d.department ?? '全部',
        d.source === 'override' ? '管理员设置' : '默认',
      ]),
    },
    text: `提前 ${config.leadDays.join('、')} 天提醒，时间 ${config.sendTime}（北京时间），遇周末、节假日提前到前一个工作日。`,
  };
}

/** The push log for admins: what went out, what failed and why. */
async function pushLog(sql: SqlExecutor, viewer: Viewer): Promise<Reply> {
  if (!viewer.isAdmin) return { text: '只有管理员可以查看提醒记录。' };
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT recipient_key, kind, year, lead_days, status, attempts, last_error, coalesce(sent_at, claimed_at, send_at) AS at
       FROM reminders WHERE status <> 'pending' ORDER BY at DESC LIMIT 30`,
  );
  const counts = await sql.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM reminders GROUP BY status ORDER BY status',
  );
  return {
    title: '提醒记录',
    text: counts.rows.map((c) => `${c.status} ${c.n}`).join('，') || '还没有提醒。',
    ...(rows.length
      ? {
          table: {
            columns: ['时间', '收件人', '事项', '提前', '状态', '次数', '原因'],
            rows: rows.map((r) => [
              fmt(new Date(r.at as string)),
              maskWebhookKeys(String(r.recipient_key)),
              `${r.year}年度${KIND_LABEL[r.kind as DeadlineKind]}`,
              String(r.lead_days),
              String(r.status),
              String(r.attempts),
              (r.last_error as string | null) ?? '',
            ]),
          },
        }
      : {}),
  };
}

async function setDeadline(sql: SqlExecutor, viewer: Viewer, text: string): Promise<Reply> {
  if (!viewer.isAdmin) return { text: '只有管理员可以设置截止日期。' };
  const m = /^\S+\s+(\S+)\s+(\d{4})\s+(\d{4}-\d{2}-\d{2})(?:\s+(.+))?$/.exec(text);
  const kind = m?.[1] ? KINDS[m[1].toLowerCase()] : undefined;
  if (!m || !kind || Number.isNaN(Date.parse(m[3] ?? '')))
    return {
      text: '格式：设置截止日期 自评|监控 年度 YYYY-MM-DD [部门]，例如：设置截止日期 自评 2025 2026-04-15',
    };
  const year = Number(m[2]);
  const dept = m[4] ? compactKey(m[4]) : null;
  const id = deadlineId(kind, year, dept);
  await sql.query(
    `INSERT INTO deadlines (id, year, department, kind, due_at, source) VALUES ($1, $2, $3, $4, $5, 'override')
     ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at, source = 'override'`,
    [id, year, dept, kind, dueAt(m[3] as string)],
  );
  return {
    text: `已设置：${year}年度${KIND_LABEL[kind]}截止日期 ${m[3]}（${dept ?? '全部部门'}）。提醒将按新日期重新安排。`,
  };
}

async function bindGroup(
  sql: SqlExecutor,
  viewer: Viewer,
  chat: ChatRef | null,
  text: string,
): Promise<Reply> {
  if (!viewer.isAdmin) return { text: '只有管理员可以设置部门提醒群。' };
  // A 企业微信 group is named by its 群机器人 webhook address: a 自建应用 receives no group messages to bind from.
  const webhook = findGroupWebhook(text);
  if (!chat?.isGroup && !webhook)
    return {
      text: '请在部门的群聊里发送这条命令。企业微信群可在任意对话中发送：设置提醒群 部门名称 群机器人Webhook地址',
    };
  const department = (webhook?.rest ?? text).replace(/^\S+\s+/, '').trim();
  if (!department || department === (webhook?.rest ?? text).trim())
    return { text: '格式：设置提醒群 部门名称' };
  const [channel, groupId] = webhook
    ? ['wecom', `${WEBHOOK_PREFIX}${webhook.key}`]
    : [chat!.channel, chat!.chatId];
  await sql.query(
    `INSERT INTO department_groups (dept_key, department, channel, group_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (dept_key) DO UPDATE SET department = $2, channel = $3, group_id = $4`,
    [compactKey(department), department, channel, groupId],
  );
  // The key lets anyone post to the group: it is not echoed back.
  if (webhook)
    return {
      text: `「${department}」的提醒群已设为企业微信群机器人（key 尾号 ${webhook.key.slice(-4)}），将收到该部门的截止汇总。`,
    };
  return { text: `本群已设为「${department}」的提醒群，将收到该部门的截止汇总。` };
}

/** Chat commands about reminders: list, snooze, stop, resume, deadlines; admins set deadlines and groups. */
export async function reminderCommand(
  sql: SqlExecutor,
  viewer: Viewer,
  chat: ChatRef | null,
  text: string,
  now: Date,
  config: RemindConfig,
): Promise<Reply> {
  const t = text.trim();
  if (/^(我的提醒|查看提醒|提醒列表|(show |list |my )?reminders?|my reminders)$/i.test(t))
    return listMine(sql, viewer.userId);
  const snooze =
    /^(推迟提醒|延后提醒|暂停提醒|snooze(?: reminders?)?(?: for)?)\s*(\d+)?\s*(天|日|days?)?$/i.exec(t);
  if (snooze) {
    const days = Number(snooze[2] ?? 3);
    if (days < 1 || days > 90) return { text: '推迟天数应在 1–90 天之间，例如：推迟提醒 3天' };
    const until = new Date(now.getTime() + days * DAY);
    await setPref(sql, viewer.userId, false, until);
    return { text: `好的，${days} 天内不再提醒您（到 ${fmt(until)}）。之后如仍有未处理的项目会再提醒。` };
  }
  if (/^(停止提醒|关闭提醒|不要提醒|取消提醒|stop reminders?|unsubscribe)$/i.test(t)) {
    await setPref(sql, viewer.userId, true, null);
    return { text: '已停止给您发送截止提醒。回复「恢复提醒」可重新开启。' };
  }
  if (/^(恢复提醒|开启提醒|resume reminders?)$/i.test(t)) {
    await setPref(sql, viewer.userId, false, null);
    return { text: '已恢复截止提醒。' };
  }
  if (/^(截止日期|截止时间|期限|deadlines?)$/i.test(t)) return listDeadlines(sql, viewer, now, config);
  if (/^(提醒记录|推送记录|reminder log)$/i.test(t)) return pushLog(sql, viewer);
  if (/^(设置截止日期|set deadline)\s/i.test(t))
    return setDeadline(sql, viewer, t.replace(/^set deadline/i, 'set'));
  if (/^(设置提醒群|设为提醒群|bind group)\s/i.test(t))
    return bindGroup(sql, viewer, chat, t.replace(/^bind group/i, 'bind'));
  return { text: REMINDER_HELP };
}

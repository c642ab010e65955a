import type { Reply } from '../bot/messages.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { composeSurveyReminder } from '../survey/reminders.ts';
import { type DeadlineKind, KIND_LABEL, shanghaiDate } from './calendar.ts';

/** The stored reminder a message is composed for (at send time, so it says what is open now). */
export interface DueReminder {
  id: string;
  /** The deadline row; a survey's reminder reads its survey through it. */
  deadlineId?: string;
  kind: DeadlineKind;
  year: number;
  department: string | null;
  dueAt: Date;
  leadDays: number;
  userId: string | null;
  recipientKey: string;
}

const MAX_ITEMS = 10;
const FOOTER = '回复「我的提醒」查看，「推迟提醒 3天」推迟，「停止提醒」不再提醒。';

function heading(r: DueReminder, now: Date): string {
  const days = Math.max(0, Math.ceil((r.dueAt.getTime() - now.getTime()) / 86_400_000));
  return `【提醒】${r.year}年度${KIND_LABEL[r.kind]}将于 ${shanghaiDate(r.dueAt)} 截止（还有 ${days} 天）。`;
}

/** A project owner's open items: forms with errors or gaps, and projects expected but not submitted. */
async function ownerItems(sql: SqlExecutor, userId: string, year: number): Promise<string[]> {
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT project_name, error_count, missing_count, NULL AS basis FROM form_facts
       WHERE owner_id = $1 AND year = $2 AND (error_count > 0 OR missing_count > 0)
     UNION ALL
     SELECT x.project_name, 0, 0, '名单' FROM expected_projects x
       WHERE x.owner_user_id = $1 AND x.year = $2
         AND NOT EXISTS (SELECT 1 FROM form_facts f WHERE f.year = $2 AND f.dept_key = x.dept_key
                         AND f.project_key = x.project_key)
     UNION ALL
     SELECT p.project_name, 0, 0, '上年' FROM form_facts p
       WHERE p.owner_id = $1 AND p.year = $2 - 1 AND p.project_key IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM expected_projects x WHERE x.year = $2 AND x.dept_key = p.dept_key)
         AND NOT EXISTS (SELECT 1 FROM form_facts f WHERE f.year = $2 AND f.dept_key = p.dept_key
                         AND f.project_key = p.project_key)
     LIMIT ${MAX_ITEMS + 1}`,
    [userId, year],
  );
  return rows.map((r) => {
    const name = `《${(r.project_name as string | null) ?? '未填名称的项目'}》`;
    if (r.basis) return `${name}：尚未提交`;
    const parts = [];
    if (Number(r.error_count) > 0) parts.push(`${r.error_count} 处错误`);
    if (Number(r.missing_count) > 0) parts.push(`${r.missing_count} 项待补充`);
    return `${name}：${parts.join('，')}`;
  });
}

/** A department's counts for its group. */
async function departmentCounts(sql: SqlExecutor, deptKey: string, year: number) {
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT count(*) FILTER (WHERE error_count > 0) AS errors,
            count(*) FILTER (WHERE error_count = 0 AND missing_count > 0) AS gaps,
            count(*) AS forms
       FROM form_facts WHERE dept_key = $1 AND year = $2`,
    [deptKey, year],
  );
  const missing = await sql.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM expected_projects x WHERE x.year = $2 AND x.dept_key = $1
       AND NOT EXISTS (SELECT 1 FROM form_facts f WHERE f.year = $2 AND f.dept_key = x.dept_key
                       AND f.project_key = x.project_key)`,
    [deptKey, year],
  );
  const r = rows[0] ?? {};
  return {
    forms: Number(r.forms ?? 0),
    errors: Number(r.errors ?? 0),
    gaps: Number(r.gaps ?? 0),
    notSubmitted: Number(missing.rows[0]?.n ?? 0),
  };
}

/** The message for a due reminder, or null when nothing is open any more (the reminder is then dropped). */
export async function composeReminder(sql: SqlExecutor, r: DueReminder, now: Date): Promise<Reply | null> {
  if (r.kind === 'survey') return r.deadlineId ? composeSurveyReminder(sql, r.deadlineId, now) : null;
  if (r.userId) {
    const items = await ownerItems(sql, r.userId, r.year);
    if (items.length === 0) return null;
    const shown = items.slice(0, MAX_ITEMS);
    if (items.length > MAX_ITEMS) shown.push('……（更多项目请回复「列表」查看）');
    return {
      title: '截止提醒',
      text: `${heading(r, now)}您有以下项目需要处理：`,
      items: [...shown, '请修改后重新上传自评表，或回复「逐项补全」。', FOOTER],
    };
  }
  if (r.kind === 'monitoring') {
    return { title: '截止提醒', text: `${heading(r, now)}请各项目负责人按时填报 1–7 月运行监控情况。` };
  }
  const { rows } = await sql.query<{ dept_key: string; department: string }>(
    `SELECT dept_key, department FROM department_groups WHERE 'group:' || channel || ':' || group_id = $1`,
    [r.recipientKey],
  );
  const group = rows[0];
  if (!group) return null;
  const c = await departmentCounts(sql, group.dept_key, r.year);
  if (c.errors + c.gaps + c.notSubmitted === 0) return null;
  return {
    title: '截止提醒（部门汇总）',
    text: `${heading(r, now)}${group.department}：已提交 ${c.forms} 张自评表。`,
    items: [
      `${c.errors} 张有错误`,
      `${c.gaps} 张缺少必填内容`,
      `${c.notSubmitted} 个应报项目尚未提交`,
      '各项目负责人已单独收到提醒；可提问「哪些项目还没有提交」查看明细。',
    ],
  };
}

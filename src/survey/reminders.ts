import type { Reply } from '../bot/messages.ts';
import { shanghaiDate } from '../remind/calendar.ts';
import { userRecipient } from '../remind/planner.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { surveyForReminder } from './store.ts';

/**
 * The owner's reminders before a survey ends go through the reminder engine (src/remind/): one `deadlines` row per
 * survey (kind `survey`, source `survey`, so the calendar's planner never touches it) and one `reminders` row per
 * lead, claimed and sent like every other reminder (exactly once across replicas, retried, stoppable).
 */

const DAY = 86_400_000;
const deadlineOf = (surveyId: string) => `survey:${surveyId}`;

export async function planSurveyReminders(
  sql: SqlExecutor,
  s: { id: string; ownerId: string; endsAt: Date },
  leadDays: number[],
  now: Date,
): Promise<number> {
  const recipient = userRecipient(s.ownerId);
  if (!recipient) return 0;
  const id = deadlineOf(s.id);
  await sql.query(
    `INSERT INTO deadlines (id, year, department, kind, due_at, source) VALUES ($1, $2, NULL, 'survey', $3, 'survey')
     ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at`,
    [id, Number(shanghaiDate(s.endsAt).slice(0, 4)), s.endsAt],
  );
  // A moved end: the reminders not sent yet are planned again.
  await sql.query(`DELETE FROM reminders WHERE deadline_id = $1 AND status = 'pending'`, [id]);
  let added = 0;
  for (const lead of leadDays) {
    const sendAt = new Date(s.endsAt.getTime() - lead * DAY);
    if (sendAt <= now) continue;
    const { rows } = await sql.query(
      `INSERT INTO reminders (id, deadline_id, year, department, kind, due_at, recipient, recipient_key, user_id,
         lead_days, send_at)
       VALUES ($1, $2, $3, NULL, 'survey', $4, $5::jsonb, $6, $7, $8, $9)
       ON CONFLICT (deadline_id, recipient_key, lead_days) DO UPDATE SET send_at = EXCLUDED.send_at,
         due_at = EXCLUDED.due_at, status = 'pending' WHERE reminders.status = 'pending'
       RETURNING id`,
      [
        `${id}|user:${s.ownerId}|${lead}`,
        id,
        Number(shanghaiDate(s.endsAt).slice(0, 4)),
        s.endsAt,
        JSON.stringify(recipient),
        `user:${s.ownerId}`,
        s.ownerId,
        lead,
        sendAt,
      ],
    );
    added += rows.length;
  }
  return added;
}

/** The reminder's text at send time: the progress now; null (dropped) once the survey is closed. */
export async function composeSurveyReminder(
  sql: SqlExecutor,
  deadlineId: string,
  now: Date,
): Promise<Reply | null> {
  const found = await surveyForReminder(sql, deadlineId.replace(/^survey:/, ''));
  if (found?.survey.status !== 'open') return null;
  const { survey, responses, link } = found;
  const days = Math.max(0, Math.ceil((survey.endsAt.getTime() - now.getTime()) / DAY));
  return {
    title: '满意度调查提醒',
    text:
      `【提醒】《${survey.projectName ?? '未填名称的项目'}》的满意度调查将于 ${shanghaiDate(survey.endsAt)} 结束（还有 ${days} 天）：` +
      `已回收 ${responses} 份，目标 ${survey.targetSample} 份。`,
    items: [
      ...(link ? [`填写链接：${link}`] : []),
      '到期后自动结束并把结果填入自评表；回复「结束满意度调查」可提前结束，「调查进度」查看进度。',
    ],
  };
}

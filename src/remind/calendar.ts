import type { RemindConfig } from './config.ts';

/** Deadline kinds (SCORING.md §10). */
export type DeadlineKind = 'selfEval' | 'monitoring' | 'survey';

export const KIND_LABEL: Record<DeadlineKind, string> = {
  selfEval: '单位绩效自评',
  monitoring: '绩效运行监控',
  /** A satisfaction survey's end (src/survey/reminders.ts): planned by the survey, never by the calendar. */
  survey: '满意度调查',
};

export interface Deadline {
  /** `${kind}:${year}:${dept_key or *}`: the same deadline always gets the same id. */
  id: string;
  kind: DeadlineKind;
  year: number;
  /** null = every department without its own override. */
  department: string | null;
  dueDate: string;
  dueAt: Date;
  source: 'default' | 'override';
}

const DAY = 86_400_000;
/** Asia/Shanghai has no daylight saving: always UTC+8. */
const SHANGHAI = '+08:00';

export const deadlineId = (kind: DeadlineKind, year: number, deptKey: string | null) =>
  `${kind}:${year}:${deptKey ?? '*'}`;

/** The end of the due day in Shanghai: a deadline has passed once that day is over. */
export function dueAt(dueDate: string): Date {
  return new Date(`${dueDate}T23:59:59${SHANGHAI}`);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function isWorkday(date: string, config: Pick<RemindConfig, 'holidays' | 'workdays'>): boolean {
  if (config.workdays.has(date)) return true;
  if (config.holidays.has(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** `lead` days before the due date at the send time; a weekend or holiday moves to the workday before. */
export function sendAt(dueDate: string, lead: number, config: RemindConfig): Date {
  let day = addDays(dueDate, -lead);
  for (let i = 0; i < 60 && !isWorkday(day, config); i++) day = addDays(day, -1);
  return new Date(`${day}T${config.sendTime}:00${SHANGHAI}`);
}

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Default deadlines of the years around `now` (SCORING.md §10). */
export function defaultDeadlines(now: Date, config: RemindConfig): Deadline[] {
  const year = Number(shanghaiDate(now).slice(0, 4));
  const out: Deadline[] = [];
  for (const n of [year - 1, year, year + 1]) {
    const selfEval = `${n + 1}-${config.selfEvalDue}`;
    out.push({
      id: deadlineId('selfEval', n, null),
      kind: 'selfEval',
      year: n,
      department: null,
      dueDate: selfEval,
      dueAt: dueAt(selfEval),
      source: 'default',
    });
    if (config.monitoringDue) {
      const monitoring = `${n}-${config.monitoringDue}`;
      out.push({
        id: deadlineId('monitoring', n, null),
        kind: 'monitoring',
        year: n,
        department: null,
        dueDate: monitoring,
        dueAt: dueAt(monitoring),
        source: 'default',
      });
    }
  }
  return out;
}

/** The reporting year a question about "this season" means: the self-evaluation still ahead or just passed. */
export function reportingYear(now: Date): number {
  return Number(shanghaiDate(now).slice(0, 4)) - 1;
}

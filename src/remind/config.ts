import { z } from 'zod';
import { parseConfig } from '../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dates = optional(
  z.string().transform((s, ctx) => {
    const list = s
      .split(/[,\s]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const bad = list.filter((d) => !DATE.test(d));
    if (bad.length) ctx.addIssue({ code: 'custom', message: `日期格式应为 YYYY-MM-DD：${bad.join(', ')}` });
    return list;
  }),
).default([]);
const monthDay = (fallback: string) =>
  optional(z.string().regex(/^\d{2}-\d{2}$/, '格式应为 MM-DD')).default(fallback);

/** Reminder calendar (SCORING.md §10); every default is configurable. */
export const remindConfigSchema = z.object({
  /** Days before a deadline to remind, e.g. `14,7,1`. */
  JIXIAO_REMIND_LEAD_DAYS: optional(
    z.string().transform((s, ctx) => {
      const days = s.split(',').map((d) => Number(d.trim()));
      if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 120)) {
        ctx.addIssue({ code: 'custom', message: '应为 0–120 的整数，用逗号分隔，如 14,7,1' });
      }
      return [...new Set(days)].sort((a, b) => b - a);
    }),
  ).default([14, 7, 1]),
  /** 单位自评 for year N is due on this day of N+1. */
  JIXIAO_REMIND_SELF_EVAL_DUE: monthDay('03-31'),
  /** 运行监控 (Jan–Jul) for year N is due on this day of N; `off` disables it. */
  JIXIAO_REMIND_MONITORING_DUE: optional(
    z.union([z.literal('off'), z.string().regex(/^\d{2}-\d{2}$/)]),
  ).default('08-01'),
  /** Local send time, Asia/Shanghai. */
  JIXIAO_REMIND_TIME: optional(z.string().regex(/^\d{2}:\d{2}$/)).default('09:30'),
  /** Public holidays (no pushes; a push moves to the workday before). */
  JIXIAO_HOLIDAYS: dates,
  /** Weekend days that are workdays (调休). */
  JIXIAO_WORKDAYS: dates,
});

export interface RemindConfig {
  leadDays: number[];
  selfEvalDue: string;
  monitoringDue: string | null;
  sendTime: string;
  holidays: Set<string>;
  workdays: Set<string>;
}

export function loadRemindConfig(env: Record<string, string | undefined> = process.env): RemindConfig {
  const c = parseConfig(remindConfigSchema, env);
  return {
    leadDays: c.JIXIAO_REMIND_LEAD_DAYS,
    selfEvalDue: c.JIXIAO_REMIND_SELF_EVAL_DUE,
    monitoringDue: c.JIXIAO_REMIND_MONITORING_DUE === 'off' ? null : c.JIXIAO_REMIND_MONITORING_DUE,
    sendTime: c.JIXIAO_REMIND_TIME,
    holidays: new Set(c.JIXIAO_HOLIDAYS),
    workdays: new Set(c.JIXIAO_WORKDAYS),
  };
}

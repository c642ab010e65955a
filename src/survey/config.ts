import { z } from 'zod';
import { loadCoreConfig, parseConfig } from '../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const surveyConfigSchema = z.object({
  /**
   * Where respondents open the survey (`https://survey.example.gov.cn`): the link and QR code point at
   * `<this>/s/<token>`. Default: JIXIAO_WEB_PUBLIC_URL, else the address jixiao listens on.
   */
  JIXIAO_SURVEY_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  JIXIAO_WEB_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  /** Days a new survey stays open. */
  JIXIAO_SURVEY_DAYS: optional(z.coerce.number().int().min(1).max(365)).default(14),
  /** Target sample of a new survey (the owner may change it). */
  JIXIAO_SURVEY_TARGET: optional(z.coerce.number().int().min(1).max(100_000)).default(50),
  /** Answers counted per network address per hour (0: no limit); one-time code holders are not limited. */
  JIXIAO_SURVEY_PER_ADDRESS_PER_HOUR: optional(z.coerce.number().int().min(0)).default(1),
  /** Requests to the survey pages per address per minute (page loads and answers). */
  JIXIAO_SURVEY_RATE_PER_MIN: optional(z.coerce.number().int().min(1)).default(30),
  /** Days before the end the owner is reminded (comma-separated). */
  JIXIAO_SURVEY_REMIND_DAYS: optional(z.string().regex(/^\d+(,\d+)*$/, 'e.g. 3,1')).default('3,1'),
});

export interface SurveyConfig {
  /** Base of the links; `serve` puts its real listening address here when none is configured (PORT=0). */
  publicUrl: string;
  /** Whether `publicUrl` was configured (else it is the listening address). */
  configuredUrl: boolean;
  days: number;
  target: number;
  perAddressPerHour: number;
  ratePerMin: number;
  remindDays: number[];
}

export function loadSurveyConfig(env: Record<string, string | undefined> = process.env): SurveyConfig {
  const c = parseConfig(surveyConfigSchema, env);
  const core = loadCoreConfig(env);
  const listen = `http://${core.HOST.includes(':') ? `[${core.HOST}]` : core.HOST}:${core.PORT}`;
  return {
    publicUrl: (c.JIXIAO_SURVEY_PUBLIC_URL ?? c.JIXIAO_WEB_PUBLIC_URL ?? listen).replace(/\/+$/, ''),
    configuredUrl: !!(c.JIXIAO_SURVEY_PUBLIC_URL ?? c.JIXIAO_WEB_PUBLIC_URL),
    days: c.JIXIAO_SURVEY_DAYS,
    target: c.JIXIAO_SURVEY_TARGET,
    perAddressPerHour: c.JIXIAO_SURVEY_PER_ADDRESS_PER_HOUR,
    ratePerMin: c.JIXIAO_SURVEY_RATE_PER_MIN,
    remindDays: [...new Set(c.JIXIAO_SURVEY_REMIND_DAYS.split(',').map(Number))].sort((a, b) => b - a),
  };
}

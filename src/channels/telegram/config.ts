import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** The Bot API refuses downloads over 20 MB (a self-hosted Bot API server lifts it). */
const CLOUD_MAX_FILE_MB = 20;

export const telegramConfigSchema = z
  .object({
    /** From @BotFather (/newbot): `123456789:AA…`. Set → the channel is enabled. */
    JIXIAO_TELEGRAM_BOT_TOKEN: optional(
      z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456789:AAH…'),
    ),
    /** `polling`: getUpdates, no public address needed. `webhook`: Telegram POSTs to JIXIAO_WEBHOOK_HOST:PORT. */
    JIXIAO_TELEGRAM_MODE: optional(z.enum(['polling', 'webhook'])).default('polling'),
    /** The public https URL Telegram calls (reverse proxy → JIXIAO_WEBHOOK_HOST:PORT + path); set with setWebhook. */
    JIXIAO_TELEGRAM_WEBHOOK_URL: optional(z.url()),
    /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 of A–Z a–z 0–9 _ -. */
    JIXIAO_TELEGRAM_WEBHOOK_SECRET: optional(
      z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, '16–256 of A-Z a-z 0-9 _ -'),
    ),
    JIXIAO_TELEGRAM_WEBHOOK_PATH: optional(z.string().startsWith('/')).default('/telegram/webhook'),
    /** Bot API base URL without a trailing slash (a self-hosted telegram-bot-api server, or a proxy). */
    JIXIAO_TELEGRAM_API_ROOT: optional(z.url().refine((u) => !u.endsWith('/'), 'no trailing slash')).default(
      'https://api.telegram.org',
    ),
    JIXIAO_TELEGRAM_MAX_FILE_MB: optional(z.coerce.number().positive().max(2000)).default(CLOUD_MAX_FILE_MB),
  })
  .superRefine((c, ctx) => {
    if (c.JIXIAO_TELEGRAM_BOT_TOKEN && c.JIXIAO_TELEGRAM_MODE === 'webhook') {
      for (const key of ['JIXIAO_TELEGRAM_WEBHOOK_URL', 'JIXIAO_TELEGRAM_WEBHOOK_SECRET'] as const) {
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in webhook mode' });
      }
    }
    if (
      c.JIXIAO_TELEGRAM_API_ROOT === 'https://api.telegram.org' &&
      c.JIXIAO_TELEGRAM_MAX_FILE_MB > CLOUD_MAX_FILE_MB
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['JIXIAO_TELEGRAM_MAX_FILE_MB'],
        message: `api.telegram.org serves files up to ${CLOUD_MAX_FILE_MB} MB`,
      });
    }
  });

export interface TelegramConfig {
  token: string;
  mode: 'polling' | 'webhook';
  webhookUrl?: string;
  webhookSecret?: string;
  webhookPath: string;
  apiRoot: string;
  maxFileBytes: number;
}

/** The Telegram channel's config, or null when no bot token is set (channel disabled). */
export function loadTelegramConfig(
  env: Record<string, string | undefined> = process.env,
): TelegramConfig | null {
  const c = parseConfig(telegramConfigSchema, env);
  if (!c.JIXIAO_TELEGRAM_BOT_TOKEN) return null;
  return {
    token: c.JIXIAO_TELEGRAM_BOT_TOKEN,
    mode: c.JIXIAO_TELEGRAM_MODE,
    ...(c.JIXIAO_TELEGRAM_WEBHOOK_URL ? { webhookUrl: c.JIXIAO_TELEGRAM_WEBHOOK_URL } : {}),
    ...(c.JIXIAO_TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: c.JIXIAO_TELEGRAM_WEBHOOK_SECRET } : {}),
    webhookPath: c.JIXIAO_TELEGRAM_WEBHOOK_PATH,
    apiRoot: c.JIXIAO_TELEGRAM_API_ROOT,
    maxFileBytes: Math.round(c.JIXIAO_TELEGRAM_MAX_FILE_MB * 1_048_576),
  };
}

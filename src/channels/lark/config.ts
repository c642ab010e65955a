import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const larkConfigSchema = z
  .object({
    /** 开发者后台 → 凭证与基础信息. Both set → the channel is enabled. */
    JIXIAO_LARK_APP_ID: optional(
      z.string().regex(/^cli_[0-9a-zA-Z]+$/, 'must look like cli_xxxxxxxxxxxxxxxx'),
    ),
    JIXIAO_LARK_APP_SECRET: optional(z.string().min(8)),
    /** `feishu` (open.feishu.cn), `lark` (open.larksuite.com) or a base URL. */
    JIXIAO_LARK_DOMAIN: optional(z.union([z.enum(['feishu', 'lark']), z.url()])).default('feishu'),
    /** `ws`: long connection, no public address needed. `webhook`: events POSTed to JIXIAO_WEBHOOK_HOST:PORT. */
    JIXIAO_LARK_MODE: optional(z.enum(['ws', 'webhook'])).default('ws'),
    /** 事件与回调 → 加密策略. Required for webhooks: the SDK checks the signature only when it is set. */
    JIXIAO_LARK_ENCRYPT_KEY: optional(z.string()),
    /** 事件与回调 → Verification Token; compared with every webhook event's token. */
    JIXIAO_LARK_VERIFICATION_TOKEN: optional(z.string()),
    JIXIAO_LARK_WEBHOOK_PATH: optional(z.string().startsWith('/')).default('/lark/events'),
    /** The bot's open_id, to recognise @-mentions; fetched from /open-apis/bot/v3/info when unset. */
    JIXIAO_LARK_BOT_OPEN_ID: optional(z.string()),
    JIXIAO_LARK_MAX_FILE_MB: optional(z.coerce.number().positive().max(100)).default(30),
  })
  .superRefine((c, ctx) => {
    if (!!c.JIXIAO_LARK_APP_ID !== !!c.JIXIAO_LARK_APP_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JIXIAO_LARK_APP_SECRET'],
        message: 'JIXIAO_LARK_APP_ID and JIXIAO_LARK_APP_SECRET go together',
      });
    }
    if (c.JIXIAO_LARK_APP_ID && c.JIXIAO_LARK_MODE === 'webhook') {
      for (const key of ['JIXIAO_LARK_ENCRYPT_KEY', 'JIXIAO_LARK_VERIFICATION_TOKEN'] as const) {
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in webhook mode' });
      }
    }
  });
export type LarkEnv = z.infer<typeof larkConfigSchema>;

export interface LarkConfig {
  appId: string;
  appSecret: string;
  domain: string;
  mode: 'ws' | 'webhook';
  encryptKey?: string;
  verificationToken?: string;
  webhookPath: string;
  botOpenId?: string;
  maxFileBytes: number;
}

/** The Lark channel's config, or null when its credentials are absent (channel disabled). */
export function loadLarkConfig(env: Record<string, string | undefined> = process.env): LarkConfig | null {
  const c = parseConfig(larkConfigSchema, env);
  if (!c.JIXIAO_LARK_APP_ID || !c.JIXIAO_LARK_APP_SECRET) return null;
  return {
    appId: c.JIXIAO_LARK_APP_ID,
    appSecret: c.JIXIAO_LARK_APP_SECRET,
    domain: c.JIXIAO_LARK_DOMAIN,
    mode: c.JIXIAO_LARK_MODE,
    ...(c.JIXIAO_LARK_ENCRYPT_KEY ? { encryptKey: c.JIXIAO_LARK_ENCRYPT_KEY } : {}),
    ...(c.JIXIAO_LARK_VERIFICATION_TOKEN ? { verificationToken: c.JIXIAO_LARK_VERIFICATION_TOKEN } : {}),
    webhookPath: c.JIXIAO_LARK_WEBHOOK_PATH,
    ...(c.JIXIAO_LARK_BOT_OPEN_ID ? { botOpenId: c.JIXIAO_LARK_BOT_OPEN_ID } : {}),
    maxFileBytes: Math.round(c.JIXIAO_LARK_MAX_FILE_MB * 1_048_576),
  };
}

import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const DEFAULT_WECOM_API = 'https://qyapi.weixin.qq.com';

const APP_KEYS = [
  'JIXIAO_WECOM_CORP_ID',
  'JIXIAO_WECOM_AGENT_ID',
  'JIXIAO_WECOM_SECRET',
  'JIXIAO_WECOM_TOKEN',
  'JIXIAO_WECOM_ENCODING_AES_KEY',
] as const;

export const wecomConfigSchema = z
  .object({
    /** 我的企业 → 企业信息 → 企业ID (`ww…`); also the receiveid every callback is encrypted for. */
    JIXIAO_WECOM_CORP_ID: optional(z.string().min(4)),
    /** 应用管理 → 自建应用 → AgentId. */
    JIXIAO_WECOM_AGENT_ID: optional(z.coerce.number().int().positive()),
    /** The app's Secret (not the 通讯录 secret). */
    JIXIAO_WECOM_SECRET: optional(z.string().min(8)),
    /** 接收消息 → 设置API接收: Token and EncodingAESKey (43 characters). */
    JIXIAO_WECOM_TOKEN: optional(z.string().min(3)),
    JIXIAO_WECOM_ENCODING_AES_KEY: optional(
      z.string().regex(/^[A-Za-z0-9+/]{43}$/, 'must be the 43-character EncodingAESKey'),
    ),
    /** 政务微信 and other private deployments serve the same API on their own host. */
    JIXIAO_WECOM_API_BASE: optional(z.url()).default(DEFAULT_WECOM_API),
    JIXIAO_WECOM_CALLBACK_PATH: optional(z.string().startsWith('/')).default('/wecom/callback'),
    /** `markdown` (企业微信 clients) or `text` (users who read app messages in 微信 through 微信插件 see only text). */
    JIXIAO_WECOM_FORMAT: optional(z.enum(['markdown', 'text'])).default('markdown'),
    /**
     * How long a callback waits for the bot's first answer to return it in the HTTP response (passive reply: no API
     * call, works before 企业可信IP is set). 0 (default): every answer goes through message/send.
     */
    JIXIAO_WECOM_PASSIVE_REPLY_MS: optional(z.coerce.number().int().min(0).max(3000)).default(0),
    /** media/get serves files up to 20 MB. */
    JIXIAO_WECOM_MAX_FILE_MB: optional(z.coerce.number().positive().max(20)).default(20),
  })
  .superRefine((c, ctx) => {
    const set = APP_KEYS.filter((k) => c[k] !== undefined);
    if (set.length > 0 && set.length < APP_KEYS.length) {
      for (const key of APP_KEYS) {
        if (c[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `${APP_KEYS.join(', ')} go together` });
      }
    }
  });

export interface WecomConfig {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  encodingAesKey: string;
  apiBase: string;
  callbackPath: string;
  format: 'markdown' | 'text';
  passiveReplyMs: number;
  maxFileBytes: number;
}

/** The WeCom channel's config, or null when its credentials are absent (channel disabled). */
export function loadWecomConfig(env: Record<string, string | undefined> = process.env): WecomConfig | null {
  const c = parseConfig(wecomConfigSchema, env);
  if (
    !c.JIXIAO_WECOM_CORP_ID ||
    !c.JIXIAO_WECOM_AGENT_ID ||
    !c.JIXIAO_WECOM_SECRET ||
    !c.JIXIAO_WECOM_TOKEN ||
    !c.JIXIAO_WECOM_ENCODING_AES_KEY
  )
    return null;
  return {
    corpId: c.JIXIAO_WECOM_CORP_ID,
    agentId: c.JIXIAO_WECOM_AGENT_ID,
    secret: c.JIXIAO_WECOM_SECRET,
    token: c.JIXIAO_WECOM_TOKEN,
    encodingAesKey: c.JIXIAO_WECOM_ENCODING_AES_KEY,
    apiBase: c.JIXIAO_WECOM_API_BASE.replace(/\/+$/, ''),
    callbackPath: c.JIXIAO_WECOM_CALLBACK_PATH,
    format: c.JIXIAO_WECOM_FORMAT,
    passiveReplyMs: c.JIXIAO_WECOM_PASSIVE_REPLY_MS,
    maxFileBytes: Math.round(c.JIXIAO_WECOM_MAX_FILE_MB * 1_048_576),
  };
}

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
    /** 智能机器人 (API 模式, 长连接): Bot ID and Secret. Both set → the long connection is opened. */
    JIXIAO_WECOM_BOT_ID: optional(z.string().min(4)),
    JIXIAO_WECOM_BOT_SECRET: optional(z.string().min(8)),
    /** Private deployments (政务微信) show their own long-connection address in the admin console. */
    JIXIAO_WECOM_BOT_WS_URL: optional(
      z.string().regex(/^wss?:\/\//, 'must be a ws:// or wss:// URL'),
    ).default('wss://openws.work.weixin.qq.com'),
    /** The robot's name as members @ it in groups; unset: any @ in a group message counts. */
    JIXIAO_WECOM_BOT_NAME: optional(z.string()),
  })
  .superRefine((c, ctx) => {
    if (!!c.JIXIAO_WECOM_BOT_ID !== !!c.JIXIAO_WECOM_BOT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JIXIAO_WECOM_BOT_SECRET'],
        message: 'JIXIAO_WECOM_BOT_ID and JIXIAO_WECOM_BOT_SECRET go together',
      });
    }
    const set = APP_KEYS.filter((k) => c[k] !== undefined);
    if (set.length > 0 && set.length < APP_KEYS.length) {
      for (const key of APP_KEYS) {
        if (c[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: `${APP_KEYS.join(', ')} go together` });
      }
    }
  });

/** The 自建应用: callback in, application messages out. */
export interface WecomAppConfig {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  encodingAesKey: string;
  callbackPath: string;
  passiveReplyMs: number;
}

/** The 智能机器人 on its long connection. */
export interface WecomRobotConfig {
  botId: string;
  secret: string;
  wsUrl: string;
  name?: string;
}

export interface WecomConfig {
  app: WecomAppConfig | null;
  robot: WecomRobotConfig | null;
  apiBase: string;
  format: 'markdown' | 'text';
  maxFileBytes: number;
}

/** The WeCom channel's config (a 自建应用, a 智能机器人, or both), or null when neither is configured. */
export function loadWecomConfig(env: Record<string, string | undefined> = process.env): WecomConfig | null {
  const c = parseConfig(wecomConfigSchema, env);
  const app: WecomAppConfig | null =
    c.JIXIAO_WECOM_CORP_ID &&
    c.JIXIAO_WECOM_AGENT_ID &&
    c.JIXIAO_WECOM_SECRET &&
    c.JIXIAO_WECOM_TOKEN &&
    c.JIXIAO_WECOM_ENCODING_AES_KEY
      ? {
          corpId: c.JIXIAO_WECOM_CORP_ID,
          agentId: c.JIXIAO_WECOM_AGENT_ID,
          secret: c.JIXIAO_WECOM_SECRET,
          token: c.JIXIAO_WECOM_TOKEN,
          encodingAesKey: c.JIXIAO_WECOM_ENCODING_AES_KEY,
          callbackPath: c.JIXIAO_WECOM_CALLBACK_PATH,
          passiveReplyMs: c.JIXIAO_WECOM_PASSIVE_REPLY_MS,
        }
      : null;
  const robot: WecomRobotConfig | null =
    c.JIXIAO_WECOM_BOT_ID && c.JIXIAO_WECOM_BOT_SECRET
      ? {
          botId: c.JIXIAO_WECOM_BOT_ID,
          secret: c.JIXIAO_WECOM_BOT_SECRET,
          wsUrl: c.JIXIAO_WECOM_BOT_WS_URL,
          ...(c.JIXIAO_WECOM_BOT_NAME ? { name: c.JIXIAO_WECOM_BOT_NAME } : {}),
        }
      : null;
  if (!app && !robot) return null;
  return {
    app,
    robot,
    apiBase: c.JIXIAO_WECOM_API_BASE.replace(/\/+$/, ''),
    format: c.JIXIAO_WECOM_FORMAT,
    maxFileBytes: Math.round(c.JIXIAO_WECOM_MAX_FILE_MB * 1_048_576),
  };
}

import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** A base URL without a trailing slash. */
const baseUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));

export const dingTalkConfigSchema = z
  .object({
    /** 开发者后台 → 凭证与基础信息: Client ID (AppKey) and Client Secret (AppSecret). Both set → enabled. */
    JIXIAO_DINGTALK_CLIENT_ID: optional(z.string().min(4)),
    JIXIAO_DINGTALK_CLIENT_SECRET: optional(z.string().min(8)),
    /** The robot's code (机器人 → RobotCode); for an internal app's robot it is the Client ID. */
    JIXIAO_DINGTALK_ROBOT_CODE: optional(z.string()),
    /** `stream`: long connection, no public address. `http`: the robot's 消息接收地址 on JIXIAO_WEBHOOK_HOST:PORT. */
    JIXIAO_DINGTALK_MODE: optional(z.enum(['stream', 'http'])).default('stream'),
    JIXIAO_DINGTALK_WEBHOOK_PATH: optional(z.string().startsWith('/')).default('/dingtalk/events'),
    JIXIAO_DINGTALK_MAX_FILE_MB: optional(z.coerce.number().positive().max(100)).default(20),
    /**
     * The hosts, for 专有钉钉 / 浙政钉 and other private deployments (their own OpenAPI and gateway addresses):
     * the new OpenAPI (`api.dingtalk.com`: robot sends, file download), the old one (`oapi.dingtalk.com`: token,
     * media upload) and the Stream gateway's connection-open URL (by default on the new OpenAPI host).
     */
    JIXIAO_DINGTALK_API_URL: optional(baseUrl).default('https://api.dingtalk.com'),
    JIXIAO_DINGTALK_OAPI_URL: optional(baseUrl).default('https://oapi.dingtalk.com'),
    JIXIAO_DINGTALK_STREAM_URL: optional(z.url({ protocol: /^https?$/ })),
    /**
     * A Stream connection that delivers no frame at all (not even the gateway's own pings) for this long is replaced
     * by a fresh one, opened before the old one is closed (0: never). ws ping/pong can stay healthy meanwhile.
     */
    JIXIAO_DINGTALK_STREAM_IDLE_SEC: optional(z.coerce.number().int().min(0)).default(180),
  })
  .superRefine((c, ctx) => {
    if (!!c.JIXIAO_DINGTALK_CLIENT_ID !== !!c.JIXIAO_DINGTALK_CLIENT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JIXIAO_DINGTALK_CLIENT_SECRET'],
        message: 'JIXIAO_DINGTALK_CLIENT_ID and JIXIAO_DINGTALK_CLIENT_SECRET go together',
      });
    }
  });

export interface DingTalkConfig {
  clientId: string;
  clientSecret: string;
  robotCode: string;
  mode: 'stream' | 'http';
  webhookPath: string;
  maxFileBytes: number;
  /** Default DEFAULT_HOSTS. */
  hosts?: DingTalkHosts;
  /** Default 180 s; 0: no idle watchdog. */
  streamIdleMs?: number;
}

export interface DingTalkHosts {
  api: string;
  oapi: string;
  /** The Stream gateway's `connections/open` URL. */
  stream: string;
}

export const DEFAULT_HOSTS: DingTalkHosts = {
  api: 'https://api.dingtalk.com',
  oapi: 'https://oapi.dingtalk.com',
  stream: 'https://api.dingtalk.com/v1.0/gateway/connections/open',
};

/** The DingTalk channel's config, or null when its credentials are absent (channel disabled). */
export function loadDingTalkConfig(
  env: Record<string, string | undefined> = process.env,
): DingTalkConfig | null {
  const c = parseConfig(dingTalkConfigSchema, env);
  if (!c.JIXIAO_DINGTALK_CLIENT_ID || !c.JIXIAO_DINGTALK_CLIENT_SECRET) return null;
  return {
    clientId: c.JIXIAO_DINGTALK_CLIENT_ID,
    clientSecret: c.JIXIAO_DINGTALK_CLIENT_SECRET,
    robotCode: c.JIXIAO_DINGTALK_ROBOT_CODE ?? c.JIXIAO_DINGTALK_CLIENT_ID,
    mode: c.JIXIAO_DINGTALK_MODE,
    webhookPath: c.JIXIAO_DINGTALK_WEBHOOK_PATH,
    maxFileBytes: Math.round(c.JIXIAO_DINGTALK_MAX_FILE_MB * 1_048_576),
    hosts: {
      api: c.JIXIAO_DINGTALK_API_URL,
      oapi: c.JIXIAO_DINGTALK_OAPI_URL,
      stream: c.JIXIAO_DINGTALK_STREAM_URL ?? `${c.JIXIAO_DINGTALK_API_URL}/v1.0/gateway/connections/open`,
    },
    streamIdleMs: c.JIXIAO_DINGTALK_STREAM_IDLE_SEC * 1000,
  };
}

import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

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
}

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
  };
}

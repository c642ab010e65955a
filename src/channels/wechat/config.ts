import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** Puppets that need a token from their provider. */
const TOKEN_PUPPETS = new Set(['wechaty-puppet-service', 'wechaty-puppet-padlocal']);

export const wechatConfigSchema = z
  .object({
    /**
     * The wechaty puppet package. Set → the channel is enabled. `wechaty-puppet-wechat4u` (web protocol, QR login),
     * `wechaty-puppet-service` (a hosted puppet, token), `wechaty-puppet-mock` (tests, demos).
     */
    JIXIAO_WECHAT_PUPPET: optional(
      z
        .string()
        .regex(/^(@[a-z0-9-]+\/)?wechaty-puppet-[a-z0-9-]+$/, 'must be a wechaty-puppet-… package name'),
    ),
    /** The provider's token (puppet-service, padlocal). */
    JIXIAO_WECHAT_PUPPET_TOKEN: optional(z.string().min(8)),
    /** puppet-service only: host:port of the provider's gRPC endpoint when it is not found by token discovery. */
    JIXIAO_WECHAT_PUPPET_ENDPOINT: optional(z.string()),
    /** Where wechaty keeps the login session (`<name>.memory-card.json`), so a restart need not scan the QR again. */
    JIXIAO_WECHAT_SESSION: optional(z.string()).default('./data/wechat-session'),
    JIXIAO_WECHAT_MAX_FILE_MB: optional(z.coerce.number().positive().max(100)).default(20),
  })
  .superRefine((c, ctx) => {
    if (
      c.JIXIAO_WECHAT_PUPPET &&
      TOKEN_PUPPETS.has(c.JIXIAO_WECHAT_PUPPET) &&
      !c.JIXIAO_WECHAT_PUPPET_TOKEN
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['JIXIAO_WECHAT_PUPPET_TOKEN'],
        message: `required by ${c.JIXIAO_WECHAT_PUPPET}`,
      });
    }
  });

export interface WechatConfig {
  puppet: string;
  /** Passed to the puppet as is (token, endpoint). */
  puppetOptions: Record<string, unknown>;
  session: string;
  maxFileBytes: number;
}

/** The WeChat channel's config, or null when no puppet is chosen (channel disabled). */
export function loadWechatConfig(env: Record<string, string | undefined> = process.env): WechatConfig | null {
  const c = parseConfig(wechatConfigSchema, env);
  if (!c.JIXIAO_WECHAT_PUPPET) return null;
  const puppetOptions: Record<string, unknown> = {};
  if (c.JIXIAO_WECHAT_PUPPET_TOKEN) puppetOptions.token = c.JIXIAO_WECHAT_PUPPET_TOKEN;
  if (c.JIXIAO_WECHAT_PUPPET_ENDPOINT) puppetOptions.endpoint = c.JIXIAO_WECHAT_PUPPET_ENDPOINT;
  return {
    puppet: c.JIXIAO_WECHAT_PUPPET,
    puppetOptions,
    session: c.JIXIAO_WECHAT_SESSION,
    maxFileBytes: Math.round(c.JIXIAO_WECHAT_MAX_FILE_MB * 1_048_576),
  };
}

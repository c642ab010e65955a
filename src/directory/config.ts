import { z } from 'zod';
import { parseConfig } from '../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const PLATFORMS = ['lark', 'wecom', 'dingtalk'] as const;
export type DirectoryPlatform = (typeof PLATFORMS)[number];

export const directoryConfigSchema = z.object({
  /** Which directories to sync, e.g. `lark` or `lark,wecom`; unset = no sync (admins bind by hand). */
  JIXIAO_DIRECTORY_SYNC: optional(
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(PLATFORMS))),
  ).default([]),
  /** Minutes between syncs (and one at start-up); directories change slowly and the calls count against quotas. */
  JIXIAO_DIRECTORY_SYNC_MINUTES: optional(
    z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60),
  ).default(360),
  /** WeCom: the 通讯录同步 secret, when the 自建应用's own secret may not read the directory. */
  JIXIAO_DIRECTORY_WECOM_SECRET: optional(z.string().min(8)),
  /** Per-call limit on the contact APIs. */
  JIXIAO_DIRECTORY_TIMEOUT_MS: optional(z.coerce.number().int().positive()).default(15_000),
});

export interface DirectoryConfig {
  platforms: DirectoryPlatform[];
  intervalMs: number;
  timeoutMs: number;
  wecomSecret?: string;
}

export function loadDirectoryConfig(env: Record<string, string | undefined> = process.env): DirectoryConfig {
  const c = parseConfig(directoryConfigSchema, env);
  return {
    platforms: [...new Set(c.JIXIAO_DIRECTORY_SYNC)],
    intervalMs: c.JIXIAO_DIRECTORY_SYNC_MINUTES * 60_000,
    timeoutMs: c.JIXIAO_DIRECTORY_TIMEOUT_MS,
    ...(c.JIXIAO_DIRECTORY_WECOM_SECRET ? { wecomSecret: c.JIXIAO_DIRECTORY_WECOM_SECRET } : {}),
  };
}

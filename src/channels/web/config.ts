import { z } from 'zod';
import { parseConfig } from '../../config.ts';
import { ConfigInvalid } from '../../errors.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const webConfigSchema = z.object({
  /** Largest upload accepted, in MB; bigger ones are refused before their body is read. */
  JIXIAO_WEB_MAX_UPLOAD_MB: optional(z.coerce.number().positive().max(1024)).default(20),
  /** Messages and uploads one user may send per second, sustained. */
  JIXIAO_WEB_RATE_PER_SEC: optional(z.coerce.number().positive()).default(2),
  /** How many may come at once before the rate applies. */
  JIXIAO_WEB_RATE_BURST: optional(z.coerce.number().int().positive()).default(5),
  /** New sessions (fresh cookies) one address may open per minute: a new cookie must not reset the rate limit. */
  JIXIAO_WEB_NEW_SESSIONS_PER_MIN: optional(z.coerce.number().int().positive()).default(30),
  /** The address users open (https://… behind TLS): its host is allowed and https makes the cookie Secure. */
  JIXIAO_WEB_PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  /** Host names the page answers to (DNS rebinding); default: loopback names when listening on loopback, else any. */
  JIXIAO_WEB_ALLOWED_HOSTS: optional(z.string()),
  /** Addresses of the reverse proxies whose X-Forwarded-* (and identity header) are believed. */
  JIXIAO_TRUSTED_PROXIES: optional(z.string()),
  /** A header the authenticating proxy sets to the signed-in user (e.g. X-Forwarded-User); only from those proxies. */
  JIXIAO_TRUSTED_PROXY_HEADER: optional(z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a header name')),
});
export type WebConfig = z.infer<typeof webConfigSchema>;

export function loadWebConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  const config = parseConfig(webConfigSchema, env);
  if (config.JIXIAO_TRUSTED_PROXY_HEADER && !config.JIXIAO_TRUSTED_PROXIES?.trim()) {
    throw new ConfigInvalid(
      'CONFIG_INVALID',
      '配置有误：设置了 JIXIAO_TRUSTED_PROXY_HEADER，但没有设置 JIXIAO_TRUSTED_PROXIES（只信任这些代理地址发来的身份头）。',
    );
  }
  return config;
}

/** A comma-separated list, trimmed, empty entries dropped. */
export const listOf = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

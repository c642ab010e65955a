import { z } from 'zod';
import { parseConfig } from '../../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const webConfigSchema = z.object({
  /** Largest upload accepted, in MB; bigger ones are refused before their body is read. */
  JIXIAO_WEB_MAX_UPLOAD_MB: optional(z.coerce.number().positive().max(1024)).default(20),
  /** Messages and uploads one user may send per second, sustained. */
  JIXIAO_WEB_RATE_PER_SEC: optional(z.coerce.number().positive()).default(2),
  /** How many may come at once before the rate applies. */
  JIXIAO_WEB_RATE_BURST: optional(z.coerce.number().int().positive()).default(5),
});
export type WebConfig = z.infer<typeof webConfigSchema>;

export function loadWebConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  return parseConfig(webConfigSchema, env);
}

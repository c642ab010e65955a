import { z } from 'zod';
import { ConfigInvalid } from './errors.ts';

/** `FOO=` in an env file means unset, not the empty string. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const coreConfigSchema = z.object({
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  /** PGlite data directory for the embedded default. */
  JIXIAO_DATA_DIR: optional(z.string()).default('./data'),
  /** Set to run on PostgreSQL instead of the embedded PGlite. */
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')),
  /** PostgreSQL: a connection not made within this fails (partition, server down) instead of hanging. */
  JIXIAO_DB_CONNECT_TIMEOUT_MS: optional(z.coerce.number().int().positive()).default(5000),
  /** PostgreSQL: longest statement; raise it for a large migration. */
  JIXIAO_DB_STATEMENT_TIMEOUT_MS: optional(z.coerce.number().int().positive()).default(15_000),
  HOST: optional(z.string()).default('127.0.0.1'),
  PORT: optional(z.coerce.number().int().min(0).max(65535)).default(8080),
});
export type CoreConfig = z.infer<typeof coreConfigSchema>;

/** Parses a config section once at start-up; fails loudly with every problem listed. */
export function parseConfig<T extends z.ZodType>(
  schema: T,
  env: Record<string, string | undefined>,
): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigInvalid('CONFIG_INVALID', `配置有误：\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function loadCoreConfig(env: Record<string, string | undefined> = process.env): CoreConfig {
  return parseConfig(coreConfigSchema, env);
}

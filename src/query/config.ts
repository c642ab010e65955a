import { z } from 'zod';
import { parseConfig } from '../config.ts';
import type { Store } from '../store/store.ts';

const list = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  z.array(z.string()),
);

export const accessConfigSchema = z.object({
  /** User ids (`lark:ou_123`, `web:abc`) that see every department and may bind users to departments. */
  JIXIAO_ADMINS: list,
  /** Rows of a project list shown in a reply (the rest go into the workbook); `jixiao chat --json` shows all. */
  JIXIAO_QUESTION_ROWS: z.coerce.number().int().min(1).default(20),
});

export function loadAdmins(env: Record<string, string | undefined> = process.env): Set<string> {
  return new Set(parseConfig(accessConfigSchema, env).JIXIAO_ADMINS);
}

export function loadQuestionRows(env: Record<string, string | undefined> = process.env): number {
  return parseConfig(accessConfigSchema, env).JIXIAO_QUESTION_ROWS;
}

/**
 * Admins from JIXIAO_ADMINS are recorded in the store too: the database decides where an admin's upload counts
 * (migration 009). Removing someone from the variable does not revoke it there; unset `users.is_admin` by hand.
 */
export async function recordAdmins(store: Store, admins: Set<string>): Promise<void> {
  for (const id of admins) {
    await store.sql.query(
      'INSERT INTO users (id, channel, is_admin) VALUES ($1, $2, true) ON CONFLICT (id) DO UPDATE SET is_admin = true',
      [id, id.split(':')[0] ?? 'web'],
    );
  }
}

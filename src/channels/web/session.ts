import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { SqlExecutor } from '../../store/sql.ts';

/**
 * Web sessions: the browser holds a random secret (cookie); the server keeps only its hash and the user number it
 * belongs to. The user number is what admins bind and what logs, replies and 提醒记录 show: knowing it gives nothing.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS web_sessions (
  secret_hash text PRIMARY KEY,
  user_number text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS web_sessions_user ON web_sessions (user_number);
`;

export const SESSION_COOKIE = 'jixiao_session';
const SECRET = /^[A-Za-z0-9_-]{43}$/;
/** Unambiguous letters and digits: a number people read out or type into 绑定部门. */
const NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newUserNumber(): string {
  let n = 'u';
  for (let i = 0; i < 10; i++) n += NUMBER_ALPHABET[randomInt(NUMBER_ALPHABET.length)];
  return n;
}

export class WebSessions {
  constructor(private readonly sql: SqlExecutor) {}

  init(): Promise<void> {
    return this.sql.exec(SCHEMA);
  }

  /** The user number of a session secret, or null for an unknown or malformed one. */
  async userOf(secret: string | undefined): Promise<string | null> {
    if (!secret || !SECRET.test(secret)) return null;
    const { rows } = await this.sql.query<{ user_number: string }>(
      'UPDATE web_sessions SET seen_at = now() WHERE secret_hash = $1 RETURNING user_number',
      [hashOf(secret)],
    );
    return rows[0]?.user_number ?? null;
  }

  /** A new session for a new user (or for `userNumber`, e.g. after a proxy or platform login). */
  async create(userNumber = newUserNumber()): Promise<{ secret: string; userNumber: string }> {
    const secret = randomBytes(32).toString('base64url');
    await this.sql.query('INSERT INTO web_sessions (secret_hash, user_number) VALUES ($1, $2)', [
      hashOf(secret),
      userNumber,
    ]);
    return { secret, userNumber };
  }
}

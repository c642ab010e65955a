import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../errors.ts';
import type { SqlDriver, SqlExecutor } from './sql.ts';

/** The database cannot be reached (restart, failover, network): nothing was saved, the user should try again. */
export class StoreUnavailable extends AppError {
  constructor(cause: unknown) {
    super('STORE_UNAVAILABLE', '数据库暂时不可用，这条消息或文件没有保存，请稍后再发一次。', {
      cause,
      detail: (cause as Error)?.message,
    });
  }
}

/** SQLSTATE classes and socket errors that mean "the server or the way to it is gone", not "this statement is wrong". */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '57014', '53300', '40P01']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|Connection ended|Client was closed|terminating connection/i;

export function isConnectionError(err: unknown): boolean {
  if (err instanceof StoreUnavailable) return true;
  const code = (err as { code?: unknown })?.code;
  if (
    typeof code === 'string' &&
    (code.startsWith('08') || UNAVAILABLE_STATES.has(code) || SOCKET_CODES.has(code))
  )
    return true;
  return DRIVER_MESSAGES.test((err as Error)?.message ?? '');
}

const outageWatch = new AsyncLocalStorage<{ hit: boolean }>();

/**
 * Runs `work` and says whether any statement it made (directly or through what it awaited) failed because the database
 * was unreachable: the caller then knows the work may be half done and must be done again once the database is back.
 */
export async function watchOutage(work: () => Promise<void>): Promise<boolean> {
  const watch = { hit: false };
  await outageWatch.run(watch, work);
  return watch.hit;
}

/** What callers may ask about the database's reachability; PGlite is always reachable. */
export interface StoreAvailability {
  /** Connection failures seen so far: a caller compares before/after to learn whether its work hit an outage. */
  readonly failures: number;
  readonly available: boolean;
  /** A `SELECT 1` within `timeoutMs`; throws StoreUnavailable otherwise. */
  check(timeoutMs?: number): Promise<void>;
  /** Resolves once a check succeeds (polled), or when `signal` aborts. */
  waitUntilAvailable(signal?: AbortSignal): Promise<void>;
}

/**
 * Wraps a driver so every connection failure becomes a StoreUnavailable (a clear message, not an internal error) and
 * is counted; the next successful statement marks the database available again.
 */
export function withAvailability(
  driver: SqlDriver,
  pollMs = 1000,
): SqlDriver & { availability: StoreAvailability } {
  let failures = 0;
  let available = true;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      available = true;
      return result;
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      failures++;
      available = false;
      const watch = outageWatch.getStore();
      if (watch) watch.hit = true;
      throw err instanceof StoreUnavailable ? err : new StoreUnavailable(err);
    }
  };
  const guarded = (q: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => guard(() => q.query(sql, params)),
    exec: (sql) => guard(() => q.exec(sql)),
  });
  const check = async (timeoutMs = 2000) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailable(new Error('health check timed out'))), timeoutMs);
    });
    try {
      await Promise.race([guard(() => driver.query('SELECT 1')), timeout]);
    } catch (err) {
      available = false;
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };
  const availability: StoreAvailability = {
    get failures() {
      return failures;
    },
    get available() {
      return available;
    },
    check,
    async waitUntilAvailable(signal) {
      while (!signal?.aborted) {
        try {
          await check();
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, pollMs));
        }
      }
    },
  };
  return {
    kind: driver.kind,
    ...guarded(driver),
    transaction: (fn) => guard(() => driver.transaction(fn)),
    close: () => driver.close(),
    availability,
  };
}

import { log } from '../log.ts';
import type { Store } from '../store/store.ts';

const logger = log.child({ module: 'retention' });
const DAY_MS = 86_400_000;

export interface Retention {
  /** Drops raw files older than the retention period now; returns how many of each. */
  runOnce(now?: Date): Promise<{ uploads: number; webFiles: number }>;
  stop(): void;
}

/**
 * Purges raw uploaded files after `days` (records, hashes and every form read from them stay), and the web chat's
 * export files and unhandled upload copies with them: at start, then every `everyMs`. `days` 0 keeps files forever.
 */
export function startRetention(
  store: Store,
  web: { purgeFiles(before: Date): Promise<number> },
  days: number,
  everyMs = 3_600_000,
): Retention {
  const runOnce = async (now = new Date()) => {
    if (days <= 0) return { uploads: 0, webFiles: 0 };
    const before = new Date(now.getTime() - days * DAY_MS);
    const uploads = await store.purgeUploadBytes(before);
    const webFiles = await web.purgeFiles(before);
    if (uploads || webFiles) logger.info({ uploads, webFiles, before }, 'raw files past retention purged');
    return { uploads, webFiles };
  };
  const tick = () =>
    void runOnce().catch((err: unknown) => logger.warn({ err }, 'retention purge failed; next run retries'));
  if (days <= 0) return { runOnce, stop: () => {} };
  const first = setTimeout(tick, 10_000);
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return {
    runOnce,
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

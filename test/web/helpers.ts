import { PGlite } from '@electric-sql/pglite';
import type { SqlExecutor } from '../../src/store/sql.ts';

/** A PGlite database behind the SqlExecutor port (memory unless a directory is given). */
export async function pgliteExecutor(dataDir?: string): Promise<SqlExecutor & { close(): Promise<void> }> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
    exec: async (sql: string) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

export interface SseEntry {
  seq: number;
  entry: { from: string; text?: string; reply?: Record<string, unknown>; file?: { name: string } };
}

/** Reads the chat's event stream like EventSource does; `until` waits for an entry matching a predicate. */
export function openEvents(base: string, cookie: string, after = 0) {
  const entries: SseEntry[] = [];
  const waiters: Array<{ test: (e: SseEntry) => boolean; resolve: (e: SseEntry) => void }> = [];
  const controller = new AbortController();
  const done = (async () => {
    const res = await fetch(`${base}/api/events?after=${after}`, {
      headers: { cookie },
      signal: controller.signal,
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice(6))
          .join('\n');
        if (data) {
          const e = JSON.parse(data) as SseEntry;
          entries.push(e);
          for (const w of [...waiters]) {
            if (w.test(e)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(e);
            }
          }
        }
        cut = buffer.indexOf('\n\n');
      }
    }
  })().catch(() => {});
  return {
    entries,
    until(test: (e: SseEntry) => boolean, timeoutMs = 10_000): Promise<SseEntry> {
      const found = entries.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching event in time')), timeoutMs);
        waiters.push({
          test,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    close: async () => {
      controller.abort();
      await done;
    },
  };
}

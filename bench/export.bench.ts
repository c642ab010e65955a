/**
 * One user exports 400 forms (.xlsx) from `serve` (PGlite in memory) while another polls /healthz back to back: the
 * longest /healthz wait during the export, with exports rendered on the main thread (JIXIAO_EXPORT_WORKERS=0, how it
 * was before issue 13) and in worker threads (the default). The probe: the server stopped for 12.7 s.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FormRecord } from '../src/record/record.ts';
import { checkRecord } from '../src/score/check.ts';
import { serve } from '../src/server/serve.ts';
import { WebClient } from '../test/security/web-client.ts';

const FORMS = 400;
const FIXTURE = new URL('../test/fixtures/templates/sichuan-2023.json', import.meta.url);

async function run(
  workers: string,
): Promise<{ exportS: number; longestHealthzMs: number; polls: number; failed: number }> {
  const server = await serve({
    env: {
      JIXIAO_DATA_DIR: 'memory://',
      PORT: '0',
      LOG_LEVEL: 'silent',
      JIXIAO_READ_WORKERS: '0',
      JIXIAO_EXPORT_WORKERS: workers,
    },
  });
  try {
    const base = server.web.address().url;
    const web = new WebClient(base);
    const { user } = await web.me();
    await server.store.upsertUser({ id: user, channel: 'web' });
    const { template: _t, ...fixture } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as FormRecord & {
      template?: string;
    };
    await server.store.createForms(
      Array.from({ length: FORMS }, (_, i) => {
        const record = { ...fixture, projectName: `项目${i + 1}` };
        return {
          ownerId: user,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader' as const,
        };
      }),
    );
    // A warm-up export of one form: the thread starts and the code is compiled before the timed one.
    const [first] = await server.store.listForms({ ownerId: user, limit: 1 });
    await sleep(6000); // past the keep-alive of the socket idle while the forms were written
    await (await web.request(`/api/export?format=xlsx&form=${first?.id}`)).arrayBuffer();
    await sleep(1000);

    let done = false;
    const started = performance.now();
    const exported = web.request('/api/export?format=xlsx').then(async (res) => {
      await res.arrayBuffer();
      done = true;
      return performance.now() - started;
    });
    let longest = 0;
    let polls = 0;
    // A server stopped past its keep-alive time resets the connections waiting on it: counted, not fatal.
    let failed = 0;
    while (!done) {
      const t = performance.now();
      try {
        await (await fetch(`${base}/healthz`)).arrayBuffer();
        polls++;
      } catch {
        failed++;
      }
      longest = Math.max(longest, performance.now() - t);
      await sleep(20);
    }
    return { exportS: (await exported) / 1000, longestHealthzMs: longest, polls, failed };
  } finally {
    await server.stop();
  }
}

export default async function bench(): Promise<Record<string, string | number>> {
  const main = await run('0');
  const threads = await run('2');
  return {
    [`export ${FORMS} forms, main thread (s)`]: main.exportS.toFixed(1),
    'longest /healthz wait meanwhile, main thread (ms)': Math.round(main.longestHealthzMs),
    [`export ${FORMS} forms, worker threads (s)`]: threads.exportS.toFixed(1),
    'longest /healthz wait meanwhile, worker threads (ms)': Math.round(threads.longestHealthzMs),
    '/healthz answers (failed) meanwhile, main thread': `${main.polls} (${main.failed})`,
    '/healthz answers (failed) meanwhile, worker threads': `${threads.polls} (${threads.failed})`,
  };
}

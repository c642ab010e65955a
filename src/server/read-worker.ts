/** Worker thread: reads uploaded documents off the main thread (see read-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { type ReadOptions, readDocument } from '../ingest/read-document.ts';
import { checkRecord } from '../score/check.ts';
import type { CheckResult } from '../score/types.ts';

export interface ReadJob {
  id: number;
  bytes: Uint8Array;
  options: Omit<ReadOptions, 'env'>;
  /** Also score the forms read (see ReadPool.takeScore). */
  score: boolean;
}

export type ReadJobResult =
  /** `checks[i]`: the score of `result.forms[i].record` as read (when asked), computed here to spare the main thread. */
  | { id: number; ok: true; result: Awaited<ReturnType<typeof readDocument>>; checks: CheckResult[] }
  | { id: number; ok: false; error: { name: string; code?: string; userMessage?: string; message: string } };

parentPort?.on('message', async (job: ReadJob) => {
  let out: ReadJobResult;
  try {
    const result = await readDocument(job.bytes, job.options);
    const checks = job.score ? result.forms.map((form) => checkRecord(form.record)) : [];
    out = { id: job.id, ok: true, result, checks };
  } catch (err) {
    const e = err as Error;
    out = {
      id: job.id,
      ok: false,
      error:
        err instanceof AppError
          ? { name: err.name, code: err.code, userMessage: err.userMessage, message: err.message }
          : { name: e?.name ?? 'Error', message: e?.message ?? String(err) },
    };
  }
  parentPort?.postMessage(out);
});

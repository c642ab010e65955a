/** Worker thread: reads uploaded documents off the main thread (see read-pool.ts). */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { type ReadOptions, readDocument } from '../ingest/read-document.ts';

export interface ReadJob {
  id: number;
  bytes: Uint8Array;
  options: Omit<ReadOptions, 'env'>;
}

export type ReadJobResult =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof readDocument>> }
  | { id: number; ok: false; error: { name: string; code?: string; userMessage?: string; message: string } };

parentPort?.on('message', async (job: ReadJob) => {
  let out: ReadJobResult;
  try {
    out = { id: job.id, ok: true, result: await readDocument(job.bytes, job.options) };
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

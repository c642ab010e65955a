/** Worker thread: renders exports off the main thread (see export-pool.ts), so chats and /healthz keep answering. */
import { parentPort } from 'node:worker_threads';
import { type ExportFormat, renderExport } from './render.ts';
import type { ExportForm } from './xlsx.ts';

export interface ExportJob {
  id: number;
  format: ExportFormat;
  forms: ExportForm[];
}

export type ExportJobResult =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string };

parentPort?.on('message', async (job: ExportJob) => {
  let out: ExportJobResult;
  try {
    out = { id: job.id, ok: true, bytes: await renderExport(job.format, job.forms) };
  } catch (err) {
    out = { id: job.id, ok: false, message: (err as Error)?.message ?? String(err) };
  }
  // A file that owns its whole buffer moves to the main thread instead of being copied (a Buffer from Node's shared
  // pool cannot move, so it is copied).
  const owned = out.ok && out.bytes.byteOffset === 0 && out.bytes.byteLength === out.bytes.buffer.byteLength;
  parentPort?.postMessage(out, owned && out.ok ? [out.bytes.buffer as ArrayBuffer] : []);
});

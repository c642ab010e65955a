import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { log } from '../log.ts';
import { type ExportFormat, renderExport } from './render.ts';
import type { ExportJob, ExportJobResult } from './worker.ts';
import type { ExportForm } from './xlsx.ts';

const logger = log.child({ module: 'export-pool' });

const FAILED = '生成导出文件时出错或超时，没有生成文件。请少选一些项目再导出；如果再次出现，请联系管理员。';

interface Pending {
  job: ExportJob;
  resolve: (bytes: Uint8Array) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  run?: { pending: Pending; timer: NodeJS.Timeout };
}

/**
 * Renders exports in worker threads: a workbook of hundreds of forms takes seconds of CPU, which on the main thread
 * stopped every chat and /healthz. Threads start on the first export and stay; a thread past its time is killed.
 */
export class ExportPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  render(format: ExportFormat, forms: ExportForm[]): Promise<Uint8Array> {
    if (this.size === 0) return renderExport(format, forms);
    return new Promise<Uint8Array>((resolve, reject) => {
      if (this.closed) return reject(new Error('export pool closed'));
      this.queue.push({ job: { id: this.nextId++, format, forms }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('export pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((s) => !s.run) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const pending = this.queue.shift()!;
      const timer = setTimeout(() => this.crash(slot, new Error('export thread timed out')), this.timeoutMs);
      slot.run = { pending, timer };
      slot.worker.postMessage(pending.job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url));
    const slot: Slot = { worker };
    worker.on('message', (out: ExportJobResult) => this.finish(slot, out));
    worker.on('error', (err) => this.crash(slot, err));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, out: ExportJobResult): void {
    const run = slot.run;
    if (!run || run.pending.job.id !== out.id) return;
    clearTimeout(run.timer);
    slot.run = undefined;
    if (out.ok) run.pending.resolve(out.bytes);
    else {
      logger.error({ err: out.message }, 'export failed');
      run.pending.reject(new AppError('EXPORT_FAILED', FAILED, { detail: out.message }));
    }
    this.pump();
  }

  /** A crashed or overdue thread: its export fails with a clear message and the thread goes; another starts on demand. */
  private crash(slot: Slot, err: Error): void {
    logger.error({ err }, 'export thread failed; replacing it');
    const run = slot.run;
    if (run) {
      clearTimeout(run.timer);
      slot.run = undefined;
      run.pending.reject(new AppError('EXPORT_FAILED', FAILED, { cause: err }));
    }
    void slot.worker.terminate();
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (!this.closed) this.pump();
  }
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { ReadDocument } from '../bot/bot.ts';
import { parseConfig } from '../config.ts';
import { AppError, type AppErrorCode, FormUnreadable } from '../errors.ts';
import { DEFAULT_LIMITS, type ReadResult } from '../ingest/document.ts';
import { log } from '../log.ts';
import type { FormRecord } from '../record/record.ts';
import type { CheckResult } from '../score/types.ts';
import type { ReadJob, ReadJobResult } from './read-worker.ts';

const logger = log.child({ module: 'read-pool' });

export const readPoolConfigSchema = z.object({
  /** Threads that parse uploads; 0 parses on the main thread. Default: one per CPU, at most 4. */
  JIXIAO_READ_WORKERS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int().min(0).max(64).optional(),
  ),
});

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  job: ReadJob;
  resolve: (r: ReadResult) => void;
  reject: (e: unknown) => void;
}

/** The reader's error as thrown in the worker, so the bot shows the user the same Chinese message. */
function revive(error: Extract<ReadJobResult, { ok: false }>['error']): Error {
  if (error.code && error.userMessage) {
    const code = error.code as AppErrorCode;
    return error.name === 'FormUnreadable'
      ? new FormUnreadable(code, error.userMessage)
      : new AppError(code, error.userMessage, { detail: error.message });
  }
  return new Error(error.message);
}

/**
 * Parses uploads in worker threads: the main thread keeps answering chats while big files are read, and a reader
 * that hangs past its time limit is killed with its thread.
 */
export class ReadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, { pending: Pending; timer: NodeJS.Timeout }>();
  private nextId = 1;
  private closed = false;
  /** Scores the reader threads computed for the records they returned, until asked for once. */
  private readonly scores = new WeakMap<FormRecord, CheckResult>();

  /** `score`: the threads also score what they read, for takeScore; off when records change after reading (LLM). */
  constructor(
    size: number,
    private readonly score = true,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  readonly read: ReadDocument = (bytes, options = {}) => {
    const { env: _env, ...rest } = options;
    return new Promise<ReadResult>((resolve, reject) => {
      if (this.closed) return reject(new Error('read pool closed'));
      this.queue.push({
        job: { id: this.nextId++, bytes, options: rest, score: this.score },
        resolve,
        reject,
      });
      this.pump();
    });
  };

  /**
   * The score a reader thread computed for this record as it returned it, once: a record changed later (an answer, an
   * LLM completion) must be scored again, so a caller asks right after reading or not at all.
   */
  takeScore(record: FormRecord): CheckResult | undefined {
    const score = this.scores.get(record);
    this.scores.delete(record);
    return score;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('read pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./read-worker-boot.mjs', import.meta.url));
    const slot: Slot = { worker, busy: false };
    worker.on('message', (out: ReadJobResult) => this.finish(slot, out));
    worker.on('error', (err) => this.crash(slot, err));
    worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const pending = this.queue.shift();
      if (!pending) return;
      slot.busy = true;
      const limit = (pending.job.options.limits ?? DEFAULT_LIMITS).timeoutMs;
      // The reader enforces its own timeout; this one only catches a thread that stopped responding.
      const timer = setTimeout(
        () => this.crash(slot, new Error('reader thread stopped responding')),
        limit + 5_000,
      );
      this.running.set(slot.worker, { pending, timer });
      slot.worker.postMessage(pending.job);
    }
  }

  private finish(slot: Slot, out: ReadJobResult): void {
    const run = this.running.get(slot.worker);
    if (!run || run.pending.job.id !== out.id) return;
    clearTimeout(run.timer);
    this.running.delete(slot.worker);
    slot.busy = false;
    if (out.ok) {
      for (const [i, form] of out.result.forms.entries()) {
        const score = out.checks[i];
        if (score) this.scores.set(form.record, score);
      }
      run.pending.resolve(out.result);
    } else run.pending.reject(revive(out.error));
    this.pump();
  }

  /** A hung or crashed thread: fail its job with a clear message and replace the thread. */
  private crash(slot: Slot, err: Error): void {
    const run = this.running.get(slot.worker);
    logger.error({ err }, 'reader thread failed; replacing it');
    if (run) {
      clearTimeout(run.timer);
      this.running.delete(slot.worker);
      run.pending.reject(
        new FormUnreadable(
          'FILE_UNREADABLE',
          '读取文件超时或出错，文件可能过大或结构异常。请拆分文件，或另存为 .docx/.xlsx 后再上传。',
        ),
      );
    }
    void slot.worker.terminate();
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    this.pump();
  }
}

/** The reader `serve` gives the bot: a worker pool, or the plain function when workers are off. */
export function createReader(
  env: Record<string, string | undefined>,
  options: { score: boolean },
): {
  read: ReadDocument;
  /** A score computed off the main thread for a record just read, if there is one (see ReadPool.takeScore). */
  takeScore(record: FormRecord): CheckResult | undefined;
  close(): Promise<void>;
} {
  const { JIXIAO_READ_WORKERS } = parseConfig(readPoolConfigSchema, env);
  const size = JIXIAO_READ_WORKERS ?? Math.min(4, availableParallelism());
  // Loaded only here: the PDF reader's polyfills replace JSON.stringify with a slower one in the thread that loads it.
  if (size === 0)
    return {
      read: async (bytes, options) =>
        (await import('../ingest/read-document.ts')).readDocument(bytes, options),
      takeScore: () => undefined,
      close: async () => {},
    };
  const pool = new ReadPool(size, options.score);
  return { read: pool.read, takeScore: (record) => pool.takeScore(record), close: () => pool.close() };
}

import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { RateLimiter } from '../channels/web/rate-limit.ts';
import { parseConfig } from '../config.ts';
import { AppError } from '../errors.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const exportConfigSchema = z.object({
  /** Threads that render exports; 0 renders on the main thread (blocks chats meanwhile). Default: 2, at most one per CPU. */
  JIXIAO_EXPORT_WORKERS: optional(z.coerce.number().int().min(0).max(16)),
  /** Most forms in one export; asking for more is refused with a message, never cut silently. */
  JIXIAO_EXPORT_MAX_FORMS: optional(z.coerce.number().int().positive()).default(500),
  /** Exports running or waiting for a thread at once, all users together; more are refused (429). */
  JIXIAO_EXPORT_MAX_CONCURRENT: optional(z.coerce.number().int().positive()).default(4),
  /** Exports one user may start per hour, sustained… */
  JIXIAO_EXPORT_PER_HOUR: optional(z.coerce.number().positive()).default(60),
  /** …and at once before that rate applies. */
  JIXIAO_EXPORT_BURST: optional(z.coerce.number().int().positive()).default(5),
  /** An export thread still busy after this is stopped and the export fails with a message. */
  JIXIAO_EXPORT_TIMEOUT_SEC: optional(z.coerce.number().positive()).default(300),
});
export type ExportConfig = z.infer<typeof exportConfigSchema> & { JIXIAO_EXPORT_WORKERS: number };

export function loadExportConfig(env: Record<string, string | undefined>): ExportConfig {
  const config = parseConfig(exportConfigSchema, env);
  return {
    ...config,
    JIXIAO_EXPORT_WORKERS: config.JIXIAO_EXPORT_WORKERS ?? Math.min(2, availableParallelism()),
  };
}

/** An export refused by a limit: the Chinese message says which and when to try again. */
export class ExportLimited extends AppError {
  constructor(
    userMessage: string,
    /** Seconds after which trying again may succeed (web: Retry-After); 0 when waiting does not help. */
    readonly retryAfterSec: number,
    /** The web's answer: 429 for a rate or the cap of exports at once, 400 for too many forms. */
    readonly status: 400 | 429 = 429,
  ) {
    super('EXPORT_LIMITED', userMessage);
  }
}

/** Who asks: a user, and for the web the client address (fresh sessions from one address share its limit). */
export interface ExportRequester {
  userId?: string;
  address?: string;
}

/**
 * Admission of exports: one at a time per user, `MAX_CONCURRENT` in all (so one user cannot hold every thread and
 * a second user waits at most behind that many), a per-user and per-address rate, and a cap on forms per export.
 */
export class ExportGate {
  private readonly running = new Set<string>();
  private inFlight = 0;
  private readonly perUser: RateLimiter;
  private readonly perAddress: RateLimiter;

  constructor(
    readonly config: ExportConfig,
    now: () => number = Date.now,
  ) {
    const perSec = config.JIXIAO_EXPORT_PER_HOUR / 3600;
    this.perUser = new RateLimiter(perSec, config.JIXIAO_EXPORT_BURST, now);
    this.perAddress = new RateLimiter(perSec * 5, config.JIXIAO_EXPORT_BURST * 5, now);
  }

  /** Whether this user has an export being made now. */
  isRunning(userId: string): boolean {
    return this.running.has(userId);
  }

  /** Refuses an export of `count` forms over the cap, before anything is read or rendered. */
  checkCount(count: number): void {
    const max = this.config.JIXIAO_EXPORT_MAX_FORMS;
    if (count > max)
      throw new ExportLimited(
        `一次最多导出 ${max} 张自评表，这次要导出 ${count} 张，没有生成文件。请在项目列表里选一部分（或按年度分开）再导出。`,
        0,
        400,
      );
  }

  /** Runs `work` if admitted now; otherwise throws ExportLimited (nothing waits unbounded). */
  async run<T>(who: ExportRequester, work: () => Promise<T>): Promise<T> {
    const { userId, address } = who;
    if (userId && this.running.has(userId))
      throw new ExportLimited('您的上一个导出还在生成中，请等它完成后再导出。', 5);
    if (this.inFlight >= this.config.JIXIAO_EXPORT_MAX_CONCURRENT)
      throw new ExportLimited(
        `现在同时导出的人较多（已有 ${this.inFlight} 个导出在生成），请稍等一分钟再试。`,
        30,
      );
    const wait = Math.ceil(3600 / this.config.JIXIAO_EXPORT_PER_HOUR);
    const tooOften = `导出太频繁了：每人每小时最多导出 ${this.config.JIXIAO_EXPORT_PER_HOUR} 次，请 ${formatWait(wait)}后再试。`;
    if (userId && !this.perUser.take(userId)) throw new ExportLimited(tooOften, wait);
    if (address && !this.perAddress.take(address)) throw new ExportLimited(tooOften, wait);
    if (userId) this.running.add(userId);
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (userId) this.running.delete(userId);
    }
  }
}

function formatWait(sec: number): string {
  return sec < 60 ? `${sec} 秒` : `${Math.ceil(sec / 60)} 分钟`;
}

import type { Logger } from 'pino';
import { safeError } from './safe-error.ts';

/** An HTTP answer that was not 2xx; keeps what retry decisions need. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** From a `Retry-After` header (or a platform's own field), in ms. */
    readonly retryAfterMs?: number,
    /** The platform's error code, when it sent one (Lark `code`, DingTalk `code`/`errcode`). */
    readonly platformCode?: string | number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** `Retry-After` is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface RetryDecision {
  retry: boolean;
  /** Wait at least this long before the next attempt (429 retry-after). */
  afterMs?: number;
}

interface ErrorShape {
  status?: number;
  code?: string;
  retryAfterMs?: number;
  /** axios-style (the Lark SDK): headers as a plain object. */
  response?: { status?: number; headers?: Record<string, unknown> };
}

function retryAfterHeader(headers: Record<string, unknown> | undefined): string | undefined {
  const v = headers?.['retry-after'];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EPIPE',
  'ECONNABORTED',
]);

/**
 * Default policy: retry 429 (after its retry-after), 5xx, timeouts and network errors; never other 4xx (the platform
 * refused the request and will refuse it again). Knows our HttpError and axios-style errors (the Lark SDK).
 */
export function classifySendError(err: unknown): RetryDecision {
  if (typeof err !== 'object' || err === null) return { retry: false };
  const e = err as ErrorShape;
  const status = e.status ?? e.response?.status;
  const afterMs = e.retryAfterMs ?? parseRetryAfter(retryAfterHeader(e.response?.headers));
  if (status === 429) return afterMs === undefined ? { retry: true } : { retry: true, afterMs };
  if (status !== undefined && status >= 500) return { retry: true };
  if (status !== undefined) return { retry: false };
  if ((err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError') return { retry: true };
  if (e.code && NETWORK_CODES.has(e.code)) return { retry: true };
  const cause = (err as { cause?: { code?: string } }).cause;
  if (cause?.code && NETWORK_CODES.has(cause.code)) return { retry: true };
  return { retry: (err as Error).message === 'fetch failed' };
}

export interface RetryOptions {
  /** Attempts in all, the first included (default 4). */
  attempts?: number;
  /** First backoff; doubles each time, with ±25 % jitter (default 500 ms). */
  baseMs?: number;
  /** Longest single wait, retry-after included (default 30 s). */
  maxMs?: number;
  classify?: (err: unknown) => RetryDecision;
  logger?: Logger;
  /** What is being sent, for the log line. */
  what?: string;
  sleep?: (ms: number) => Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with jitter: base·2^attempt, capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  const raw = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(raw * (0.75 + Math.random() * 0.5));
}

/** Runs a send, retrying transient failures with backoff and honouring retry-after; rethrows the last error. */
export async function withRetry<T>(
  task: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const baseMs = options.baseMs ?? 500;
  const maxMs = options.maxMs ?? 30_000;
  const classify = options.classify ?? classifySendError;
  const wait = options.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await task(attempt);
    } catch (err) {
      const decision = classify(err);
      if (!decision.retry || attempt + 1 >= attempts) throw err;
      const delay = Math.min(maxMs, Math.max(decision.afterMs ?? 0, backoffMs(attempt, baseMs, maxMs)));
      options.logger?.warn(
        { err: safeError(err), attempt: attempt + 1, delayMs: delay, what: options.what },
        'send failed, retrying',
      );
      await wait(delay);
    }
  }
}

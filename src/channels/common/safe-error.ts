/**
 * An error reduced to what a log line may carry. SDK errors (axios in the Lark and DingTalk SDKs) hold the whole
 * request: the app secret in the body, the bearer token in the headers. Logging them as they are leaks credentials.
 */
export interface SafeError {
  type: string;
  message: string;
  status?: number;
  code?: string | number;
  cause?: SafeError;
}

export function safeError(err: unknown, depth = 0): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err).slice(0, 300) };
  const e = err as Error & {
    status?: unknown;
    code?: unknown;
    platformCode?: unknown;
    response?: { status?: unknown };
  };
  const status =
    typeof e.status === 'number'
      ? e.status
      : typeof e.response?.status === 'number'
        ? e.response.status
        : undefined;
  const code = e.platformCode ?? e.code;
  const out: SafeError = { type: e.name, message: e.message.slice(0, 300) };
  if (status !== undefined) out.status = status;
  if (typeof code === 'string' || typeof code === 'number') out.code = code;
  if (e.cause !== undefined && depth < 2) out.cause = safeError(e.cause, depth + 1);
  return out;
}

/** What a channel throws instead of an SDK error, so the bot's own error log cannot leak the request either. */
export class ChannelCallFailed extends Error {
  readonly status: number | undefined;

  constructor(readonly detail: SafeError) {
    super(`${detail.type}: ${detail.message}`);
    this.name = 'ChannelCallFailed';
    this.status = detail.status;
  }
}

/** Passes our own errors through; replaces anything else (axios errors of an SDK) by its safe summary. */
export async function withSafeErrors<T>(task: Promise<T>, own: (err: unknown) => boolean): Promise<T> {
  try {
    return await task;
  } catch (err) {
    throw own(err) ? err : new ChannelCallFailed(safeError(err));
  }
}

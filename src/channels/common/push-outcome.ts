import type { ChannelName } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { classifySendError, type RetryDecision } from './retry.ts';

/**
 * A push whose request may have reached the platform before it failed: it timed out waiting for the answer, or the
 * connection was cut mid-exchange. Whether the user got the message is unknown. A platform without an idempotency key
 * (DingTalk, Telegram) cannot be asked again safely: the reminder scheduler then gives the push up (at most once)
 * rather than risk a second copy.
 */
export class PushOutcomeUnknown extends AppError {
  constructor(
    readonly channel: ChannelName,
    options?: { cause?: unknown },
  ) {
    super('CHANNEL_UNAVAILABLE', '推送请求已发出但未收到平台答复，无法确认是否送达', {
      ...(options?.cause === undefined ? {} : { cause: options.cause }),
      detail: channel,
    });
  }
}

/** Connections that never opened: the request reached no one, so sending again cannot duplicate it. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function codeOf(err: unknown): string | undefined {
  let e: unknown = err;
  // fetch wraps the socket error in `cause`; grammy's HttpError keeps the fetch error in `error`.
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return undefined;
}

function nameChain(err: unknown): string[] {
  const names: string[] = [];
  let e: unknown = err;
  for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
    names.push(String((e as { name?: unknown }).name));
    e = (e as { cause?: unknown }).cause ?? (e as { error?: unknown }).error;
  }
  return names;
}

/**
 * Whether a failed send may have been processed all the same. An HTTP answer (any status) is a platform's word on it:
 * known. A refused or unresolvable connection reached no one: known. A timeout, a reset or a cut connection after the
 * request went out: unknown.
 */
export function sendOutcomeUnknown(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const status =
    (err as { status?: unknown }).status ??
    (err as { error_code?: unknown }).error_code ??
    (err as { response?: { status?: unknown } }).response?.status;
  if (typeof status === 'number') return false;
  const code = codeOf(err);
  if (code && NEVER_SENT.has(code)) return false;
  if (nameChain(err).some((n) => n === 'TimeoutError' || n === 'AbortError')) return true;
  return (
    code !== undefined || (err as Error).message === 'fetch failed' || nameChain(err).includes('HttpError')
  );
}

/**
 * Retry policy for pushes to a platform without an idempotency key: as `base`, except that a send whose outcome is
 * unknown is not sent again (a second copy is worse than the scheduler's at-most-once decision).
 */
export function withoutBlindResend(
  base: (err: unknown) => RetryDecision = classifySendError,
): (err: unknown) => RetryDecision {
  return (err) => (sendOutcomeUnknown(err) ? { retry: false } : base(err));
}

import { DIRECT, type Outbound } from '../../net/outbound.ts';
import { HttpError, parseRetryAfter } from './retry.ts';

export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: unknown;
  /** Default 15 s: a platform call that hangs must not hold a chat's queue forever. */
  timeoutMs?: number;
  /** The outbound proxy route (default: direct). */
  net?: Outbound;
}

/** Why a platform refused, without echoing the whole body into logs. */
function describe(body: unknown): { message: string; code?: string | number } {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const code = (b.code ?? b.errcode) as string | number | undefined;
    const message = String(b.message ?? b.msg ?? b.errmsg ?? '');
    return code === undefined ? { message } : { message, code };
  }
  return { message: typeof body === 'string' ? body.slice(0, 200) : '' };
}

/** fetch + JSON with a timeout; a non-2xx answer throws HttpError (status, retry-after, platform code). */
export async function requestJson<T = unknown>(url: string, request: JsonRequest = {}): Promise<T> {
  const response = await (request.net ?? DIRECT).fetch(url, {
    method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
    headers: {
      accept: 'application/json',
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...request.headers,
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: kept as text for the error message
  }
  if (!response.ok) {
    const { message, code } = describe(body);
    throw new HttpError(
      response.status,
      `${request.method ?? 'POST'} ${new URL(url).pathname} → ${response.status} ${message}`,
      parseRetryAfter(response.headers.get('retry-after')),
      code,
    );
  }
  return body as T;
}

/** Downloads bytes, refusing bodies over `maxBytes` (a declared length is refused before reading). */
export async function requestBytes(
  url: string,
  options: { maxBytes: number; timeoutMs?: number; headers?: Record<string, string>; net?: Outbound },
): Promise<Uint8Array> {
  const response = await (options.net ?? DIRECT).fetch(url, {
    ...(options.headers ? { headers: options.headers } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  if (!response.ok) {
    throw new HttpError(
      response.status,
      `GET download → ${response.status}`,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new RangeError(`download of ${declared} bytes exceeds ${options.maxBytes}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > options.maxBytes) throw new RangeError(`download exceeds ${options.maxBytes} bytes`);
  return bytes;
}

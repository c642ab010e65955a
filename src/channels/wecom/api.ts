import { DIRECT, type Outbound } from '../../net/outbound.ts';
import { requestJson } from '../common/http.ts';
import { HttpError } from '../common/retry.ts';

/** Every WeCom answer carries errcode/errmsg (HTTP 200 even for errors). */
interface WecomResult {
  errcode?: number;
  errmsg?: string;
}

/** errcodes meaning "this access_token is no good": fetch a new one and call once more. */
const TOKEN_INVALID = new Set([40014, 42001, 40082]);
/** System busy (-1), frequency (45009) and concurrency (45033) limits: worth retrying later. */
const TRANSIENT = new Set([-1, 45009, 45033]);

/**
 * A WeCom error as an HttpError, so the shared retry policy applies: busy/limits → 429/503 (retried), everything
 * else → 4xx (the platform will refuse again). 60020 is the missing 企业可信IP, said plainly in the log.
 */
/** media/get's answer for a file too large to fetch in one request. */
const FILE_TOO_LARGE = 830002;

export function wecomError(what: string, res: WecomResult): HttpError {
  const code = res.errcode ?? 0;
  const status = code === -1 ? 503 : TRANSIENT.has(code) ? 429 : code === 60020 ? 403 : 400;
  const hint = code === 60020 ? ' (add this server to the app’s 企业可信IP)' : '';
  return new HttpError(status, `${what} refused: ${code} ${res.errmsg ?? ''}${hint}`, undefined, code);
}

export type AppMessage =
  | { msgtype: 'text'; text: { content: string } }
  | { msgtype: 'markdown'; markdown: { content: string } }
  | { msgtype: 'file'; file: { media_id: string } };

/**
 * The 自建应用 server API on a configurable host (qyapi.weixin.qq.com or a 政务微信 deployment's own): a cached
 * access token (one fetch at a time, renewed 5 minutes early and at once when a call reports it invalid), message/send,
 * appchat/send, media/get and media/upload.
 */
export class WecomApi {
  #token: { value: string; until: number } | undefined;
  #fetching: Promise<string> | undefined;
  /** How many tokens were fetched (health, tests). */
  tokenFetches = 0;

  constructor(
    private readonly base: string,
    private readonly corpId: string,
    private readonly secret: string,
    private readonly agentId: number,
    private readonly now: () => number = Date.now,
    /** The outbound proxy route (HTTPS_PROXY / NO_PROXY). */
    private readonly net: Outbound = DIRECT,
  ) {}

  async accessToken(): Promise<string> {
    if (this.#token && this.#token.until > this.now()) return this.#token.value;
    this.#fetching ??= this.#fetchToken().finally(() => {
      this.#fetching = undefined;
    });
    return this.#fetching;
  }

  async #fetchToken(): Promise<string> {
    const url = `${this.base}/cgi-bin/gettoken?corpid=${encodeURIComponent(this.corpId)}&corpsecret=${encodeURIComponent(this.secret)}`;
    this.tokenFetches++;
    const res = await requestJson<WecomResult & { access_token?: string; expires_in?: number }>(url, {
      net: this.net,
    });
    if (res.errcode || !res.access_token) throw wecomError('gettoken', res);
    const ttl = Math.max(60, (res.expires_in ?? 7200) - 300);
    this.#token = { value: res.access_token, until: this.now() + ttl * 1000 };
    return res.access_token;
  }

  /** Drops the cached token if it is still the one that was refused (another call may have renewed it already). */
  #invalidate(token: string) {
    if (this.#token?.value === token) this.#token = undefined;
  }

  /** Runs a call with the current token; a token-invalid answer gets one more try with a fresh token. */
  async #withToken<T extends WecomResult>(what: string, call: (token: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const res = await call(token);
      if (res.errcode && TOKEN_INVALID.has(res.errcode) && attempt === 0) {
        this.#invalidate(token);
        continue;
      }
      if (res.errcode) throw wecomError(what, res);
      return res;
    }
  }

  #post<T extends WecomResult>(path: string, body: unknown): Promise<T> {
    return this.#withToken(path, (token) =>
      requestJson<T>(`${this.base}${path}?access_token=${encodeURIComponent(token)}`, {
        body,
        net: this.net,
      }),
    );
  }

  /**
   * An application message to one user (message/send); `invaliduser` means the user is outside the app's range.
   * `duplicateCheckSeconds`: WeCom drops a request identical to one it took within that window (at most 4 hours), so
   * a retried push whose first attempt did arrive (a timeout after delivery) is not shown twice. Not for replies: a
   * user who asks the same thing twice should get the answer twice.
   */
  async sendToUser(
    userId: string,
    message: AppMessage,
    options: { duplicateCheckSeconds?: number } = {},
  ): Promise<void> {
    const dedupe = options.duplicateCheckSeconds
      ? {
          enable_duplicate_check: 1,
          duplicate_check_interval: Math.min(14_400, options.duplicateCheckSeconds),
        }
      : {};
    const res = await this.#post<WecomResult & { invaliduser?: string }>('/cgi-bin/message/send', {
      touser: userId,
      agentid: this.agentId,
      ...message,
      safe: 0,
      ...dedupe,
    });
    if (res.invaliduser) {
      throw new HttpError(
        400,
        `message/send: user not reachable (${res.invaliduser})`,
        undefined,
        'invaliduser',
      );
    }
  }

  /** A message to a 群聊 the app created (appchat/create); the app must be its creator. */
  async sendToChat(chatId: string, message: AppMessage): Promise<void> {
    await this.#post('/cgi-bin/appchat/send', { chatid: chatId, ...message, safe: 0 });
  }

  /**
   * A file a user sent the app, by media_id. An error comes back as JSON with HTTP 200; the bytes are read with a
   * cap, so an oversized file is refused without being held in memory.
   */
  async download(mediaId: string, maxBytes: number): Promise<Uint8Array> {
    let bytes: Uint8Array | undefined;
    await this.#withToken('media/get', async (token) => {
      const response = await this.net.fetch(
        `${this.base}/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`,
        { signal: AbortSignal.timeout(60_000) },
      );
      if (!response.ok) throw new HttpError(response.status, `media/get → ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      if (/json|text\/plain/i.test(type)) {
        const res = (await response.json()) as WecomResult;
        // 830002: too large for one request (WeCom wants Range downloads from 20 MB on), above any limit we accept.
        if (res.errcode === FILE_TOO_LARGE)
          throw new RangeError(`media/get: ${res.errcode} ${res.errmsg ?? ''}`);
        return res;
      }
      bytes = await readCapped(response, maxBytes);
      return {};
    });
    return bytes!;
  }

  /** Uploads a temporary file (3 days) for a `file` message; returns its media_id. */
  async upload(name: string, data: Uint8Array): Promise<string> {
    const res = await this.#withToken('media/upload', async (token) => {
      const form = new FormData();
      form.append('media', new Blob([new Uint8Array(data)]), name);
      const response = await this.net.fetch(
        `${this.base}/cgi-bin/media/upload?access_token=${encodeURIComponent(token)}&type=file`,
        { method: 'POST', body: form, signal: AbortSignal.timeout(60_000) },
      );
      if (!response.ok) throw new HttpError(response.status, `media/upload → ${response.status}`);
      return (await response.json()) as WecomResult & { media_id?: string };
    });
    if (!res.media_id) throw wecomError('media/upload', res);
    return res.media_id;
  }
}

/** The body, refused (RangeError) as soon as it passes `maxBytes`; a declared length over it is refused unread. */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw new RangeError(`download exceeds ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RangeError(`download exceeds ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/**
 * A 群机器人 (group robot) webhook: the simplest push target for a department's summary, no app needed. 20 messages
 * a minute per robot; markdown up to 4096 bytes.
 */
export async function sendGroupWebhook(
  base: string,
  key: string,
  message:
    | { msgtype: 'markdown'; markdown: { content: string } }
    | { msgtype: 'text'; text: { content: string } },
  net: Outbound = DIRECT,
): Promise<void> {
  const res = await requestJson<WecomResult>(`${base}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`, {
    body: message,
    net,
  });
  if (res?.errcode) throw wecomError('webhook/send', res);
}

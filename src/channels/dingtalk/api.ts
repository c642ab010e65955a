import { DIRECT, type Outbound } from '../../net/outbound.ts';
import { requestBytes, requestJson } from '../common/http.ts';
import { HttpError } from '../common/retry.ts';
import { DEFAULT_HOSTS, type DingTalkHosts } from './config.ts';

/** errcode of a robot send over its rate limit (20 per minute per group robot). */
const RATE_LIMITED = 130101;

/** Markdown (most replies) or a file uploaded with `uploadFile`. */
export type RobotMessage = { title: string; text: string } | { mediaId: string; fileName: string };

function robotPayload(message: RobotMessage): { msgKey: string; msgParam: string } {
  if ('mediaId' in message) {
    const fileType = message.fileName.split('.').pop()?.toLowerCase() ?? 'file';
    return { msgKey: 'sampleFile', msgParam: JSON.stringify({ ...message, fileType }) };
  }
  return { msgKey: 'sampleMarkdown', msgParam: JSON.stringify(message) };
}

/** The DingTalk OpenAPI calls the robot needs, with a cached access token. */
export interface DingTalkApiOptions {
  clientId: string;
  clientSecret: string;
  hosts?: DingTalkHosts;
  now?: () => number;
  net?: Outbound;
  /** Per-call timeout of the OpenAPI calls (default 15 s). */
  callTimeoutMs?: number;
}

export class DingTalkApi {
  #token: { value: string; until: number } | undefined;
  private readonly clientId: string;
  private readonly clientSecret: string;
  readonly hosts: DingTalkHosts;
  private readonly now: () => number;
  readonly net: Outbound;
  private readonly callTimeoutMs: number | undefined;

  constructor(options: DingTalkApiOptions) {
    this.callTimeoutMs = options.callTimeoutMs;
    this.clientId = options.clientId;
    this.clientSecret = options.clientSecret;
    this.hosts = options.hosts ?? DEFAULT_HOSTS;
    this.now = options.now ?? Date.now;
    this.net = options.net ?? DIRECT;
  }

  async accessToken(): Promise<string> {
    if (this.#token && this.#token.until > this.now()) return this.#token.value;
    const url = `${this.hosts.oapi}/gettoken?appkey=${encodeURIComponent(this.clientId)}&appsecret=${encodeURIComponent(this.clientSecret)}`;
    const res = await requestJson<{
      errcode?: number;
      errmsg?: string;
      access_token?: string;
      expires_in?: number;
    }>(url, { net: this.net });
    if (res.errcode || !res.access_token)
      throw new HttpError(
        401,
        `gettoken refused: ${res.errcode} ${res.errmsg ?? ''}`,
        undefined,
        res.errcode,
      );
    // Renew 5 minutes early (tokens last 7200 s).
    this.#token = { value: res.access_token, until: this.now() + ((res.expires_in ?? 7200) - 300) * 1000 };
    return res.access_token;
  }

  private async call<T>(path: string, body: unknown): Promise<T> {
    const token = await this.accessToken();
    return requestJson<T>(`${this.hosts.api}${path}`, {
      body,
      headers: { 'x-acs-dingtalk-access-token': token },
      net: this.net,
      ...(this.callTimeoutMs ? { timeoutMs: this.callTimeoutMs } : {}),
    });
  }

  /** A file a user sent the robot: downloadCode → temporary URL → bytes. */
  async download(downloadCode: string, robotCode: string, maxBytes: number): Promise<Uint8Array> {
    const { downloadUrl } = await this.call<{ downloadUrl?: string }>('/v1.0/robot/messageFiles/download', {
      downloadCode,
      robotCode,
    });
    if (!downloadUrl) throw new HttpError(404, 'messageFiles/download returned no downloadUrl');
    return requestBytes(downloadUrl, { maxBytes, net: this.net });
  }

  /** A robot message to users, without a session (reminders, expired sessionWebhook, files). */
  async sendToUsers(robotCode: string, userIds: string[], message: RobotMessage): Promise<void> {
    await this.call('/v1.0/robot/oToMessages/batchSend', { robotCode, userIds, ...robotPayload(message) });
  }

  async sendToGroup(robotCode: string, openConversationId: string, message: RobotMessage): Promise<void> {
    await this.call('/v1.0/robot/groupMessages/send', {
      robotCode,
      openConversationId,
      ...robotPayload(message),
    });
  }

  /** Uploads a file for a `sampleFile` message; returns its media id. */
  async uploadFile(name: string, bytes: Uint8Array): Promise<string> {
    const token = await this.accessToken();
    const form = new FormData();
    form.append('media', new Blob([new Uint8Array(bytes)]), name);
    const response = await this.net.fetch(
      `${this.hosts.oapi}/media/upload?access_token=${encodeURIComponent(token)}&type=file`,
      {
        method: 'POST',
        body: form,
        signal: AbortSignal.timeout(60_000),
      },
    );
    const res = (await response.json().catch(() => ({}))) as {
      errcode?: number;
      errmsg?: string;
      media_id?: string;
    };
    if (!response.ok || res.errcode || !res.media_id) {
      const status = response.ok ? 400 : response.status;
      throw new HttpError(
        status,
        `media/upload refused: ${res.errcode} ${res.errmsg ?? ''}`,
        undefined,
        res.errcode,
      );
    }
    return res.media_id;
  }

  /** A reply through the message's sessionWebhook (valid until sessionWebhookExpiredTime). */
  async sendToSession(
    sessionWebhook: string,
    markdown: { title: string; text: string },
    atUserIds: string[] = [],
  ): Promise<void> {
    const res = await requestJson<{ errcode?: number; errmsg?: string }>(sessionWebhook, {
      body: {
        msgtype: 'markdown',
        markdown,
        ...(atUserIds.length ? { at: { atUserIds, isAtAll: false } } : {}),
      },
      net: this.net,
    });
    if (res?.errcode) {
      throw new HttpError(
        res.errcode === RATE_LIMITED ? 429 : 400,
        `sessionWebhook refused: ${res.errcode} ${res.errmsg ?? ''}`,
        undefined,
        res.errcode,
      );
    }
  }
}

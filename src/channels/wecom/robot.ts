import { createDecipheriv } from 'node:crypto';
import { type Logger as SdkLogger, WSClient, type WsFrame } from '@wecom/aibot-node-sdk';
import type { Logger } from 'pino';
import { DIRECT, type Outbound } from '../../net/outbound.ts';
import { HttpError } from '../common/retry.ts';
import { safeError } from '../common/safe-error.ts';
import type { Connection } from '../common/supervisor.ts';
import { readCapped } from './api.ts';
import type { WecomRobotConfig } from './config.ts';
import type { WecomRobotMessage } from './decode.ts';

/** The SDK logs through this; its debug lines carry whole message bodies, so they go to trace. */
function sdkLogger(logger: Logger): SdkLogger {
  const line =
    (level: 'trace' | 'info' | 'warn' | 'error') =>
    (message: string, ...args: unknown[]) =>
      logger[level](
        { sdk: 'aibot', detail: args.length ? args.map(String).join(' ').slice(0, 300) : undefined },
        message,
      );
  return { debug: line('trace'), info: line('info'), warn: line('warn'), error: line('error') };
}

/**
 * A failed send as an HttpError the retry policy understands: an ack frame with errcode ≠ 0 is a refusal (busy and
 * rate limits retried, the rest not); an SDK Error (socket closed, not connected, ack timeout) is the connection's
 * trouble and worth another try once the supervisor has reconnected.
 */
function ackError(err: unknown): unknown {
  if (err && typeof err === 'object' && 'errcode' in err && !(err instanceof Error)) {
    const f = err as { errcode?: number; errmsg?: string };
    const code = f.errcode ?? 0;
    const status = code === -1 ? 503 : code === 45009 || code === 45033 ? 429 : 400;
    return new HttpError(status, `aibot send refused: ${code} ${f.errmsg ?? ''}`, undefined, code);
  }
  if (err instanceof Error && !(err instanceof HttpError))
    return new HttpError(503, `aibot send failed: ${err.message}`);
  return err;
}

/**
 * The 智能机器人 long connection (WeCom's @wecom/aibot-node-sdk): no public address needed. The SDK's own reconnect loop
 * is switched off (0 attempts); the channel's Supervisor opens a new client with backoff when one drops, like the other
 * long connections. WeCom keeps one connection per robot: a second one (another replica) closes the first.
 */
export class WecomRobot {
  #client: WSClient | undefined;
  /** When another process last took the connection over (WeCom's disconnected_event). */
  #takenOverAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly config: WecomRobotConfig,
    private readonly logger: Logger,
    private readonly onMessage: (message: WecomRobotMessage) => Promise<void>,
    private readonly net: Outbound = DIRECT,
    /**
     * How long to stay away after a takeover: reconnecting at once would take the connection back and start a tug of
     * war with the other process, each closing the other every second.
     */
    private readonly yieldMs = 5 * 60_000,
  ) {}

  get connected(): boolean {
    return this.#client?.isConnected ?? false;
  }

  /** One authenticated session; rejects when the socket or the authentication fails. */
  async connect(): Promise<Connection> {
    if (Date.now() - this.#takenOverAt < this.yieldMs) {
      throw new Error(
        'another process holds this robot’s connection (same Bot ID); run the robot in one replica only',
      );
    }
    const agent = this.net.agent(this.config.wsUrl);
    const client = new WSClient({
      botId: this.config.botId,
      secret: this.config.secret,
      wsUrl: this.config.wsUrl,
      maxReconnectAttempts: 0,
      maxAuthFailureAttempts: 0,
      logger: sdkLogger(this.logger),
      // The WebSocket goes through the outbound proxy when one is configured (ws takes an http.Agent).
      ...(agent ? { wsOptions: { agent } } : {}),
    });
    client.on('message', (frame: WsFrame<WecomRobotMessage>) => {
      if (!frame.body) return;
      void this.onMessage(frame.body).catch((err: unknown) =>
        this.logger.error({ err: safeError(err) }, 'wecom robot message not accepted'),
      );
    });
    client.on('event.disconnected_event', () => {
      this.#takenOverAt = Date.now();
      this.logger.error(
        'wecom robot: another process connected with this Bot ID and took the connection over',
      );
    });
    const closed = new Promise<void>((resolve) => client.on('disconnected', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        client.once('authenticated', () => resolve());
        client.once('error', (err: Error) => reject(err));
        client.once('disconnected', (reason: string) =>
          reject(new Error(`closed before authentication: ${reason}`)),
        );
        client.connect();
      });
    } catch (err) {
      client.disconnect();
      throw err;
    }
    // An error after authentication (a send, a heartbeat) is logged; a dead socket ends in 'disconnected'.
    client.on('error', (err: Error) =>
      this.logger.warn({ err: safeError(err) }, 'wecom robot connection error'),
    );
    this.#client = client;
    return {
      closed,
      close: () => {
        if (this.#client === client) this.#client = undefined;
        client.disconnect();
      },
    };
  }

  #live(): WSClient {
    const client = this.#client;
    if (!client?.isConnected) throw new HttpError(503, 'wecom robot not connected');
    return client;
  }

  /** A markdown message to a user (userid) or a robot group (chatid): aibot_send_msg. */
  async sendMarkdown(target: string, content: string): Promise<void> {
    try {
      await this.#live().sendMessage(target, { msgtype: 'markdown', markdown: { content } });
    } catch (err) {
      throw ackError(err);
    }
  }

  /** Uploads a file over the connection and sends it (exports). */
  async sendFile(target: string, name: string, bytes: Uint8Array): Promise<void> {
    try {
      const client = this.#live();
      const { media_id } = await client.uploadMedia(Buffer.from(bytes), { type: 'file', filename: name });
      await client.sendMediaMessage(target, 'file', media_id);
    } catch (err) {
      throw ackError(err);
    }
  }
}

/**
 * A robot file: downloaded from its short-lived URL with a size cap (the SDK's downloadFile reads any size into
 * memory), then decrypted with the message's own aeskey: AES-256-CBC, IV = the key's first 16 bytes, PKCS#7 to 32.
 */
export async function downloadRobotFile(
  handle: string,
  maxBytes: number,
  net: Outbound = DIRECT,
): Promise<Uint8Array> {
  const { url, aeskey } = JSON.parse(handle) as { url: string; aeskey: string };
  const response = await net.fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new HttpError(response.status, `robot file download → ${response.status}`);
  // The ciphertext is at most 32 bytes longer than the file.
  const data = await readCapped(response, maxBytes + 32);
  if (!aeskey) return data;
  const key = Buffer.from(aeskey, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(data), decipher.final()]);
  const pad = plain[plain.length - 1] ?? 0;
  if (pad < 1 || pad > 32 || pad > plain.length) throw new Error('robot file: bad padding (wrong aeskey?)');
  const bytes = plain.subarray(0, plain.length - pad);
  if (bytes.length > maxBytes) throw new RangeError(`download exceeds ${maxBytes} bytes`);
  return new Uint8Array(bytes);
}

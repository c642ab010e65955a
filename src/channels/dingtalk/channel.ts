import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { DWClient, type DWClientDownStream, TOPIC_ROBOT } from 'dingtalk-stream';
import type { Logger } from 'pino';
import type { BotIo } from '../../bot/bot.ts';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { log } from '../../log.ts';
import { DIRECT, type Outbound } from '../../net/outbound.ts';
import type { Channel, Recipient } from '../channel.ts';
import { defuseMarkup } from '../common/escape.ts';
import { asFileTooLarge } from '../common/file-limit.ts';
import { requestJson } from '../common/http.ts';
import type { Accept } from '../common/intake.ts';
import { type PermanentKind, permanentOr } from '../common/push-errors.ts';
import { PushOutcomeUnknown, sendOutcomeUnknown, withoutBlindResend } from '../common/push-outcome.ts';
import { renderMarkdownParts } from '../common/render-markdown.ts';
import { withRetry } from '../common/retry.ts';
import { safeError } from '../common/safe-error.ts';
import { type Connection, Supervisor } from '../common/supervisor.ts';
import { Throttle } from '../common/throttle.ts';
import { readRaw, type WebhookServer } from '../common/webhook-server.ts';
import { DingTalkApi, type RobotMessage } from './api.ts';
import type { DingTalkConfig } from './config.ts';
import { type DingTalkRobotMessage, decodeDingTalkMessage } from './decode.ts';
import { verifyDingTalkSignature } from './verify.ts';

/** The request body limit is 20000 bytes; leave room for the JSON around the markdown. */
const MARKDOWN_MAX_BYTES = 19_000;
/** A session webhook this close to expiry is not used; the OpenAPI send is. */
const SESSION_MARGIN_MS = 60_000;

/**
 * Refusals no retry changes. 90020 (old API) and Forbidden.AccessDenied.ApiCountLimitForOrg (new API): the
 * organisation's monthly API calls are used up (DingTalk's help centre, "API调用量超过限额后").
 */
const PERMANENT: Record<string, PermanentKind> = {
  '90020': 'quota',
  'Forbidden.AccessDenied.ApiCountLimitForOrg': 'quota',
};
export const dingTalkPermanentKind = (code: string | number) => PERMANENT[String(code)];

export interface DingTalkChannelOptions {
  config: DingTalkConfig;
  /** `bot.accept`: claims the msgId and queues; the frame is acked once it resolves. */
  accept: Accept;
  /** Needed in http mode: the shared listener the outgoing robot posts to. */
  webhooks?: WebhookServer;
  logger?: Logger;
  /** First backoff of reconnects and send retries (tests shorten it). */
  retryBaseMs?: number;
  now?: () => number;
  /** The outbound proxy route for the OpenAPI, downloads and the Stream WebSocket (default: direct). */
  net?: Outbound;
  /** Per-call timeout of the OpenAPI calls (default 15 s; tests shorten it). */
  callTimeoutMs?: number;
}

/**
 * DingTalk robot: Stream mode (DWClient, acked explicitly once the msgId is claimed) or the signed outgoing-webhook
 * HTTP mode; text, files (also a file quoted with an @ in a group), markdown replies via sessionWebhook with OpenAPI
 * fallback, pushes to users and groups.
 */
export class DingTalkChannel implements Channel {
  readonly name = 'dingtalk' as const;
  readonly api: DingTalkApi;
  private readonly config: DingTalkConfig;
  private readonly logger: Logger;
  private readonly supervisor: Supervisor;
  private readonly now: () => number;
  /** Group robots: 20 messages per minute. */
  private readonly groupThrottle = new Throttle(20 / 60, 5);
  private readonly userThrottle = new Throttle(5, 5);
  private client: DWClient | undefined;
  private readonly retry: { baseMs?: number };
  private readonly net: Outbound;

  constructor(private readonly options: DingTalkChannelOptions) {
    this.config = options.config;
    this.logger = options.logger ?? log.child({ module: 'dingtalk' });
    this.now = options.now ?? Date.now;
    this.retry = options.retryBaseMs ? { baseMs: options.retryBaseMs } : {};
    this.net = options.net ?? DIRECT;
    this.api = new DingTalkApi({
      clientId: this.config.clientId,
      clientSecret: this.config.clientSecret,
      ...(this.config.hosts ? { hosts: this.config.hosts } : {}),
      now: this.now,
      net: this.net,
      ...(options.callTimeoutMs ? { callTimeoutMs: options.callTimeoutMs } : {}),
    });
    if (this.config.mode === 'http') {
      if (!options.webhooks) throw new Error('DingTalk http mode needs the webhook server');
      options.webhooks.route(this.config.webhookPath, (req, res) => this.onHttp(req, res));
    }
    this.supervisor = new Supervisor({
      name: 'dingtalk',
      logger: this.logger,
      connect: () => this.connect(),
      ...(options.retryBaseMs ? { baseMs: options.retryBaseMs } : {}),
    });
  }

  get connected(): boolean {
    if (!this.supervisor.connected) return false;
    return this.config.mode === 'http'
      ? (this.options.webhooks?.listening ?? false)
      : !!this.client?.connected;
  }

  /** Settles after the first connect attempt (tests, start-up logs). */
  get firstAttempt(): Promise<void> {
    return this.supervisor.firstAttempt;
  }

  /** Events go to `accept` (given at construction), not `onMessage`: bot.handle would hold the ack until the reply. */
  async start(_onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void> {
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    await this.supervisor.stop();
  }

  private async connect(): Promise<Connection> {
    if (this.config.mode === 'http') {
      const webhooks = this.options.webhooks!;
      await webhooks.start();
      return webhooks.asConnection();
    }
    return this.connectStream();
  }

  /** One DWClient, connected: the SDK's own reconnect off, frames to `onStreamFrame`, every frame timed. */
  private async openClient(onFrame: () => void): Promise<DWClient> {
    const client = new DWClient({
      clientId: this.config.clientId,
      clientSecret: this.config.clientSecret,
      keepAlive: true,
    });
    client.config.autoReconnect = false;
    client.registerCallbackListener(TOPIC_ROBOT, (frame) => {
      void this.onStreamFrame(client, frame);
    });
    try {
      await this.openStream(client);
      await client._connect();
    } catch (err) {
      client.disconnect();
      throw err;
    }
    // Any frame counts (callbacks, the gateway's SYSTEM pings); ws-level pongs do not: they answer our own pings and
    // stay healthy on a session the gateway has stopped serving.
    (client as unknown as { socket?: { on(e: 'message', f: () => void): void } }).socket?.on(
      'message',
      onFrame,
    );
    return client;
  }

  /**
   * One Stream session. The SDK's own reconnect (fixed 1 s, can double up on error + close) is turned off; the
   * supervisor reconnects with backoff when the socket drops, seen through the client's `connected` flag. A session
   * that delivers no frame for `streamIdleMs` is replaced warm: the new connection is opened first and the old one
   * closed after, so no message falls between them (one arriving on both is deduplicated by its msgId).
   */
  private async connectStream(): Promise<Connection> {
    const idleMs = this.config.streamIdleMs ?? 180_000;
    let lastFrame = Date.now();
    const seen = () => {
      lastFrame = Date.now();
    };
    let client = await this.openClient(seen);
    this.client = client;
    let swapping = false;
    let ended = false;
    let watch: NodeJS.Timeout | undefined;
    let end!: () => void;
    const closed = new Promise<void>((resolve) => {
      end = resolve;
    });
    const close = () => {
      ended = true;
      clearInterval(watch);
      client.disconnect(); // also stops its heartbeat timer, which would otherwise outlive a dropped session
      end();
    };
    const replace = async () => {
      swapping = true;
      const silentFor = Date.now() - lastFrame;
      try {
        const fresh = await this.openClient(seen);
        if (ended) {
          fresh.disconnect();
          return;
        }
        const old = client;
        client = fresh;
        this.client = fresh;
        lastFrame = Date.now();
        old.disconnect();
        this.logger.warn({ silentMs: silentFor }, 'dingtalk stream idle; replaced by a fresh connection');
      } catch (err) {
        this.logger.error({ err: safeError(err) }, 'dingtalk stream idle and a fresh connection failed');
        close();
      } finally {
        swapping = false;
      }
    };
    watch = setInterval(
      () => {
        if (swapping || ended) return;
        if (!client.connected) close();
        else if (idleMs > 0 && Date.now() - lastFrame > idleMs) void replace();
      },
      Math.max(20, Math.min(250, idleMs / 4 || 250)),
    );
    watch.unref();
    return { closed, close };
  }

  /**
   * The SDK's `getEndpoint`, on the configured gateway (专有钉钉 has its own) and through the outbound proxy; the
   * WebSocket it then opens gets the proxy agent through `sslopts`, which the SDK passes to `new WebSocket`.
   */
  private async openStream(client: DWClient): Promise<void> {
    const { clientId, clientSecret, ua, subscriptions } = client.config;
    const res = await requestJson<{ endpoint?: string; ticket?: string }>(this.api.hosts.stream, {
      body: { clientId, clientSecret, ua, subscriptions },
      net: this.net,
    });
    if (!res?.endpoint || !res.ticket)
      throw new Error('dingtalk stream gateway returned no endpoint or ticket');
    // Both fields are private in the SDK's types but are what its `_connect` reads.
    const internals = client as unknown as { dw_url?: string; sslopts: Record<string, unknown> };
    internals.dw_url = `${res.endpoint}?ticket=${res.ticket}`;
    const agent = this.net.agent(res.endpoint);
    internals.sslopts = { rejectUnauthorized: true, ...(agent ? { agent } : {}) };
  }

  /** Claim and queue, then ack at once; an unacked frame is re-pushed for ~60 s, so a failed claim is not acked. */
  private async onStreamFrame(client: DWClient, frame: DWClientDownStream): Promise<void> {
    const frameId = frame.headers.messageId;
    try {
      await this.intake(JSON.parse(frame.data) as DingTalkRobotMessage);
      client.socketCallBackResponse(frameId, { status: 'ok' });
    } catch (err) {
      this.logger.error({ err: safeError(err), frameId }, 'dingtalk frame not accepted; left for redelivery');
    }
  }

  /** The outgoing robot (HTTP mode): signed with the app secret, timestamp within 1 h. */
  private async onHttp(req: HttpRequest, res: ServerResponse) {
    if (!verifyDingTalkSignature(req.headers, this.config.clientSecret, this.now())) {
      this.logger.warn('dingtalk callback with a bad signature or stale timestamp refused');
      res.writeHead(401).end();
      return;
    }
    let message: DingTalkRobotMessage;
    try {
      message = JSON.parse(await readRaw(req)) as DingTalkRobotMessage;
    } catch {
      res.writeHead(400).end();
      return;
    }
    await this.intake(message);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  }

  private async intake(message: DingTalkRobotMessage): Promise<void> {
    const msg = decodeDingTalkMessage(message, this.config.robotCode, new Date(this.now()));
    if (!msg) {
      this.logger.debug({ msgtype: message.msgtype }, 'dingtalk message type not handled');
      return;
    }
    await this.options.accept(msg, this.ioFor(msg));
  }

  private ioFor(msg: IncomingMessage): BotIo {
    return {
      reply: (reply) => this.reply(msg.chat, reply),
      download: () => {
        if (!msg.file) throw new Error('message has no file');
        return this.download(msg.file, msg.chat);
      },
    };
  }

  async download(file: IncomingFile, chat: ChatRef): Promise<Uint8Array> {
    const robotCode = chat.platform?.robotCode || this.config.robotCode;
    try {
      return await withRetry(() => this.api.download(file.handle, robotCode, this.config.maxFileBytes), {
        logger: this.logger,
        what: 'dingtalk download',
        ...this.retry,
      });
    } catch (err) {
      throw asFileTooLarge(err, this.config.maxFileBytes);
    }
  }

  /**
   * Markdown through the session webhook while it is valid, else the OpenAPI send to the user or group. A file goes
   * through the OpenAPI always (session webhooks take no files).
   */
  async reply(to: ChatRef, reply: Reply): Promise<void> {
    const p = to.platform ?? {};
    const sessionValid =
      !!p.sessionWebhook && Number(p.sessionWebhookExpiredTime ?? 0) - SESSION_MARGIN_MS > this.now();
    const robotCode = p.robotCode || this.config.robotCode;
    const direct = (message: RobotMessage) => {
      if (to.isGroup) return this.api.sendToGroup(robotCode, to.chatId, message);
      if (!p.staffId) throw new AppError('CHANNEL_REJECTED', '无法回复：缺少用户标识。');
      return this.api.sendToUsers(robotCode, [p.staffId], message);
    };
    // In a group the first part @s the asker (the session webhook carries `at`; the robot API cannot @).
    const asker = to.isGroup && sessionValid && p.staffId ? p.staffId : undefined;
    for (const [i, part] of renderDingTalk(reply).entries()) {
      const at = asker && i === 0 ? [asker] : [];
      const markdown = at.length ? { ...part, text: `${part.text}\n\n@${asker}` } : part;
      await this.throttle(to.isGroup, to.chatId);
      await withRetry(
        () => (sessionValid ? this.api.sendToSession(p.sessionWebhook!, markdown, at) : direct(markdown)),
        {
          logger: this.logger,
          what: 'dingtalk send',
          ...this.retry,
        },
      );
    }
    if (reply.attachment) {
      const file = await this.uploadAttachment(reply.attachment);
      await this.throttle(to.isGroup, to.chatId);
      await withRetry(() => direct(file), { logger: this.logger, what: 'dingtalk file send', ...this.retry });
    }
  }

  private throttle(isGroup: boolean, key: string) {
    return (isGroup ? this.groupThrottle : this.userThrottle).take(key);
  }

  private async uploadAttachment(file: NonNullable<Reply['attachment']>): Promise<RobotMessage> {
    const mediaId = await withRetry(() => this.api.uploadFile(file.name, file.bytes), {
      logger: this.logger,
      what: 'dingtalk upload',
      ...this.retry,
    });
    return { mediaId, fileName: file.name };
  }

  /**
   * Reminders: to a user by staffId, to a group by openConversationId. The robot API takes no idempotency key.
   * The organisation's monthly API quota running out is final for the month: no retries, one alert.
   */
  async push(to: Recipient, reply: Reply): Promise<void> {
    try {
      await this.pushParts(to, reply);
    } catch (err) {
      // No idempotency key: a send that may have been taken is not sent again, here or by the scheduler.
      if (sendOutcomeUnknown(err)) throw new PushOutcomeUnknown('dingtalk', { cause: safeError(err) });
      permanentOr(err, 'dingtalk', dingTalkPermanentKind);
    }
  }

  private async pushParts(to: Recipient, reply: Reply): Promise<void> {
    const send = (message: RobotMessage) =>
      to.kind === 'group'
        ? this.api.sendToGroup(this.config.robotCode, to.id, message)
        : this.api.sendToUsers(this.config.robotCode, [to.id], message);
    const messages: RobotMessage[] = renderDingTalk(reply);
    if (reply.attachment) messages.push(await this.uploadAttachment(reply.attachment));
    for (const message of messages) {
      await this.throttle(to.kind === 'group', to.id);
      await withRetry(() => send(message), {
        logger: this.logger,
        what: 'dingtalk push',
        classify: withoutBlindResend(),
        ...this.retry,
      });
    }
  }
}

/** DingTalk markdown has no tables and shows backslash escapes (so user text is defused); the title is what notifications show. */
export function renderDingTalk(reply: Reply): { title: string; text: string }[] {
  const title = defuseMarkup((reply.title ?? reply.text?.split('\n')[0] ?? '绩效自评助手').slice(0, 40));
  const { attachment: _sentAsFile, ...rest } = reply;
  return renderMarkdownParts(rest, {
    maxChars: MARKDOWN_MAX_BYTES,
    maxBytes: MARKDOWN_MAX_BYTES,
    escape: defuseMarkup,
  }).map((text) => ({ title, text }));
}

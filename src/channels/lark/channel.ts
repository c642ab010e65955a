import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import * as lark from '@larksuiteoapi/node-sdk';
import type { Logger } from 'pino';
import type { BotIo } from '../../bot/bot.ts';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { log } from '../../log.ts';
import { DIRECT, type Outbound } from '../../net/outbound.ts';
import type { Channel, PushOptions, Recipient } from '../channel.ts';
import { defuseMarkup } from '../common/escape.ts';
import { fileTooLarge } from '../common/file-limit.ts';
import type { Accept } from '../common/intake.ts';
import { type PermanentKind, permanentOr } from '../common/push-errors.ts';
import { renderTextParts } from '../common/render-text.ts';
import { classifySendError, HttpError, type RetryDecision, withRetry } from '../common/retry.ts';
import { safeError, withSafeErrors } from '../common/safe-error.ts';
import { type Connection, Supervisor } from '../common/supervisor.ts';
import { Throttle } from '../common/throttle.ts';
import type { WebhookServer } from '../common/webhook-server.ts';
import { buildCards, needsCard, TEXT_MAX_CHARS, withPressed } from './card.ts';
import type { LarkConfig } from './config.ts';
import {
  type ButtonValue,
  decodeLarkCardAction,
  decodeLarkMessage,
  type LarkCardActionEvent,
  type LarkMessageEvent,
} from './decode.ts';
import { type LarkHttpOptions, larkHttp } from './http.ts';

const isOwnError = (err: unknown) => err instanceof AppError || err instanceof HttpError;

/** Lark answers a rate-limited call with this code (HTTP 429, or 400 on older APIs). */
const RATE_LIMITED = 99991400;

/** Send refusals that no retry changes (IM error codes of message create/reply). */
const PERMANENT: Record<number, PermanentKind> = {
  230002: 'not_in_chat', // The bot can not be outside the group.
  230013: 'out_of_scope', // Bot has NO availability to this user.
  230006: 'not_enabled', // Bot ability is not activated.
  230027: 'not_enabled', // Lack of necessary permissions.
  99991672: 'not_enabled', // the app lacks the API's scope
};
export const larkPermanentKind = (code: string | number) => PERMANENT[Number(code)];

interface AxiosLike {
  response?: { status?: number; headers?: Record<string, unknown>; data?: { code?: unknown; msg?: unknown } };
}

/** Seconds until Lark's rate-limit window resets (`x-ogw-ratelimit-reset`), in ms. */
function resetAfterMs(headers: Record<string, unknown> | undefined): number | undefined {
  const v = Number(headers?.['x-ogw-ratelimit-reset']);
  return Number.isFinite(v) && v >= 0 ? v * 1000 : undefined;
}

/**
 * An SDK (axios) error as our HttpError: status, Lark's code from the body, and when to retry — from
 * `x-ogw-ratelimit-reset` or `retry-after`. Code 99991400 is a rate limit whatever the status (400 on older APIs).
 */
export function larkHttpError(err: unknown, what: string): unknown {
  const res = (err as AxiosLike | null)?.response;
  if (!res?.status) return err;
  const code = typeof res.data?.code === 'number' ? res.data.code : undefined;
  const limited = res.status === 429 || code === RATE_LIMITED;
  const retryAfter = resetAfterMs(res.headers) ?? classifySendError(err).afterMs;
  return new HttpError(
    limited ? 429 : res.status,
    `${what} → ${res.status} ${code ?? ''} ${String(res.data?.msg ?? '').slice(0, 200)}`.trim(),
    retryAfter,
    code,
  );
}

/** The default retry policy on Lark's errors translated first (so 400/99991400 waits out the reset and retries). */
export function classifyLarkError(err: unknown): RetryDecision {
  return classifySendError(larkHttpError(err, 'lark'));
}

export interface LarkChannelOptions {
  config: LarkConfig;
  /** `bot.accept`: claims the event id and queues; the platform is acked once it resolves. */
  accept: Accept;
  /** Needed in webhook mode: the shared listener the events are routed to. */
  webhooks?: WebhookServer;
  logger?: Logger;
  /** First backoff of reconnects and send retries (tests shorten it). */
  retryBaseMs?: number;
  /** The outbound proxy route for the OpenAPI and the long connection (default: direct). */
  net?: Outbound;
  /** Per-call timeouts of the OpenAPI (tests shorten them). */
  http?: LarkHttpOptions;
}

/**
 * One SDK log argument as text. Its error objects carry the request (`config.data` holds the app secret on a token
 * call, message text on a send), so only their message and status are kept.
 */
function sdkArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (Array.isArray(arg)) return arg.map(sdkArg).join('; ');
  if (arg && typeof arg === 'object') {
    const a = arg as { message?: unknown; msg?: unknown; code?: unknown; response?: { status?: unknown } };
    const text = [a.message ?? a.msg, a.code, a.response?.status].filter((v) => v !== undefined).join(' ');
    return text || '[object]';
  }
  return String(arg);
}

/** The SDK's console logging, sent to pino instead. */
function sdkLogger(logger: Logger): lark.Logger {
  const line = (msg: unknown[]) => msg.map(sdkArg).join(' ');
  return {
    error: (...msg) => logger.warn({ sdk: 'lark' }, line(msg)),
    warn: (...msg) => logger.warn({ sdk: 'lark' }, line(msg)),
    info: (...msg) => logger.debug({ sdk: 'lark' }, line(msg)),
    debug: (...msg) => logger.trace({ sdk: 'lark' }, line(msg)),
    trace: (...msg) => logger.trace({ sdk: 'lark' }, line(msg)),
  };
}

const domainOf = (domain: string) =>
  domain === 'feishu' ? lark.Domain.Feishu : domain === 'lark' ? lark.Domain.Lark : domain.replace(/\/$/, '');

/** Idempotency key for one part of one reply: retries and redelivered processing reuse it (Lark dedups 1 h). */
const sendUuid = (base: string, part: number) => `${base}-${part}`.slice(0, 50);

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      throw fileTooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Lark / Feishu: events by long connection (WSClient) or signed, encrypted webhook; text, files, cards with buttons,
 * proactive pushes. Every event is acked as soon as `accept` has claimed its id; the work runs on the bot's queue.
 */
export class LarkChannel implements Channel {
  readonly name = 'lark' as const;
  readonly client: lark.Client;
  /** The one dispatcher both transports drive; WSClient calls `invoke(data, { needCheck: false })`. */
  readonly dispatcher: lark.EventDispatcher;
  private readonly config: LarkConfig;
  private readonly logger: Logger;
  private readonly supervisor: Supervisor;
  /** 5 QPS per chat (SDK doc on im.message.reply). */
  private readonly throttle = new Throttle(5, 5);
  private botOpenId: string | undefined;
  private readonly retry: { baseMs?: number };
  private ws: lark.WSClient | undefined;
  private readonly net: Outbound;
  /**
   * Cards this process sent, by message_id (the latest 500): a press answers with the card, its button disabled. After
   * a restart an older card is not known; its press is still answered once (the event id names card, user, button).
   */
  private readonly cards = new Map<string, Record<string, unknown>>();
  private readonly http: ReturnType<typeof larkHttp>;

  constructor(private readonly options: LarkChannelOptions) {
    const { config } = options;
    this.config = config;
    this.logger = options.logger ?? log.child({ module: 'lark' });
    this.botOpenId = config.botOpenId;
    this.retry = options.retryBaseMs ? { baseMs: options.retryBaseMs } : {};
    const sdk = { logger: sdkLogger(this.logger), loggerLevel: lark.LoggerLevel.warn };
    this.net = options.net ?? DIRECT;
    this.http = larkHttp(this.net, options.http);
    this.client = new lark.Client({
      appId: config.appId,
      appSecret: config.appSecret,
      domain: domainOf(config.domain),
      httpInstance: this.http,
      ...sdk,
    });
    this.dispatcher = new lark.EventDispatcher({
      ...(config.encryptKey ? { encryptKey: config.encryptKey } : {}),
      ...(config.verificationToken ? { verificationToken: config.verificationToken } : {}),
      ...sdk,
    }).register({
      'im.message.receive_v1': (data: LarkMessageEvent) => this.onMessageEvent(data),
      'card.action.trigger': (data: LarkCardActionEvent) => this.onCardAction(data),
    });
    if (config.mode === 'webhook') {
      if (!options.webhooks) throw new Error('Lark webhook mode needs the webhook server');
      options.webhooks.route(
        config.webhookPath,
        lark.adaptDefault(config.webhookPath, this.dispatcher, { autoChallenge: true }),
      );
    }
    this.supervisor = new Supervisor({
      name: 'lark',
      logger: this.logger,
      connect: () => this.connect(),
      ...(options.retryBaseMs ? { baseMs: options.retryBaseMs } : {}),
    });
  }

  get connected(): boolean {
    if (!this.supervisor.connected) return false;
    return this.config.mode === 'webhook'
      ? (this.options.webhooks?.listening ?? false)
      : this.ws?.getConnectionStatus().state === 'connected';
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
    await this.loadBotOpenId();
    if (this.config.mode === 'webhook') {
      const webhooks = this.options.webhooks!;
      await webhooks.start();
      return webhooks.asConnection();
    }
    return this.connectLongConnection();
  }

  /** WSClient reconnects by itself; the supervisor takes over only when it gives up (`onError`). */
  private connectLongConnection(): Promise<Connection> {
    return new Promise((resolve, reject) => {
      let ready = false;
      let gaveUp!: (err: Error) => void;
      const closed = new Promise<void>((done) => {
        gaveUp = (err) => {
          this.logger.error({ err: safeError(err) }, 'lark long connection gave up');
          done();
        };
      });
      const ws = new lark.WSClient({
        appId: this.config.appId,
        appSecret: this.config.appSecret,
        domain: domainOf(this.config.domain),
        // The endpoint lookup and the WebSocket itself go through the proxy too.
        httpInstance: this.http,
        agent: this.net.routingAgent,
        logger: sdkLogger(this.logger),
        loggerLevel: lark.LoggerLevel.warn,
        autoReconnect: true,
        onReady: () => {
          ready = true;
          this.ws = ws;
          resolve({ closed, close: () => ws.close({ force: true }) });
        },
        onError: (err) => {
          if (ready) gaveUp(err);
          else {
            ws.close({ force: true });
            reject(err);
          }
        },
        onReconnecting: () => this.logger.warn('lark long connection dropped, reconnecting'),
        onReconnected: () => this.logger.info('lark long connection restored'),
      });
      void ws.start({ eventDispatcher: this.dispatcher });
    });
  }

  /** Group messages count only when they @ this bot; its open_id comes from /open-apis/bot/v3/info. */
  private async loadBotOpenId() {
    if (this.botOpenId) return;
    const res = await this.client.request<{ code: number; msg?: string; bot?: { open_id?: string } }>({
      method: 'GET',
      url: '/open-apis/bot/v3/info',
    });
    if (res.code !== 0 || !res.bot?.open_id) throw new Error(`bot info failed: ${res.code} ${res.msg ?? ''}`);
    this.botOpenId = res.bot.open_id;
  }

  /** Webhook events carry the verification token; the SDK itself never compares it. */
  private tokenOk(token: string | undefined): boolean {
    if (this.config.mode !== 'webhook' || !this.config.verificationToken) return true;
    if (token === this.config.verificationToken) return true;
    this.logger.warn('lark event with a wrong verification token dropped');
    return false;
  }

  private async onMessageEvent(data: LarkMessageEvent): Promise<void> {
    if (!this.tokenOk(data.token)) return;
    const msg = decodeLarkMessage(data, this.botOpenId);
    if (!msg) return;
    await this.options.accept(msg, this.ioFor(msg));
  }

  /**
   * A button press: queued like a message; Lark shows the toast we return (the answer must come within 3 s). Its
   * verification token is not comparable: the SDK merges the card's own `token` over the header's. The signature
   * (webhook) or the authenticated connection (WS) vouches for it.
   */
  private async onCardAction(data: LarkCardActionEvent) {
    const msg = decodeLarkCardAction(data);
    if (!msg) return undefined;
    const { accepted } = await this.options.accept(msg, this.ioFor(msg));
    const card = this.cards.get(data.context?.open_message_id ?? '');
    const value = data.action?.value as Partial<ButtonValue> | undefined;
    const pressed =
      card && value?.action
        ? withPressed(card, { action: value.action, value: value.value ?? '' })
        : undefined;
    if (pressed) this.remember(data.context!.open_message_id!, pressed);
    return {
      toast: { type: 'info', content: accepted ? '正在处理…' : '已处理过，请查看上面的回复' },
      ...(pressed ? { card: { type: 'raw', data: pressed } } : {}),
    };
  }

  private ioFor(msg: IncomingMessage): BotIo {
    const base = createHash('sha256').update(msg.eventId).digest('hex').slice(0, 32);
    let sent = 0;
    return {
      reply: (reply) => this.send(msg.chat, reply, `${base}-${sent++}`),
      download: () => {
        if (!msg.file) throw new Error('message has no file');
        return this.download(msg.file, msg.chat);
      },
    };
  }

  reply(to: ChatRef, reply: Reply): Promise<void> {
    return this.send(to, reply, randomUUID());
  }

  /**
   * Reminders: to a user by open_id, to a group by chat_id. The uuid of each part derives from the idempotency key,
   * so a resend of the same reminder (after a crash, or a timed-out call the platform had taken) is dropped by Lark.
   */
  pushDropsRepeats(): boolean {
    return true; // the uuid, for an hour
  }

  async push(to: Recipient, reply: Reply, options: PushOptions = {}): Promise<void> {
    const base = options.idempotencyKey
      ? createHash('sha256').update(`push:${options.idempotencyKey}`).digest('hex').slice(0, 32)
      : randomUUID();
    try {
      await this.send(
        { channel: 'lark', chatId: to.id, isGroup: to.kind === 'group', platform: {} },
        reply,
        base,
        to.kind === 'user' ? 'open_id' : 'chat_id',
      );
    } catch (err) {
      permanentOr(err, 'lark', larkPermanentKind);
    }
  }

  private send(to: ChatRef, reply: Reply, idBase: string, receiveIdType: 'open_id' | 'chat_id' = 'chat_id') {
    return withSafeErrors(this.sendParts(to, reply, idBase, receiveIdType), isOwnError);
  }

  private async sendParts(
    to: ChatRef,
    reply: Reply,
    idBase: string,
    receiveIdType: 'open_id' | 'chat_id' = 'chat_id',
  ): Promise<void> {
    const messages: { type: string; content: string; card?: Record<string, unknown> }[] = [];
    if (needsCard(reply)) {
      for (const card of buildCards(reply, to.isGroup))
        messages.push({ type: 'interactive', content: JSON.stringify(card), card });
    } else if (reply.text) {
      for (const text of renderTextParts({ text: reply.text }, { maxChars: TEXT_MAX_CHARS })) {
        // Lark text reads <at …> tags and [text](url) links, with no escape: user text is defused.
        messages.push({ type: 'text', content: JSON.stringify({ text: defuseMarkup(text) }) });
      }
    }
    if (reply.attachment) {
      const fileKey = await this.upload(reply.attachment);
      messages.push({ type: 'file', content: JSON.stringify({ file_key: fileKey }) });
    }
    for (const [i, m] of messages.entries()) {
      await this.throttle.take(to.chatId);
      const messageId = await withRetry(
        () => this.post(to, m.type, m.content, sendUuid(idBase, i), receiveIdType),
        { logger: this.logger, what: 'lark send', classify: classifyLarkError, ...this.retry },
      );
      if (m.card && messageId) this.remember(messageId, m.card);
    }
  }

  private remember(messageId: string, card: Record<string, unknown>) {
    this.cards.delete(messageId);
    this.cards.set(messageId, card);
    if (this.cards.size > 500) this.cards.delete(this.cards.keys().next().value!);
  }

  /** A reply in the thread of the message it answers, or a new message (pushes, or no message to answer). */
  private async post(
    to: ChatRef,
    msgType: string,
    content: string,
    uuid: string,
    receiveIdType: 'open_id' | 'chat_id',
  ) {
    const messageId = to.platform?.messageId;
    const data = { msg_type: msgType, content, uuid };
    const res = await (messageId
      ? this.client.im.v1.message.reply({ path: { message_id: messageId }, data })
      : this.client.im.v1.message.create({
          params: { receive_id_type: receiveIdType },
          data: { receive_id: to.chatId, ...data },
        })
    ).catch((err: unknown) => {
      throw larkHttpError(err, 'lark send');
    });
    if (res.code !== 0) {
      throw new HttpError(
        res.code === RATE_LIMITED ? 429 : 400,
        `lark send refused: ${res.code} ${res.msg ?? ''}`,
        undefined,
        res.code,
      );
    }
    return res.data?.message_id;
  }

  private async upload(file: NonNullable<Reply['attachment']>): Promise<string> {
    const type = /\.xlsx?$/i.test(file.name)
      ? 'xls'
      : /\.docx?$/i.test(file.name)
        ? 'doc'
        : /\.pdf$/i.test(file.name)
          ? 'pdf'
          : 'stream';
    const res = await withRetry(
      () =>
        this.client.im.v1.file.create({
          data: { file_type: type, file_name: file.name, file: Buffer.from(file.bytes) },
        }),
      { logger: this.logger, what: 'lark upload', classify: classifyLarkError, ...this.retry },
    );
    if (!res?.file_key) throw new AppError('CHANNEL_REJECTED', '文件发送失败，请稍后重试或在网页版导出。');
    return res.file_key;
  }

  /** `file:<file_key>` or `image:<image_key>` of the message in `chat.platform.messageId`. */
  async download(file: IncomingFile, chat: ChatRef): Promise<Uint8Array> {
    const messageId = chat.platform?.messageId;
    const [kind, key] = file.handle.split(/:(.*)/s);
    if (!messageId || !key)
      throw new AppError('FILE_UNREADABLE', `无法获取文件《${file.name}》，请重新发送。`);
    const download = withRetry(
      async () => {
        const res = await this.client.im.v1.messageResource.get({
          path: { message_id: messageId, file_key: key },
          params: { type: kind === 'image' ? 'image' : 'file' },
        });
        return readCapped(res.getReadableStream(), this.config.maxFileBytes);
      },
      { logger: this.logger, what: 'lark download', classify: classifyLarkError, ...this.retry },
    );
    return withSafeErrors(download, isOwnError);
  }
}

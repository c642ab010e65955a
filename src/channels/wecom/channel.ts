import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { BotIo } from '../../bot/bot.ts';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { log } from '../../log.ts';
import { DIRECT, type Outbound } from '../../net/outbound.ts';
import type { Channel, PushOptions, Recipient } from '../channel.ts';
import { asFileTooLarge } from '../common/file-limit.ts';
import type { Accept } from '../common/intake.ts';
import { type PermanentKind, permanentOr } from '../common/push-errors.ts';
import { withRetry } from '../common/retry.ts';
import { safeError } from '../common/safe-error.ts';
import { type Connection, Supervisor } from '../common/supervisor.ts';
import { Throttle } from '../common/throttle.ts';
import { readRaw, type WebhookServer } from '../common/webhook-server.ts';
import { type AppMessage, sendGroupWebhook, WecomApi } from './api.ts';
import type { WecomAppConfig, WecomConfig } from './config.ts';
import { WecomCrypto } from './crypto.ts';
import { decodeWecomAppMessage, decodeWecomRobotMessage, type WecomRobotMessage } from './decode.ts';
import { PassiveWindow } from './passive.ts';
import { ROBOT_MAX_BYTES, renderPassiveText, renderWebhook, renderWecom } from './render.ts';
import { downloadRobotFile, WecomRobot } from './robot.ts';
import { ROBOT_GROUP_PREFIX, WEBHOOK_PREFIX } from './targets.ts';
import { readXmlFields, writeXml } from './xml.ts';

/**
 * WeCom refusals no retry can change, for the admins' alert: the member, chat or robot is gone or out of the app's
 * range (invaliduser, 40003 invalid userid, 81013 no valid recipient, 60011 no privilege over the member), the
 * appchat does not exist (86003), the 群机器人 key is invalid or the robot removed (93000, 93004, 93008), or this
 * server's address is not a 企业可信IP (60020).
 */
const PERMANENT: Record<string, PermanentKind> = {
  invaliduser: 'out_of_scope',
  '40003': 'out_of_scope',
  '81013': 'out_of_scope',
  '60011': 'out_of_scope',
  '86003': 'not_in_chat',
  '93000': 'not_in_chat',
  '93004': 'not_in_chat',
  '93008': 'not_in_chat',
  '60020': 'ip_not_allowed',
};
export const wecomPermanentKind = (code: string | number) => PERMANENT[String(code)];

/** WeCom's longest duplicate-check window for message/send (4 hours). */
const PUSH_DUPLICATE_CHECK_SECONDS = 14_400;
/** A callback whose timestamp is further off than this is refused (a replayed capture). */
export const MAX_SKEW_MS = 3_600_000;

export interface WecomChannelOptions {
  config: WecomConfig;
  /** `bot.accept`: claims the MsgId and queues; the callback is answered once it resolves. */
  accept: Accept;
  /** The shared listener WeCom posts 自建应用 callbacks to (needed when the app is configured). */
  webhooks?: WebhookServer;
  logger?: Logger;
  /** First backoff of send retries (tests shorten it). */
  retryBaseMs?: number;
  /** The outbound proxy route for API calls, downloads and the robot's WebSocket (default: direct). */
  net?: Outbound;
  /** How long the robot stays away after another process took its connection over (tests shorten it). */
  robotYieldMs?: number;
  now?: () => number;
}

/**
 * 企业微信 / 政务微信, two ways in that can run together:
 * - the 自建应用: the encrypted callback (URL verification by echostr, msg_signature check, AES decryption, answered as
 *   soon as the MsgId is stored, so WeCom's 5-second redelivery does not produce a second answer), replies as
 *   application messages (optionally the first one passively, in the callback response), files by media_id;
 * - the 智能机器人 on its long connection: private chats and groups (@-messages), files by URL + aeskey.
 * Pushes go to users, to app 群聊 (appchat), to robot groups and to 群机器人 webhooks.
 */
export class WecomChannel implements Channel {
  readonly name = 'wecom' as const;
  /** The 自建应用 API; null when only the robot is configured. */
  readonly api: WecomApi | null;
  readonly robot: WecomRobot | null;
  private readonly config: WecomConfig;
  private readonly app: WecomAppConfig | null;
  private readonly crypto: WecomCrypto | null;
  private readonly logger: Logger;
  private readonly supervisor: Supervisor;
  private readonly robotSupervisor: Supervisor | null;
  private readonly now: () => number;
  private readonly retry: { baseMs?: number };
  private readonly net: Outbound;
  /** 30 messages a minute to one member; more are dropped silently by WeCom. */
  private readonly userThrottle = new Throttle(0.5, 5);
  /** 群机器人: 20 messages a minute. */
  private readonly webhookThrottle = new Throttle(20 / 60, 5);

  constructor(private readonly options: WecomChannelOptions) {
    this.config = options.config;
    this.logger = options.logger ?? log.child({ module: 'wecom' });
    this.now = options.now ?? Date.now;
    this.net = options.net ?? DIRECT;
    this.retry = options.retryBaseMs ? { baseMs: options.retryBaseMs } : {};
    const app = this.config.app;
    this.app = app;
    this.crypto = app ? new WecomCrypto(app.token, app.encodingAesKey, app.corpId) : null;
    this.api = app
      ? new WecomApi(this.config.apiBase, app.corpId, app.secret, app.agentId, this.now, this.net)
      : null;
    const backoff = options.retryBaseMs ? { baseMs: options.retryBaseMs } : {};
    if (app) {
      if (!options.webhooks) throw new Error('the WeCom app needs the webhook server for its callback');
      options.webhooks.route(app.callbackPath, (req, res) => this.onCallback(req, res), ['GET', 'POST']);
    }
    this.supervisor = new Supervisor({
      name: 'wecom',
      logger: this.logger,
      connect: () => this.connectCallback(),
      ...backoff,
    });
    const robot = this.config.robot
      ? new WecomRobot(
          this.config.robot,
          this.logger,
          (m) => this.onRobotMessage(m),
          this.net,
          options.robotYieldMs,
        )
      : null;
    this.robot = robot;
    this.robotSupervisor = robot
      ? new Supervisor({
          name: 'wecom-robot',
          logger: this.logger,
          connect: () => robot.connect(),
          ...backoff,
        })
      : null;
  }

  /** Every configured way in is up: the callback listener, the robot's connection. */
  get connected(): boolean {
    const callback = !this.app || (this.supervisor.connected && !!this.options.webhooks?.listening);
    const robot = !this.robot || (!!this.robotSupervisor?.connected && this.robot.connected);
    return callback && robot;
  }

  /** Settles after the first attempt of each configured way in (tests, start-up logs). */
  get firstAttempt(): Promise<void> {
    return Promise.all([
      this.app ? this.supervisor.firstAttempt : undefined,
      this.robotSupervisor?.firstAttempt,
    ]).then(() => undefined);
  }

  /** Events go to `accept` (given at construction): bot.handle would hold the callback until the answer. */
  async start(_onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void> {
    if (this.app) this.supervisor.start();
    this.robotSupervisor?.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.supervisor.stop(), this.robotSupervisor?.stop()]);
  }

  private async connectCallback(): Promise<Connection> {
    const webhooks = this.options.webhooks!;
    await webhooks.start();
    return webhooks.asConnection();
  }

  /** A robot message: claimed and queued like a callback (the long connection has no ack to hold back). */
  private async onRobotMessage(message: WecomRobotMessage): Promise<void> {
    const msg = decodeWecomRobotMessage(message, this.config.robot?.name, new Date(this.now()));
    if (!msg) {
      this.logger.debug({ msgtype: message.msgtype }, 'wecom robot message type not handled');
      return;
    }
    await this.options.accept(msg, this.ioFor(msg));
  }

  private async onCallback(req: HttpRequest, res: ServerResponse): Promise<void> {
    const app = this.app!;
    const crypto = this.crypto!;
    const query = new URL(req.url ?? '/', 'http://callback').searchParams;
    const signature = query.get('msg_signature') ?? '';
    const timestamp = query.get('timestamp') ?? '';
    const nonce = query.get('nonce') ?? '';
    const refuse = (why: string) => {
      this.logger.warn({ why }, 'wecom callback refused');
      res.writeHead(403).end();
    };
    if (!/^\d{1,13}$/.test(timestamp) || Math.abs(this.now() - Number(timestamp) * 1000) > MAX_SKEW_MS) {
      return refuse('missing or stale timestamp');
    }
    if (req.method === 'GET') {
      // URL verification (设置API接收 → 保存): answer the decrypted echostr, nothing else.
      const echostr = query.get('echostr') ?? '';
      if (!crypto.verify(signature, timestamp, nonce, echostr)) return refuse('bad signature');
      const plain = crypto.open(echostr);
      if (plain === null) return refuse('echostr does not decrypt for this corp');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(plain);
      return;
    }
    const encrypted = readXmlFields(await readRaw(req)).Encrypt;
    if (!encrypted) {
      res.writeHead(400).end();
      return;
    }
    if (!crypto.verify(signature, timestamp, nonce, encrypted)) return refuse('bad signature');
    const plain = crypto.open(encrypted);
    if (plain === null) return refuse('message does not decrypt for this corp');
    const fields = readXmlFields(plain);
    const msg = decodeWecomAppMessage(fields, app.agentId, new Date(this.now()));
    if (!msg) {
      this.logger.debug({ msgType: fields.MsgType, event: fields.Event }, 'wecom message type not handled');
      res.writeHead(200).end();
      return;
    }
    const window = app.passiveReplyMs > 0 ? new PassiveWindow(app.passiveReplyMs) : undefined;
    try {
      // A throw here means the MsgId was not stored: answer 500 so WeCom delivers it again.
      const { accepted, done } = await this.options.accept(msg, this.ioFor(msg, window));
      if (!accepted) window?.close();
      // Closed when processing ends without an answer (then, not finally: a rejection must not go unhandled here).
      const close = () => window?.close();
      void done.then(close, close);
      const text = window ? await window.response : null;
      if (text === null) {
        res.writeHead(200).end();
      } else {
        res
          .writeHead(200, { 'content-type': 'application/xml; charset=utf-8' })
          .end(this.passiveXml(msg, text));
      }
    } finally {
      window?.markWritten();
    }
  }

  /** A passive text reply, encrypted and signed as WeCom expects it in the callback response. */
  private passiveXml(msg: IncomingMessage, text: string): string {
    const created = Math.floor(this.now() / 1000);
    const inner = writeXml({
      ToUserName: msg.sender.id,
      FromUserName: this.app!.corpId,
      CreateTime: created,
      MsgType: 'text',
      Content: text,
    });
    const sealed = this.crypto!.seal(inner, String(created));
    return writeXml({
      Encrypt: sealed.ciphertext,
      MsgSignature: sealed.signature,
      TimeStamp: created,
      Nonce: sealed.nonce,
    });
  }

  private ioFor(msg: IncomingMessage, window?: PassiveWindow): BotIo {
    return {
      reply: async (reply) => {
        if (window) {
          const [first, ...more] = renderPassiveText(reply);
          const taken = first !== undefined && window.take(first);
          await window.written;
          if (taken) {
            const rest: AppMessage[] = more.map((content) => ({ msgtype: 'text', text: { content } }));
            return this.send(msg.chat, rest, reply.attachment);
          }
        }
        return this.reply(msg.chat, reply);
      },
      download: () => {
        if (!msg.file) throw new Error('message has no file');
        return this.download(msg.file, msg.chat);
      },
    };
  }

  async download(file: IncomingFile, chat: ChatRef): Promise<Uint8Array> {
    const max = this.config.maxFileBytes;
    const fetchFile = () =>
      chat.platform?.via === 'robot'
        ? downloadRobotFile(file.handle, max, this.net)
        : this.appApi().download(file.handle, max);
    try {
      return await withRetry(fetchFile, {
        logger: this.logger,
        what: 'wecom download',
        ...this.retry,
      });
    } catch (err) {
      throw asFileTooLarge(err, this.config.maxFileBytes);
    }
  }

  private appApi(): WecomApi {
    if (!this.api) throw new AppError('CHANNEL_UNAVAILABLE', '企业微信自建应用未配置，无法发送。');
    return this.api;
  }

  private robotOrFail(): WecomRobot {
    if (!this.robot) throw new AppError('CHANNEL_UNAVAILABLE', '企业微信智能机器人未配置，无法发送。');
    return this.robot;
  }

  async reply(to: ChatRef, reply: Reply): Promise<void> {
    if (to.platform?.via === 'robot') return this.sendRobot(to.platform.target ?? to.chatId, reply);
    await this.send(to, renderWecom(reply, this.config.format), reply.attachment);
  }

  /** Through the robot's connection: markdown messages, then the attachment as a file. */
  private async sendRobot(target: string, reply: Reply): Promise<void> {
    const robot = this.robotOrFail();
    for (const message of renderWecom(reply, 'markdown', ROBOT_MAX_BYTES)) {
      const content = message.msgtype === 'markdown' ? message.markdown.content : '';
      await this.userThrottle.take(target);
      await withRetry(() => robot.sendMarkdown(target, content), {
        logger: this.logger,
        what: 'wecom robot send',
        ...this.retry,
      });
    }
    const file = reply.attachment;
    if (file) {
      await withRetry(() => robot.sendFile(target, file.name, file.bytes), {
        logger: this.logger,
        what: 'wecom robot file send',
        ...this.retry,
      });
    }
  }

  /** Application messages to the chat (a user, or an appchat 群聊), then the attachment as a file message. */
  private async send(
    to: ChatRef,
    messages: AppMessage[],
    attachment?: Reply['attachment'],
    options: { duplicateCheckSeconds?: number } = {},
  ): Promise<void> {
    const api = this.appApi();
    const deliver = (m: AppMessage) =>
      to.isGroup ? api.sendToChat(to.chatId, m) : api.sendToUser(to.chatId, m, options);
    for (const message of messages) {
      await this.userThrottle.take(to.chatId);
      await withRetry(() => deliver(message), { logger: this.logger, what: 'wecom send', ...this.retry });
    }
    if (attachment) {
      const file = await this.uploadAttachment(attachment);
      await this.userThrottle.take(to.chatId);
      await withRetry(() => deliver(file), { logger: this.logger, what: 'wecom file send', ...this.retry });
    }
  }

  private async uploadAttachment(file: NonNullable<Reply['attachment']>): Promise<AppMessage> {
    const mediaId = await withRetry(() => this.appApi().upload(file.name, file.bytes), {
      logger: this.logger,
      what: 'wecom upload',
      ...this.retry,
    });
    return { msgtype: 'file', file: { media_id: mediaId } };
  }

  /**
   * Reminders: a user by userid (application message; through the robot when no app is configured), a group by
   * appchat chatid, a robot group (`aibot:<chatid>`, bound with 设置提醒群 in that group), or a 群机器人 by
   * `webhook:<key>` (the key from the robot's webhook address) — the simplest target for a department summary.
   */
  /** Application messages to a user carry message/send's duplicate check (4 hours); 群聊, webhooks and the robot do not. */
  pushDropsRepeats(to: Recipient): boolean {
    return to.kind === 'user' && !!this.api;
  }

  async push(to: Recipient, reply: Reply, _options?: PushOptions): Promise<void> {
    // WeCom has no idempotency key: a repeated push is caught by message/send's duplicate check (content-based).
    try {
      if (to.kind === 'group' && to.id.startsWith(WEBHOOK_PREFIX)) {
        const key = to.id.slice(WEBHOOK_PREFIX.length);
        for (const message of renderWebhook(reply)) {
          await this.webhookThrottle.take(key);
          await withRetry(() => sendGroupWebhook(this.config.apiBase, key, message, this.net), {
            logger: this.logger,
            what: 'wecom webhook push',
            ...this.retry,
          });
        }
        return;
      }
      if (to.kind === 'group' && to.id.startsWith(ROBOT_GROUP_PREFIX)) {
        return await this.sendRobot(to.id.slice(ROBOT_GROUP_PREFIX.length), reply);
      }
      if (to.kind === 'user' && !this.api) return await this.sendRobot(to.id, reply);
      const chat = { channel: 'wecom' as const, chatId: to.id, isGroup: to.kind === 'group' };
      // A reminder's text names its deadline and days left: the same text within hours is the same reminder again.
      await this.send(chat, renderWecom(reply, this.config.format), reply.attachment, {
        duplicateCheckSeconds: PUSH_DUPLICATE_CHECK_SECONDS,
      });
    } catch (err) {
      this.logger.warn({ err: safeError(err), kind: to.kind }, 'wecom push failed');
      permanentOr(err, 'wecom', wecomPermanentKind);
    }
  }
}

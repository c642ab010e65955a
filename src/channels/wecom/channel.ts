import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { BotIo } from '../../bot/bot.ts';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { log } from '../../log.ts';
import type { Channel, Recipient } from '../channel.ts';
import type { Accept } from '../common/intake.ts';
import { withRetry } from '../common/retry.ts';
import { safeError } from '../common/safe-error.ts';
import { type Connection, Supervisor } from '../common/supervisor.ts';
import { Throttle } from '../common/throttle.ts';
import { readRaw, type WebhookServer } from '../common/webhook-server.ts';
import { type AppMessage, sendGroupWebhook, WecomApi } from './api.ts';
import type { WecomConfig } from './config.ts';
import { WecomCrypto } from './crypto.ts';
import { decodeWecomAppMessage } from './decode.ts';
import { PassiveWindow } from './passive.ts';
import { renderPassiveText, renderWebhook, renderWecom } from './render.ts';
import { readXmlFields, writeXml } from './xml.ts';

/** A callback whose timestamp is further off than this is refused (a replayed capture). */
export const MAX_SKEW_MS = 3_600_000;
/** A group recipient id naming a 群机器人 webhook key instead of an appchat chatid. */
export const WEBHOOK_PREFIX = 'webhook:';

export interface WecomChannelOptions {
  config: WecomConfig;
  /** `bot.accept`: claims the MsgId and queues; the callback is answered once it resolves. */
  accept: Accept;
  /** The shared listener WeCom posts callbacks to. */
  webhooks: WebhookServer;
  logger?: Logger;
  /** First backoff of send retries (tests shorten it). */
  retryBaseMs?: number;
  now?: () => number;
}

/**
 * 企业微信 / 政务微信 自建应用: the encrypted callback (URL verification by echostr, msg_signature check, AES
 * decryption, answered as soon as the MsgId is stored, so WeCom's 5-second redelivery does not produce a second
 * answer), replies as application messages (optionally the first one passively, in the callback response), files by
 * media_id, pushes to users, to app 群聊 (appchat) and to 群机器人 webhooks.
 */
export class WecomChannel implements Channel {
  readonly name = 'wecom' as const;
  readonly api: WecomApi;
  private readonly config: WecomConfig;
  private readonly crypto: WecomCrypto;
  private readonly logger: Logger;
  private readonly supervisor: Supervisor;
  private readonly now: () => number;
  private readonly retry: { baseMs?: number };
  /** 30 messages a minute to one member; more are dropped silently by WeCom. */
  private readonly userThrottle = new Throttle(0.5, 5);
  /** 群机器人: 20 messages a minute. */
  private readonly webhookThrottle = new Throttle(20 / 60, 5);

  constructor(private readonly options: WecomChannelOptions) {
    this.config = options.config;
    this.logger = options.logger ?? log.child({ module: 'wecom' });
    this.now = options.now ?? Date.now;
    this.retry = options.retryBaseMs ? { baseMs: options.retryBaseMs } : {};
    this.crypto = new WecomCrypto(this.config.token, this.config.encodingAesKey, this.config.corpId);
    this.api = new WecomApi(
      this.config.apiBase,
      this.config.corpId,
      this.config.secret,
      this.config.agentId,
      this.now,
    );
    options.webhooks.route(this.config.callbackPath, (req, res) => this.onCallback(req, res), [
      'GET',
      'POST',
    ]);
    this.supervisor = new Supervisor({
      name: 'wecom',
      logger: this.logger,
      connect: () => this.connect(),
      ...(options.retryBaseMs ? { baseMs: options.retryBaseMs } : {}),
    });
  }

  get connected(): boolean {
    return this.supervisor.connected && this.options.webhooks.listening;
  }

  get firstAttempt(): Promise<void> {
    return this.supervisor.firstAttempt;
  }

  /** Events go to `accept` (given at construction): bot.handle would hold the callback until the answer. */
  async start(_onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void> {
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    await this.supervisor.stop();
  }

  private async connect(): Promise<Connection> {
    await this.options.webhooks.start();
    return this.options.webhooks.asConnection();
  }

  private async onCallback(req: HttpRequest, res: ServerResponse): Promise<void> {
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
      if (!this.crypto.verify(signature, timestamp, nonce, echostr)) return refuse('bad signature');
      const plain = this.crypto.open(echostr);
      if (plain === null) return refuse('echostr does not decrypt for this corp');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(plain);
      return;
    }
    const encrypted = readXmlFields(await readRaw(req)).Encrypt;
    if (!encrypted) {
      res.writeHead(400).end();
      return;
    }
    if (!this.crypto.verify(signature, timestamp, nonce, encrypted)) return refuse('bad signature');
    const plain = this.crypto.open(encrypted);
    if (plain === null) return refuse('message does not decrypt for this corp');
    const fields = readXmlFields(plain);
    const msg = decodeWecomAppMessage(fields, this.config.agentId, new Date(this.now()));
    if (!msg) {
      this.logger.debug({ msgType: fields.MsgType, event: fields.Event }, 'wecom message type not handled');
      res.writeHead(200).end();
      return;
    }
    const window = this.config.passiveReplyMs > 0 ? new PassiveWindow(this.config.passiveReplyMs) : undefined;
    try {
      // A throw here means the MsgId was not stored: answer 500 so WeCom delivers it again.
      const { accepted, done } = await this.options.accept(msg, this.ioFor(msg, window));
      if (!accepted) window?.close();
      void done.finally(() => window?.close());
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
      FromUserName: this.config.corpId,
      CreateTime: created,
      MsgType: 'text',
      Content: text,
    });
    const sealed = this.crypto.seal(inner, String(created));
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

  async download(file: IncomingFile, _chat: ChatRef): Promise<Uint8Array> {
    try {
      return await withRetry(() => this.api.download(file.handle, this.config.maxFileBytes), {
        logger: this.logger,
        what: 'wecom download',
        ...this.retry,
      });
    } catch (err) {
      if (err instanceof RangeError) {
        throw new AppError(
          'FILE_TOO_LARGE',
          `文件超过 ${Math.round(this.config.maxFileBytes / 1_048_576)} MB，请压缩或拆分后再发送。`,
        );
      }
      throw err;
    }
  }

  async reply(to: ChatRef, reply: Reply): Promise<void> {
    await this.send(to, renderWecom(reply, this.config.format), reply.attachment);
  }

  /** Application messages to the chat (a user, or an appchat 群聊), then the attachment as a file message. */
  private async send(to: ChatRef, messages: AppMessage[], attachment?: Reply['attachment']): Promise<void> {
    const deliver = (m: AppMessage) =>
      to.isGroup ? this.api.sendToChat(to.chatId, m) : this.api.sendToUser(to.chatId, m);
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
    const mediaId = await withRetry(() => this.api.upload(file.name, file.bytes), {
      logger: this.logger,
      what: 'wecom upload',
      ...this.retry,
    });
    return { msgtype: 'file', file: { media_id: mediaId } };
  }

  /**
   * Reminders: a user by userid (application message), a group by appchat chatid, or a 群机器人 by
   * `webhook:<key>` (the key from the robot's webhook address) — the simplest target for a department summary.
   */
  async push(to: Recipient, reply: Reply): Promise<void> {
    if (to.kind === 'group' && to.id.startsWith(WEBHOOK_PREFIX)) {
      const key = to.id.slice(WEBHOOK_PREFIX.length);
      for (const message of renderWebhook(reply)) {
        await this.webhookThrottle.take(key);
        await withRetry(() => sendGroupWebhook(this.config.apiBase, key, message), {
          logger: this.logger,
          what: 'wecom webhook push',
          ...this.retry,
        });
      }
      return;
    }
    try {
      await this.send(
        { channel: 'wecom', chatId: to.id, isGroup: to.kind === 'group' },
        renderWecom(reply, this.config.format),
        reply.attachment,
      );
    } catch (err) {
      this.logger.warn({ err: safeError(err), kind: to.kind }, 'wecom push failed');
      throw err;
    }
  }
}

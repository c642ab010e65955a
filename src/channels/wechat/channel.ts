import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FileBox, type FileBoxInterface } from 'file-box';
import type { Logger } from 'pino';
import {
  type Contact,
  type Message,
  qrcodeValueToImageUrl,
  type Room,
  types,
  type Wechaty,
  log as wechatyLog,
} from 'wechaty';
import type { BotIo } from '../../bot/bot.ts';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { log } from '../../log.ts';
import { DIRECT, type Outbound } from '../../net/outbound.ts';
import type { Channel, Recipient } from '../channel.ts';
import { fileTooLarge } from '../common/file-limit.ts';
import type { Accept } from '../common/intake.ts';
import { renderParts, renderText } from '../common/render-text.ts';
import { withRetry } from '../common/retry.ts';
import { safeError } from '../common/safe-error.ts';
import { type Connection, Supervisor } from '../common/supervisor.ts';
import { Throttle } from '../common/throttle.ts';
import type { WechatConfig } from './config.ts';
import { type DecodedWechat, decodeWechatMessage } from './decode.ts';
import { buildWechaty, checkPuppetRoute } from './puppet.ts';

/** Long texts are cut well below what clients show in one bubble. */
export const TEXT_MAX_CHARS = 2000;
/** History a puppet replays after a (re)login is not answered. */
const MAX_AGE_SECONDS = 30 * 60;

export interface WechatChannelOptions {
  config: WechatConfig;
  /** `bot.accept`: claims the message id and queues. */
  accept: Accept;
  logger?: Logger;
  /** Builds the Wechaty instance (tests pass one on wechaty-puppet-mock); default: the configured puppet. */
  createWechaty?: () => Wechaty;
  /** Reconnect backoff (tests shorten it). */
  retryBaseMs?: number;
  /** The outbound route (proxy) for the puppet's own connections; default direct. */
  net?: Outbound;
}

/** Puppet errors carry no status; anything but our own refusals is worth another try. */
const retryUnlessOwn = (err: unknown) => ({ retry: !(err instanceof AppError) });

/**
 * Personal WeChat through a wechaty puppet: private chats and rooms (@-mention), files, text replies (the asker is
 * @-mentioned in rooms), files sent back, pushes. Whether it connects at all, and whether pushes arrive, depends on
 * the puppet: best effort, see the README. `connected` means the puppet runs AND an account is logged in.
 */
export class WechatChannel implements Channel {
  readonly name = 'wechat' as const;
  private readonly config: WechatConfig;
  private readonly logger: Logger;
  private readonly supervisor: Supervisor;
  /** Personal accounts get flagged for bursts: about one message a second per chat. */
  private readonly throttle = new Throttle(1, 3);
  private wechaty: Wechaty | undefined;
  private readonly net: Outbound;

  constructor(private readonly options: WechatChannelOptions) {
    this.config = options.config;
    this.net = options.net ?? DIRECT;
    if (!options.createWechaty) checkPuppetRoute(this.config, this.net);
    this.logger = options.logger ?? log.child({ module: 'wechat' });
    // wechaty logs to the console through brolog; errors reach us through its 'error' event.
    wechatyLog.level('silent');
    this.supervisor = new Supervisor({
      name: 'wechat',
      logger: this.logger,
      connect: () => this.connect(),
      ...(options.retryBaseMs ? { baseMs: options.retryBaseMs } : {}),
    });
  }

  get connected(): boolean {
    return this.supervisor.connected && (this.wechaty?.isLoggedIn ?? false);
  }

  /** Settles after the first connect attempt (tests, start-up logs). */
  get firstAttempt(): Promise<void> {
    return this.supervisor.firstAttempt;
  }

  /** Messages go to `accept` (given at construction), not `onMessage`: bot.handle would hold the event until the reply. */
  async start(_onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void> {
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    await this.supervisor.stop();
  }

  private async build(): Promise<Wechaty> {
    if (this.options.createWechaty) return this.options.createWechaty();
    // The session file is written into this directory; it need not exist yet (e.g. PostgreSQL, no ./data).
    mkdirSync(dirname(resolve(this.config.session)), { recursive: true });
    const { wechaty, route } = await buildWechaty(this.config, this.net, this.logger);
    this.logger.info({ puppet: this.config.puppet, route }, 'wechat puppet');
    return wechaty;
  }

  /** Starts the puppet; logging in (QR scan, provider session) happens after, and `connected` follows it. */
  private async connect(): Promise<Connection> {
    const wechaty = await this.build();
    wechaty.on('message', (message) => void this.onMessage(message));
    wechaty.on('scan', (qrcode, status) => {
      if (status !== types.ScanStatus.Waiting && status !== types.ScanStatus.Timeout) return;
      // The operator opens this link and scans it with the bot's WeChat account.
      this.logger.warn(
        { qrcodeImageUrl: qrcodeValueToImageUrl(qrcode) },
        'wechat: scan the QR code to log in',
      );
    });
    wechaty.on('login', () => this.logger.info('wechat account logged in'));
    wechaty.on('logout', () =>
      this.logger.error('wechat account logged out; replies and pushes wait for a new login'),
    );
    wechaty.on('error', (err) => this.logger.warn({ err: safeError(err) }, 'wechat puppet error'));
    try {
      await wechaty.start();
    } catch (err) {
      await wechaty.stop().catch(() => undefined);
      throw err;
    }
    this.wechaty = wechaty;
    let release!: () => void;
    const closed = new Promise<void>((resolve) => {
      release = resolve;
    });
    return {
      closed,
      close: async () => {
        await wechaty
          .stop()
          .catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'wechat stop failed'));
        release();
      },
    };
  }

  /** A puppet has no acknowledgement to hold back: a message whose claim fails is logged and lost. */
  private async onMessage(message: Message): Promise<void> {
    try {
      if (message.self() || message.age() > MAX_AGE_SECONDS) return;
      const decoded = await decodeWechatMessage(message);
      if (!decoded) return;
      await this.options.accept(decoded.msg, this.ioFor(decoded));
    } catch (err) {
      this.logger.error({ err: safeError(err), messageId: message.id }, 'wechat message not accepted');
    }
  }

  private ioFor({ msg, box }: DecodedWechat): BotIo {
    return {
      reply: (reply) => this.reply(msg.chat, reply),
      download: () => {
        if (!msg.file) throw new Error('message has no file');
        return box ? this.read(box) : this.download(msg.file, msg.chat);
      },
    };
  }

  private async read(box: FileBoxInterface): Promise<Uint8Array> {
    const max = this.config.maxFileBytes;
    const tooLarge = fileTooLarge(max);
    if (box.size > max) throw tooLarge;
    const bytes = await box.toBuffer().catch((err: unknown) => {
      throw new AppError('CHANNEL_UNAVAILABLE', '文件下载失败，请重新发送。', { cause: safeError(err) });
    });
    if (bytes.byteLength > max) throw tooLarge;
    return new Uint8Array(bytes);
  }

  /** By message id, while the puppet still holds the message. */
  async download(file: IncomingFile, _chat: ChatRef): Promise<Uint8Array> {
    const message = await this.loggedIn().Message.find({ id: file.handle });
    if (!message) throw new AppError('FILE_UNREADABLE', `无法获取文件《${file.name}》，请重新发送。`);
    return this.read(await message.toFileBox());
  }

  private loggedIn(): Wechaty {
    const wechaty = this.wechaty;
    if (!wechaty?.isLoggedIn) {
      throw new AppError('CHANNEL_UNAVAILABLE', '微信机器人当前未登录，请稍后再试或使用网页版。');
    }
    return wechaty;
  }

  async reply(to: ChatRef, reply: Reply): Promise<void> {
    const wechaty = this.loggedIn();
    const talkerId = to.isGroup ? to.platform?.talkerId : undefined;
    const asker = talkerId ? await wechaty.Contact.find({ id: talkerId }) : undefined;
    await this.send(to.chatId, to.isGroup, reply, asker);
  }

  /** Reminders: best effort (the puppet must be logged in, and personal WeChat may drop proactive messages). */
  async push(to: Recipient, reply: Reply): Promise<void> {
    await this.send(to.id, to.kind === 'group', reply);
  }

  private async send(chatId: string, isGroup: boolean, reply: Reply, asker?: Contact): Promise<void> {
    const wechaty = this.loggedIn();
    const target: Room | Contact | undefined = isGroup
      ? await wechaty.Room.find({ id: chatId })
      : await wechaty.Contact.find({ id: chatId });
    if (!target) throw new AppError('CHANNEL_REJECTED', '找不到要发送的微信会话。');
    const parts = renderParts(reply, (r) => renderText(r, { attachmentNote: false }), {
      maxChars: TEXT_MAX_CHARS,
    });
    const retry = { logger: this.logger, attempts: 3, classify: retryUnlessOwn };
    for (const [i, text] of parts.entries()) {
      await this.throttle.take(chatId);
      await withRetry(
        () => (i === 0 && asker && isGroup ? (target as Room).say(text, asker) : target.say(text)),
        { ...retry, what: 'wechat say' },
      );
    }
    const file = reply.attachment;
    if (file) {
      // Base64 rather than a buffer box: every puppet (and the mock) can serialise it.
      const box = FileBox.fromBase64(Buffer.from(file.bytes).toString('base64'), file.name);
      await this.throttle.take(chatId);
      await withRetry(() => target.say(box), { ...retry, what: 'wechat file' });
    }
  }
}

import {
  Api,
  Bot,
  type Context,
  GrammyError,
  HttpError as GrammyHttpError,
  InputFile,
  webhookCallback,
} from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotIo } from '../../bot/bot.ts';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';
import { log } from '../../log.ts';
import { DIRECT, type Outbound } from '../../net/outbound.ts';
import type { Channel, Recipient } from '../channel.ts';
import { fileTooLarge } from '../common/file-limit.ts';
import { requestBytes } from '../common/http.ts';
import type { Accept } from '../common/intake.ts';
import { PermanentPushError } from '../common/push-errors.ts';
import { PushOutcomeUnknown, sendOutcomeUnknown, withoutBlindResend } from '../common/push-outcome.ts';
import { HttpError, type RetryDecision, withRetry } from '../common/retry.ts';
import { ChannelCallFailed, safeError, withSafeErrors } from '../common/safe-error.ts';
import { type Connection, Supervisor } from '../common/supervisor.ts';
import { Throttle } from '../common/throttle.ts';
import type { WebhookServer } from '../common/webhook-server.ts';
import type { TelegramConfig } from './config.ts';
import { decodeTelegramUpdate, type TelegramSelf } from './decode.ts';
import { keyboardOf, renderHtmlParts } from './render.ts';

const isOwnError = (err: unknown) => err instanceof AppError || err instanceof HttpError;

/** Telegram tells how long to wait on 429 (`parameters.retry_after`, seconds); 5xx and network errors are transient. */
export function classifyTelegramError(err: unknown): RetryDecision {
  if (err instanceof GrammyError) {
    if (err.error_code === 429) {
      const after = err.parameters.retry_after;
      return after === undefined ? { retry: true } : { retry: true, afterMs: after * 1000 };
    }
    return { retry: err.error_code >= 500 };
  }
  return { retry: err instanceof GrammyHttpError };
}

export interface TelegramChannelOptions {
  config: TelegramConfig;
  /** `bot.accept`: claims the update id and queues; the update is confirmed once it resolves. */
  accept: Accept;
  /** Needed in webhook mode: the shared listener Telegram posts to. */
  webhooks?: WebhookServer;
  logger?: Logger;
  /** Known bot identity: skips getMe. */
  botInfo?: UserFromGetMe;
  /** Reconnect backoff (tests shorten it). */
  retryBaseMs?: number;
  /** The outbound proxy route for the Bot API and file downloads (default: direct). */
  net?: Outbound;
  /** getUpdates long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
}

/**
 * Telegram (grammY): long polling or a webhook checked by its secret token; text, documents, inline keyboards with
 * callback buttons, HTML replies within 4096 characters, pushes. Every update is confirmed (next getUpdates offset,
 * or the webhook's 200) once `accept` has claimed its id; the work runs on the bot's queue.
 */
export class TelegramChannel implements Channel {
  readonly name = 'telegram' as const;
  /** Sends and downloads; independent of the receiving Bot, which polling recreates per connection. */
  readonly api: Api;
  private readonly config: TelegramConfig;
  private readonly logger: Logger;
  private readonly supervisor: Supervisor;
  /** About 1 message a second per chat, 20 a minute per group (Bot API FAQ). */
  private readonly chatThrottle = new Throttle(1, 3);
  private readonly groupThrottle = new Throttle(20 / 60, 3);
  private me: UserFromGetMe | undefined;
  private webhookBot: Bot | undefined;
  private poller: Bot | undefined;
  /** grammY retries a failing getUpdates every few seconds on its own; health shows it meanwhile. */
  private pollFailing = false;

  constructor(private readonly options: TelegramChannelOptions) {
    this.config = options.config;
    this.logger = options.logger ?? log.child({ module: 'telegram' });
    this.me = options.botInfo;
    this.api = new Api(this.config.token, this.clientConfig());
    if (this.config.mode === 'webhook') {
      if (!options.webhooks) throw new Error('Telegram webhook mode needs the webhook server');
      const bot = this.createBot();
      this.webhookBot = bot;
      // A wrong X-Telegram-Bot-Api-Secret-Token gets 401 before the body is read.
      options.webhooks.route(
        this.config.webhookPath,
        webhookCallback(bot, 'http', { secretToken: this.config.webhookSecret, timeoutMilliseconds: 10_000 }),
      );
    }
    this.supervisor = new Supervisor({
      name: 'telegram',
      logger: this.logger,
      connect: () => this.connect(),
      ...(options.retryBaseMs ? { baseMs: options.retryBaseMs } : {}),
    });
  }

  /** grammY fetches with node-fetch, which takes a Node agent: the proxy's, when the API root is not exempt. */
  private clientConfig() {
    const agent = (this.options.net ?? DIRECT).agent(this.config.apiRoot);
    return {
      apiRoot: this.config.apiRoot,
      timeoutSeconds: (this.options.pollTimeoutSeconds ?? 30) + 30,
      ...(agent ? { baseFetchConfig: { agent } } : {}),
    };
  }

  get connected(): boolean {
    if (!this.supervisor.connected) return false;
    return this.config.mode === 'webhook'
      ? (this.options.webhooks?.listening ?? false)
      : (this.poller?.isRunning() ?? false) && !this.pollFailing;
  }

  /** Settles after the first connect attempt (tests, start-up logs). */
  get firstAttempt(): Promise<void> {
    return this.supervisor.firstAttempt;
  }

  /** Updates go to `accept` (given at construction), not `onMessage`: bot.handle would hold the ack until the reply. */
  async start(_onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void> {
    this.supervisor.start();
  }

  async stop(): Promise<void> {
    await this.supervisor.stop();
  }

  /** A grammY Bot whose only middleware hands updates to `accept`. */
  private createBot(): Bot {
    const bot = new Bot(this.config.token, {
      client: this.clientConfig(),
      ...(this.me ? { botInfo: this.me } : {}),
    });
    bot.use((ctx) => this.onUpdate(ctx));
    return bot;
  }

  private async loadMe(): Promise<UserFromGetMe> {
    this.me ??= await this.api.getMe();
    return this.me;
  }

  private async connect(): Promise<Connection> {
    const me = await this.loadMe();
    if (this.config.mode === 'webhook') {
      const bot = this.webhookBot!;
      if (!bot.isInited()) bot.botInfo = me;
      const webhooks = this.options.webhooks!;
      await webhooks.start();
      try {
        await this.api.setWebhook(this.config.webhookUrl!, {
          secret_token: this.config.webhookSecret!,
          allowed_updates: ['message', 'callback_query'],
        });
      } catch (err) {
        await webhooks.stop();
        throw err;
      }
      return webhooks.asConnection();
    }
    return this.connectPolling();
  }

  /**
   * One polling session on a fresh Bot (grammY's polling Bot cannot be restarted). If `accept` fails the error
   * handler rethrows: polling stops before the update's offset is confirmed, so the next session gets it again.
   */
  private connectPolling(): Promise<Connection> {
    const bot = this.createBot();
    // Transformers see the raw response: an API error is `ok: false`, a network error a throw.
    bot.api.config.use(async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal);
      const failed = (err: unknown) => {
        if (!bot.isRunning() || this.pollFailing) return;
        this.logger.error({ err: safeError(err) }, 'telegram polling failing; grammY keeps retrying');
        this.pollFailing = true;
      };
      try {
        const result = await prev(method, payload, signal);
        if (!result.ok) failed(new Error(`getUpdates → ${result.error_code} ${result.description}`));
        else {
          if (this.pollFailing) this.logger.info('telegram polling restored');
          this.pollFailing = false;
        }
        return result;
      } catch (err) {
        failed(err);
        throw err;
      }
    });
    bot.catch((err) => {
      this.logger.error({ err: safeError(err.error) }, 'telegram update not accepted; polling restarts');
      throw err.error;
    });
    this.poller = bot;
    return new Promise((resolve, reject) => {
      let started = false;
      const running = bot.start({
        allowed_updates: ['message', 'callback_query'],
        timeout: this.options.pollTimeoutSeconds ?? 30,
        onStart: () => {
          started = true;
          resolve({
            closed: running,
            // stop() confirms the offset with one more getUpdates, which fails when the Bot API is unreachable.
            close: () =>
              bot.isRunning()
                ? bot
                    .stop()
                    .catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'telegram stop'))
                : undefined,
          });
        },
      });
      running.catch((err: unknown) => {
        if (!started) reject(err);
      });
    });
  }

  /** Claims the update, then returns (grammY confirms it); a button press also gets its spinner stopped. */
  private async onUpdate(ctx: Context): Promise<void> {
    let msg: IncomingMessage | null;
    try {
      msg = decodeTelegramUpdate(ctx.update, this.self(ctx));
    } catch (err) {
      this.logger.warn(
        { err: safeError(err), updateId: ctx.update.update_id },
        'telegram update not decodable',
      );
      return;
    }
    if (!msg) return;
    const { accepted } = await this.options.accept(msg, this.ioFor(msg));
    const query = ctx.update.callback_query;
    if (query) {
      await this.api
        .answerCallbackQuery(query.id, accepted ? { text: '正在处理…' } : {})
        .catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'answerCallbackQuery failed'));
    }
  }

  private self(ctx: Context): TelegramSelf {
    const me = ctx.me ?? this.me;
    return { id: me.id, username: me.username };
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

  /** In a group the first message answers the asker's message, so it is clear whom the bot talks to. */
  reply(to: ChatRef, reply: Reply): Promise<void> {
    const answering = to.isGroup ? to.platform?.messageId : undefined;
    return withSafeErrors(this.send(to.chatId, to.isGroup, reply, answering), isOwnError);
  }

  /**
   * Reminders: a user's private chat id is their user id; groups by chat id. The user must have /start-ed the bot.
   * The Bot API has no idempotency key. 403 (blocked, kicked, never started) and 400 "chat not found" are final.
   */
  async push(to: Recipient, reply: Reply): Promise<void> {
    try {
      await this.send(
        to.id,
        to.kind === 'group',
        reply,
        undefined,
        withoutBlindResend(classifyTelegramError),
      );
    } catch (err) {
      // No idempotency key: a send that may have been taken is not sent again, here or by the scheduler.
      if (sendOutcomeUnknown(err)) throw new PushOutcomeUnknown('telegram', { cause: safeError(err) });
      if (err instanceof GrammyError) {
        const blocked = /blocked|deactivated|can't initiate/i.test(err.description);
        if (err.error_code === 403)
          throw new PermanentPushError(blocked ? 'blocked' : 'not_in_chat', 'telegram', 403, { cause: err });
        if (err.error_code === 400 && /chat not found/i.test(err.description))
          throw new PermanentPushError('not_in_chat', 'telegram', 400, { cause: err });
      }
      throw isOwnError(err) ? err : new ChannelCallFailed(safeError(err));
    }
  }

  private async send(
    chatId: string,
    isGroup: boolean,
    reply: Reply,
    answering?: string,
    classify: (err: unknown) => RetryDecision = classifyTelegramError,
  ): Promise<void> {
    const parts = renderHtmlParts(reply);
    const keyboard = keyboardOf(reply);
    const throttle = isGroup ? this.groupThrottle : this.chatThrottle;
    const retry = { logger: this.logger, classify };
    for (const [i, html] of parts.entries()) {
      await throttle.take(chatId);
      await withRetry(
        () =>
          this.api.sendMessage(chatId, html, {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(i === 0 && answering
              ? { reply_parameters: { message_id: Number(answering), allow_sending_without_reply: true } }
              : {}),
            ...(i === parts.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
          }),
        { ...retry, what: 'telegram sendMessage' },
      );
    }
    const file = reply.attachment;
    if (file) {
      await throttle.take(chatId);
      await withRetry(
        () =>
          this.api.sendDocument(chatId, new InputFile(file.bytes, file.name), {
            ...(parts.length === 0 && keyboard ? { reply_markup: keyboard } : {}),
          }),
        { ...retry, what: 'telegram sendDocument' },
      );
    }
  }

  /** getFile, then the bytes from `${apiRoot}/file/bot<token>/<file_path>`; the size limit is checked first. */
  async download(file: IncomingFile, _chat: ChatRef): Promise<Uint8Array> {
    const max = this.config.maxFileBytes;
    const tooLarge = () => fileTooLarge(max, 'Telegram 机器人可接收的上限');
    if (file.size !== undefined && file.size > max) throw tooLarge();
    const task = async () => {
      const info = await withRetry(() => this.api.getFile(file.handle), {
        logger: this.logger,
        classify: classifyTelegramError,
        what: 'telegram getFile',
      });
      if (!info.file_path)
        throw new AppError('FILE_UNREADABLE', `无法获取文件《${file.name}》，请重新发送。`);
      if (info.file_size !== undefined && info.file_size > max) throw tooLarge();
      const url = `${this.config.apiRoot}/file/bot${this.config.token}/${info.file_path}`;
      try {
        return await withRetry(() => requestBytes(url, { maxBytes: max, net: this.options.net ?? DIRECT }), {
          logger: this.logger,
          what: 'telegram download',
        });
      } catch (err) {
        if (err instanceof RangeError) throw tooLarge();
        throw err;
      }
    };
    return withSafeErrors(task(), isOwnError);
  }
}

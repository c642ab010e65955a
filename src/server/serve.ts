import { setFlagsFromString } from 'node:v8';
import { type Bot, type BotDeps, createBot } from '../bot/bot.ts';
import type { IncomingMessage } from '../bot/messages.ts';
import type { Channel } from '../channels/channel.ts';
import { platformChannels } from '../channels/index.ts';
import { WebChannel } from '../channels/web/channel.ts';
import { loadWebConfig } from '../channels/web/config.ts';
import { loadCoreConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { exportXlsx, XLSX_MIME } from '../export/xlsx.ts';
import { readWithLlm } from '../extract/read-with-llm.ts';
import { createLlm } from '../llm/client.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { log } from '../log.ts';
import { portfolioBotDeps, startReminders } from '../remind/serve-hooks.ts';
import { checkRecord } from '../score/check.ts';
import { openStore, storeOptionsFrom } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { createReader } from './read-pool.ts';
import { createWebApi } from './web-api.ts';

const logger = log.child({ module: 'serve' });

export interface Server {
  store: Store;
  bot: Bot;
  web: WebChannel;
  channels: Channel[];
  /** Stops taking messages, lets the ones in progress finish (bounded), closes the store. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  env?: Record<string, string | undefined>;
  /** Extra bot dependencies (portfolio questions, reminders) wired by their areas. */
  botDeps?: Partial<BotDeps>;
}

/** The `serve` command: config → store → bot → channels. */
export async function serve(options: ServeOptions = {}): Promise<Server> {
  const env = options.env ?? process.env;
  const core = loadCoreConfig(env);
  const webConfig = loadWebConfig(env);
  // Without an endpoint the deterministic result stands and what it could not read is asked of the user.
  const llm = createLlm(loadLlmConfig(env));
  const store = await openStore(storeOptionsFrom(core));
  // Without the LLM a record is final as read, so the reader threads score it too; the LLM completes records later.
  const reader = createReader(env, { score: !llm });
  const bot = createBot({
    store,
    readDocument: llm ? (bytes, opts) => readWithLlm(bytes, llm, opts, reader.read) : reader.read,
    // A record just read may have been scored in a reader thread; any later version is scored here.
    check: (record) => reader.takeScore(record) ?? checkRecord(record),
    llm,
    logger: log.child({ module: 'bot' }),
    exportForms: async (forms) => ({ bytes: await exportXlsx(forms), mime: XLSX_MIME }),
    ...portfolioBotDeps(store, env),
    ...options.botDeps,
  });

  const channels: Channel[] = [];
  const web = new WebChannel({
    host: core.HOST,
    port: core.PORT,
    sql: store.sql,
    config: webConfig,
    api: createWebApi(store),
    availability: store.sql.availability,
    // The store must answer too: a container whose database is gone is not healthy (but keeps running).
    health: async () => {
      try {
        await (store.sql.availability?.check() ?? store.sql.query('SELECT 1'));
      } catch (err) {
        throw new AppError('STORE_UNAVAILABLE', '数据库不可用', { cause: err });
      }
      return {
        store: store.driver,
        channels: Object.fromEntries(channels.map((c) => [c.name, c.connected])),
      };
    },
  });
  channels.push(web);

  const started: Channel[] = [];
  try {
    channels.push(...platformChannels(env, { accept: bot.accept })); // Lark, DingTalk, WeChat, Telegram when configured
    for (const channel of channels) {
      await channel.start((msg) => bot.handle(msg, ioFor(channel, msg)));
      started.push(channel);
    }
  } catch (err) {
    await Promise.allSettled(started.map((c) => c.stop()));
    await reader.close();
    await store.close();
    throw err;
  }
  const reminders = startReminders(store, channels, env);
  logger.info({ channels: channels.map((c) => c.name), store: store.driver }, 'jixiao serving');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await reminders.stop();
      await Promise.allSettled(channels.map((c) => c.stop()));
      await Promise.race([bot.drain(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await reader.close();
      await store.close();
      logger.info('jixiao stopped');
    })();
    return stopping;
  };
  return { store, bot, web, channels, stop };
}

function ioFor(channel: Channel, msg: IncomingMessage) {
  return {
    reply: (reply: Parameters<Channel['reply']>[1]) => channel.reply(msg.chat, reply),
    download: () => {
      if (!msg.file) throw new Error('message has no file');
      return channel.download(msg.file, msg.chat);
    },
  };
}

/** Runs until SIGINT/SIGTERM, then shuts down gracefully; a second signal exits at once. */
export async function runServe(): Promise<void> {
  // The embedded store is a large WebAssembly module. Compiled lazily and tiered up in the background, it kept two
  // cores busy compiling while the first users waited; a long-running server compiles it fully once (~1 s at start).
  setFlagsFromString('--no-wasm-dynamic-tiering');
  const server = await serve();
  logger.info({ url: server.web.address().url }, 'web chat ready');
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A stray rejection (a send after its chat went away, a late query) must not take every chat down with it.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
}

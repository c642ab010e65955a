import { setFlagsFromString } from 'node:v8';
import type { Bot, BotDeps } from '../bot/bot.ts';
import type { Channel } from '../channels/channel.ts';
import { platformChannels } from '../channels/index.ts';
import { WebChannel } from '../channels/web/channel.ts';
import { loadWebConfig } from '../channels/web/config.ts';
import { loadCoreConfig } from '../config.ts';
import { checkDirectoryConfig, startDirectorySync } from '../directory/sync.ts';
import { AppError } from '../errors.ts';
import type { Exporter } from '../export/exporter.ts';
import { loadExportConfig } from '../export/limits.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { log } from '../log.ts';
import { loadAdmins, recordAdmins } from '../query/config.ts';
import { startReminders } from '../remind/serve-hooks.ts';
import { openStore, storeOptionsFrom } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { loadUploadLimits } from '../store/upload-limits.ts';
import { startSurveyCloser, surveyPages } from '../survey/wire.ts';
import { channelIo, createAppBot } from './app-bot.ts';
import { type Retention, startRetention } from './retention.ts';
import { createWebApi } from './web-api.ts';

const logger = log.child({ module: 'serve' });

export interface Server {
  store: Store;
  bot: Bot;
  web: WebChannel;
  channels: Channel[];
  /** Exports (worker threads and their limits). */
  exporter: Exporter;
  /** The purge of raw files past JIXIAO_UPLOAD_RETENTION_DAYS (hourly; `runOnce` for operators and tests). */
  retention: Retention;
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
  // Checked before anything is opened: a bad LLM configuration fails start-up without touching the store.
  loadLlmConfig(env);
  loadExportConfig(env);
  checkDirectoryConfig(env);
  const uploads = loadUploadLimits(env);
  const store = await openStore({ ...storeOptionsFrom(core), uploadQuota: uploads.quota });
  await recordAdmins(store, loadAdmins(env));
  const { bot, exporter, surveys, close: closeBot } = createAppBot(store, env, options.botDeps);

  const channels: Channel[] = [];
  const web = new WebChannel({
    host: core.HOST,
    port: core.PORT,
    sql: store.sql,
    config: webConfig,
    api: createWebApi(store, exporter, surveys.hook.evidence),
    publicPages: surveyPages(surveys.service, surveys.config),
    availability: store.sql.availability,
    checkUploadQuota: (userId, size) => store.checkUploadQuota(userId, size),
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
      await channel.start((msg) => bot.handle(msg, channelIo(channel, msg)));
      started.push(channel);
    }
  } catch (err) {
    await Promise.allSettled(started.map((c) => c.stop()));
    await closeBot();
    await store.close();
    throw err;
  }
  // Without a configured public address the survey links point at where the web chat really listens (PORT=0 too).
  if (!surveys.config.configuredUrl) surveys.config.publicUrl = web.address().url;
  const reminders = startReminders(store, channels, env);
  const retention = startRetention(store, web, uploads.retentionDays);
  const surveyCloser = startSurveyCloser(surveys.service, channels, store.sql);
  // Departments and display names from Lark contact when JIXIAO_DIRECTORY_SYNC asks for it (src/directory).
  const directory = startDirectorySync(store, env);
  logger.info({ channels: channels.map((c) => c.name), store: store.driver }, 'jixiao serving');

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await reminders.stop();
      await surveyCloser.stop();
      await directory.stop();
      retention.stop();
      await Promise.allSettled(channels.map((c) => c.stop()));
      await Promise.race([bot.drain(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await closeBot();
      await store.close();
      logger.info('jixiao stopped');
    })();
    return stopping;
  };
  return { store, bot, web, channels, exporter, retention, stop };
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

import { type Bot, type BotDeps, type BotIo, createBot } from '../bot/bot.ts';
import type { IncomingMessage, Reply } from '../bot/messages.ts';
import type { Channel } from '../channels/channel.ts';
import { senderNames } from '../directory/names.ts';
import { createExporter, type Exporter } from '../export/exporter.ts';
import { XLSX_MIME } from '../export/xlsx.ts';
import { readWithLlm } from '../extract/read-with-llm.ts';
import { createLlm } from '../llm/client.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { log } from '../log.ts';
import { loadOutbound } from '../net/outbound.ts';
import { loadAdmins } from '../query/config.ts';
import { portfolioBotDeps } from '../remind/serve-hooks.ts';
import { checkRecord } from '../score/check.ts';
import type { Store } from '../store/store.ts';
import type { SurveyHook } from '../survey/commands.ts';
import type { SurveyConfig } from '../survey/config.ts';
import type { SurveyService } from '../survey/service.ts';
import { createSurveys, withSurveyQuestions } from '../survey/wire.ts';
import { createReader } from './read-pool.ts';

type Env = Record<string, string | undefined>;

/**
 * The one bot every channel talks to (`serve` and `jixiao chat`): reader threads, the optional LLM, scoring, export,
 * portfolio questions and reminder commands, all from the environment.
 */
export function createAppBot(
  store: Store,
  env: Env,
  extra: Partial<BotDeps> = {},
): {
  bot: Bot;
  exporter: Exporter;
  surveys: { config: SurveyConfig; service: SurveyService; hook: SurveyHook };
  close(): Promise<void>;
} {
  // Without an endpoint the deterministic result stands and what it could not read is asked of the user.
  const llm = createLlm(loadLlmConfig(env), loadOutbound(env));
  // Without the LLM a record is final as read, so the reader threads score it too; the LLM completes records later.
  const reader = createReader(env, { score: !llm });
  // Exports render in worker threads under the same limits as the web page's (the chat's own message rate applies).
  const exporter = createExporter(env);
  const surveys = createSurveys(store, env);
  // Lark events carry no sender name: the contact API supplies it once per user (src/directory/names.ts).
  const nameSender = senderNames(env);
  const bot = createBot({
    store,
    readDocument: llm ? (bytes, opts) => readWithLlm(bytes, llm, opts, reader.read) : reader.read,
    // A record just read may have been scored in a reader thread; any later version is scored here.
    check: (record) => reader.takeScore(record) ?? checkRecord(record),
    llm,
    logger: log.child({ module: 'bot' }),
    exportForms: async (forms) => {
      const made = await exporter.export({}, 'xlsx', async () => forms);
      if (!made) throw new Error('nothing to export');
      return { bytes: made.bytes, mime: XLSX_MIME };
    },
    admins: loadAdmins(env),
    surveys: surveys.hook,
    ...(nameSender ? { senderName: nameSender } : {}),
    ...withSurveyQuestions(store, portfolioBotDeps(store, env), loadAdmins(env)),
    ...extra,
  });
  return {
    bot,
    exporter,
    surveys,
    close: async () => {
      await Promise.all([reader.close(), exporter.close()]);
    },
  };
}

/** How the bot answers a message that came from `channel`: replies go back to its chat, files come from it. */
export function channelIo(channel: Channel, msg: IncomingMessage): BotIo {
  return {
    reply: (reply: Reply) => channel.reply(msg.chat, reply),
    download: () => {
      if (!msg.file) throw new Error('message has no file');
      return channel.download(msg.file, msg.chat);
    },
  };
}

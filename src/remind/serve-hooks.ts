import type { BotDeps } from '../bot/bot.ts';
import type { Channel } from '../channels/channel.ts';
import { AppError } from '../errors.ts';
import { createLlm } from '../llm/client.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { log } from '../log.ts';
import { loadOutbound } from '../net/outbound.ts';
import { loadAdmins, loadQuestionRows } from '../query/config.ts';
import type { Store } from '../store/store.ts';
import { loadRemindConfig } from './config.ts';
import { createPortfolioHooks } from './hooks.ts';
import { createScheduler, type Deliver } from './scheduler.ts';

type Env = Record<string, string | undefined>;

/** The bot hooks for portfolio questions and reminder commands, from the environment. */
export function portfolioBotDeps(store: Store, env: Env): Partial<BotDeps> {
  const hooks = createPortfolioHooks({
    store,
    logger: log.child({ module: 'query' }),
    config: loadRemindConfig(env),
    llm: createLlm(loadLlmConfig(env), loadOutbound(env)),
    admins: loadAdmins(env),
    rowLimit: loadQuestionRows(env),
  });
  return { answerQuestion: hooks.answerQuestion, reminders: hooks.reminders };
}

/** Pushes through the recipient's channel; the web page gets it in the user's chat (its inbox). */
export function deliverVia(channels: Channel[]): Deliver {
  return async (to, reply) => {
    const channel = channels.find((c) => c.name === to.channel);
    if (channel?.push) return channel.push(to, reply);
    if (channel?.name === 'web')
      return channel.reply({ channel: 'web', chatId: to.id, isGroup: false }, reply);
    throw new AppError('CHANNEL_UNAVAILABLE', `渠道 ${to.channel} 未启用或不支持主动推送`);
  };
}

/** Starts the durable reminder loop of this replica (every replica may run one: claims are row-locked). */
export function startReminders(store: Store, channels: Channel[], env: Env): { stop(): Promise<void> } {
  const scheduler = createScheduler({
    sql: store.sql,
    deliver: deliverVia(channels),
    config: loadRemindConfig(env),
    logger: log.child({ module: 'remind' }),
  });
  scheduler.start();
  return scheduler;
}

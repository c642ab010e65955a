import type { BotDeps } from '../bot/bot.ts';
import type { Channel, Recipient } from '../channels/channel.ts';
import { safeError } from '../channels/common/safe-error.ts';
import { AppError } from '../errors.ts';
import { createLlm } from '../llm/client.ts';
import { loadLlmConfig } from '../llm/config.ts';
import { log } from '../log.ts';
import { loadOutbound } from '../net/outbound.ts';
import { loadAdmins, loadQuestionRows } from '../query/config.ts';
import type { Store } from '../store/store.ts';
import { loadRemindConfig } from './config.ts';
import { createPortfolioHooks } from './hooks.ts';
import { currentUserRecipient } from './planner.ts';
import { type AlertAdmins, createScheduler, type Deliver } from './scheduler.ts';

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
    // A clerk's first question after a start would otherwise wait for the names of every project to be indexed.
    warmNames: true,
  });
  return { answerQuestion: hooks.answerQuestion, reminders: hooks.reminders };
}

/** Pushes through the recipient's channel; the web page gets it in the user's chat (its inbox). */
export function deliverVia(channels: Channel[]): Deliver {
  return async (to, reply, options) => {
    const channel = channels.find((c) => c.name === to.channel);
    if (channel?.push) return channel.push(to, reply, options);
    if (channel?.name === 'web')
      return channel.reply({ channel: 'web', chatId: to.id, isGroup: false }, reply);
    throw new AppError('CHANNEL_UNAVAILABLE', `渠道 ${to.channel} 未启用或不支持主动推送`);
  };
}

/** Whether the recipient's channel drops a repeated push (see Channel.pushDropsRepeats); unknown channels do not. */
export function dropsRepeatsVia(channels: Channel[]): (to: Recipient) => boolean {
  return (to) => channels.find((c) => c.name === to.channel)?.pushDropsRepeats?.(to) ?? false;
}

/**
 * Tells every admin (JIXIAO_ADMINS and those bound in chat) on their own channel. The channel that refused may be
 * the one an admin is on (a used-up quota refuses the alert too), so each admin is tried and failures only logged.
 */
export function alertAdminsVia(store: Store, channels: Channel[], env: Env): AlertAdmins {
  const deliver = deliverVia(channels);
  const logger = log.child({ module: 'remind' });
  return async (text) => {
    const { rows } = await store.sql.query<{ id: string }>('SELECT id FROM users WHERE is_admin');
    const ids = new Set([...loadAdmins(env), ...rows.map((r) => r.id)]);
    let reached = 0;
    for (const id of ids) {
      const to = await currentUserRecipient(store.sql, id);
      if (!to) continue;
      try {
        await deliver(to, { text });
        reached++;
      } catch (err) {
        logger.warn({ admin: id, err: safeError(err) }, 'admin alert not delivered');
      }
    }
    if (reached === 0) logger.error({ alert: text }, 'no admin could be alerted');
  };
}

/** Starts the durable reminder loop of this replica (every replica may run one: claims are row-locked). */
export function startReminders(store: Store, channels: Channel[], env: Env): { stop(): Promise<void> } {
  const scheduler = createScheduler({
    sql: store.sql,
    deliver: deliverVia(channels),
    keyedPush: dropsRepeatsVia(channels),
    alertAdmins: alertAdminsVia(store, channels, env),
    config: loadRemindConfig(env),
    logger: log.child({ module: 'remind' }),
  });
  scheduler.start();
  return scheduler;
}

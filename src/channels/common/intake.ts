import type { Bot } from '../../bot/bot.ts';

/**
 * What a platform channel hands each event to: `bot.accept` claims the event id in the store (persisted dedup) and
 * queues the message per chat, resolving as soon as the platform may be acked. A channel calls it from its webhook or
 * stream handler and acks after it resolves; a throw means "not persisted", so the platform should redeliver.
 */
export type Accept = Bot['accept'];

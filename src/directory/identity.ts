import type { IncomingMessage } from '../bot/messages.ts';
import type { SqlDriver } from '../store/sql.ts';
import { linkUser } from './apply.ts';

/**
 * The user row id for a message's sender. With a stable id (Lark union_id) the row is found by it first, so after a new
 * app (new open_ids) a person keeps their forms, binding and reminders; a row from before stable ids gets it now. Without
 * one (platforms whose sender id is already stable), `channel:senderId` as always.
 */
export async function senderUserId(sql: SqlDriver, msg: IncomingMessage): Promise<string> {
  const { channel } = msg.chat;
  const { stableId, id, name } = msg.sender;
  if (!stableId) return `${channel}:${id}`;
  return sql.transaction((tx) => linkUser(tx, channel, stableId, id, name ?? null));
}

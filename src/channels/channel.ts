import type { ChannelName, ChatRef, IncomingFile, IncomingMessage, Reply } from '../bot/messages.ts';

/** Someone to push to without an inbound message (reminders): a user or a group on one platform. */
export interface Recipient {
  channel: ChannelName;
  kind: 'user' | 'group';
  id: string;
}

export interface PushOptions {
  /**
   * The same key for every attempt at the same push (the reminder's id): a platform that deduplicates on a key (Lark
   * `uuid`, for an hour) then drops a resend after a crash between "platform accepted" and "marked sent".
   */
  idempotencyKey?: string;
}

/** The port between the bot and a platform; webhook vs long connection stays inside the adapter. */
export interface Channel {
  readonly name: ChannelName;
  start(onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void>;
  reply(to: ChatRef, reply: Reply): Promise<void>;
  /**
   * Proactive send for reminders; absent where the platform cannot push. A refusal that no retry can change (bot not
   * in the group, user outside the app's range, quota used up) is thrown as a PermanentPushError.
   */
  push?(to: Recipient, reply: Reply, options?: PushOptions): Promise<void>;
  /**
   * Whether the platform drops a repeat of this push (same idempotency key, or the same content within a window), so
   * a push whose outcome is unknown may be sent again. Absent: it does not, and such a push is given up (at most once).
   */
  pushDropsRepeats?(to: Recipient): boolean;
  download(file: IncomingFile, chat: ChatRef): Promise<Uint8Array>;
  stop(): Promise<void>;
  /** For the health endpoint. */
  readonly connected: boolean;
}

import type { ChannelName, ChatRef, IncomingFile, IncomingMessage, Reply } from '../bot/messages.ts';

/** Someone to push to without an inbound message (reminders): a user or a group on one platform. */
export interface Recipient {
  channel: ChannelName;
  kind: 'user' | 'group';
  id: string;
}

/** The port between the bot and a platform; webhook vs long connection stays inside the adapter. */
export interface Channel {
  readonly name: ChannelName;
  start(onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void>;
  reply(to: ChatRef, reply: Reply): Promise<void>;
  /** Proactive send for reminders; absent where the platform cannot push. */
  push?(to: Recipient, reply: Reply): Promise<void>;
  download(file: IncomingFile, chat: ChatRef): Promise<Uint8Array>;
  stop(): Promise<void>;
  /** For the health endpoint. */
  readonly connected: boolean;
}

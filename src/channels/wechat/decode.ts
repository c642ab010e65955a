import type { FileBoxInterface } from 'file-box';
import { type Message, types } from 'wechaty';
import type { ChatRef, IncomingMessage } from '../../bot/messages.ts';

/**
 * Message types that may carry a form. puppet-mock files .docx/.xlsx as Unknown (only .txt/.doc/.pdf become
 * Attachment), and other puppets differ too: whatever `toFileBox()` accepts is a file.
 */
const FILE_TYPES = new Set<types.Message>([
  types.Message.Attachment,
  types.Message.Unknown,
  types.Message.Image,
]);

export interface DecodedWechat {
  msg: IncomingMessage;
  /** The file as the puppet hands it over; read only when the bot asks for the bytes. */
  box?: FileBoxInterface;
}

/**
 * A wechaty message as an IncomingMessage, or null for what the bot does not take: its own messages (the puppet
 * echoes every send back with `self()`), room messages that do not @ the bot (files included: WeChat cannot @ with a
 * file), stickers, links, system notices. The dedup key is the puppet's `message.id`.
 */
export async function decodeWechatMessage(message: Message): Promise<DecodedWechat | null> {
  if (message.self()) return null;
  const room = message.room();
  const talker = message.talker();
  const isGroup = !!room;
  const mentionedBot = !isGroup || (await message.mentionSelf());
  if (!mentionedBot) return null;
  const chat: ChatRef = {
    channel: 'wechat',
    chatId: room?.id ?? talker.id,
    isGroup,
    platform: { talkerId: talker.id },
  };
  const base = {
    eventId: message.id,
    chat,
    sender: { id: talker.id, name: talker.name() },
    mentionedBot,
    receivedAt: message.date(),
  };
  const type = message.type();
  if (type === types.Message.Text) {
    const text = isGroup ? await message.mentionText() : message.text();
    return { msg: { ...base, text: text.trim() } };
  }
  if (!FILE_TYPES.has(type)) return null;
  let box: FileBoxInterface;
  try {
    box = await message.toFileBox();
  } catch {
    return null; // an Unknown that is not a file
  }
  const file = {
    name: box.name || '文件',
    handle: message.id,
    ...(box.size > 0 ? { size: box.size } : {}),
    ...(box.mediaType ? { mime: box.mediaType } : {}),
  };
  return { msg: { ...base, file }, box };
}

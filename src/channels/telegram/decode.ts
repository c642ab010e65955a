import type { Message, MessageEntity, Update } from 'grammy/types';
import type { ChatRef, IncomingFile, IncomingMessage } from '../../bot/messages.ts';

/** What the decoder needs to know about the bot itself (from getMe). */
export interface TelegramSelf {
  id: number;
  username: string;
}

/** Button presses carry `action` or `action:value` (callback_data, at most 64 bytes). */
export function decodeCallbackData(data: string): { id: string; value?: string } | null {
  const [id, value] = data.split(/:(.*)/s);
  if (!id) return null;
  return value ? { id, value } : { id };
}

const chatRef = (message: Pick<Message, 'chat' | 'message_id'>): ChatRef => ({
  channel: 'telegram',
  chatId: String(message.chat.id),
  isGroup: message.chat.type !== 'private',
  platform: { messageId: String(message.message_id) },
});

/** The @username or /command@username spans that address this bot. */
function selfMentions(text: string, entities: MessageEntity[] | undefined, self: TelegramSelf) {
  const name = `@${self.username}`.toLowerCase();
  return (entities ?? []).filter((e) => {
    const span = text.slice(e.offset, e.offset + e.length).toLowerCase();
    if (e.type === 'mention') return span === name;
    if (e.type === 'bot_command') return span.endsWith(name);
    return e.type === 'text_mention' && e.user.id === self.id;
  });
}

/** Text with the bot's @-mentions taken out (`/help@jixiao_bot` → `/help`). */
function stripMentions(text: string, spans: MessageEntity[], self: TelegramSelf): string {
  let out = text;
  for (const e of [...spans].sort((a, b) => b.offset - a.offset)) {
    const span = out.slice(e.offset, e.offset + e.length);
    const kept = e.type === 'bot_command' ? span.slice(0, span.length - self.username.length - 1) : '';
    out = out.slice(0, e.offset) + kept + out.slice(e.offset + e.length);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function fileOf(message: Message): IncomingFile | undefined {
  const d = message.document;
  if (d) {
    return {
      name: d.file_name ?? '文件',
      handle: d.file_id,
      ...(d.file_size === undefined ? {} : { size: d.file_size }),
      ...(d.mime_type ? { mime: d.mime_type } : {}),
    };
  }
  // A photo is not a form format; the bot answers with the formats it reads. The last size is the largest.
  const photo = message.photo?.at(-1);
  if (photo) {
    return {
      name: '图片.jpg',
      mime: 'image/jpeg',
      handle: photo.file_id,
      ...(photo.file_size === undefined ? {} : { size: photo.file_size }),
    };
  }
  return undefined;
}

/**
 * A Telegram update as an IncomingMessage, or null for what the bot does not take (edits, joins, stickers, other
 * bots). The dedup key is the bot id + `update_id`: Telegram redelivers the same update until it is confirmed.
 * In groups the bot is addressed by an @-mention, `/cmd@bot`, or a reply to one of its messages (privacy mode lets
 * exactly these through).
 */
const TELEGRAM_KINDS: [string, string][] = [
  ['sticker', '表情'],
  ['voice', '语音消息'],
  ['audio', '音频'],
  ['video', '视频'],
  ['video_note', '视频'],
  ['animation', '动图'],
  ['location', '位置'],
  ['contact', '名片'],
  ['poll', '投票'],
];

export function decodeTelegramUpdate(
  update: Update,
  self: TelegramSelf,
  now = new Date(),
): IncomingMessage | null {
  const eventId = `${self.id}:${update.update_id}`;
  const query = update.callback_query;
  if (query) {
    const action = query.data ? decodeCallbackData(query.data) : null;
    if (!action || !query.message) return null;
    return {
      eventId,
      chat: chatRef(query.message),
      sender: { id: String(query.from.id), name: query.from.first_name },
      mentionedBot: true,
      action,
      receivedAt: now,
    };
  }
  const message = update.message;
  if (!message?.from || message.from.is_bot) return null;
  const text = message.text ?? message.caption ?? '';
  const spans = selfMentions(text, message.entities ?? message.caption_entities, self);
  const chat = chatRef(message);
  const base = {
    eventId,
    chat,
    sender: { id: String(message.from.id), name: message.from.first_name },
    mentionedBot: !chat.isGroup || spans.length > 0 || message.reply_to_message?.from?.id === self.id,
    receivedAt: now,
  };
  const file = fileOf(message);
  if (file) return { ...base, file };
  if (message.text === undefined) {
    // Content the bot cannot read gets a short answer; service messages (joins, pins) none.
    const kind = TELEGRAM_KINDS.find(([field]) => field in message)?.[1];
    return kind ? { ...base, unsupported: kind } : null;
  }
  return { ...base, text: stripMentions(message.text, spans, self) };
}

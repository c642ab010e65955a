import type { IncomingMessage } from '../../bot/messages.ts';

/** `im.message.receive_v1` as the SDK hands it over: header fields merged with `sender`/`message`. */
export interface LarkMessageEvent {
  event_id?: string;
  token?: string;
  sender?: { sender_id?: { open_id?: string; user_id?: string }; sender_type?: string };
  message?: {
    message_id: string;
    chat_id: string;
    chat_type: string;
    message_type: string;
    content: string;
    create_time?: string;
    mentions?: { key: string; id?: { open_id?: string }; name?: string }[];
  };
}

/** `card.action.trigger` (card callback v2), merged the same way. */
export interface LarkCardActionEvent {
  event_id?: string;
  operator?: { open_id?: string; user_id?: string };
  action?: { value?: unknown; tag?: string };
  context?: { open_message_id?: string; open_chat_id?: string };
}

/** What our card buttons carry (see card.ts), so a press knows its action and its chat kind. */
export interface ButtonValue {
  action: string;
  value: string;
  group: '0' | '1';
}

function parseContent(content: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(content);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Text of a `post` (rich text): every text run, one paragraph a line. */
function postText(content: Record<string, unknown>): string {
  const body = (content.content ? content : (Object.values(content)[0] ?? {})) as {
    title?: string;
    content?: { tag?: string; text?: string }[][];
  };
  const lines = (body.content ?? []).map((p) =>
    p.map((r) => (r.tag === 'text' || r.tag === 'a' ? (r.text ?? '') : '')).join(''),
  );
  return [body.title, ...lines].filter(Boolean).join('\n');
}

/**
 * A Lark message as an IncomingMessage, or null for what the bot does not take (stickers, audio, the bot's own).
 * The dedup key is `message_id`: Lark re-pushes the same message under it (webhook retries and WS re-pushes alike).
 */
export function decodeLarkMessage(
  event: LarkMessageEvent,
  botOpenId: string | undefined,
  now = new Date(),
): IncomingMessage | null {
  const m = event.message;
  const senderId = event.sender?.sender_id?.open_id;
  if (!m || !senderId || event.sender?.sender_type === 'app') return null;
  const isGroup = m.chat_type !== 'p2p';
  const mentions = m.mentions ?? [];
  const base = {
    eventId: m.message_id,
    chat: { channel: 'lark' as const, chatId: m.chat_id, isGroup, platform: { messageId: m.message_id } },
    sender: { id: senderId },
    mentionedBot: !isGroup || (!!botOpenId && mentions.some((x) => x.id?.open_id === botOpenId)),
    receivedAt: now,
  };
  const content = parseContent(m.content);
  switch (m.message_type) {
    case 'text': {
      let text = String(content.text ?? '');
      for (const mention of mentions) text = text.split(mention.key).join('');
      return { ...base, text: text.trim() };
    }
    case 'post':
      return { ...base, text: postText(content) };
    case 'file': {
      const key = String(content.file_key ?? '');
      if (!key) return null;
      return { ...base, file: { name: String(content.file_name ?? '文件'), handle: `file:${key}` } };
    }
    case 'image': {
      // Not a form format; the bot answers with the formats it reads.
      const key = String(content.image_key ?? '');
      return key ? { ...base, file: { name: '图片.png', mime: 'image/png', handle: `image:${key}` } } : null;
    }
    case 'system':
      return null;
    default:
      // Stickers, voice, video, locations, cards…: answered with what the bot does take.
      return { ...base, unsupported: LARK_KINDS[m.message_type] ?? '这类消息' };
  }
}

const LARK_KINDS: Record<string, string> = {
  audio: '语音消息',
  media: '视频',
  sticker: '表情',
  share_chat: '群名片',
  share_user: '个人名片',
  location: '位置',
  merge_forward: '合并转发的消息',
  interactive: '卡片消息',
};

export function decodeLarkCardAction(event: LarkCardActionEvent, now = new Date()): IncomingMessage | null {
  const value = event.action?.value as Partial<ButtonValue> | undefined;
  const chatId = event.context?.open_chat_id;
  const senderId = event.operator?.open_id;
  if (!event.event_id || !value?.action || !chatId || !senderId) return null;
  const messageId = event.context?.open_message_id;
  return {
    // One press of a button per user and card: a second press (a stale client, a double click) is a duplicate.
    eventId: messageId
      ? `card:${messageId}:${senderId}:${value.action}:${value.value ?? ''}`
      : `card:${event.event_id}`,
    chat: {
      channel: 'lark',
      chatId,
      isGroup: value.group === '1',
      platform: event.context?.open_message_id ? { messageId: event.context.open_message_id } : {},
    },
    sender: { id: senderId },
    mentionedBot: true,
    action: value.value ? { id: value.action, value: value.value } : { id: value.action },
    receivedAt: now,
  };
}

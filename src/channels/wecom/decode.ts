import type { IncomingMessage } from '../../bot/messages.ts';
import { ROBOT_GROUP_PREFIX } from './targets.ts';

/**
 * A 自建应用 callback (the decrypted XML's fields) as an IncomingMessage, or null when there is nothing to answer
 * (events, locations, links, another app's message). App messages come only from one user's private chat with the
 * app, so there is no @ to look for. Dedup key: MsgId, the same on every redelivery; events have none and are
 * keyed by sender + CreateTime + event, as WeCom's documentation says to.
 */
export function decodeWecomAppMessage(
  f: Record<string, string>,
  agentId: number,
  now = new Date(),
): IncomingMessage | null {
  const userId = f.FromUserName;
  if (!userId || !f.MsgType) return null;
  if (f.AgentID && Number(f.AgentID) !== agentId) return null;
  if (f.MsgType === 'event') return null;
  if (!f.MsgId) return null;
  const base = {
    eventId: f.MsgId,
    chat: { channel: 'wecom' as const, chatId: userId, isGroup: false },
    sender: { id: userId },
    mentionedBot: true,
    receivedAt: now,
  };
  switch (f.MsgType) {
    case 'text':
      return { ...base, text: (f.Content ?? '').trim() };
    case 'file':
      if (!f.MediaId) return null;
      return { ...base, file: { name: f.FileName || f.Title || '文件', handle: f.MediaId } };
    case 'image':
      // Not a form format; the bot answers with the formats it reads.
      if (!f.MediaId) return null;
      return { ...base, file: { name: '图片.jpg', mime: 'image/jpeg', handle: f.MediaId } };
    case 'voice':
      // Speech recognition (接收消息 → 语音识别) fills Recognition; without it there is nothing to read.
      return f.Recognition ? { ...base, text: f.Recognition.trim() } : null;
    default:
      return null;
  }
}

interface RobotMedia {
  url?: string;
  aeskey?: string;
}

/** A 智能机器人 message (the `body` of an aibot_msg_callback frame; the same JSON as the robot's callback mode). */
export interface WecomRobotMessage {
  msgid: string;
  aibotid?: string;
  /** Only in groups. */
  chatid?: string;
  chattype: 'single' | 'group' | string;
  from?: { userid?: string };
  msgtype: string;
  text?: { content?: string };
  voice?: { content?: string };
  file?: RobotMedia;
  image?: RobotMedia;
  mixed?: { msg_item?: { msgtype: string; text?: { content?: string } }[] };
  quote?: { msgtype?: string; text?: { content?: string }; file?: RobotMedia };
}

/** A robot file's download handle: its short-lived URL and the per-file key it is encrypted with. */
export const robotFileHandle = (m: RobotMedia) => JSON.stringify({ url: m.url, aeskey: m.aeskey ?? '' });

/**
 * A 智能机器人 message as an IncomingMessage. WeCom passes a group message to the robot only when it is @-mentioned,
 * and the text then carries the `@name`; a group message with no @ at all is not for the bot. With the robot's name
 * configured, only `@name` counts. A file in a group arrives quoted in an @-message (`quote.file`).
 */
export function decodeWecomRobotMessage(
  m: WecomRobotMessage,
  botName: string | undefined,
  now = new Date(),
): IncomingMessage | null {
  const userId = m.from?.userid;
  if (!m.msgid || !userId) return null;
  const isGroup = m.chattype === 'group';
  if (isGroup && !m.chatid) return null;
  const raw =
    m.msgtype === 'mixed'
      ? (m.mixed?.msg_item ?? [])
          .filter((i) => i.msgtype === 'text')
          .map((i) => i.text?.content ?? '')
          .join('')
      : m.msgtype === 'voice'
        ? (m.voice?.content ?? '')
        : (m.text?.content ?? '');
  const mention = botName ? `@${botName}` : undefined;
  const mentioned = mention ? raw.includes(mention) : /(^|\s)@\S/.test(raw);
  const text = (mention ? raw.replaceAll(mention, ' ') : raw.replace(/^(\s*@\S+)+/, '')).trim();
  const base = {
    eventId: m.msgid,
    chat: {
      channel: 'wecom' as const,
      chatId: isGroup ? `${ROBOT_GROUP_PREFIX}${m.chatid}` : userId,
      isGroup,
      platform: { via: 'robot', target: isGroup ? m.chatid! : userId },
    },
    sender: { id: userId },
    mentionedBot: !isGroup || mentioned,
    receivedAt: now,
  };
  const quoted = m.quote?.msgtype === 'file' ? m.quote.file : undefined;
  switch (m.msgtype) {
    case 'text':
    case 'mixed':
    case 'voice':
      if (quoted?.url) return { ...base, file: { name: '文件', handle: robotFileHandle(quoted) } };
      return { ...base, text };
    case 'file':
      if (!m.file?.url) return null;
      return { ...base, file: { name: '文件', handle: robotFileHandle(m.file) } };
    case 'image':
      if (!m.image?.url) return null;
      return { ...base, file: { name: '图片.jpg', mime: 'image/jpeg', handle: robotFileHandle(m.image) } };
    default:
      return null;
  }
}

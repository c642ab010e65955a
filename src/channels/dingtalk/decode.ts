import type { IncomingMessage } from '../../bot/messages.ts';

interface FileContent {
  downloadCode?: string;
  fileName?: string;
}

/** A robot message (Stream topic /v1.0/im/bot/messages/get, or the HTTP outgoing robot's body). */
export interface DingTalkRobotMessage {
  msgId: string;
  msgtype: string;
  createAt?: number;
  /** '1' direct chat, '2' group. */
  conversationType: string;
  conversationId: string;
  senderId: string;
  senderStaffId?: string;
  senderNick?: string;
  robotCode?: string;
  isInAtList?: boolean;
  sessionWebhook?: string;
  sessionWebhookExpiredTime?: number;
  text?: {
    content?: string;
    isReplyMsg?: boolean;
    /** A quoted message; a quoted file carries its downloadCode (groups deliver only @-messages, so this is how files arrive there). */
    repliedMsg?: {
      msgType?: string;
      content?: FileContent & { text?: string };
      downloadCode?: string;
      fileName?: string;
    };
  };
  content?: FileContent & { recognition?: string; richText?: { text?: string }[] };
}

/** What a reply needs later, kept on the ChatRef: the session webhook and who to fall back to when it has expired. */
export interface DingTalkChatPlatform extends Record<string, string> {
  sessionWebhook: string;
  sessionWebhookExpiredTime: string;
  staffId: string;
  robotCode: string;
}

/** A robot message as an IncomingMessage (dedup key: msgId, the same on every re-push), or null when unusable. */
export function decodeDingTalkMessage(
  m: DingTalkRobotMessage,
  robotCode: string,
  now = new Date(),
): IncomingMessage | null {
  if (!m.msgId || !m.conversationId || !m.senderId) return null;
  const isGroup = m.conversationType === '2';
  const staffId = m.senderStaffId ?? '';
  const platform: DingTalkChatPlatform = {
    sessionWebhook: m.sessionWebhook ?? '',
    sessionWebhookExpiredTime: String(m.sessionWebhookExpiredTime ?? 0),
    staffId,
    robotCode: m.robotCode ?? robotCode,
  };
  const base = {
    eventId: m.msgId,
    chat: { channel: 'dingtalk' as const, chatId: m.conversationId, isGroup, platform },
    sender: { id: staffId || m.senderId, ...(m.senderNick ? { name: m.senderNick } : {}) },
    mentionedBot: !isGroup || m.isInAtList === true,
    receivedAt: now,
  };
  switch (m.msgtype) {
    case 'text': {
      const quoted = m.text?.repliedMsg;
      const code = quoted?.content?.downloadCode ?? quoted?.downloadCode;
      if (code) {
        const name = quoted?.content?.fileName ?? quoted?.fileName ?? '文件';
        return { ...base, file: { name, handle: code } };
      }
      return { ...base, text: (m.text?.content ?? '').trim() };
    }
    case 'file':
      if (!m.content?.downloadCode) return null;
      return { ...base, file: { name: m.content.fileName ?? '文件', handle: m.content.downloadCode } };
    case 'picture':
      // Not a form format; the bot answers with the formats it reads.
      if (!m.content?.downloadCode) return null;
      return { ...base, file: { name: '图片.png', mime: 'image/png', handle: m.content.downloadCode } };
    case 'richText':
      return {
        ...base,
        text: (m.content?.richText ?? [])
          .map((r) => r.text ?? '')
          .join('')
          .trim(),
      };
    case 'audio':
      return m.content?.recognition
        ? { ...base, text: m.content.recognition.trim() }
        : { ...base, unsupported: '语音消息' };
    case 'video':
      return { ...base, unsupported: '视频' };
    default:
      return { ...base, unsupported: '这类消息' };
  }
}

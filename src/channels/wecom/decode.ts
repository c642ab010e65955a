import type { IncomingMessage } from '../../bot/messages.ts';

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

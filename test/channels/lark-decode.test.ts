import { describe, expect, it } from 'vitest';
import {
  decodeLarkCardAction,
  decodeLarkMessage,
  type LarkMessageEvent,
} from '../../src/channels/lark/decode.ts';
import { BOT_OPEN_ID, fixture } from './lark-fake.ts';

function event(messageType: string, content: unknown, chatType = 'p2p'): LarkMessageEvent {
  const e = fixture('message-text-p2p.json');
  return {
    ...e.header,
    ...(e.event as unknown as LarkMessageEvent),
    message: {
      ...e.event.message,
      chat_type: chatType,
      message_type: messageType,
      content: JSON.stringify(content),
    },
  } as LarkMessageEvent;
}

describe('decodeLarkMessage', () => {
  it('keys dedup on message_id and strips the @ placeholders from text', () => {
    const e = fixture('message-text-group-mention.json');
    const msg = decodeLarkMessage({ ...e.header, ...(e.event as unknown as LarkMessageEvent) }, BOT_OPEN_ID);
    expect(msg).toMatchObject({
      eventId: e.event.message.message_id,
      chat: { channel: 'lark', isGroup: true, platform: { messageId: e.event.message.message_id } },
      mentionedBot: true,
      text: '帮助',
    });
    expect(
      decodeLarkMessage({ ...e.header, ...(e.event as unknown as LarkMessageEvent) }, undefined)
        ?.mentionedBot,
    ).toBe(false);
  });

  it('reads rich text (post) paragraphs, files and images; marks stickers unsupported; drops the bot’s own messages', () => {
    const post = {
      zh_cn: {
        title: '问题',
        content: [
          [
            { tag: 'text', text: '哪些项目' },
            { tag: 'at', user_id: 'x' },
          ],
          [{ tag: 'text', text: '低于80分？' }],
        ],
      },
    };
    expect(decodeLarkMessage(event('post', post), BOT_OPEN_ID)?.text).toBe('问题\n哪些项目\n低于80分？');
    expect(
      decodeLarkMessage(event('file', { file_key: 'fk', file_name: '表.xlsx' }), BOT_OPEN_ID)?.file,
    ).toEqual({ name: '表.xlsx', handle: 'file:fk' });
    expect(decodeLarkMessage(event('image', { image_key: 'ik' }), BOT_OPEN_ID)?.file?.handle).toBe(
      'image:ik',
    );
    expect(decodeLarkMessage(event('sticker', { file_key: 's' }), BOT_OPEN_ID)?.unsupported).toBe('表情');
    expect(decodeLarkMessage(event('new_type', {}), BOT_OPEN_ID)?.unsupported).toBe('这类消息');
    expect(decodeLarkMessage(event('system', {}), BOT_OPEN_ID)).toBeNull();
    expect(
      decodeLarkMessage(
        {
          ...event('text', { text: 'hi' }),
          sender: { sender_type: 'app', sender_id: { open_id: 'ou_app' } },
        },
        BOT_OPEN_ID,
      ),
    ).toBeNull();
  });
});

describe('decodeLarkCardAction', () => {
  it('turns our button value into an action on the right chat kind', () => {
    const e = fixture('card-action-trigger.json');
    const data = { ...e.header, ...e.event } as Parameters<typeof decodeLarkCardAction>[0];
    data.action = { value: { action: 'issues', value: 'form-1', group: '1' } };
    const operator = (data as { operator?: { open_id?: string } }).operator?.open_id;
    expect(decodeLarkCardAction(data)).toMatchObject({
      // Keyed on card, user and button: the same user pressing the same button again is a duplicate.
      eventId: `card:${e.event.context.open_message_id}:${operator}:issues:form-1`,
      chat: {
        chatId: e.event.context.open_chat_id,
        isGroup: true,
        platform: { messageId: e.event.context.open_message_id },
      },
      action: { id: 'issues', value: 'form-1' },
      mentionedBot: true,
    });
    data.action = { value: 'not ours' };
    expect(decodeLarkCardAction(data)).toBeNull();
  });
});

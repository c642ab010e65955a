import { describe, expect, it } from 'vitest';
import { decodeDingTalkMessage } from '../../src/channels/dingtalk/decode.ts';
import { CLIENT_ID, robotMessage } from './dingtalk-fake.ts';

describe('decodeDingTalkMessage', () => {
  it('keys dedup on msgId and keeps what replies need on the chat', () => {
    const m = robotMessage('robot-text-group-at.json');
    expect(decodeDingTalkMessage(m, CLIENT_ID)).toMatchObject({
      eventId: m.msgId,
      chat: {
        channel: 'dingtalk',
        chatId: m.conversationId,
        isGroup: true,
        platform: { sessionWebhook: m.sessionWebhook, staffId: m.senderStaffId, robotCode: m.robotCode },
      },
      sender: { id: m.senderStaffId, name: '李华' },
      mentionedBot: true,
      text: '帮助',
    });
  });

  it('handles file, quoted file, picture, rich text and voice; marks other types unsupported', () => {
    expect(decodeDingTalkMessage(robotMessage('robot-file-dm.json'), CLIENT_ID)?.file).toEqual({
      name: '2023年度项目支出绩效自评表.docx',
      handle: 'REDACTEDdownloadCodeFile0000000000000000000000000000',
    });
    expect(
      decodeDingTalkMessage(robotMessage('robot-quoted-file-group-at.json'), CLIENT_ID)?.file?.handle,
    ).toBe('REDACTEDdownloadCodeQuoted00000000000000000000000000');
    const base = robotMessage('robot-text-dm.json');
    expect(
      decodeDingTalkMessage({ ...base, msgtype: 'picture', content: { downloadCode: 'pc' } }, CLIENT_ID)?.file
        ?.name,
    ).toBe('图片.png');
    expect(
      decodeDingTalkMessage(
        { ...base, msgtype: 'richText', content: { richText: [{ text: '列表' }, { text: '' }] } },
        CLIENT_ID,
      )?.text,
    ).toBe('列表');
    expect(
      decodeDingTalkMessage({ ...base, msgtype: 'audio', content: { recognition: '帮助' } }, CLIENT_ID)?.text,
    ).toBe('帮助');
    expect(decodeDingTalkMessage({ ...base, msgtype: 'video' }, CLIENT_ID)?.unsupported).toBe('视频');
    expect(decodeDingTalkMessage({ ...base, msgtype: 'audio', content: {} }, CLIENT_ID)?.unsupported).toBe(
      '语音消息',
    );
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { DingTalkChannel } from '../../src/channels/dingtalk/channel.ts';
import { type DingTalkConfig, loadDingTalkConfig } from '../../src/channels/dingtalk/config.ts';
import type { DingTalkRobotMessage } from '../../src/channels/dingtalk/decode.ts';
import { dingTalkSign, verifyDingTalkSignature } from '../../src/channels/dingtalk/verify.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk, robotMessage } from './dingtalk-fake.ts';

const PATH = '/dingtalk/events';

function config(mode: 'stream' | 'http' = 'stream'): DingTalkConfig {
  return {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    robotCode: CLIENT_ID,
    mode,
    webhookPath: PATH,
    maxFileBytes: 20 * 1_048_576,
    hosts: fakeDing.hosts,
  };
}

async function streamChannel(harness: BotHarness, fake: FakeDingTalk) {
  const channel = new DingTalkChannel({
    config: config(),
    accept: harness.accept,
    logger: silent,
    retryBaseMs: 20,
  });
  const before = fake.sockets.length;
  await channel.start(async () => {});
  await until(() => channel.connected && fake.sockets.length > before, 10_000, 'stream connection');
  return channel;
}

const fakeDing = new FakeDingTalk();
const harness = new BotHarness();

beforeAll(async () => {
  await fakeDing.start();
  await harness.open();
});
afterAll(async () => {
  await harness.close();
  await fakeDing.stop();
});

describe('DingTalk Stream mode (real DWClient against a loopback gateway, real bot and store)', () => {
  let channel: DingTalkChannel;
  beforeAll(async () => {
    channel = await streamChannel(harness, fakeDing);
  });
  afterAll(() => channel.stop());

  it('acks the frame at once and answers a text question with markdown through the session webhook', async () => {
    const m = robotMessage('robot-text-dm.json');
    const frameId = fakeDing.push(m);
    await until(() => fakeDing.acked(frameId), 5000, 'ack');
    await until(() => fakeDing.repliesTo(m).length > 0, 10_000, 'reply');
    const [reply] = fakeDing.repliesTo(m);
    expect(reply!.body.msgtype).toBe('markdown');
    expect(reply!.body.markdown.title).toBe('绩效自评助手');
    expect(reply!.body.markdown.text).toContain('### 绩效自评助手');
    expect(Buffer.byteLength(JSON.stringify(reply!.body))).toBeLessThanOrEqual(20_000);
  });

  it('downloads an uploaded form by downloadCode and answers with its breakdown', async () => {
    const m = robotMessage('robot-file-dm.json', {
      content: { downloadCode: 'code-form-000', fileName: '000-001.xlsx' },
    });
    fakeDing.files.set('code-form-000', new Uint8Array(readFileSync(fixturePath('files', '000-001.xlsx'))));
    fakeDing.push(m);
    await until(
      () => fakeDing.repliesTo(m).some((r) => r.body.markdown.text.includes('核算总分')),
      15_000,
      'breakdown',
    );
    await harness.bot.drain();
    const download = fakeDing.downloads.find((d) => d.body.downloadCode === 'code-form-000');
    expect(download).toMatchObject({ token: 'at-fake-token', body: { robotCode: CLIENT_ID } });
    const texts = fakeDing.repliesTo(m).map((r) => r.body.markdown.text);
    expect(texts[0]).toContain('已收到《000-001.xlsx》');
    const expected = JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as {
      projectName: string;
    };
    const breakdown = fakeDing.repliesTo(m).find((r) => r.body.markdown.text.includes('核算总分'));
    expect(breakdown!.body.markdown.title).toBe(expected.projectName);
    expect(breakdown!.body.markdown.text).toContain('可回复：「');
  });

  it('reads a file quoted with an @ in a group (repliedMsg downloadCode)', async () => {
    const m = robotMessage('robot-quoted-file-group-at.json');
    m.text!.repliedMsg!.content = { downloadCode: 'code-quoted-002', fileName: '002-001.docx' };
    fakeDing.files.set('code-quoted-002', new Uint8Array(readFileSync(fixturePath('files', '002-001.docx'))));
    fakeDing.push(m);
    await until(
      () => fakeDing.repliesTo(m).some((r) => r.body.markdown.text.includes('核算总分')),
      15_000,
      'breakdown',
    );
    expect(fakeDing.downloads.some((d) => d.body.downloadCode === 'code-quoted-002')).toBe(true);
    expect(fakeDing.repliesTo(m)[0]!.body.markdown.text).toContain('已收到《002-001.docx》');
  });

  it('answers a re-pushed message (same msgId, new frame) once, acking both frames', async () => {
    const m = robotMessage('robot-text-dm.json');
    const first = fakeDing.push(m);
    await until(() => fakeDing.repliesTo(m).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    const second = fakeDing.push(m);
    await until(() => fakeDing.acked(second), 5000, 'second ack');
    await harness.bot.drain();
    expect(fakeDing.acked(first)).toBe(true);
    expect(fakeDing.repliesTo(m)).toHaveLength(1);
  });

  it('ignores a group message that does not @ the bot (and still acks it)', async () => {
    const plain = robotMessage('robot-text-group-at.json', {
      isInAtList: false,
      atUsers: [],
    } as Partial<DingTalkRobotMessage>);
    const at = robotMessage('robot-text-group-at.json');
    const plainFrame = fakeDing.push(plain);
    fakeDing.push(at);
    await until(() => fakeDing.repliesTo(at).length > 0, 10_000, 'reply to @');
    await harness.bot.drain();
    expect(fakeDing.acked(plainFrame)).toBe(true);
    expect(fakeDing.repliesTo(plain)).toHaveLength(0);
    // The reply in the group @s the asker.
    const [reply] = fakeDing.repliesTo(at) as unknown as {
      body: { markdown: { text: string }; at?: { atUserIds: string[] } };
    }[];
    expect(reply!.body.at?.atUserIds).toEqual([at.senderStaffId]);
    expect(reply!.body.markdown.text).toContain(`@${at.senderStaffId}`);
  });

  it('answers an unsupported message type in a direct chat with what it takes, and help says how group files work', async () => {
    const video = { ...robotMessage('robot-text-dm.json'), msgtype: 'video' };
    fakeDing.push(video);
    await until(() => fakeDing.repliesTo(video).length > 0, 10_000, 'reply to a video');
    expect(fakeDing.repliesTo(video)[0]!.body.markdown.text).toContain('暂时处理不了视频');
    const help = robotMessage('robot-text-dm.json', {
      text: { content: '帮助' },
    } as Partial<DingTalkRobotMessage>);
    fakeDing.push(help);
    await until(() => fakeDing.repliesTo(help).length > 0, 10_000, 'help');
    const text = fakeDing.repliesTo(help)[0]!.body.markdown.text;
    expect(text).toContain('引用（回复）该文件并 @我');
    expect(text).not.toContain('飞书');
  });

  it('falls back to the OpenAPI sends when the session webhook has expired', async () => {
    const dm = robotMessage('robot-text-dm.json', { sessionWebhookExpiredTime: Date.now() - 1000 });
    const group = robotMessage('robot-text-group-at.json', { sessionWebhookExpiredTime: Date.now() - 1000 });
    const users = fakeDing.toUsers.length;
    const groups = fakeDing.toGroups.length;
    fakeDing.push(dm);
    fakeDing.push(group);
    await until(
      () => fakeDing.toUsers.length > users && fakeDing.toGroups.length > groups,
      10_000,
      'fallback sends',
    );
    expect(fakeDing.toUsers.at(-1)).toMatchObject({
      token: 'at-fake-token',
      body: { robotCode: CLIENT_ID, userIds: ['01234567890123456789'], msgKey: 'sampleMarkdown' },
    });
    expect(fakeDing.toGroups.at(-1)!.body.openConversationId).toBe(group.conversationId);
    expect(JSON.parse(String(fakeDing.toGroups.at(-1)!.body.msgParam)).title).toBe('绩效自评助手');
    expect(fakeDing.repliesTo(dm)).toHaveLength(0);
  });

  it('retries a send refused with 130101 (too fast) and delivers it once', async () => {
    fakeDing.sessionRateLimitNext = 1;
    const m = robotMessage('robot-text-dm.json');
    fakeDing.push(m);
    await until(() => fakeDing.repliesTo(m).length > 0, 15_000, 'reply after 130101');
    await harness.bot.drain();
    expect(fakeDing.repliesTo(m)).toHaveLength(1);
    expect(fakeDing.sessionRateLimitNext).toBe(0);
  });

  it('sends an attachment as an uploaded file through the robot API (session webhooks take no files)', async () => {
    const m = robotMessage('robot-text-dm.json');
    const chat = {
      channel: 'dingtalk' as const,
      chatId: m.conversationId,
      isGroup: false,
      platform: {
        sessionWebhook: m.sessionWebhook!,
        sessionWebhookExpiredTime: String(m.sessionWebhookExpiredTime),
        staffId: m.senderStaffId!,
        robotCode: CLIENT_ID,
      },
    };
    const bytes = new TextEncoder().encode('PK fake workbook');
    await channel.reply(chat, {
      text: '已生成带批注的 Excel。',
      attachment: { name: '检查结果.xlsx', bytes, mime: 'application/vnd.ms-excel' },
    });
    expect(fakeDing.repliesTo(m).map((r) => r.body.markdown.text)).toEqual(['已生成带批注的 Excel。']);
    const upload = fakeDing.uploads.at(-1)!;
    expect(upload.query).toContain('access_token=at-fake-token');
    expect(upload.query).toContain('type=file');
    expect(upload.body).toContain('PK fake workbook');
    const sent = fakeDing.toUsers.at(-1)!;
    expect(sent.body).toMatchObject({ msgKey: 'sampleFile', userIds: [m.senderStaffId] });
    expect(JSON.parse(String(sent.body.msgParam))).toEqual({
      mediaId: `@media-${fakeDing.uploads.length}`,
      fileName: '检查结果.xlsx',
      fileType: 'xlsx',
    });
  });

  it('splits a long answer into markdown messages under 20000 bytes each', async () => {
    const m = robotMessage('robot-text-dm.json');
    const chat = {
      channel: 'dingtalk' as const,
      chatId: m.conversationId,
      isGroup: false,
      platform: {
        sessionWebhook: m.sessionWebhook!,
        sessionWebhookExpiredTime: String(m.sessionWebhookExpiredTime),
        staffId: m.senderStaffId!,
        robotCode: CLIENT_ID,
      },
    };
    const items = Array.from(
      { length: 900 },
      (_, i) => `第${i}项：三级指标的指标值与实际完成值不一致，请核对。`,
    );
    await channel.reply(chat, { title: '全部问题', items });
    const sent = fakeDing.repliesTo(m);
    expect(sent.length).toBeGreaterThan(1);
    for (const s of sent) expect(Buffer.byteLength(JSON.stringify(s.body))).toBeLessThanOrEqual(20_000);
    const all = sent.map((s) => s.body.markdown.text).join('\n');
    for (const i of [0, 450, 899]) expect(all).toContain(`第${i}项`);
  });

  it('pushes reminders to users and groups', async () => {
    await channel.push(
      { channel: 'dingtalk', kind: 'user', id: 'staff-1' },
      { text: '自评表提交截止还有 3 天。' },
    );
    await channel.push(
      { channel: 'dingtalk', kind: 'group', id: 'cidGroupX' },
      { title: '提醒', items: ['项目A'] },
    );
    expect(fakeDing.toUsers.at(-1)!.body).toMatchObject({ userIds: ['staff-1'], msgKey: 'sampleMarkdown' });
    expect(JSON.parse(String(fakeDing.toUsers.at(-1)!.body.msgParam)).text).toContain(
      '自评表提交截止还有 3 天。',
    );
    expect(fakeDing.toGroups.at(-1)!.body).toMatchObject({ openConversationId: 'cidGroupX' });
  });
});

describe('DingTalk duplicate deliveries (5× concurrently, then after a restart)', () => {
  it('answers exactly once', async () => {
    const m = robotMessage('robot-text-dm.json');
    let channel = await streamChannel(harness, fakeDing);
    const frames = Array.from({ length: 5 }, () => fakeDing.push(m));
    await until(() => frames.every((f) => fakeDing.acked(f)), 10_000, 'acks');
    await until(() => fakeDing.repliesTo(m).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    await channel.stop();

    await harness.reopen();
    channel = await streamChannel(harness, fakeDing);
    const again = Array.from({ length: 5 }, () => fakeDing.push(m));
    await until(() => again.every((f) => fakeDing.acked(f)), 10_000, 'acks after restart');
    await harness.bot.drain();
    await channel.stop();
    expect(fakeDing.repliesTo(m)).toHaveLength(1);
  });
});

describe('DingTalk when the store cannot take the message', () => {
  it('does not ack the frame, so DingTalk pushes it again', async () => {
    const channel = new DingTalkChannel({
      config: config(),
      accept: async () => {
        throw new Error('store down');
      },
      logger: silent,
    });
    const before = fakeDing.sockets.length;
    await channel.start(async () => {});
    await until(() => channel.connected && fakeDing.sockets.length > before, 10_000, 'stream connection');
    const frame = fakeDing.push(robotMessage('robot-text-dm.json'));
    // A message without a sender is unusable: acked and dropped without reaching the store.
    const control = fakeDing.push({ ...robotMessage('robot-text-dm.json'), senderId: '' });
    await until(() => fakeDing.acked(control), 5000, 'ack of an unusable message');
    await channel.stop();
    expect(fakeDing.acked(frame)).toBe(false);
  });
});

describe('DingTalk connection supervision', () => {
  it('reports a gateway that is down (connected false), retries with backoff, and connects when it is back', async () => {
    fakeDing.gatewayDown = true;
    const calls = fakeDing.gatewayCalls;
    const channel = new DingTalkChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(channel.connected).toBe(false);
    await until(() => fakeDing.gatewayCalls >= calls + 2, 10_000, 'retries');
    fakeDing.gatewayDown = false;
    await until(() => channel.connected, 10_000, 'reconnect');
    // A dropped socket is noticed and replaced.
    const sockets = fakeDing.sockets.length;
    fakeDing.socket?.terminate();
    await until(
      () => fakeDing.sockets.length > sockets && channel.connected,
      10_000,
      'new session after drop',
    );
    await channel.stop();
    expect(channel.connected).toBe(false);
  });
});

describe('DingTalk HTTP mode (outgoing robot, signed)', () => {
  let channel: DingTalkChannel;
  let url: string;
  beforeAll(async () => {
    const webhooks = new WebhookServer('127.0.0.1', 0, silent);
    channel = new DingTalkChannel({
      config: config('http'),
      accept: harness.accept,
      webhooks,
      logger: silent,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    url = `${webhooks.url()}${PATH}`;
  });
  afterAll(() => channel.stop());

  const postSigned = (
    m: DingTalkRobotMessage,
    timestamp = String(Date.now()),
    sign = dingTalkSign(timestamp, CLIENT_SECRET),
  ) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', timestamp, sign },
      body: JSON.stringify(m),
    });

  it('answers a correctly signed message, once even when posted twice', async () => {
    const m = robotMessage('robot-text-dm.json');
    expect((await postSigned(m)).status).toBe(200);
    expect((await postSigned(m)).status).toBe(200);
    await until(() => fakeDing.repliesTo(m).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    expect(fakeDing.repliesTo(m)).toHaveLength(1);
  });

  it('rejects a bad signature and a timestamp more than an hour off, running nothing', async () => {
    const m = robotMessage('robot-text-dm.json');
    expect((await postSigned(m, String(Date.now()), 'bm90LXRoZS1zaWduYXR1cmU=')).status).toBe(401);
    const old = String(Date.now() - 61 * 60_000);
    expect((await postSigned(m, old)).status).toBe(401);
    expect((await fetch(url, { method: 'POST', body: JSON.stringify(m) })).status).toBe(401);
    await harness.bot.drain();
    expect(fakeDing.repliesTo(m)).toHaveLength(0);
  });

  it('ignores a group message without @', async () => {
    const m = robotMessage('robot-text-group-at.json', { isInAtList: false });
    expect((await postSigned(m)).status).toBe(200);
    await harness.bot.drain();
    expect(fakeDing.repliesTo(m)).toHaveLength(0);
  });
});

const KNOWN_SIGN = 'OuzzJR5+xZ4/EYwqtNt6sMYZQMTa/HEGvc9miJe7XzY=';

describe('DingTalk signature and config', () => {
  it('signs as the outgoing robot does (known answer) and enforces the 1 h skew', () => {
    // base64(HMAC-SHA256(key = "secret", "1700000000000\nsecret")), computed independently with openssl.
    expect(dingTalkSign('1700000000000', 'secret')).toBe(KNOWN_SIGN);
    const ts = 1_700_000_000_000;
    const sign = dingTalkSign(String(ts), 'secret');
    expect(verifyDingTalkSignature({ timestamp: String(ts), sign }, 'secret', ts + 59 * 60_000)).toBe(true);
    expect(verifyDingTalkSignature({ timestamp: String(ts), sign }, 'secret', ts + 61 * 60_000)).toBe(false);
    expect(verifyDingTalkSignature({ timestamp: String(ts), sign }, 'other', ts)).toBe(false);
  });

  it('is disabled without credentials, refuses half a configuration, defaults robotCode to the client id', () => {
    expect(loadDingTalkConfig({})).toBeNull();
    expect(() => loadDingTalkConfig({ JIXIAO_DINGTALK_CLIENT_ID: CLIENT_ID })).toThrow(
      /JIXIAO_DINGTALK_CLIENT_SECRET/,
    );
    expect(
      loadDingTalkConfig({
        JIXIAO_DINGTALK_CLIENT_ID: CLIENT_ID,
        JIXIAO_DINGTALK_CLIENT_SECRET: CLIENT_SECRET,
      }),
    ).toMatchObject({
      robotCode: CLIENT_ID,
      mode: 'stream',
    });
  });
});

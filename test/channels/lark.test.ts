import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { LarkChannel } from '../../src/channels/lark/channel.ts';
import { type LarkConfig, loadLarkConfig } from '../../src/channels/lark/config.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';
import {
  APP_ID,
  APP_SECRET,
  BOT_OPEN_ID,
  ENCRYPT_KEY,
  encrypt,
  FakeLark,
  fixture,
  messageEvent,
  post,
  type Sent,
  sentText,
  VERIFICATION_TOKEN,
} from './lark-fake.ts';

const PATH = '/lark/events';

function config(fake: FakeLark, mode: 'webhook' | 'ws' = 'webhook'): LarkConfig {
  return {
    appId: APP_ID,
    appSecret: APP_SECRET,
    domain: fake.url,
    mode,
    encryptKey: ENCRYPT_KEY,
    verificationToken: VERIFICATION_TOKEN,
    webhookPath: PATH,
    maxFileBytes: 30 * 1_048_576,
  };
}

/** A Lark channel in webhook mode on its own loopback listener, fed by the real bot. */
async function startWebhookChannel(fake: FakeLark, harness: BotHarness) {
  const webhooks = new WebhookServer('127.0.0.1', 0, silent);
  const channel = new LarkChannel({
    config: config(fake),
    accept: harness.accept,
    webhooks,
    logger: silent,
    retryBaseMs: 10,
  });
  await channel.start(async () => {});
  await channel.firstAttempt;
  return { channel, url: `${webhooks.url()}${PATH}` };
}

/** One store for the file (creating a PGlite directory is the slow part); the restart test reopens it. */
const harness = new BotHarness();
beforeAll(() => harness.open());
afterAll(() => harness.close());

const toMessage = (event: { event: { message: { message_id: string } } }) => (s: Sent) =>
  s.path === `/open-apis/im/v1/messages/${event.event.message.message_id}/reply`;

describe('Lark channel (webhook, real SDK, real bot and store)', () => {
  const fake = new FakeLark();
  let channel: LarkChannel;
  let url: string;

  beforeAll(async () => {
    await fake.start();
    ({ channel, url } = await startWebhookChannel(fake, harness));
  });
  afterAll(async () => {
    await channel.stop();
    await fake.stop();
  });

  it('is connected once the listener is up and the bot open_id is known', () => {
    expect(channel.connected).toBe(true);
  });

  it('answers the encrypted URL verification challenge', async () => {
    const res = await post(url, { challenge: 'ch-123', token: VERIFICATION_TOKEN, type: 'url_verification' });
    expect(JSON.parse(res.body)).toEqual({ challenge: 'ch-123' });
  });

  it('answers a text question in a direct chat, as a card replying to the message', async () => {
    const event = messageEvent('message-text-p2p.json');
    const res = await post(url, event);
    expect(res.status).toBe(200);
    await until(() => fake.replies(toMessage(event)).length > 0, 10_000, 'reply');
    const [reply] = fake.replies(toMessage(event));
    expect(reply!.auth).toBe('Bearer t-fake-tenant-token');
    expect(reply!.body.msg_type).toBe('interactive');
    expect(sentText(reply!)).toContain('绩效自评助手');
    expect(reply!.body.uuid).toMatch(/^[0-9a-f]{32}-0-0$/);
  });

  it('downloads an uploaded form with the tenant token and answers with its breakdown card', async () => {
    const event = messageEvent('message-file-p2p.json', {
      content: { file_key: 'file_v3_form_000', file_name: '000-001.docx' },
    });
    fake.files.set('file_v3_form_000', new Uint8Array(readFileSync(fixturePath('files', '000-001.docx'))));
    await post(url, event);
    await until(
      () => fake.replies(toMessage(event)).some((s) => s.body.msg_type === 'interactive'),
      15_000,
      'breakdown',
    );
    await harness.bot.drain();
    const download = fake.downloads.find((d) => d.path.includes('file_v3_form_000'));
    expect(download?.auth).toBe('Bearer t-fake-tenant-token');
    expect(download?.type).toBe('file');
    const texts = fake.replies(toMessage(event)).map(sentText);
    expect(texts[0]).toContain('已收到《000-001.docx》');
    const expected = JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as {
      projectName: string;
    };
    const card = texts.find((t) => t.includes(expected.projectName) && t.includes('核算总分'));
    expect(card, texts.join('\n---\n')).toBeDefined();
    expect(card).toContain('"tag":"button"');
    expect(card).toContain('查看全部问题');

    // Press 查看全部问题 on that card: the callback carries the button's value back.
    type Button = { tag: string; text: { content: string }; value: Record<string, string> };
    const parsed = JSON.parse(card!) as { elements: { tag: string; actions?: Button[] }[] };
    const button = parsed.elements
      .flatMap((e) => e.actions ?? [])
      .find((b) => b.text.content === '查看全部问题');
    // The fake numbers messages in sending order, as Lark returns their message_id.
    const cardMessageId = `om_sent_${fake.sent.findIndex((s) => sentText(s) === card) + 1}`;
    const press = fixture('card-action-trigger.json');
    press.header.event_id = `card_issues_${Date.now()}`;
    press.event.action = { tag: 'button', value: button!.value };
    press.event.context = { open_message_id: cardMessageId, open_chat_id: event.event.message.chat_id };
    const answer = JSON.parse((await post(url, press)).body) as {
      toast: { content: string };
      card?: {
        type: string;
        data: { elements: { tag: string; actions?: (Button & { disabled?: boolean })[] }[] };
      };
    };
    // The callback answers with the same card, the pressed button disabled.
    expect(answer.toast.content).toBe('正在处理…');
    expect(answer.card?.type).toBe('raw');
    const after = answer.card!.data.elements.flatMap((e) => e.actions ?? []);
    expect(after.find((b) => b.text.content === '查看全部问题')?.disabled).toBe(true);
    expect(after.find((b) => b.text.content === '导出Excel')?.disabled).toBeUndefined();
    const toCard = (s: Sent) => s.path === `/open-apis/im/v1/messages/${cardMessageId}/reply`;
    await until(() => fake.replies(toCard).length > 0, 10_000, 'issues reply');
    expect(sentText(fake.replies(toCard)[0]!)).toContain(`${expected.projectName}：全部问题`);
    await harness.bot.drain();

    // A second press of the same button (another event, a client that had not refreshed) does nothing again.
    const again = { ...press, header: { ...press.header, event_id: `card_issues_again_${Date.now()}` } };
    expect(JSON.parse((await post(url, again)).body).toast.content).toContain('已处理');
    await harness.bot.drain();
    expect(fake.replies(toCard)).toHaveLength(1);
  });

  it('answers a sticker in a private chat with what it takes; help says to send group files privately', async () => {
    const sticker = messageEvent('message-text-p2p.json', { content: { file_key: 'sticker_v2_x' } });
    (sticker.event.message as { message_type?: string }).message_type = 'sticker';
    await post(url, sticker);
    await until(() => fake.replies(toMessage(sticker)).length > 0, 10_000, 'reply to a sticker');
    expect(sentText(fake.replies(toMessage(sticker))[0]!)).toContain('暂时处理不了表情');
    const help = messageEvent('message-text-p2p.json', { content: { text: '帮助' } });
    await post(url, help);
    await until(() => fake.replies(toMessage(help)).length > 0, 10_000, 'help');
    const text = sentText(fake.replies(toMessage(help))[0]!);
    expect(text).toContain('群里发的文件我收不到，请把文件私聊发给我');
    expect(text).not.toContain('钉钉');
  });

  it('answers a redelivered event once', async () => {
    const event = messageEvent('message-text-p2p.json');
    await post(url, event);
    await until(() => fake.replies(toMessage(event)).length > 0, 10_000, 'first reply');
    await harness.bot.drain();
    // Lark retries with the same event and message ids when it did not get its 200 in time.
    expect((await post(url, event)).status).toBe(200);
    await harness.bot.drain();
    expect(fake.replies(toMessage(event))).toHaveLength(1);
  });

  it('rejects a bad signature without claiming the event, so the genuine delivery still works', async () => {
    const event = messageEvent('message-text-p2p.json');
    await post(url, event, { badSignature: true });
    await post(url, event, { key: 'some-other-key' });
    await harness.bot.drain();
    expect(fake.replies(toMessage(event))).toHaveLength(0);
    await post(url, event);
    await until(() => fake.replies(toMessage(event)).length === 1, 10_000, 'genuine reply');
  });

  it('drops a correctly signed event whose verification token is wrong', async () => {
    const event = messageEvent('message-text-p2p.json', { token: 'not-the-token' });
    await post(url, event);
    await harness.bot.drain();
    expect(fake.replies(toMessage(event))).toHaveLength(0);
  });

  it('ignores a group message without an @ of this bot, answers one with it', async () => {
    const plain = messageEvent('message-text-group-mention.json', {
      content: { text: '帮助' },
      mentions: [],
    });
    const other = messageEvent('message-text-group-mention.json', {
      mentions: [{ key: '@_user_1', id: { open_id: 'ou_someone_else' }, name: '张三' }],
    });
    const mentioned = messageEvent('message-text-group-mention.json');
    for (const e of [plain, other, mentioned]) await post(url, e);
    await until(() => fake.replies(toMessage(mentioned)).length > 0, 10_000, 'mention reply');
    await harness.bot.drain();
    expect(fake.replies(toMessage(plain))).toHaveLength(0);
    expect(fake.replies(toMessage(other))).toHaveLength(0);
    expect(sentText(fake.replies(toMessage(mentioned))[0]!)).toContain('绩效自评助手');
  });

  it('turns a card button press into an action, acks it with a toast, and answers in the chat', async () => {
    const event = fixture('card-action-trigger.json');
    event.header.event_id = `card_${Date.now()}`;
    const res = await post(url, event);
    expect(JSON.parse(res.body)).toEqual({ toast: { type: 'info', content: '正在处理…' } });
    const toCard = (s: Sent) =>
      s.path === `/open-apis/im/v1/messages/${event.event.context.open_message_id}/reply`;
    await until(() => fake.replies(toCard).length > 0, 10_000, 'action reply');
    expect(sentText(fake.replies(toCard)[0]!)).toContain('绩效自评助手');
  });

  it('retries a rate-limited send and delivers it once', async () => {
    fake.rateLimitNext = 2;
    const event = messageEvent('message-text-p2p.json');
    await post(url, event);
    await until(() => fake.replies(toMessage(event)).length > 0, 15_000, 'reply after 429');
    await harness.bot.drain();
    expect(fake.replies(toMessage(event))).toHaveLength(1);
    expect(fake.rateLimitNext).toBe(0);
  });

  it('uploads an attachment and sends it as a file message after the text', async () => {
    const chat = { channel: 'lark' as const, chatId: 'oc_files', isGroup: false, platform: {} };
    const bytes = new TextEncoder().encode('PK fake workbook');
    await channel.reply(chat, {
      text: '已生成带批注的 Excel。',
      attachment: { name: '统计所经费-检查结果.xlsx', bytes, mime: 'application/vnd.ms-excel' },
    });
    const upload = fake.uploads.at(-1)!;
    expect(upload.auth).toBe('Bearer t-fake-tenant-token');
    expect(upload.body).toContain('name="file_type"');
    expect(upload.body).toContain('xls');
    const sends = fake.replies((s) => s.body.receive_id === 'oc_files');
    expect(sends.map((s) => s.body.msg_type)).toEqual(['text', 'file']);
    expect(JSON.parse(sends[1]!.body.content)).toEqual({
      file_key: `file_v3_uploaded_${fake.uploads.length}`,
    });
  });

  it('pushes reminders to a user by open_id and to a group by chat_id', async () => {
    await channel.push(
      { channel: 'lark', kind: 'user', id: 'ou_reminded' },
      { text: '自评表提交截止还有 3 天。' },
    );
    await channel.push(
      { channel: 'lark', kind: 'group', id: 'oc_group_1' },
      { title: '提醒', items: ['项目A'] },
    );
    const creates = fake.replies((s) => s.path === '/open-apis/im/v1/messages').slice(-2);
    expect(creates[0]!.query.get('receive_id_type')).toBe('open_id');
    expect(creates[0]!.body.receive_id).toBe('ou_reminded');
    expect(JSON.parse(creates[0]!.body.content)).toEqual({ text: '自评表提交截止还有 3 天。' });
    expect(creates[1]!.query.get('receive_id_type')).toBe('chat_id');
    expect(creates[1]!.body.msg_type).toBe('interactive');
  });
});

describe('Lark duplicate deliveries (5× concurrently, then after a restart)', () => {
  const fake = new FakeLark();

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('answers exactly once', async () => {
    const event = messageEvent('message-text-p2p.json');
    let { channel, url } = await startWebhookChannel(fake, harness);
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => post(url, event).then((r) => r.status)),
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await until(() => fake.replies(toMessage(event)).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    await channel.stop();

    await harness.reopen();
    ({ channel, url } = await startWebhookChannel(fake, harness));
    await Promise.all(Array.from({ length: 5 }, () => post(url, event)));
    await harness.bot.drain();
    await channel.stop();
    expect(fake.replies(toMessage(event))).toHaveLength(1);
  });
});

describe('Lark when the store cannot take the event', () => {
  it('answers 500 so that Lark delivers it again', async () => {
    const fake = new FakeLark();
    await fake.start();
    const webhooks = new WebhookServer('127.0.0.1', 0, silent);
    const channel = new LarkChannel({
      config: config(fake),
      accept: async () => {
        throw new Error('store down');
      },
      webhooks,
      logger: silent,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    const res = await post(`${webhooks.url()}${PATH}`, messageEvent('message-text-p2p.json'));
    await channel.stop();
    await fake.stop();
    expect(res.status).toBe(500);
  });
});

describe('Lark long connection', () => {
  const fake = new FakeLark();

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('reports a failing connection (connected false, retried) and still handles events the WSClient delivers', async () => {
    const channel = new LarkChannel({
      config: config(fake, 'ws'),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 10,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(channel.connected).toBe(false);
    await until(() => fake.wsEndpointCalls >= 2, 10_000, 'a retry');
    // What WSClient does with a pushed event: no signature on this path.
    const event = messageEvent('message-text-p2p.json');
    await channel.dispatcher.invoke(event, { needCheck: false });
    await channel.dispatcher.invoke(event, { needCheck: false });
    await until(() => fake.replies(toMessage(event)).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    expect(fake.replies(toMessage(event))).toHaveLength(1);
    await channel.stop();
    expect(encrypt).toBeDefined();
  });
});

describe('Lark logging', () => {
  it('never writes the app secret or the message text to the log when the SDK fails', async () => {
    const fake = new FakeLark();
    await fake.start();
    fake.tokenDown = true;
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
    const channel = new LarkChannel({
      // Another app id: the SDK caches tenant tokens per app id for the whole process.
      config: { ...config(fake, 'ws'), appId: 'cli_ffffffffffffffff', botOpenId: BOT_OPEN_ID },
      accept: async () => ({ accepted: false, done: Promise.resolve() }),
      logger,
      retryBaseMs: 10,
    });
    const failed = await channel
      .push({ channel: 'lark', kind: 'user', id: 'ou_x' }, { text: '机密的提醒正文' })
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    await fake.stop();
    expect(failed).toBeInstanceOf(Error);
    expect(lines.length).toBeGreaterThan(0);
    const all = lines.join('\n') + JSON.stringify(failed) + String(failed);
    expect(all).not.toContain(APP_SECRET);
    expect(all).not.toContain('机密的提醒正文');
  });
});

describe('Lark config', () => {
  it('is disabled without credentials and refuses half a configuration', () => {
    expect(loadLarkConfig({})).toBeNull();
    expect(() => loadLarkConfig({ JIXIAO_LARK_APP_ID: APP_ID })).toThrow(/JIXIAO_LARK_APP_SECRET/);
    expect(() =>
      loadLarkConfig({
        JIXIAO_LARK_APP_ID: APP_ID,
        JIXIAO_LARK_APP_SECRET: APP_SECRET,
        JIXIAO_LARK_MODE: 'webhook',
      }),
    ).toThrow(/JIXIAO_LARK_ENCRYPT_KEY/);
    const c = loadLarkConfig({
      JIXIAO_LARK_APP_ID: APP_ID,
      JIXIAO_LARK_APP_SECRET: APP_SECRET,
      JIXIAO_LARK_BOT_OPEN_ID: '',
    });
    expect(c).toMatchObject({ mode: 'ws', domain: 'feishu', webhookPath: '/lark/events' });
    expect(c?.botOpenId).toBeUndefined();
    expect(BOT_OPEN_ID).toMatch(/^ou_/);
  });
});

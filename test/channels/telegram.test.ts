import { readFileSync } from 'node:fs';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { platformChannels } from '../../src/channels/index.ts';
import { TelegramChannel } from '../../src/channels/telegram/channel.ts';
import { loadTelegramConfig, type TelegramConfig } from '../../src/channels/telegram/config.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { BOT_INFO, FakeTelegram, TOKEN } from '../helpers/fake-telegram.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';

const SECRET = 'webhook-secret-for-tests-0123456789';
const PATH = '/telegram/webhook';
const PRIVATE_CHAT = 481516;
const GROUP_CHAT = -1001987654321;

type UpdateBody = Omit<Update, 'update_id'>;

/** One real bot and store for the file (opening PGlite is the slow part); each describe has its own fake. */
const harness = new BotHarness();
beforeAll(() => harness.open());
afterAll(() => harness.close());

function fixture(name: string): UpdateBody {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/channels/telegram/${name}`, import.meta.url), 'utf8'),
  ) as UpdateBody;
}

/** A fixture with its message changed (a new message_id keeps replies to different updates apart in groups). */
function withMessage(name: string, change: Record<string, unknown>): UpdateBody {
  const update = fixture(name);
  return { ...update, message: { ...update.message!, ...change } } as UpdateBody;
}

function config(fake: FakeTelegram, mode: 'polling' | 'webhook' = 'polling'): TelegramConfig {
  return {
    token: TOKEN,
    mode,
    apiRoot: fake.url,
    webhookPath: PATH,
    maxFileBytes: 20 * 1_048_576,
    ...(mode === 'webhook'
      ? { webhookUrl: 'https://jixiao.example.org/telegram/webhook', webhookSecret: SECRET }
      : {}),
  };
}

async function startPolling(fake: FakeTelegram, accept: BotHarness['accept']) {
  const channel = new TelegramChannel({
    config: config(fake),
    accept,
    logger: silent,
    retryBaseMs: 10,
    pollTimeoutSeconds: 1,
  });
  await channel.start(async () => {});
  await channel.firstAttempt;
  return channel;
}

async function startWebhook(fake: FakeTelegram, harness: BotHarness) {
  const webhooks = new WebhookServer('127.0.0.1', 0, silent);
  const channel = new TelegramChannel({
    config: config(fake, 'webhook'),
    accept: harness.accept,
    webhooks,
    logger: silent,
    retryBaseMs: 10,
    botInfo: BOT_INFO,
  });
  await channel.start(async () => {});
  await channel.firstAttempt;
  return { channel, url: `${webhooks.url()}${PATH}` };
}

function post(url: string, update: Update, secret: string | null = SECRET) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }),
    },
    body: JSON.stringify(update),
  });
}

/** Replies that answer a given group message (reply_parameters.message_id). */
const answering = (fake: FakeTelegram, messageId: number) =>
  fake
    .sent('sendMessage', GROUP_CHAT)
    .filter(
      (c) => (c.body.reply_parameters as { message_id?: number } | undefined)?.message_id === messageId,
    );

describe('Telegram channel (long polling, real grammY, real bot and store)', () => {
  const fake = new FakeTelegram();
  let channel: TelegramChannel;

  beforeAll(async () => {
    await fake.start();
    channel = await startPolling(fake, harness.accept);
  });
  afterAll(async () => {
    await channel.stop();
    await fake.stop();
  });

  it('is connected once getMe answered and polling runs', () => {
    expect(channel.connected).toBe(true);
    expect(fake.sent('deleteWebhook')).toHaveLength(1);
  });

  it('answers a text question in a private chat with HTML within 4096 characters', async () => {
    const before = fake.texts(PRIVATE_CHAT).length;
    fake.enqueue(fixture('message-text-private.json'));
    await until(() => fake.texts(PRIVATE_CHAT).length > before, 10_000, 'reply');
    const [reply] = fake.sent('sendMessage', PRIVATE_CHAT).slice(before);
    expect(reply!.body.parse_mode).toBe('HTML');
    expect(String(reply!.body.text)).toContain('<b>绩效自评助手</b>');
    expect(String(reply!.body.text).length).toBeLessThanOrEqual(4096);
  });

  it('answers a sticker in a private chat with what it takes', async () => {
    const before = fake.texts(PRIVATE_CHAT).length;
    fake.enqueue(
      withMessage('message-text-private.json', {
        text: undefined,
        sticker: { file_id: 'stk1', file_unique_id: 'u1', type: 'regular', width: 512, height: 512 },
      }),
    );
    await until(() => fake.texts(PRIVATE_CHAT).length > before, 10_000, 'reply');
    expect(fake.texts(PRIVATE_CHAT).at(-1)).toContain('暂时处理不了表情');
  });

  it('downloads an uploaded form via getFile and answers with its breakdown and buttons', async () => {
    const update = fixture('message-document-private.json');
    const fileId = update.message!.document!.file_id;
    fake.files.set(fileId, {
      path: 'documents/file_17.docx',
      bytes: new Uint8Array(readFileSync(fixturePath('files', '000-001.docx'))),
    });
    const expected = JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as {
      projectName: string;
    };
    const before = fake.sent('sendMessage', PRIVATE_CHAT).length;
    fake.enqueue(update);
    const breakdown = () =>
      fake
        .sent('sendMessage', PRIVATE_CHAT)
        .slice(before)
        .find((c) => String(c.body.text).includes('核算总分'));
    await until(() => !!breakdown(), 15_000, 'breakdown');
    await harness.bot.drain();
    expect(fake.sent('getFile').at(-1)?.body.file_id).toBe(fileId);
    expect(fake.downloads).toContain('documents/file_17.docx');
    const texts = fake.texts(PRIVATE_CHAT).slice(before);
    expect(texts[0]).toContain('已收到《000-001.docx》');
    expect(String(breakdown()!.body.text)).toContain(expected.projectName.replace(/&/g, '&amp;'));
    const keyboard = breakdown()!.body.reply_markup as {
      inline_keyboard: { text: string; callback_data: string }[][];
    };
    const buttons = keyboard.inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toContain('查看全部问题');
    expect(buttons.find((b) => b.text === '查看全部问题')!.callback_data).toMatch(/^issues:.+/);
  });

  it('turns an inline button press into an action, stops the spinner, and answers', async () => {
    const before = fake.texts(PRIVATE_CHAT).length;
    const update = fake.enqueue(fixture('callback-query.json'));
    await until(() => fake.texts(PRIVATE_CHAT).length > before, 10_000, 'action reply');
    expect(fake.texts(PRIVATE_CHAT).at(-1)).toContain('绩效自评助手');
    const answer = fake.sent('answerCallbackQuery').at(-1);
    expect(answer?.body).toMatchObject({ callback_query_id: update.callback_query!.id, text: '正在处理…' });
  });

  it('answers an update Telegram delivers again (same update_id) once', async () => {
    const before = fake.texts(PRIVATE_CHAT).length;
    const update = fake.enqueue(withMessage('message-text-private.json', { message_id: 111 }));
    await until(() => fake.texts(PRIVATE_CHAT).length > before, 10_000, 'first reply');
    const polls = fake.sent('getUpdates').length;
    fake.redeliver(update);
    // Two more polls: the first hands the copy out, the second comes after the copy was handled.
    await until(() => fake.sent('getUpdates').length >= polls + 2, 10_000, 'redelivery polled');
    await harness.bot.drain();
    expect(fake.texts(PRIVATE_CHAT).length - before).toBe(1);
  });

  it('ignores a group message without an @ of the bot, answers an @-mention and a reply to the bot', async () => {
    const plain = fake.enqueue(fixture('message-text-group-plain.json'));
    const other = fake.enqueue(
      withMessage('message-text-group-mention.json', {
        message_id: 203,
        text: '@someone_else_bot 帮助',
        entities: [{ offset: 0, length: 17, type: 'mention' }],
      }),
    );
    const mentioned = fake.enqueue(fixture('message-text-group-mention.json'));
    const replied = fake.enqueue(
      withMessage('message-text-group-plain.json', {
        message_id: 204,
        reply_to_message: {
          message_id: 150,
          date: 0,
          chat: { id: GROUP_CHAT, type: 'supergroup', title: '财政局绩效评价组' },
          from: { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name },
          text: '…',
        },
      }),
    );
    await until(
      () => answering(fake, 201).length > 0 && answering(fake, 204).length > 0,
      10_000,
      'group replies',
    );
    await harness.bot.drain();
    expect(answering(fake, plain.message!.message_id)).toHaveLength(0);
    expect(answering(fake, other.message!.message_id)).toHaveLength(0);
    expect(String(answering(fake, mentioned.message!.message_id)[0]!.body.text)).toContain('绩效自评助手');
    expect(replied.message!.message_id).toBe(204);
  });

  it('tells the 20 MB limit before downloading a larger document', async () => {
    const update = withMessage('message-document-private.json', {
      message_id: 120,
      document: {
        file_id: 'BQACbig',
        file_unique_id: 'big',
        file_name: '大文件.pdf',
        file_size: 25 * 1_048_576,
      },
    });
    const before = fake.texts(PRIVATE_CHAT).length;
    fake.enqueue(update);
    await until(
      () =>
        fake
          .texts(PRIVATE_CHAT)
          .slice(before)
          .some((t) => t.includes('20 MB')),
      10_000,
      'limit',
    );
    expect(fake.sent('getFile').some((c) => c.body.file_id === 'BQACbig')).toBe(false);
  });

  it('retries a rate-limited send after retry_after and delivers it once', async () => {
    fake.rateLimitNext = 1;
    await channel.push(
      { channel: 'telegram', kind: 'user', id: '777001' },
      { text: '自评表提交截止还有 3 天。' },
    );
    expect(fake.rateLimitNext).toBe(0);
    expect(fake.texts(777001)).toEqual(['自评表提交截止还有 3 天。']);
  });

  it('splits a long reply into messages of at most 4096 characters, escaping HTML', async () => {
    // About 5000 characters: two messages, so the per-chat throttle does not slow the test down.
    const items = Array.from({ length: 180 }, (_, i) => `第${i + 1}项 未说明偏差原因，请补充原因和改进措施`);
    items[0] = '指标值<90% & 未说明';
    await channel.push(
      { channel: 'telegram', kind: 'user', id: '777003' },
      { title: '逾期未提交 <提醒>', items, buttons: [{ label: '列表', action: 'list' }] },
    );
    const sent = fake.sent('sendMessage', 777003);
    expect(sent.length).toBeGreaterThan(1);
    for (const s of sent) expect(String(s.body.text).length).toBeLessThanOrEqual(4096);
    const all = sent.map((s) => String(s.body.text)).join('\n');
    expect(all).toContain('&lt;提醒&gt;');
    expect(all).toContain('指标值&lt;90% &amp; 未说明');
    for (let i = 2; i <= 180; i++) expect(all).toContain(`第${i}项`);
    expect(sent.at(-1)!.body.reply_markup).toEqual({
      inline_keyboard: [[{ text: '列表', callback_data: 'list' }]],
    });
    expect(sent.slice(0, -1).every((s) => s.body.reply_markup === undefined)).toBe(true);
  });

  it('sends an attachment as a document', async () => {
    await channel.push(
      { channel: 'telegram', kind: 'user', id: '777002' },
      {
        text: '已生成带批注的 Excel。',
        attachment: {
          name: '项目A-检查结果.xlsx',
          bytes: new Uint8Array([80, 75, 3, 4]),
          mime: 'application/zip',
        },
      },
    );
    const [doc] = fake.sent('sendDocument', 777002);
    expect(doc!.files.document?.name).toBe('项目A-检查结果.xlsx');
    expect([...doc!.files.document!.bytes]).toEqual([80, 75, 3, 4]);
  });
});

describe('Telegram polling: an update whose claim fails is fetched again', () => {
  const fake = new FakeTelegram();

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('restarts polling without confirming the update, then answers it once', async () => {
    let failures = 1;
    const channel = await startPolling(fake, async (msg, io) => {
      if (failures-- > 0) throw new Error('store unavailable');
      return harness.accept(msg, io);
    });
    fake.enqueue(fixture('message-text-private.json'));
    await until(() => fake.texts(PRIVATE_CHAT).length > 0, 15_000, 'reply after the retry');
    await harness.bot.drain();
    await channel.stop();
    expect(fake.texts(PRIVATE_CHAT)).toHaveLength(1);
    expect(fake.getMeCalls).toBe(1);
  });
});

describe('Telegram webhook (secret token)', () => {
  const fake = new FakeTelegram();
  let channel: TelegramChannel;
  let url: string;

  beforeAll(async () => {
    await fake.start();
    ({ channel, url } = await startWebhook(fake, harness));
  });
  afterAll(async () => {
    await channel.stop();
    await fake.stop();
  });

  it('registers the webhook with its secret token and only the update types it handles', () => {
    expect(channel.connected).toBe(true);
    expect(fake.sent('setWebhook')[0]?.body).toMatchObject({
      url: 'https://jixiao.example.org/telegram/webhook',
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query'],
    });
  });

  it('rejects a wrong or missing secret token with 401 and runs nothing', async () => {
    const update = fake.number(withMessage('message-text-private.json', { message_id: 301 }));
    expect((await post(url, update, 'wrong-secret-wrong-secret')).status).toBe(401);
    expect((await post(url, update, null)).status).toBe(401);
    await harness.bot.drain();
    expect(fake.texts(PRIVATE_CHAT)).toHaveLength(0);
    // The genuine delivery of the same update still works: the rejected ones claimed nothing.
    expect((await post(url, update)).status).toBe(200);
    await until(() => fake.texts(PRIVATE_CHAT).length === 1, 10_000, 'genuine reply');
  });

  it('acks a text update with 200 before the answer, and answers a redelivery once', async () => {
    const update = fake.number(withMessage('message-text-private.json', { message_id: 302 }));
    const before = fake.texts(PRIVATE_CHAT).length;
    expect((await post(url, update)).status).toBe(200);
    await until(() => fake.texts(PRIVATE_CHAT).length > before, 10_000, 'reply');
    await harness.bot.drain();
    expect((await post(url, update)).status).toBe(200);
    await harness.bot.drain();
    expect(fake.texts(PRIVATE_CHAT).length - before).toBe(1);
  });

  it('ignores a group message without an @ of the bot', async () => {
    const plain = fake.number(fixture('message-text-group-plain.json'));
    const mentioned = fake.number(fixture('message-text-group-mention.json'));
    await post(url, plain);
    await post(url, mentioned);
    await until(() => answering(fake, 201).length > 0, 10_000, 'mention reply');
    await harness.bot.drain();
    expect(answering(fake, 202)).toHaveLength(0);
  });

  it('answers a form upload with its breakdown', async () => {
    const update = fake.number(withMessage('message-document-private.json', { message_id: 303 }));
    const fileId = update.message!.document!.file_id;
    fake.files.set(fileId, {
      path: 'documents/file_18.docx',
      bytes: new Uint8Array(readFileSync(fixturePath('files', '000-001.docx'))),
    });
    const before = fake.texts(PRIVATE_CHAT).length;
    expect((await post(url, update)).status).toBe(200);
    await until(
      () =>
        fake
          .texts(PRIVATE_CHAT)
          .slice(before)
          .some((t) => t.includes('核算总分')),
      15_000,
      'breakdown',
    );
  });
});

describe('Telegram duplicate deliveries (5× concurrently, then after a restart)', () => {
  const fake = new FakeTelegram();

  beforeAll(async () => {
    await fake.start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('answers exactly once over webhook and polling', async () => {
    const update = fake.number(fixture('message-text-private.json'));
    let { channel, url } = await startWebhook(fake, harness);
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => post(url, update).then((r) => r.status)),
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await until(() => fake.texts(PRIVATE_CHAT).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    await channel.stop();

    await harness.reopen();
    ({ channel, url } = await startWebhook(fake, harness));
    await Promise.all(Array.from({ length: 5 }, () => post(url, update)));
    await harness.bot.drain();
    await channel.stop();

    // The same update reaching a polling bot after another restart.
    await harness.reopen();
    const polling = await startPolling(fake, harness.accept);
    const polls = fake.sent('getUpdates').length;
    for (let i = 0; i < 5; i++) fake.redeliver(update);
    await until(() => fake.sent('getUpdates').length >= polls + 2, 10_000, 'redeliveries polled');
    await harness.bot.drain();
    await polling.stop();
    expect(fake.texts(PRIVATE_CHAT)).toHaveLength(1);
  });
});

describe('Telegram connection failures', () => {
  const fake = new FakeTelegram();

  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('reports connected=false while getMe fails, retries, and connects once the Bot API is back', async () => {
    fake.down = true;
    const accept = async () => ({ accepted: false, done: Promise.resolve() });
    const channel = new TelegramChannel({
      config: config(fake),
      accept,
      logger: silent,
      retryBaseMs: 10,
      pollTimeoutSeconds: 1,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(channel.connected).toBe(false);
    await until(() => fake.getMeCalls >= 2, 10_000, 'a retry');
    fake.down = false;
    await until(() => channel.connected, 10_000, 'connected');

    // getUpdates failing mid-session: grammY retries by itself (every 3 s); health follows.
    fake.pollingDown = true;
    await until(() => !channel.connected, 10_000, 'polling failure seen');
    fake.pollingDown = false;
    await until(() => channel.connected, 10_000, 'polling restored');
    await channel.stop();
    expect(channel.connected).toBe(false);
  });
});

describe('Telegram config', () => {
  it('is disabled without a token and refuses an incomplete webhook setup', () => {
    expect(loadTelegramConfig({})).toBeNull();
    expect(() => loadTelegramConfig({ JIXIAO_TELEGRAM_BOT_TOKEN: 'not-a-token' })).toThrow(
      /JIXIAO_TELEGRAM_BOT_TOKEN/,
    );
    expect(() =>
      loadTelegramConfig({ JIXIAO_TELEGRAM_BOT_TOKEN: TOKEN, JIXIAO_TELEGRAM_MODE: 'webhook' }),
    ).toThrow(/JIXIAO_TELEGRAM_WEBHOOK_SECRET/);
    expect(() =>
      loadTelegramConfig({ JIXIAO_TELEGRAM_BOT_TOKEN: TOKEN, JIXIAO_TELEGRAM_MAX_FILE_MB: '50' }),
    ).toThrow(/20 MB/);
    expect(
      loadTelegramConfig({ JIXIAO_TELEGRAM_BOT_TOKEN: TOKEN, JIXIAO_TELEGRAM_WEBHOOK_URL: '' }),
    ).toMatchObject({
      mode: 'polling',
      apiRoot: 'https://api.telegram.org',
      webhookPath: '/telegram/webhook',
      maxFileBytes: 20 * 1_048_576,
    });
  });
});

describe('platformChannels with WeChat and Telegram', () => {
  const accept = async () => ({ accepted: false, done: Promise.resolve() });

  it('creates them when configured and refuses a half-configured one at start-up', () => {
    const channels = platformChannels(
      { JIXIAO_TELEGRAM_BOT_TOKEN: TOKEN, JIXIAO_WECHAT_PUPPET: 'wechaty-puppet-mock' },
      { accept, logger: silent },
    );
    expect(channels.map((c) => c.name)).toEqual(['wechat', 'telegram']);
    expect(channels.every((c) => !c.connected)).toBe(true);
    expect(() =>
      platformChannels(
        { JIXIAO_TELEGRAM_BOT_TOKEN: TOKEN, JIXIAO_TELEGRAM_MODE: 'webhook' },
        { accept, logger: silent },
      ),
    ).toThrow(/JIXIAO_TELEGRAM_WEBHOOK_URL/);
    expect(() =>
      platformChannels({ JIXIAO_WECHAT_PUPPET: 'wechaty-puppet-service' }, { accept, logger: silent }),
    ).toThrow(/JIXIAO_WECHAT_PUPPET_TOKEN/);
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentPushError } from '../../src/channels/common/push-errors.ts';
import { WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { platformChannels } from '../../src/channels/index.ts';
import { WecomApi } from '../../src/channels/wecom/api.ts';
import { WecomChannel } from '../../src/channels/wecom/channel.ts';
import { loadWecomConfig, type WecomAppConfig, type WecomConfig } from '../../src/channels/wecom/config.ts';
import { WecomCrypto } from '../../src/channels/wecom/crypto.ts';
import { readXmlFields } from '../../src/channels/wecom/xml.ts';
import { Outbound } from '../../src/net/outbound.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { CountingProxy } from '../helpers/proxy-server.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';
import {
  AES_KEY,
  AGENT_ID,
  appMessage,
  CORP_ID,
  FakeWecom,
  postCallback,
  SECRET,
  TOKEN,
  wire,
} from './wecom-fake.ts';

const PATH = '/wecom/callback';

const fake = new FakeWecom();
const harness = new BotHarness();

type Patch = Partial<Omit<WecomConfig, 'app'>> & { app?: Partial<WecomAppConfig> };

function config(patch: Patch = {}): WecomConfig {
  const { app, ...rest } = patch;
  return {
    app: {
      corpId: CORP_ID,
      agentId: AGENT_ID,
      secret: SECRET,
      token: TOKEN,
      encodingAesKey: AES_KEY,
      callbackPath: PATH,
      passiveReplyMs: 0,
      ...app,
    },
    robot: null,
    apiBase: fake.url,
    format: 'markdown',
    maxFileBytes: 20 * 1_048_576,
    ...rest,
  };
}

async function openChannel(patch: Patch = {}, net?: Outbound) {
  const webhooks = new WebhookServer('127.0.0.1', 0, silent);
  const channel = new WecomChannel({
    config: config(patch),
    accept: harness.accept,
    webhooks,
    logger: silent,
    retryBaseMs: 10,
    ...(net ? { net } : {}),
  });
  await channel.start(async () => {});
  await channel.firstAttempt;
  return { channel, url: `${webhooks.url()}${PATH}` };
}

let user = 0;
/** A fresh user per test, so throttles and dialogue state do not carry over. */
const nextUser = () => `user${++user}`;

beforeAll(async () => {
  await fake.start();
  await harness.open();
});
afterAll(async () => {
  await harness.close();
  await fake.stop();
});

describe('WeCom callback crypto (WXBizMsgCrypt)', () => {
  it('verifies and decrypts the sample of WeCom’s own documentation (known answer)', () => {
    // 企业微信开发者中心 → 回调配置 / 加解密方案说明: the URL-verification example (Token QDG6eK, CorpID
    // wx5823bf96d3bd56c7); its msg_signature and plaintext are the documented ones, not computed by us.
    const crypto = new WecomCrypto(
      'QDG6eK',
      'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
      'wx5823bf96d3bd56c7',
    );
    const echostr =
      'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';
    expect(
      crypto.verify('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', '1409659589', '263014780', echostr),
    ).toBe(true);
    expect(
      crypto.verify('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4', '1409659589', '263014780', echostr),
    ).toBe(false);
    expect(crypto.open(echostr)).toBe('1616140317555161061');
    // The same ciphertext is refused for another corp: the receiveid inside must be ours.
    expect(
      new WecomCrypto('QDG6eK', 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'wwOther').open(echostr),
    ).toBeNull();
  });

  it('round-trips with an independent implementation in both directions', () => {
    const crypto = new WecomCrypto(TOKEN, AES_KEY, CORP_ID);
    const text = '<xml><Content><![CDATA[王小明：2023年执行率？]]></Content></xml>';
    expect(crypto.open(wire.encrypt(AES_KEY, text, CORP_ID))).toBe(text);
    const sealed = crypto.seal(text, '1700000000');
    expect(wire.sign(TOKEN, sealed.timestamp, sealed.nonce, sealed.ciphertext)).toBe(sealed.signature);
    expect(wire.decrypt(AES_KEY, sealed.ciphertext)).toEqual({ message: text, receiveId: CORP_ID });
    expect(crypto.open('not base64 at all')).toBeNull();
  });
});

describe('WeCom 自建应用 callback against a loopback qyapi (real bot and store)', () => {
  let channel: WecomChannel;
  let url: string;
  beforeAll(async () => {
    ({ channel, url } = await openChannel());
  });
  afterAll(() => channel.stop());

  it('answers the URL verification (GET echostr) with the plaintext, and refuses a bad signature', async () => {
    const echostr = wire.encrypt(AES_KEY, '4791837263541', CORP_ID);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const query = (signature: string) =>
      new URLSearchParams({ msg_signature: signature, timestamp, nonce: '99', echostr });
    const ok = await fetch(`${url}?${query(wire.sign(TOKEN, timestamp, '99', echostr))}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('4791837263541');
    const bad = await fetch(`${url}?${query(wire.sign('wrongToken', timestamp, '99', echostr))}`);
    expect(bad.status).toBe(403);
    expect(await bad.text()).toBe('');
    expect(channel.connected).toBe(true);
  });

  it('answers a text question with a markdown application message to the sender', async () => {
    const who = nextUser();
    const res = await postCallback(url, appMessage({ FromUserName: who, Content: '帮助' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await until(() => fake.to(who).length > 0, 10_000, 'reply');
    const sent = fake.sent.find((s) => s.body.touser === who)!;
    expect(sent.path).toBe('/cgi-bin/message/send');
    expect(sent.body).toMatchObject({ msgtype: 'markdown', agentid: AGENT_ID });
    expect(fake.validTokens.has(sent.token!)).toBe(true);
    expect(fake.to(who)[0]).toContain('### 绩效自评助手');
    expect(Buffer.byteLength(fake.to(who)[0]!)).toBeLessThanOrEqual(2048);
  });

  it('downloads an uploaded form by media_id and answers with its breakdown', async () => {
    const who = nextUser();
    fake.files.set('MEDIA_form_000', {
      name: '000-001.xlsx',
      bytes: new Uint8Array(readFileSync(fixturePath('files', '000-001.xlsx'))),
    });
    await postCallback(
      url,
      appMessage({ FromUserName: who, MsgType: 'file', MediaId: 'MEDIA_form_000', FileName: '000-001.xlsx' }),
    );
    await until(() => fake.to(who).some((t) => t.includes('核算总分')), 20_000, 'breakdown');
    await harness.bot.drain();
    expect(fake.downloads).toContain('MEDIA_form_000');
    expect(fake.to(who)[0]).toContain('已收到《000-001.xlsx》');
    const expected = JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as {
      projectName: string;
    };
    const breakdown = fake.to(who).find((t) => t.includes('核算总分'))!;
    expect(breakdown).toContain(expected.projectName);
    expect(breakdown).toContain('可回复：「');
  });

  it('answers a redelivered message (same MsgId after WeCom’s retry) once', async () => {
    const who = nextUser();
    const m = appMessage({ FromUserName: who });
    expect((await postCallback(url, m)).status).toBe(200);
    await until(() => fake.to(who).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    expect((await postCallback(url, m)).status).toBe(200);
    expect((await postCallback(url, m)).status).toBe(200);
    await harness.bot.drain();
    expect(fake.to(who)).toHaveLength(1);
  });

  it('refuses a bad signature with 403 and processes nothing (the same message, correctly signed, is then answered)', async () => {
    const who = nextUser();
    const m = appMessage({ FromUserName: who });
    const forged = await postCallback(url, m, { signature: '0'.repeat(40) });
    expect(forged.status).toBe(403);
    await harness.bot.drain();
    expect(fake.to(who)).toHaveLength(0);
    // Nothing was claimed: had the forged post stored the MsgId, this genuine one would be dropped as a duplicate.
    expect((await postCallback(url, m)).status).toBe(200);
    await until(() => fake.to(who).length > 0, 10_000, 'reply to the genuine post');
  });

  it('refuses a message encrypted for another corp, with another key, or with a stale timestamp', async () => {
    const who = nextUser();
    const m = appMessage({ FromUserName: who });
    expect((await postCallback(url, m, { receiveId: 'wwSomeOtherCorp' })).status).toBe(403);
    const otherKey = Buffer.alloc(32, 9).toString('base64').slice(0, 43);
    expect((await postCallback(url, m, { aesKey: otherKey })).status).toBe(403);
    const old = String(Math.floor(Date.now() / 1000) - 2 * 3600);
    expect((await postCallback(url, m, { timestamp: old })).status).toBe(403);
    const noEnvelope = await fetch(
      `${url}?msg_signature=x&timestamp=${Math.floor(Date.now() / 1000)}&nonce=1`,
      {
        method: 'POST',
        body: '<xml></xml>',
      },
    );
    expect(noEnvelope.status).toBe(400);
    await harness.bot.drain();
    expect(fake.to(who)).toHaveLength(0);
  });

  it('acknowledges events and types it cannot read without answering', async () => {
    const who = nextUser();
    const event = appMessage({ FromUserName: who, MsgType: 'event', Event: 'enter_agent', EventKey: '' });
    const location = appMessage({
      FromUserName: who,
      MsgType: 'location',
      Location_X: '39.9',
      Location_Y: '116.3',
    });
    const otherAgent = appMessage({ FromUserName: who, AgentID: AGENT_ID + 1 });
    for (const m of [event, location, otherAgent]) expect((await postCallback(url, m)).status).toBe(200);
    await harness.bot.drain();
    expect(fake.to(who)).toHaveLength(0);
  });

  it('sends an export as an uploaded file message after the text', async () => {
    const who = nextUser();
    const bytes = new TextEncoder().encode('PK fake workbook');
    await channel.reply(
      { channel: 'wecom', chatId: who, isGroup: false },
      {
        text: '已生成带批注的 Excel。',
        attachment: { name: '检查结果.xlsx', bytes, mime: 'application/vnd.ms-excel' },
      },
    );
    const texts = fake.to(who);
    expect(texts[0]).toBe('已生成带批注的 Excel。');
    expect(fake.uploads.at(-1)).toMatchObject({ name: '检查结果.xlsx' });
    expect(texts[1]).toBe(`[file media-${fake.uploads.length}]`);
  });

  it('splits a long answer into messages of at most 2048 bytes, none lost', async () => {
    const who = nextUser();
    const items = Array.from(
      { length: 80 },
      (_, i) => `第${i}项：三级指标的指标值与实际完成值不一致，请核对。`,
    );
    await channel.reply({ channel: 'wecom', chatId: who, isGroup: false }, { title: '全部问题', items });
    const texts = fake.to(who);
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) expect(Buffer.byteLength(t)).toBeLessThanOrEqual(2048);
    const all = texts.join('\n');
    for (const i of [0, 40, 79]) expect(all).toContain(`第${i}项`);
  });

  it('defuses markup in user text (a file name cannot become a link or a heading)', async () => {
    const who = nextUser();
    await channel.reply(
      { channel: 'wecom', chatId: who, isGroup: false },
      { text: '已收到《[登录](http://evil.example)# <font color="warning">x</font>.docx》' },
    );
    const [text] = fake.to(who);
    expect(text).not.toContain('](http');
    expect(text).not.toContain('<font');
    expect(text).toContain('登录');
  });
});

describe('WeCom access token', () => {
  let channel: WecomChannel;
  let url: string;
  beforeAll(async () => {
    ({ channel, url } = await openChannel());
  });
  afterAll(() => channel.stop());

  it('is fetched once and reused across sends', async () => {
    const who = nextUser();
    const before = channel.api!.tokenFetches;
    for (let i = 0; i < 3; i++)
      await channel.reply({ channel: 'wecom', chatId: who, isGroup: false }, { text: `第${i}条` });
    expect(channel.api!.tokenFetches - before).toBeLessThanOrEqual(1);
    expect(new Set(fake.sent.filter((s) => s.body.touser === who).map((s) => s.token)).size).toBe(1);
  });

  it('is renewed before its expires_in runs out (5 minutes early), not before', async () => {
    let now = Date.now();
    const api = new WecomApi(fake.url, CORP_ID, SECRET, AGENT_ID, () => now);
    const first = await api.accessToken();
    now += (7200 - 301) * 1000;
    expect(await api.accessToken()).toBe(first);
    now += 2000;
    const second = await api.accessToken();
    expect(second).not.toBe(first);
    expect(api.tokenFetches).toBe(2);
    // Concurrent callers share one fetch.
    now += 7200 * 1000;
    await Promise.all([api.accessToken(), api.accessToken(), api.accessToken()]);
    expect(api.tokenFetches).toBe(3);
  });

  it('is refreshed when WeCom reports it expired (42001), and the message is delivered once', async () => {
    const who = nextUser();
    await channel.reply({ channel: 'wecom', chatId: who, isGroup: false }, { text: '预热' });
    const fetches = channel.api!.tokenFetches;
    const oldToken = fake.sent.at(-1)!.token;
    fake.expireTokens();
    await postCallback(url, appMessage({ FromUserName: who, Content: '帮助' }));
    await until(() => fake.to(who).length > 1, 10_000, 'reply after refresh');
    await harness.bot.drain();
    expect(channel.api!.tokenFetches).toBe(fetches + 1);
    expect(fake.to(who)).toHaveLength(2);
    expect(fake.sent.at(-1)!.token).not.toBe(oldToken);
  });

  it('retries a busy platform (-1) and delivers once; does not retry a refusal (60020, no trusted IP)', async () => {
    const who = nextUser();
    fake.failNext = [-1];
    await channel.reply({ channel: 'wecom', chatId: who, isGroup: false }, { text: '繁忙后重试' });
    expect(fake.to(who)).toEqual(['繁忙后重试']);
    fake.failNext = [60020];
    await expect(
      channel.reply({ channel: 'wecom', chatId: who, isGroup: false }, { text: '不会送达' }),
    ).rejects.toThrow(/60020.*企业可信IP/);
    expect(fake.failNext).toEqual([]);
    expect(fake.to(who)).toEqual(['繁忙后重试']);
  });

  it('refuses a file over the size limit with a Chinese message', async () => {
    const small = await openChannel({ maxFileBytes: 1024 });
    fake.files.set('MEDIA_big', { name: 'big.xlsx', bytes: new Uint8Array(4096) });
    await expect(
      small.channel.download(
        { name: 'big.xlsx', handle: 'MEDIA_big' },
        { channel: 'wecom', chatId: 'x', isGroup: false },
      ),
    ).rejects.toThrow(/文件超过/);
    await small.channel.stop();
  });

  it('a file WeCom will not serve in one request (830002) is refused as too large, not retried', async () => {
    const { channel } = await openChannel();
    fake.mediaGetMaxBytes = 2048;
    try {
      fake.files.set('MEDIA_huge', { name: 'huge.xlsx', bytes: new Uint8Array(4096) });
      const before = fake.downloads.length;
      await expect(
        channel.download(
          { name: 'huge.xlsx', handle: 'MEDIA_huge' },
          { channel: 'wecom', chatId: 'x', isGroup: false },
        ),
      ).rejects.toThrow(/文件超过/);
      expect(fake.downloads.length - before).toBe(1);
    } finally {
      fake.mediaGetMaxBytes = 20 * 1_048_576;
      await channel.stop();
    }
  });
});

describe('WeCom duplicate deliveries (5× concurrently, then after a restart)', () => {
  it('answers exactly once', async () => {
    const who = nextUser();
    const m = appMessage({ FromUserName: who });
    let { channel, url } = await openChannel();
    const first = await Promise.all(Array.from({ length: 5 }, () => postCallback(url, m)));
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await until(() => fake.to(who).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    await channel.stop();

    await harness.reopen();
    ({ channel, url } = await openChannel());
    const again = await Promise.all(Array.from({ length: 5 }, () => postCallback(url, m)));
    expect(again.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    await harness.bot.drain();
    await channel.stop();
    expect(fake.to(who)).toHaveLength(1);
  });
});

describe('WeCom when the store cannot take the message', () => {
  it('answers 500, so WeCom delivers it again', async () => {
    const webhooks = new WebhookServer('127.0.0.1', 0, silent);
    const channel = new WecomChannel({
      config: config(),
      accept: async () => {
        throw new Error('store down');
      },
      webhooks,
      logger: silent,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    const res = await postCallback(`${webhooks.url()}${PATH}`, appMessage({ FromUserName: nextUser() }));
    expect(res.status).toBe(500);
    await channel.stop();
  });
});

describe('WeCom passive reply (JIXIAO_WECOM_PASSIVE_REPLY_MS)', () => {
  it('returns the first answer encrypted in the callback response and sends nothing through the API for it', async () => {
    const { channel, url } = await openChannel({ app: { passiveReplyMs: 2500 } });
    const who = nextUser();
    const res = await postCallback(url, appMessage({ FromUserName: who, Content: '帮助' }));
    expect(res.status).toBe(200);
    const envelope = readXmlFields(await res.text());
    expect(wire.sign(TOKEN, envelope.TimeStamp!, envelope.Nonce!, envelope.Encrypt!)).toBe(
      envelope.MsgSignature,
    );
    const { message, receiveId } = wire.decrypt(AES_KEY, envelope.Encrypt!);
    expect(receiveId).toBe(CORP_ID);
    const inner = readXmlFields(message);
    expect(inner).toMatchObject({ ToUserName: who, FromUserName: CORP_ID, MsgType: 'text' });
    expect(inner.Content).toContain('【绩效自评助手】');
    await harness.bot.drain();
    expect(fake.to(who)).toEqual([]);
    await channel.stop();
  });
});

describe('WeCom reminder pushes', () => {
  let channel: WecomChannel;
  beforeAll(async () => {
    ({ channel } = await openChannel());
  });
  afterAll(() => channel.stop());

  it('pushes to a user (message/send), to an app 群聊 (appchat/send) and to a 群机器人 webhook', async () => {
    await channel.push({ channel: 'wecom', kind: 'user', id: 'lisi' }, { text: '自评表提交截止还有 3 天。' });
    expect(fake.sent.at(-1)).toMatchObject({
      path: '/cgi-bin/message/send',
      body: { touser: 'lisi', agentid: AGENT_ID, msgtype: 'markdown' },
    });
    expect(fake.to('lisi')).toEqual(['自评表提交截止还有 3 天。']);

    await channel.push(
      { channel: 'wecom', kind: 'group', id: 'wrCHAT01' },
      { title: '提醒', items: ['项目A'] },
    );
    expect(fake.sent.at(-1)).toMatchObject({ path: '/cgi-bin/appchat/send', body: { chatid: 'wrCHAT01' } });
    expect(fake.to('wrCHAT01')[0]).toContain('- 项目A');

    await channel.push(
      { channel: 'wecom', kind: 'group', id: 'webhook:robot-key-1' },
      { title: '财政科自评进度', table: { columns: ['项目', '状态'], rows: [['项目A', '未提交']] } },
    );
    expect(fake.sent.at(-1)).toMatchObject({
      path: '/cgi-bin/webhook/send',
      token: 'robot-key-1',
      body: { msgtype: 'markdown' },
    });
    const content = (fake.sent.at(-1)!.body as { markdown: { content: string } }).markdown.content;
    expect(content).toContain('财政科自评进度');
    expect(content).toContain('项目A');
  });

  it('asks WeCom to drop a repeated push (duplicate check), but never a repeated reply', async () => {
    const reminder = { text: '距自评截止还有 3 天，请补全 2 个字段。' };
    await channel.push({ channel: 'wecom', kind: 'user', id: 'qianjiu' }, reminder);
    expect(fake.sent.at(-1)!.body).toMatchObject({
      enable_duplicate_check: 1,
      duplicate_check_interval: 14_400,
    });
    const suppressed = fake.suppressed;
    await channel.push({ channel: 'wecom', kind: 'user', id: 'qianjiu' }, reminder);
    expect(fake.suppressed).toBe(suppressed + 1);
    expect(fake.to('qianjiu')).toEqual([reminder.text]);
    const chat = { channel: 'wecom' as const, chatId: 'qianjiu', isGroup: false };
    await channel.reply(chat, { text: '已收到。' });
    await channel.reply(chat, { text: '已收到。' });
    expect(fake.to('qianjiu')).toEqual([reminder.text, '已收到。', '已收到。']);
  });

  it('reports refusals no retry can change as permanent, for the admins’ alert', async () => {
    fake.outOfRange.add('outsider');
    fake.removedRobots.add('gone-key');
    const refusal = (to: Parameters<WecomChannel['push']>[0]) =>
      channel.push(to, { text: '提醒' }).then(
        () => undefined,
        (err: unknown) => err,
      );
    const outOfRange = await refusal({ channel: 'wecom', kind: 'user', id: 'outsider' });
    expect(outOfRange).toBeInstanceOf(PermanentPushError);
    expect(outOfRange).toMatchObject({ kind: 'out_of_scope', channel: 'wecom', platformCode: 'invaliduser' });
    const removed = await refusal({ channel: 'wecom', kind: 'group', id: 'webhook:gone-key' });
    expect(removed).toMatchObject({ kind: 'not_in_chat', platformCode: 93000 });
    fake.failNext = [60020];
    expect(await refusal({ channel: 'wecom', kind: 'user', id: 'lisi' })).toMatchObject({
      kind: 'ip_not_allowed',
      platformCode: 60020,
    });
    // A busy platform is not permanent: retried, then delivered.
    fake.failNext = [-1];
    expect(await refusal({ channel: 'wecom', kind: 'user', id: 'lisi2' })).toBeUndefined();
    expect(fake.to('lisi2')).toEqual(['提醒']);
  });

  it('delivers a reminder through the scheduler’s port (deliverVia) to the WeCom user', async () => {
    const { deliverVia } = await import('../../src/remind/serve-hooks.ts');
    const { userRecipient } = await import('../../src/remind/planner.ts');
    const to = userRecipient('wecom:wangwu');
    expect(to).toEqual({ channel: 'wecom', kind: 'user', id: 'wangwu' });
    await deliverVia([channel])(to!, { text: '距自评截止还有 7 天，请补全项目负责人。' });
    expect(fake.to('wangwu')).toEqual(['距自评截止还有 7 天，请补全项目负责人。']);
  });
});

describe('WeCom config and wiring', () => {
  const env = {
    JIXIAO_WECOM_CORP_ID: CORP_ID,
    JIXIAO_WECOM_AGENT_ID: String(AGENT_ID),
    JIXIAO_WECOM_SECRET: SECRET,
    JIXIAO_WECOM_TOKEN: TOKEN,
    JIXIAO_WECOM_ENCODING_AES_KEY: AES_KEY,
  };

  it('is disabled without credentials, refuses half a configuration, takes a 政务微信 host', () => {
    expect(loadWecomConfig({})).toBeNull();
    expect(() => loadWecomConfig({ JIXIAO_WECOM_CORP_ID: CORP_ID })).toThrow(/JIXIAO_WECOM_SECRET/);
    expect(() => loadWecomConfig({ ...env, JIXIAO_WECOM_ENCODING_AES_KEY: 'short' })).toThrow(/43/);
    expect(loadWecomConfig(env)).toMatchObject({
      apiBase: 'https://qyapi.weixin.qq.com',
      format: 'markdown',
      app: { corpId: CORP_ID, agentId: AGENT_ID, callbackPath: '/wecom/callback' },
      robot: null,
    });
    expect(loadWecomConfig({ ...env, JIXIAO_WECOM_API_BASE: 'https://zwwx.example.gov.cn/' })?.apiBase).toBe(
      'https://zwwx.example.gov.cn',
    );
  });

  it('is started by platformChannels when configured', () => {
    const accept = async () => ({ accepted: false, done: Promise.resolve() });
    expect(platformChannels(env, { accept, logger: silent }).map((c) => c.name)).toEqual(['wecom']);
  });
});

describe('WeCom through the outbound proxy (HTTPS_PROXY)', () => {
  const proxy = new CountingProxy();
  beforeAll(() => proxy.start());
  afterAll(() => proxy.stop());
  const host = () => new URL(fake.url).host;

  it('sends token, message and file download requests through the proxy', async () => {
    const net = new Outbound({ httpsProxy: proxy.url, httpProxy: proxy.url, noProxy: [] });
    const { channel, url } = await openChannel({}, net);
    const before = proxy.count(host());
    const who = nextUser();
    fake.files.set('MEDIA_proxy', {
      name: '000-001.xlsx',
      bytes: new Uint8Array(readFileSync(fixturePath('files', '000-001.xlsx'))),
    });
    await postCallback(url, appMessage({ FromUserName: who, MsgType: 'file', MediaId: 'MEDIA_proxy' }));
    await until(
      () => fake.to(who).some((t) => t.includes('核算总分')),
      20_000,
      'breakdown through the proxy',
    );
    await channel.push({ channel: 'wecom', kind: 'group', id: 'webhook:proxy-key' }, { text: '汇总' });
    await channel.stop();
    await net.close();
    expect(fake.downloads).toContain('MEDIA_proxy');
    expect(proxy.count(host())).toBeGreaterThan(before);
  });

  it('reaches nothing when the proxy is down', async () => {
    const net = new Outbound({
      httpsProxy: 'http://127.0.0.1:9',
      httpProxy: 'http://127.0.0.1:9',
      noProxy: [],
    });
    const { channel } = await openChannel({}, net);
    const sent = fake.sent.length;
    await expect(
      channel.push({ channel: 'wecom', kind: 'user', id: 'proxied' }, { text: '不会送达' }),
    ).rejects.toThrow();
    await channel.stop();
    await net.close();
    expect(fake.sent.length).toBe(sent);
  });
});

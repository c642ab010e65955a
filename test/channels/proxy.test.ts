import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { z } from 'zod';
import { DingTalkChannel } from '../../src/channels/dingtalk/channel.ts';
import { LarkChannel } from '../../src/channels/lark/channel.ts';
import { TelegramChannel } from '../../src/channels/telegram/channel.ts';
import { WechatChannel } from '../../src/channels/wechat/channel.ts';
import type { WechatConfig } from '../../src/channels/wechat/config.ts';
import { OpenAiStructuredLlm } from '../../src/llm/client.ts';
import { Outbound } from '../../src/net/outbound.ts';
import { FakeTelegram, TOKEN } from '../helpers/fake-telegram.ts';
import { json, startLlmServer } from '../helpers/llm-server.ts';
import { CountingProxy } from '../helpers/proxy-server.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk, robotMessage } from './dingtalk-fake.ts';
import { APP_ID, APP_SECRET, BOT_OPEN_ID, FakeLark } from './lark-fake.ts';

/**
 * Every channel's traffic goes through the configured proxy (a 政务外网 egress proxy): REST calls, file downloads and
 * the long connections' WebSockets. Each peer is the loopback platform the channel tests use; the proxy counts the
 * CONNECTs (and absolute-URI requests) per target. A proxy that is down makes the channel fail without the peer ever
 * being reached, so traffic cannot be going around it.
 */
const proxy = new CountingProxy();
const viaProxy = () => new Outbound({ httpsProxy: proxy.url, httpProxy: proxy.url, noProxy: [] });
/** A proxy address nothing listens on. */
const deadProxy = () =>
  new Outbound({ httpsProxy: 'http://127.0.0.1:9', httpProxy: 'http://127.0.0.1:9', noProxy: [] });
const hostOf = (url: string) => new URL(url).host;

const harness = new BotHarness();
beforeAll(async () => {
  await proxy.start();
  await harness.open();
});
afterAll(async () => {
  await harness.close();
  await proxy.stop();
});

describe('Lark through the proxy', () => {
  const fake = new FakeLark();
  beforeAll(async () => {
    await fake.start();
    fake.longConnection = true;
  });
  afterAll(() => fake.stop());

  const config = () => ({
    appId: APP_ID,
    appSecret: APP_SECRET,
    domain: fake.url,
    mode: 'ws' as const,
    webhookPath: '/lark/events',
    maxFileBytes: 1_048_576,
  });

  it('opens the long connection (endpoint lookup and WebSocket) and pushes through the proxy', async () => {
    const net = viaProxy();
    const channel = new LarkChannel({ config: config(), accept: harness.accept, logger: silent, net });
    const before = proxy.count(hostOf(fake.url));
    await channel.start(async () => {});
    await until(() => channel.connected, 10_000, 'lark long connection');
    expect(fake.wsConnections).toBeGreaterThan(0);
    await channel.push({ channel: 'lark', kind: 'user', id: 'ou_user1' }, { text: '提醒：请提交自评表' });
    expect(fake.sent.at(-1)?.body.receive_id).toBe('ou_user1');
    await channel.stop();
    await net.close();
    // Token, bot info, endpoint, WebSocket, send: at least the WebSocket's own tunnel and one for the REST calls.
    expect(proxy.connects.get(hostOf(fake.url)) ?? 0).toBeGreaterThanOrEqual(2);
    expect(proxy.count(hostOf(fake.url))).toBeGreaterThan(before);
  });

  it('reaches nothing when the proxy is down', async () => {
    const net = deadProxy();
    const channel = new LarkChannel({
      config: { ...config(), botOpenId: BOT_OPEN_ID },
      accept: harness.accept,
      logger: silent,
      net,
    });
    const sent = fake.sent.length;
    await expect(
      channel.push({ channel: 'lark', kind: 'user', id: 'ou_user1' }, { text: '不应送达' }),
    ).rejects.toThrow();
    expect(fake.sent.length).toBe(sent);
    await net.close();
  });
});

describe('DingTalk through the proxy', () => {
  const fake = new FakeDingTalk();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  const config = () => ({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    robotCode: CLIENT_ID,
    mode: 'stream' as const,
    webhookPath: '/dingtalk/events',
    maxFileBytes: 1_048_576,
    hosts: fake.hosts,
  });

  it('opens the Stream connection and answers through the session webhook, all through the proxy', async () => {
    const net = viaProxy();
    const channel = new DingTalkChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
      net,
    });
    await channel.start(async () => {});
    await until(() => channel.connected && !!fake.socket, 10_000, 'stream connection');
    const connectsAfterOpen = proxy.connects.get(hostOf(fake.url)) ?? 0;
    // The gateway's connections/open and the WebSocket: two tunnels at least (a WebSocket never reuses one).
    expect(connectsAfterOpen).toBeGreaterThanOrEqual(2);

    const m = robotMessage('robot-text-dm.json');
    fake.push(m);
    await until(() => fake.repliesTo(m).length > 0, 10_000, 'reply');
    await channel.push({ channel: 'dingtalk', kind: 'user', id: 'staff-9' }, { text: '提醒' });
    expect(fake.toUsers.at(-1)?.body.userIds).toEqual(['staff-9']);
    await channel.stop();
    await net.close();
  });

  it('reaches nothing when the proxy is down', async () => {
    const net = deadProxy();
    const channel = new DingTalkChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 5,
      net,
    });
    const calls = fake.gatewayCalls;
    const users = fake.toUsers.length;
    await expect(
      channel.push({ channel: 'dingtalk', kind: 'user', id: 'staff-9' }, { text: 'x' }),
    ).rejects.toThrow();
    expect(fake.gatewayCalls).toBe(calls);
    expect(fake.toUsers.length).toBe(users);
    await net.close();
  });
});

describe('Telegram through the proxy', () => {
  const fake = new FakeTelegram();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  const config = () => ({
    token: TOKEN,
    mode: 'polling' as const,
    apiRoot: fake.url,
    webhookPath: '/telegram/webhook',
    maxFileBytes: 1_048_576,
  });

  it('polls, pushes and downloads through the proxy', async () => {
    const net = viaProxy();
    const channel = new TelegramChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 10,
      pollTimeoutSeconds: 1,
      net,
    });
    const before = proxy.count(hostOf(fake.url));
    await channel.start(async () => {});
    await until(() => channel.connected, 10_000, 'polling');
    await channel.push({ channel: 'telegram', kind: 'user', id: '481516' }, { text: '提醒' });
    expect(fake.texts(481516).at(-1)).toContain('提醒');
    fake.files.set('doc-1', { path: 'documents/a.docx', bytes: new TextEncoder().encode('PK bytes') });
    const bytes = await channel.download(
      { name: 'a.docx', handle: 'doc-1' },
      { channel: 'telegram', chatId: '481516', isGroup: false },
    );
    expect(new TextDecoder().decode(bytes)).toBe('PK bytes');
    await channel.stop();
    await net.close();
    expect(proxy.count(hostOf(fake.url))).toBeGreaterThan(before);
    expect(proxy.connects.get(hostOf(fake.url)) ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('reaches nothing when the proxy is down', async () => {
    const net = deadProxy();
    const channel = new TelegramChannel({ config: config(), accept: harness.accept, logger: silent, net });
    const calls = fake.calls.length;
    await expect(
      channel.push({ channel: 'telegram', kind: 'user', id: '481516' }, { text: 'x' }),
    ).rejects.toThrow();
    expect(fake.calls.length).toBe(calls);
    await net.close();
  });
});

describe('the LLM client through the proxy', () => {
  it('sends its requests through the proxy, and fails rather than going around a dead one', async () => {
    const server = await startLlmServer(() => json({ owner: '王丽' }));
    const config = {
      baseURL: server.baseURL,
      model: 'scripted',
      apiKey: 'sk-test',
      timeoutMs: 2000,
      maxRetries: 0,
      structured: 'json_schema' as const,
      requiresJsonWord: true,
      fixedTemperature: undefined,
      maxTokens: 256,
    };
    const request = { name: 'probe', schema: z.object({ owner: z.string() }), system: '读取', user: '表格' };
    try {
      const net = viaProxy();
      const before = proxy.count(hostOf(server.baseURL));
      const answer = await new OpenAiStructuredLlm(config, net).complete(request);
      expect(answer.value).toEqual({ owner: '王丽' });
      expect(proxy.count(hostOf(server.baseURL))).toBeGreaterThan(before);
      await net.close();

      const dead = deadProxy();
      const asked = server.requests.length;
      await expect(new OpenAiStructuredLlm(config, dead).complete(request)).rejects.toThrow();
      expect(server.requests.length).toBe(asked);
      await dead.close();
    } finally {
      await server.close();
    }
  });
});

/**
 * puppet-service's gRPC server. Imported by a name TypeScript does not resolve: the package's typings augment
 * `util.promisify` for the whole program, which breaks promisify(execFile) elsewhere.
 */
interface PuppetServerLike {
  start(): Promise<void>;
  stop(): Promise<void>;
}
async function puppetServer(options: { endpoint: string; token: string; puppet: PuppetMock }) {
  const name = 'wechaty-puppet-service';
  const { PuppetServer } = (await import(name)) as {
    PuppetServer: new (o: typeof options) => PuppetServerLike;
  };
  return new PuppetServer(options);
}

/** A port nothing listens on yet (PuppetServer takes an endpoint, not port 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('personal WeChat (wechaty-puppet-service) through the proxy', () => {
  // A hosted puppet on loopback: puppet-service's own gRPC server in front of puppet-mock, with the TLS certificate
  // puppet-service ships for "insecure_" tokens, so the client speaks real gRPC over TLS as it would to a provider.
  const token = `insecure_${randomUUID()}`;
  const mocker = new mock.Mocker();
  const account = mocker.createContact({ name: '绩效助手' });
  const staff = mocker.createContact({ name: '王芳' });
  let server: PuppetServerLike;
  let endpoint = '';
  const session = mkdtempSync(join(tmpdir(), 'jx-wechat-proxy-'));

  beforeAll(async () => {
    endpoint = `127.0.0.1:${await freePort()}`;
    server = await puppetServer({ endpoint, token, puppet: new PuppetMock({ mocker }) });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    rmSync(session, { recursive: true, force: true });
  });

  const config = (): WechatConfig => ({
    puppet: 'wechaty-puppet-service',
    puppetOptions: { token, endpoint },
    session: join(session, 'bot'),
    maxFileBytes: 1_048_576,
  });
  const pushedTo = (id: string, text: string) =>
    [...mocker.cacheMessagePayload.values()].some(
      (m) => m.talkerId === account.id && m.listenerId === id && m.text === text,
    );

  it('logs in and pushes over gRPC tunnelled through the proxy', async () => {
    const net = viaProxy();
    const channel = new WechatChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
      net,
    });
    const before = proxy.connects.get(endpoint) ?? 0;
    await channel.start(async () => {});
    await channel.firstAttempt;
    mocker.login(account);
    await until(() => channel.connected, 15_000, 'wechat login over puppet-service');
    await channel.push({ channel: 'wechat', kind: 'user', id: staff.id }, { text: '提醒：请提交自评表' });
    await until(() => pushedTo(staff.id, '提醒：请提交自评表'), 10_000, 'push through the gRPC server');
    await channel.stop();
    await net.close();
    expect(proxy.connects.get(endpoint) ?? 0).toBeGreaterThan(before);
  });

  it('reaches nothing when the proxy is down', async () => {
    const net = deadProxy();
    const channel = new WechatChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
      net,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(channel.connected).toBe(false);
    await expect(
      channel.push({ channel: 'wechat', kind: 'user', id: staff.id }, { text: '不应送达' }),
    ).rejects.toThrow();
    expect(pushedTo(staff.id, '不应送达')).toBe(false);
    await channel.stop();
    await net.close();
  });

  it('refuses to start behind a proxy without an endpoint (token discovery cannot be proxied)', () => {
    const net = viaProxy();
    expect(
      () =>
        new WechatChannel({
          config: { ...config(), puppetOptions: { token } },
          accept: harness.accept,
          logger: silent,
          net,
        }),
    ).toThrow(/JIXIAO_WECHAT_PUPPET_ENDPOINT/);
  });
});

describe('personal WeChat (wechaty-puppet-wechat4u, web protocol) through the proxy', () => {
  // The web protocol's hosts are fixed (login.wx.qq.com, wx.qq.com …) and TLS-checked, so no loopback peer can stand in
  // for them; a proxy that refuses every CONNECT shows where the puppet's first request (the QR-code uuid) went.
  const refusing = new CountingProxy();
  const session = mkdtempSync(join(tmpdir(), 'jx-wechat4u-proxy-'));
  beforeAll(async () => {
    await refusing.start();
    refusing.deny = true;
  });
  afterAll(async () => {
    await refusing.stop();
    rmSync(session, { recursive: true, force: true });
  });

  it('asks for the login QR code through the proxy', async () => {
    const net = new Outbound({ httpsProxy: refusing.url, httpProxy: refusing.url, noProxy: [] });
    const channel = new WechatChannel({
      config: {
        puppet: 'wechaty-puppet-wechat4u',
        puppetOptions: {},
        session: join(session, 'bot'),
        maxFileBytes: 1_048_576,
      },
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
      net,
    });
    await channel.start(async () => {});
    await until(() => (refusing.connects.get('login.wx.qq.com:443') ?? 0) > 0, 15_000, 'jslogin CONNECT');
    expect(channel.connected).toBe(false);
    await channel.stop();
    await net.close();
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WecomChannel } from '../../src/channels/wecom/channel.ts';
import { loadWecomConfig, type WecomConfig } from '../../src/channels/wecom/config.ts';
import { decodeWecomRobotMessage } from '../../src/channels/wecom/decode.ts';
import { Outbound } from '../../src/net/outbound.ts';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { CountingProxy } from '../helpers/proxy-server.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';
import { BOT_ID, BOT_SECRET, FakeRobotGateway, FakeWecom, robotMessage } from './wecom-fake.ts';

const gateway = new FakeRobotGateway();
const files = new FakeWecom();
const harness = new BotHarness();

function config(patch: Partial<WecomConfig['robot']> = {}): WecomConfig {
  return {
    app: null,
    robot: { botId: BOT_ID, secret: BOT_SECRET, wsUrl: gateway.url, ...patch },
    apiBase: files.url,
    format: 'markdown',
    maxFileBytes: 20 * 1_048_576,
  };
}

async function openRobot(patch: Partial<WecomConfig['robot']> = {}) {
  const channel = new WecomChannel({
    config: config(patch),
    accept: harness.accept,
    logger: silent,
    retryBaseMs: 20,
  });
  await channel.start(async () => {});
  await until(() => channel.connected, 10_000, 'robot connection');
  return channel;
}

let user = 0;
const nextUser = () => `robotuser${++user}`;

beforeAll(async () => {
  await gateway.start();
  await files.start();
  await harness.open();
});
afterAll(async () => {
  await harness.close();
  await files.stop();
  await gateway.stop();
});

describe('WeCom 智能机器人 long connection (real @wecom/aibot-node-sdk against a loopback gateway)', () => {
  let channel: WecomChannel;
  beforeAll(async () => {
    channel = await openRobot({ name: '绩效助手' });
  });
  afterAll(() => channel.stop());

  it('authenticates with the bot id and secret and answers a private text message', async () => {
    const who = nextUser();
    gateway.push(robotMessage({ from: { userid: who } }));
    await until(() => gateway.to(who).length > 0, 10_000, 'reply');
    expect(gateway.to(who)[0]).toContain('### 绩效自评助手');
    expect(Buffer.byteLength(gateway.to(who)[0]!)).toBeLessThanOrEqual(4096);
  });

  it('answers a group message that @s the robot (in the group) and ignores one that does not', async () => {
    const plain = robotMessage({ chattype: 'group', chatid: 'wrGROUP1', text: { content: '帮助' } });
    const other = robotMessage({ chattype: 'group', chatid: 'wrGROUP1', text: { content: '@张三 帮助' } });
    const at = robotMessage({ chattype: 'group', chatid: 'wrGROUP1', text: { content: '@绩效助手 帮助' } });
    gateway.push(plain);
    gateway.push(other);
    gateway.push(at);
    await until(() => gateway.to('wrGROUP1').length > 0, 10_000, 'reply to the @');
    await harness.bot.drain();
    // One answer, and it is the help (the @name was taken off before the command was read).
    expect(gateway.to('wrGROUP1')).toHaveLength(1);
    expect(gateway.to('wrGROUP1')[0]).toContain('### 绩效自评助手');
  });

  it('downloads a private file (URL + per-file aeskey), decrypts it and answers with the breakdown', async () => {
    const who = nextUser();
    const file = files.robotFile(new Uint8Array(readFileSync(fixturePath('files', '000-001.xlsx'))));
    gateway.push(robotMessage({ from: { userid: who }, msgtype: 'file', file }));
    await until(() => gateway.to(who).some((t) => t.includes('核算总分')), 20_000, 'breakdown');
    const expected = JSON.parse(readFileSync(fixturePath('files', '000-001.json'), 'utf8')) as {
      projectName: string;
    };
    expect(gateway.to(who).find((t) => t.includes('核算总分'))).toContain(expected.projectName);
  });

  it('reads a file quoted in a group @-message', async () => {
    const file = files.robotFile(new Uint8Array(readFileSync(fixturePath('files', '002-001.docx'))));
    gateway.push(
      robotMessage({
        chattype: 'group',
        chatid: 'wrGROUP2',
        text: { content: '@绩效助手 看看这个' },
        quote: { msgtype: 'file', file },
      }),
    );
    await until(() => gateway.to('wrGROUP2').some((t) => t.includes('核算总分')), 20_000, 'breakdown');
  });

  it('answers the same message pushed 5 times once', async () => {
    const who = nextUser();
    const m = robotMessage({ from: { userid: who } });
    for (let i = 0; i < 5; i++) gateway.push(m);
    await until(() => gateway.to(who).length > 0, 10_000, 'reply');
    await harness.bot.drain();
    expect(gateway.to(who)).toHaveLength(1);
  });

  it('pushes reminders to a robot group (aibot:<chatid>) and, without an app, to a user', async () => {
    await channel.push(
      { channel: 'wecom', kind: 'group', id: 'aibot:wrGROUP9' },
      { title: '提醒', items: ['项目A'] },
    );
    expect(gateway.to('wrGROUP9')[0]).toContain('- 项目A');
    await channel.push({ channel: 'wecom', kind: 'user', id: 'sunqi' }, { text: '自评截止还有 1 天。' });
    expect(gateway.to('sunqi')).toEqual(['自评截止还有 1 天。']);
  });

  it('lets an admin make a robot group a department’s reminder group (设置提醒群), and pushes reach it', async () => {
    const hooks = createPortfolioHooks({
      store: harness.store,
      logger: silent,
      config: loadRemindConfig({}),
      admins: new Set(['wecom:boss']),
    });
    const boss = await harness.store.upsertUser({ id: 'wecom:boss', channel: 'wecom' });
    const msg = decodeWecomRobotMessage(
      robotMessage({
        chattype: 'group',
        chatid: 'wrFIN',
        from: { userid: 'boss' },
        text: { content: '@绩效助手 设置提醒群 财政科' },
      }),
      '绩效助手',
    )!;
    expect((await hooks.reminders(msg.text!, boss, msg.chat)).text).toContain('「财政科」的提醒群');
    const { rows } = await harness.store.sql.query<{ channel: string; group_id: string }>(
      `SELECT channel, group_id FROM department_groups WHERE department = '财政科'`,
    );
    expect(rows).toEqual([{ channel: 'wecom', group_id: 'aibot:wrFIN' }]);
    await channel.push({ channel: 'wecom', kind: 'group', id: rows[0]!.group_id }, { text: '财政科汇总' });
    expect(gateway.to('wrFIN')).toEqual(['财政科汇总']);
  });

  it('sends an export through the three-step media upload and a file message', async () => {
    const bytes = new TextEncoder().encode('PK robot workbook');
    await channel.reply(
      { channel: 'wecom', chatId: 'zhouba', isGroup: false, platform: { via: 'robot', target: 'zhouba' } },
      {
        text: '已生成带批注的 Excel。',
        attachment: { name: '检查结果.xlsx', bytes, mime: 'application/vnd.ms-excel' },
      },
    );
    expect(gateway.uploads.at(-1)).toMatchObject({ filename: '检查结果.xlsx' });
    expect(gateway.uploads.at(-1)!.bytes.toString()).toBe('PK robot workbook');
    expect(gateway.to('zhouba')).toEqual([
      '已生成带批注的 Excel。',
      `[file rmedia-${gateway.uploads.length}]`,
    ]);
  });
});

describe('WeCom robot connection supervision', () => {
  it('reports a refused authentication (connected false), retries, connects once accepted, and replaces a dropped socket', async () => {
    gateway.refuseAuth = true;
    const before = gateway.authAttempts;
    const channel = new WecomChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
    });
    await channel.start(async () => {});
    await channel.firstAttempt;
    expect(channel.connected).toBe(false);
    await until(() => gateway.authAttempts >= before + 2, 10_000, 'auth retries');
    gateway.refuseAuth = false;
    await until(() => channel.connected, 10_000, 'connected after auth accepted');
    const sockets = gateway.sockets.length;
    gateway.socket?.terminate();
    await until(
      () => gateway.sockets.length > sockets && channel.connected,
      10_000,
      'new session after drop',
    );
    const who = nextUser();
    gateway.push(robotMessage({ from: { userid: who } }));
    await until(() => gateway.to(who).length > 0, 10_000, 'reply on the new session');
    // A send that meets a dropped socket is retried on the next session, and arrives once.
    gateway.socket?.terminate();
    await channel.push({ channel: 'wecom', kind: 'user', id: 'wujiu' }, { text: '断线后重发' });
    expect(gateway.to('wujiu')).toEqual(['断线后重发']);
    await channel.stop();
    expect(channel.connected).toBe(false);
  });

  it('yields after another process takes the connection over (disconnected_event), then comes back', async () => {
    const channel = new WecomChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
      robotYieldMs: 1500,
    });
    await channel.start(async () => {});
    await until(() => channel.connected, 10_000, 'robot connection');
    const attempts = gateway.authAttempts;
    gateway.kick();
    await until(() => !channel.connected, 5000, 'disconnect after the takeover');
    // No tug of war: with a 20 ms backoff it would have reconnected many times within this second.
    await new Promise((r) => setTimeout(r, 1000));
    expect(gateway.authAttempts).toBe(attempts);
    await until(() => channel.connected, 10_000, 'back after the yield');
    expect(gateway.authAttempts).toBe(attempts + 1);
    await channel.stop();
  });

  it('config: the robot alone enables the channel; half a robot configuration is refused', () => {
    expect(
      loadWecomConfig({ JIXIAO_WECOM_BOT_ID: BOT_ID, JIXIAO_WECOM_BOT_SECRET: BOT_SECRET }),
    ).toMatchObject({ app: null, robot: { botId: BOT_ID, wsUrl: 'wss://openws.work.weixin.qq.com' } });
    expect(() => loadWecomConfig({ JIXIAO_WECOM_BOT_ID: BOT_ID })).toThrow(/JIXIAO_WECOM_BOT_SECRET/);
  });
});

describe('WeCom robot through the outbound proxy', () => {
  it('opens the WebSocket and downloads files through the proxy', async () => {
    const proxy = await new CountingProxy().start();
    const net = new Outbound({ httpsProxy: proxy.url, httpProxy: proxy.url, noProxy: [] });
    const channel = new WecomChannel({
      config: config(),
      accept: harness.accept,
      logger: silent,
      retryBaseMs: 20,
      net,
    });
    await channel.start(async () => {});
    await until(() => channel.connected, 10_000, 'robot connection through the proxy');
    expect(proxy.connects.get(new URL(gateway.url).host) ?? 0).toBeGreaterThanOrEqual(1);
    const who = nextUser();
    const file = files.robotFile(new Uint8Array(readFileSync(fixturePath('files', '000-001.xlsx'))));
    gateway.push(robotMessage({ from: { userid: who }, msgtype: 'file', file }));
    await until(() => gateway.to(who).some((t) => t.includes('核算总分')), 20_000, 'breakdown');
    expect(proxy.count(new URL(files.url).host)).toBeGreaterThanOrEqual(1);
    await channel.stop();
    await net.close();
    await proxy.stop();
  });
});

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformChannels } from '../../../src/channels/index.ts';
import { type Server, serve } from '../../../src/server/serve.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk } from '../dingtalk-fake.ts';
import { APP_ID, APP_SECRET, FakeLark } from '../lark-fake.ts';
import { freshDataDir, silent, until } from './bot-harness.ts';

/** Polls an async check (HTTP), unlike `until`. */
async function eventually(check: () => Promise<boolean>, what: string, ms = 15_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const accept = async () => ({ accepted: false, done: Promise.resolve() });

describe('platformChannels', () => {
  it('enables only the channels whose credentials are set, and refuses half-set ones at start-up', () => {
    expect(platformChannels({}, { accept, logger: silent })).toEqual([]);
    const both = platformChannels(
      {
        JIXIAO_LARK_APP_ID: APP_ID,
        JIXIAO_LARK_APP_SECRET: APP_SECRET,
        JIXIAO_DINGTALK_CLIENT_ID: CLIENT_ID,
        JIXIAO_DINGTALK_CLIENT_SECRET: CLIENT_SECRET,
      },
      { accept, logger: silent },
    );
    expect(both.map((c) => c.name)).toEqual(['lark', 'dingtalk']);
    expect(() =>
      platformChannels({ JIXIAO_DINGTALK_CLIENT_SECRET: CLIENT_SECRET }, { accept, logger: silent }),
    ).toThrow(/配置有误/);
    expect(() =>
      platformChannels(
        { JIXIAO_LARK_APP_ID: APP_ID, JIXIAO_LARK_APP_SECRET: APP_SECRET, JIXIAO_LARK_MODE: 'webhook' },
        { accept, logger: silent },
      ),
    ).toThrow(/JIXIAO_LARK_ENCRYPT_KEY/);
  });
});

describe('serve with platform channels that cannot connect', () => {
  const lark = new FakeLark();
  const ding = new FakeDingTalk();
  let server: Server;
  let dataDir: string;
  let base: string;

  beforeAll(async () => {
    await lark.start();
    await ding.start();
    ding.gatewayDown = true;
    dataDir = await freshDataDir();
    server = await serve({
      env: {
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'silent',
        JIXIAO_DATA_DIR: dataDir,
        JIXIAO_WEBHOOK_PORT: '0',
        JIXIAO_LARK_APP_ID: APP_ID,
        JIXIAO_LARK_APP_SECRET: APP_SECRET,
        JIXIAO_LARK_DOMAIN: lark.url,
        JIXIAO_DINGTALK_CLIENT_ID: CLIENT_ID,
        JIXIAO_DINGTALK_CLIENT_SECRET: CLIENT_SECRET,
        ...ding.env,
      },
    });
    base = server.web.address().url;
  });
  afterAll(async () => {
    await server.stop();
    await ding.stop();
    await lark.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const health = async () =>
    (await (await fetch(`${base}/healthz`)).json()) as { web: boolean; channels: Record<string, boolean> };

  it('reports them as not connected, keeps the web chat working, and connects DingTalk once its gateway is back', async () => {
    expect(server.channels.map((c) => c.name)).toEqual(['web', 'lark', 'dingtalk']);
    const first = await health();
    expect(first.web).toBe(true);
    expect(first.channels).toMatchObject({ web: true, lark: false, dingtalk: false });

    const cookie = (await fetch(`${base}/`)).headers.get('set-cookie')!.split(';')[0]!;
    const sent = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ text: '帮助' }),
    });
    expect(sent.status).toBeLessThan(300);
    let history = '';
    await eventually(async () => {
      history = await (await fetch(`${base}/api/history`, { headers: { cookie } })).text();
      return history.includes('绩效自评助手');
    }, 'web reply');
    expect(history).toContain('绩效自评助手');

    const calls = ding.gatewayCalls;
    await until(() => ding.gatewayCalls > calls, 15_000, 'dingtalk retry');
    ding.gatewayDown = false;
    let after = first;
    await eventually(async () => {
      after = await health();
      return after.channels.dingtalk === true;
    }, 'dingtalk connected');
    expect(after.channels).toMatchObject({ web: true, lark: false, dingtalk: true });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DingTalkChannel } from '../../src/channels/dingtalk/channel.ts';
import { loadDingTalkConfig } from '../../src/channels/dingtalk/config.ts';
import { BotHarness, silent, until } from './common/bot-harness.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk, robotMessage } from './dingtalk-fake.ts';

/**
 * The Stream idle watchdog against a loopback gateway: ws ping/pong stays healthy (the ws server answers pings by
 * itself) while the gateway sends no frame; the channel must notice and reconnect warm.
 */
const fake = new FakeDingTalk();
const harness = new BotHarness();
beforeAll(async () => {
  await fake.start();
  await harness.open();
});
afterAll(async () => {
  await harness.close();
  await fake.stop();
});

function channel(streamIdleMs: number) {
  return new DingTalkChannel({
    config: {
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      robotCode: CLIENT_ID,
      mode: 'stream',
      webhookPath: '/dingtalk/events',
      maxFileBytes: 1_048_576,
      hosts: fake.hosts,
      streamIdleMs,
    },
    accept: harness.accept,
    logger: silent,
    retryBaseMs: 20,
  });
}

const openSockets = () => fake.sockets.filter((s) => s.readyState === s.OPEN).length;

describe('DingTalk Stream idle watchdog', () => {
  it('replaces a silent session warm: the new socket opens before the old one closes, and it answers', async () => {
    const c = channel(400);
    const first = fake.sockets.length;
    await c.start(async () => {});
    await until(() => c.connected && fake.sockets.length === first + 1, 10_000, 'stream connection');
    const calls = fake.gatewayCalls;
    // No frame for 400 ms → a second connections/open and a second socket.
    await until(() => fake.sockets.length === first + 2, 5000, 'fresh connection');
    expect(fake.gatewayCalls).toBe(calls + 1);
    await until(() => openSockets() === 1, 5000, 'old socket closed');
    const opened = fake.timeline.find((e) => e.socket === first + 1 && e.event === 'open')!;
    const closedOld = fake.timeline.find((e) => e.socket === first && e.event === 'close')!;
    expect(opened.at).toBeLessThanOrEqual(closedOld.at);
    expect(c.connected).toBe(true);

    const m = robotMessage('robot-text-dm.json');
    const frame = fake.push(m); // on the fresh socket
    await until(
      () => fake.acked(frame) && fake.repliesTo(m).length > 0,
      10_000,
      'reply on the fresh session',
    );
    await c.stop();
  });

  it('keeps a quiet session whose gateway still sends its SYSTEM pings', async () => {
    const c = channel(400);
    const first = fake.sockets.length;
    await c.start(async () => {});
    await until(() => c.connected && fake.sockets.length === first + 1, 10_000, 'stream connection');
    const pinger = setInterval(() => fake.systemPing(), 100);
    try {
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      clearInterval(pinger);
    }
    expect(fake.sockets.length).toBe(first + 1);
    expect(c.connected).toBe(true);
    await c.stop();
  });

  it('is on by default (180 s) and off with 0', () => {
    const base = { JIXIAO_DINGTALK_CLIENT_ID: CLIENT_ID, JIXIAO_DINGTALK_CLIENT_SECRET: CLIENT_SECRET };
    expect(loadDingTalkConfig(base)?.streamIdleMs).toBe(180_000);
    expect(loadDingTalkConfig({ ...base, JIXIAO_DINGTALK_STREAM_IDLE_SEC: '0' })?.streamIdleMs).toBe(0);
  });
});

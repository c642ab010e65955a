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
    // Idle windows are generous: on a loaded machine the event loop can stall for hundreds of milliseconds, and a
    // window shorter than a stall would replace sessions that were never silent.
    const c = channel(1500);
    const first = fake.sockets.length;
    await c.start(async () => {});
    await until(() => c.connected && fake.sockets.length === first + 1, 10_000, 'stream connection');
    const calls = fake.gatewayCalls;
    // No frame for 1.5 s → a second connections/open and a second socket.
    await until(() => fake.sockets.length >= first + 2, 10_000, 'fresh connection');
    expect(fake.gatewayCalls).toBeGreaterThanOrEqual(calls + 1);
    const event = (socket: number, kind: 'open' | 'close') =>
      fake.timeline.find((e) => e.socket === socket && e.event === kind);
    await until(() => event(first, 'close') !== undefined, 10_000, 'old socket closed');
    await until(() => openSockets() === 1, 5000, 'one socket left open');
    const opened = event(first + 1, 'open')!;
    const closedOld = event(first, 'close')!;
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
    const c = channel(2500);
    const first = fake.sockets.length;
    await c.start(async () => {});
    await until(() => c.connected && fake.sockets.length === first + 1, 10_000, 'stream connection');
    const pinger = setInterval(() => fake.systemPing(), 100);
    try {
      // Longer than the idle window: without the pings the session would have been replaced.
      await new Promise((r) => setTimeout(r, 4000));
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

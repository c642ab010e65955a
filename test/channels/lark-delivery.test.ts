import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PermanentPushError } from '../../src/channels/common/push-errors.ts';
import { LarkChannel } from '../../src/channels/lark/channel.ts';
import { silent } from './common/bot-harness.ts';
import { APP_ID, APP_SECRET, BOT_OPEN_ID, FakeLark } from './lark-fake.ts';

/** Lark pushes against the loopback OpenAPI: rate-limit answers waited out, timeouts, refusals that are final. */
const fake = new FakeLark();
beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

function channel(timeoutMs = 5000) {
  return new LarkChannel({
    config: {
      appId: APP_ID,
      appSecret: APP_SECRET,
      domain: fake.url,
      mode: 'ws',
      webhookPath: '/lark/events',
      maxFileBytes: 1_048_576,
      botOpenId: BOT_OPEN_ID,
    },
    accept: async () => ({ accepted: false, done: Promise.resolve() }),
    logger: silent,
    retryBaseMs: 10,
    http: { timeoutMs },
  });
}

const user = { channel: 'lark' as const, kind: 'user' as const, id: 'ou_user1' };

describe('Lark rate limits', () => {
  for (const style of ['ogw-reset', 'legacy-400'] as const) {
    it(`${style}: waits until x-ogw-ratelimit-reset before sending again`, async () => {
      fake.rateLimitStyle = style;
      fake.rateLimitResetSec = 1;
      fake.rateLimitNext = 1;
      try {
        await channel().push(user, { text: '提醒' }, { idempotencyKey: `r-${style}` });
      } finally {
        fake.rateLimitStyle = 'retry-after';
      }
      expect(fake.sent).toHaveLength(1);
      const [limited, accepted] = fake.sendTimes.slice(-2) as [number, number];
      // The retry backoff alone would be ~10 ms.
      expect(accepted - limited).toBeGreaterThanOrEqual(900);
    });
  }
});

describe('Lark per-call timeouts', () => {
  it('a send to a peer that stalls is abandoned after its timeout (each attempt), not left pending', async () => {
    fake.stallUntakenNext = 4;
    const started = Date.now();
    await expect(channel(200).push(user, { text: '提醒' })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(8000);
    expect(fake.sendRequests).toBe(4);
    expect(fake.sent).toHaveLength(0);
  });
});

describe('Lark refusals no retry changes', () => {
  it('a user outside the visible range: PermanentPushError after one request', async () => {
    fake.refuse.set('ou_user1', 230013);
    const err = await channel()
      .push(user, { text: '提醒' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentPushError);
    expect(err).toMatchObject({ kind: 'out_of_scope', channel: 'lark', platformCode: 230013 });
    expect((err as PermanentPushError).userMessage).toContain('可用范围');
    expect(fake.sendRequests).toBe(1);
  });

  it('an ordinary 400 stays an ordinary error (the scheduler retries it with backoff)', async () => {
    fake.refuse.set('ou_user1', 230001);
    const err = await channel()
      .push(user, { text: '提醒' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(PermanentPushError);
  });
});

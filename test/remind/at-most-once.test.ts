import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/channels/channel.ts';
import { sendOutcomeUnknown } from '../../src/channels/common/push-outcome.ts';
import { HttpError } from '../../src/channels/common/retry.ts';
import { DingTalkChannel } from '../../src/channels/dingtalk/channel.ts';
import { TelegramChannel } from '../../src/channels/telegram/channel.ts';
import { createScheduler, type SchedulerOptions } from '../../src/remind/scheduler.ts';
import { deliverVia, dropsRepeatsVia } from '../../src/remind/serve-hooks.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { freshDataDir, silent, until } from '../channels/common/bot-harness.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk } from '../channels/dingtalk-fake.ts';
import { FakeTelegram, TOKEN } from '../helpers/fake-telegram.ts';
import { clockAt, config, formWithGaps, MINUTE, PLAN_AT, T14 } from './fixtures.ts';

/**
 * DingTalk and Telegram take no idempotency key, so a push whose outcome is unknown cannot be sent again without
 * risking a second copy. The scheduler marks a push as started, durably, before the platform is called; a row found
 * again with that mark and no outcome (the worker died between "platform accepted" and "marked sent") ends as
 * 'unconfirmed' and is not resent: at most once. A push the platform refused with an answer is retried as before.
 */
const ding = new FakeDingTalk();
const telegram = new FakeTelegram();
let store: Store;
let dataDir: string;
beforeAll(async () => {
  await ding.start();
  await telegram.start();
});
afterAll(async () => {
  await ding.stop();
  await telegram.stop();
});
beforeEach(async () => {
  dataDir = await freshDataDir();
  store = await openStore({ dataDir });
});
afterEach(async () => {
  ding.refuseSends = undefined;
  ding.stallSendsNext = 0;
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const dingtalkChannel = (callTimeoutMs?: number) =>
  new DingTalkChannel({
    config: {
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      robotCode: CLIENT_ID,
      mode: 'stream',
      webhookPath: '/dingtalk/events',
      maxFileBytes: 1_048_576,
      hosts: ding.hosts,
    },
    accept: async () => ({ accepted: false, done: Promise.resolve() }),
    logger: silent,
    retryBaseMs: 5,
    ...(callTimeoutMs ? { callTimeoutMs } : {}),
  });

const telegramChannel = () =>
  new TelegramChannel({
    config: {
      token: TOKEN,
      mode: 'polling',
      apiRoot: telegram.url,
      webhookPath: '/telegram/webhook',
      maxFileBytes: 1_048_576,
    },
    accept: async () => ({ accepted: false, done: Promise.resolve() }),
    logger: silent,
    retryBaseMs: 5,
  });

/** Owners on `channel` with forms missing fields, so each gets a reminder. */
async function seedOwners(channel: 'dingtalk' | 'telegram', ids: string[]) {
  for (const [i, platformId] of ids.entries()) {
    const id = `${channel}:${platformId}`;
    await store.upsertUser({ id, channel });
    const r = formWithGaps(`项目${channel}${i}`, '乙局');
    await store.setUserDepartment(id, r.department);
    await store.createForm({
      ownerId: id,
      record: r,
      provenance: {},
      check: checkRecord(r),
      source: 'reader',
    });
  }
}

const statuses = async () =>
  (
    await store.sql.query<{ status: string; attempts: number; push_started_at: Date | null }>(
      'SELECT status, attempts, push_started_at FROM reminders WHERE send_at <= $1 ORDER BY id',
      [T14],
    )
  ).rows;

function scheduler(
  clock: ReturnType<typeof clockAt>,
  channel: Channel,
  extra: Partial<SchedulerOptions> = {},
) {
  return createScheduler({
    sql: store.sql,
    config,
    logger: silent,
    clock: clock.now,
    deliver: deliverVia([channel]),
    keyedPush: dropsRepeatsVia([channel]),
    ...extra,
  });
}

/** The first worker pushes and dies before it can mark anything sent; after the lease a second one finds the rows. */
async function crashAfterAccept(channel: Channel, sent: () => number, due: number) {
  const clock = clockAt(PLAN_AT);
  const dying = scheduler(clock, channel, {
    workerId: 'dying',
    deliver: async (to, reply, options) => {
      await deliverVia([channel])(to, reply, options);
      await new Promise(() => {});
    },
  });
  await dying.plan();
  clock.set(T14);
  expect((await statuses()).length).toBe(due);
  void dying.tick();
  await until(() => sent() === due, 10_000, 'first pushes');
  const marked = await statuses();
  expect(marked.every((r) => r.status === 'claimed' && r.push_started_at !== null)).toBe(true);

  clock.add(11 * MINUTE);
  const survivor = scheduler(clock, channel, { workerId: 'survivor' });
  const result = await survivor.tick();
  return { result, clock, survivor };
}

describe('DingTalk: at most once', () => {
  it('a crash between "DingTalk accepted" and "marked sent" is not resent: the rows end unconfirmed', async () => {
    await seedOwners('dingtalk', ['staff-a', 'staff-b']);
    const before = ding.toUsers.length;
    const sent = () => ding.toUsers.length - before;
    const { result, clock, survivor } = await crashAfterAccept(dingtalkChannel(), sent, 2);
    expect(result).toMatchObject({ sent: 0, unconfirmed: 2 });
    expect(sent()).toBe(2); // no second copy
    expect((await statuses()).map((r) => r.status)).toEqual(['unconfirmed', 'unconfirmed']);
    clock.add(120 * MINUTE);
    expect(await survivor.tick()).toMatchObject({ sent: 0, unconfirmed: 0 });
    expect(sent()).toBe(2);
  });

  it('a send DingTalk took but never answered is not sent again, by the channel or the scheduler', async () => {
    await seedOwners('dingtalk', ['staff-d']);
    const requests = ding.sendRequests;
    const clock = clockAt(PLAN_AT);
    const s = scheduler(clock, dingtalkChannel(300));
    await s.plan();
    clock.set(T14);
    ding.stallSendsNext = 1;
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 0, unconfirmed: 1 });
    expect(ding.sendRequests - requests).toBe(1); // no retry inside the channel either
    expect((await statuses())[0]).toMatchObject({ status: 'unconfirmed' });
    clock.add(120 * MINUTE);
    expect(await s.tick()).toMatchObject({ sent: 0, unconfirmed: 0 });
    expect(ding.sendRequests - requests).toBe(1);
  });

  it('a push DingTalk refused with an answer (HTTP 500) was not taken: it is retried and sent once', async () => {
    await seedOwners('dingtalk', ['staff-c']);
    const before = ding.toUsers.length;
    const clock = clockAt(PLAN_AT);
    const s = scheduler(clock, dingtalkChannel());
    await s.plan();
    clock.set(T14);
    ding.refuseSends = { status: 500, code: 'ServiceUnavailable', message: '服务暂不可用' };
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 1, unconfirmed: 0 });
    expect((await statuses())[0]).toMatchObject({ status: 'pending', push_started_at: null });
    ding.refuseSends = undefined;
    clock.add(2 * MINUTE);
    expect(await s.tick()).toMatchObject({ sent: 1 });
    expect(ding.toUsers.length - before).toBe(1);
  });
});

describe('Telegram: at most once', () => {
  it('a crash between "Telegram accepted" and "marked sent" is not resent: the rows end unconfirmed', async () => {
    await seedOwners('telegram', ['7001', '7002']);
    const sent = () => telegram.texts(7001).length + telegram.texts(7002).length;
    const { result } = await crashAfterAccept(telegramChannel(), sent, 2);
    expect(result).toMatchObject({ sent: 0, unconfirmed: 2 });
    expect(sent()).toBe(2);
    expect((await statuses()).map((r) => r.status)).toEqual(['unconfirmed', 'unconfirmed']);
  });
});

describe('Lark and WeCom app messages drop repeats; DingTalk and Telegram do not', () => {
  it('the scheduler is told so by each channel', () => {
    const drops = dropsRepeatsVia([dingtalkChannel(), telegramChannel()]);
    expect(drops({ channel: 'dingtalk', kind: 'user', id: 'staff-a' })).toBe(false);
    expect(drops({ channel: 'telegram', kind: 'user', id: '7001' })).toBe(false);
  });
});

describe('which failed sends may have been taken', () => {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    // Reads the request, never answers: the platform took it, the answer is lost.
    server = createServer(() => {});
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const failure = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('a request whose answer never came: unknown', async () => {
    const err = await failure(fetch(url, { method: 'POST', body: '{}', signal: AbortSignal.timeout(100) }));
    expect(sendOutcomeUnknown(err)).toBe(true);
  });

  it('a refused connection reached no one: known', async () => {
    // A port that was just free: nothing listens on it.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((r) => probe.close(() => r()));
    const err = await failure(fetch(`http://127.0.0.1:${port}`, { method: 'POST', body: '{}' }));
    expect(err).toBeInstanceOf(Error);
    expect(sendOutcomeUnknown(err)).toBe(false);
  });

  it('an HTTP answer, even 5xx, is the platform’s word: known', () => {
    expect(sendOutcomeUnknown(new HttpError(503, 'unavailable'))).toBe(false);
  });
});

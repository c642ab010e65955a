import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DingTalkChannel } from '../../src/channels/dingtalk/channel.ts';
import { LarkChannel } from '../../src/channels/lark/channel.ts';
import { createScheduler, type SchedulerOptions } from '../../src/remind/scheduler.ts';
import { alertAdminsVia, deliverVia } from '../../src/remind/serve-hooks.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { freshDataDir, silent, until } from '../channels/common/bot-harness.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk } from '../channels/dingtalk-fake.ts';
import { APP_ID, APP_SECRET, BOT_OPEN_ID, FakeLark } from '../channels/lark-fake.ts';
import { clockAt, config, formWithGaps, MINUTE, PLAN_AT, T14 } from './fixtures.ts';

/**
 * Reminder delivery against the real channels and their loopback platforms (issue 14, acceptance line 3): the
 * reminder's id reaches Lark as the message uuid, a stalled call gives its claim back without a duplicate, and a
 * refusal no retry can change stops at once with one admin alert.
 */

/** `n` owners on `channel`, each with a form missing fields (so each is reminded). */
async function seedOwners(store: Store, channel: 'lark' | 'dingtalk', n: number) {
  for (let i = 0; i < n; i++) {
    const id = channel === 'lark' ? `lark:ou_owner${i}` : `dingtalk:staff${i}`;
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

const statuses = async (store: Store) =>
  (
    await store.sql.query<{
      status: string;
      attempts: number;
      claimed_by: string | null;
      last_error: string | null;
    }>('SELECT status, attempts, claimed_by, last_error FROM reminders WHERE send_at <= $1 ORDER BY id', [
      T14,
    ])
  ).rows;

function larkChannel(fake: FakeLark, http?: { timeoutMs: number }) {
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
    ...(http ? { http } : {}),
  });
}

async function untilAsync(check: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

let store: Store;
let dataDir: string;
const lark = new FakeLark();
beforeAll(() => lark.start());
afterAll(() => lark.stop());
beforeEach(async () => {
  dataDir = await freshDataDir();
  store = await openStore({ dataDir });
  lark.reset();
});
afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function scheduler(
  clock: ReturnType<typeof clockAt>,
  extra: Partial<SchedulerOptions> & Pick<SchedulerOptions, 'deliver'>,
) {
  return createScheduler({ sql: store.sql, config, logger: silent, clock: clock.now, ...extra });
}

describe('Lark: the reminder id is the message uuid', () => {
  it('a crash between "Lark accepted" and "marked sent" does not resend: the takeover reuses the uuid', async () => {
    await seedOwners(store, 'lark', 3);
    const channel = larkChannel(lark);
    const clock = clockAt(PLAN_AT);
    // The first worker pushes, and dies before it can mark anything sent (its tick never finishes).
    const dying = scheduler(clock, {
      workerId: 'dying',
      deliver: async (to, reply, options) => {
        await channel.push(to, reply, options);
        await new Promise(() => {});
      },
    });
    await dying.plan();
    clock.set(T14);
    const due = (await statuses(store)).length;
    expect(due).toBe(3);
    void dying.tick();
    await until(() => lark.sent.length === due, 10_000, 'first pushes');
    expect((await statuses(store)).every((r) => r.status === 'claimed')).toBe(true);

    // After the lease another worker takes the claims over and pushes again, with the same uuids.
    const requests = lark.sendRequests;
    clock.add(11 * MINUTE);
    const survivor = scheduler(clock, { workerId: 'survivor', deliver: deliverVia([channel]) });
    const result = await survivor.tick();
    expect(result.sent).toBe(due);
    expect(lark.sendRequests).toBe(requests + due); // it did push again…
    expect(lark.sent.length).toBe(due); // …and Lark dropped every repeat
    expect(new Set(lark.sent.map((s) => s.body.receive_id)).size).toBe(due);
    expect((await statuses(store)).every((r) => r.status === 'sent')).toBe(true);
  });
});

describe('a stalled platform call', () => {
  it('times out, hands its claim back at once (not after the 10-minute lease), and is sent once later', async () => {
    await seedOwners(store, 'lark', 1);
    const channel = larkChannel(lark, { timeoutMs: 200 });
    const clock = clockAt(PLAN_AT);
    const s = scheduler(clock, { deliver: deliverVia([channel]) });
    await s.plan();
    clock.set(T14);
    lark.stallUntakenNext = 4; // every attempt of the channel's retry stalls, nothing taken
    const started = Date.now();
    const first = await s.tick();
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const [row] = await statuses(store);
    expect(row).toMatchObject({ status: 'pending', claimed_by: null, attempts: 1 });
    expect(lark.sent).toHaveLength(0);

    clock.add(2 * MINUTE); // past the first backoff
    expect(await s.tick()).toMatchObject({ sent: 1 });
    expect(lark.sent).toHaveLength(1);
    clock.add(60 * MINUTE);
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 0 });
    expect(lark.sent).toHaveLength(1);
  });

  it('a push still pending at the scheduler deadline is given up, and marked sent when Lark took it after all', async () => {
    await seedOwners(store, 'lark', 1);
    // The channel's own call waits 1 s; the scheduler gives up after 300 ms.
    const channel = larkChannel(lark, { timeoutMs: 1000 });
    const clock = clockAt(PLAN_AT);
    const s = scheduler(clock, { deliver: deliverVia([channel]), deliverTimeoutMs: 300 });
    await s.plan();
    clock.set(T14);
    lark.stallNext = 1; // Lark takes the message, then the answer never comes
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 1 });
    expect((await statuses(store))[0]).toMatchObject({ status: 'pending', claimed_by: null });
    // The channel times out, retries with the same uuid, Lark answers with the message it already has.
    await until(() => lark.sendRequests >= 2, 5000, 'retry');
    await untilAsync(async () => (await statuses(store))[0]?.status === 'sent', 5000);
    clock.add(2 * MINUTE);
    expect(await s.tick()).toMatchObject({ sent: 0 });
    expect(lark.sent).toHaveLength(1);
  });
});

describe('a refusal no retry can change', () => {
  const ding = new FakeDingTalk();
  beforeAll(() => ding.start());
  afterAll(() => ding.stop());
  afterEach(() => {
    ding.refuseSends = undefined;
  });

  it('DingTalk quota used up: every reminder stops after one attempt, and the admins get one alert', async () => {
    await seedOwners(store, 'dingtalk', 3);
    const dingtalk = new DingTalkChannel({
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
    });
    const channel = larkChannel(lark);
    const channels = [dingtalk, channel];
    const env = { JIXIAO_ADMINS: 'lark:ou_admin,dingtalk:staff_admin' };
    ding.refuseSends = {
      status: 403,
      code: 'Forbidden.AccessDenied.ApiCountLimitForOrg',
      message: '您的企业本月api调用量已超过限制',
    };
    const clock = clockAt(PLAN_AT);
    const s = scheduler(clock, {
      deliver: deliverVia(channels),
      alertAdmins: alertAdminsVia(store, channels, env),
    });
    await s.plan();
    clock.set(T14);
    expect(await s.tick()).toMatchObject({ sent: 0, failed: 3 });
    const rows = await statuses(store);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['failed', 1],
      ['failed', 1],
      ['failed', 1],
    ]);
    expect(rows[0]?.last_error).toContain('quota');
    // One alert, to the Lark admin (the DingTalk admin's copy is refused by the same quota).
    const alerts = lark.sent.filter((m) => m.body.receive_id === 'ou_admin');
    expect(alerts).toHaveLength(1);
    const text = JSON.parse(alerts[0]!.body.content).text as string;
    expect(text).toContain('钉钉');
    expect(text).toContain('额度');
    expect(text).toContain('Forbidden.AccessDenied.ApiCountLimitForOrg');

    // Later reminders in the same month meet the same quota: no second alert.
    clock.add(7 * 24 * 60 * MINUTE);
    await s.plan();
    await s.tick();
    expect(lark.sent.filter((m) => m.body.receive_id === 'ou_admin')).toHaveLength(1);
  });

  it('Lark: a group the bot left stops its reminder and alerts once per group', async () => {
    await seedOwners(store, 'lark', 1);
    await store.sql.query(
      `INSERT INTO department_groups (dept_key, department, channel, group_id) VALUES ('乙局', '乙局', 'lark', 'oc_gone')`,
    );
    const channel = larkChannel(lark);
    const alerts: string[] = [];
    const clock = clockAt(PLAN_AT);
    const s = scheduler(clock, {
      deliver: deliverVia([channel]),
      alertAdmins: async (text) => {
        alerts.push(text);
      },
    });
    lark.refuse.set('oc_gone', 230002);
    await s.plan();
    clock.set(T14);
    expect(await s.tick()).toMatchObject({ sent: 1, failed: 1 });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('机器人不在该群');
    expect(alerts[0]).toContain('oc_gone');
    expect(alerts[0]).toContain('230002');
    const refused = (await statuses(store)).find((r) => r.status === 'failed');
    expect(refused).toMatchObject({ attempts: 1 });
    expect(refused?.last_error).toContain('not_in_chat');
  });
});

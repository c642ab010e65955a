import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LarkChannel } from '../../src/channels/lark/channel.ts';
import { applySnapshot, linkUser } from '../../src/directory/apply.ts';
import { senderUserId } from '../../src/directory/identity.ts';
import { createScheduler } from '../../src/remind/scheduler.ts';
import { alertAdminsVia, deliverVia } from '../../src/remind/serve-hooks.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { freshDataDir, silent } from '../channels/common/bot-harness.ts';
import { APP_ID, APP_SECRET, BOT_OPEN_ID, FakeLark } from '../channels/lark-fake.ts';
import { clockAt, config, formWithGaps, PLAN_AT, T14 } from './fixtures.ts';

/**
 * After a new Lark app, the open_ids of the old one are refused ("open_id cross app"). A person is known again by
 * union_id — from a message or a directory sync — and every push to them (reminders planned before the change, admin
 * alerts) goes to the new app's open_id, while users.id, their forms and reminders stay as they were.
 */
const UNION = 'on_wangfang';
const OLD = 'ou_oldapp_wangfang';
const NEW = 'ou_newapp_wangfang';
/** Lark's "open_id cross app" (an open_id of another app). */
const CROSS_APP = 99992361;

const lark = new FakeLark();
let store: Store;
let dataDir: string;
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

const channel = () =>
  new LarkChannel({
    config: {
      appId: APP_ID,
      appSecret: APP_SECRET,
      domain: lark.url,
      mode: 'ws',
      webhookPath: '/lark/events',
      maxFileBytes: 1_048_576,
      botOpenId: BOT_OPEN_ID,
    },
    accept: async () => ({ accepted: false, done: Promise.resolve() }),
    logger: silent,
    retryBaseMs: 10,
  });

/** The person as the old app knew them (a message with union_id), with a form that needs a reminder. */
async function seedOldAppUser(): Promise<string> {
  const userId = await linkUser(store.sql, 'lark', UNION, OLD, '王芳');
  expect(userId).toBe(`lark:${OLD}`);
  const r = formWithGaps('办公楼维修', '乙局');
  await store.setUserDepartment(userId, r.department);
  await store.createForm({
    ownerId: userId,
    record: r,
    provenance: {},
    check: checkRecord(r),
    source: 'reader',
  });
  return userId;
}

const seenAgain = {
  'a message from the new app': async () => {
    const msg = {
      eventId: 'ev-new-app-1',
      chat: { channel: 'lark' as const, chatId: 'oc_p2p_new', isGroup: false },
      sender: { id: NEW, stableId: UNION, name: '王芳' },
      mentionedBot: true,
      receivedAt: new Date(),
      text: '你好',
    };
    return senderUserId(store.sql, msg);
  },
  'a directory sync of the new app': async () => {
    await applySnapshot(store.sql, 'lark', {
      departments: [],
      members: [{ stableId: UNION, platformId: NEW, name: '王芳', deptId: null }],
    });
    return `lark:${OLD}`;
  },
};

describe('Lark: pushes after a new app reach the new open_id', () => {
  for (const [how, seeAgain] of Object.entries(seenAgain)) {
    it(`a reminder planned under the old app goes to the new open_id once the person is seen by ${how}`, async () => {
      const userId = await seedOldAppUser();
      const clock = clockAt(PLAN_AT);
      const s = createScheduler({
        sql: store.sql,
        config,
        logger: silent,
        clock: clock.now,
        deliver: deliverVia([channel()]),
      });
      await s.plan();
      const planned = await store.sql.query<{ recipient: { id: string } }>('SELECT recipient FROM reminders');
      expect(planned.rows.map((r) => r.recipient.id)).toContain(OLD);

      // The app changes: its open_ids are refused from now on; the person writes (or the directory syncs).
      lark.refuse.set(OLD, CROSS_APP);
      expect(await seeAgain()).toBe(userId); // same row: forms, binding, reminders kept

      clock.set(T14);
      expect(await s.tick()).toMatchObject({ sent: 1, failed: 0 });
      expect(lark.sent.map((m) => m.body.receive_id)).toEqual([NEW]);
      const { rows } = await store.sql.query<{ status: string; user_id: string }>(
        'SELECT status, user_id FROM reminders WHERE send_at <= $1',
        [T14],
      );
      expect(rows).toEqual([{ status: 'sent', user_id: userId }]);
    });
  }

  it('without being seen again, the old open_id is still tried (and refused: nothing is guessed)', async () => {
    await seedOldAppUser();
    lark.refuse.set(OLD, CROSS_APP);
    const clock = clockAt(PLAN_AT);
    const s = createScheduler({
      sql: store.sql,
      config,
      logger: silent,
      clock: clock.now,
      deliver: deliverVia([channel()]),
    });
    await s.plan();
    clock.set(T14);
    const result = await s.tick();
    expect(result.sent).toBe(0);
    expect(lark.sent).toHaveLength(0);
  });

  it('an admin bound under the old app is alerted at the new open_id', async () => {
    const adminId = await linkUser(store.sql, 'lark', 'on_admin', 'ou_oldapp_admin', '李强');
    await store.sql.query('UPDATE users SET is_admin = true WHERE id = $1', [adminId]);
    await applySnapshot(store.sql, 'lark', {
      departments: [],
      members: [{ stableId: 'on_admin', platformId: 'ou_newapp_admin', name: '李强', deptId: null }],
    });
    lark.refuse.set('ou_oldapp_admin', CROSS_APP);
    await alertAdminsVia(store, [channel()], {})('【提醒发送失败】测试');
    expect(lark.sent.map((m) => m.body.receive_id)).toEqual(['ou_newapp_admin']);
  });
});

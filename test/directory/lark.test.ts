import { afterAll, beforeAll, expect, it } from 'vitest';
import { applySnapshot } from '../../src/directory/apply.ts';
import { LarkDirectory } from '../../src/directory/lark.ts';
import { DIRECT } from '../../src/net/outbound.ts';
import { bindDepartment } from '../../src/query/bind.ts';
import type { Viewer } from '../../src/query/execute.ts';
import { larkContact } from '../channels/lark-contact-fake.ts';
import { APP_ID, APP_SECRET, FakeLark } from '../channels/lark-fake.ts';
import { describeEachStore } from '../store/drivers.ts';

/** A small tenant: 财政局 with two sub-units, four people (one at the root), more than one page everywhere. */
function tenant() {
  return larkContact({
    departments: [
      { open_department_id: 'od-czj', parent_department_id: '0', name: '通州区财政局' },
      { open_department_id: 'od-yss', parent_department_id: 'od-czj', name: '预算科' },
      { open_department_id: 'od-jxk', parent_department_id: 'od-czj', name: '绩效管理科' },
    ],
    users: [
      { open_id: 'ou_a', union_id: 'on_a', name: '张三', department_ids: ['od-yss'] },
      { open_id: 'ou_b', union_id: 'on_b', name: '李四', department_ids: ['od-jxk', 'od-yss'] },
      { open_id: 'ou_c', union_id: 'on_c', name: '王五', department_ids: ['od-jxk'] },
      { open_id: 'ou_d', union_id: 'on_d', name: '赵六', department_ids: ['0'] },
    ],
  });
}

let lark: FakeLark;
beforeAll(async () => {
  lark = await new FakeLark().start();
});
afterAll(async () => {
  await lark.stop();
});

const source = (timeoutMs = 5000) =>
  new LarkDirectory({ appId: APP_ID, appSecret: APP_SECRET, baseUrl: lark.url, timeoutMs }, DIRECT);

it('reads every department (recursively, paged) and every member once, with union_id as the stable id', async () => {
  lark.contact = tenant();
  const snap = await source().fetch();
  expect(snap.departments.map((d) => [d.id, d.parentId, d.name])).toEqual([
    ['od-czj', null, '通州区财政局'],
    ['od-yss', 'od-czj', '预算科'],
    ['od-jxk', 'od-czj', '绩效管理科'],
  ]);
  expect(snap.members.map((m) => [m.stableId, m.platformId, m.name, m.deptId]).sort()).toEqual([
    ['on_a', 'ou_a', '张三', 'od-yss'],
    ['on_b', 'ou_b', '李四', 'od-jxk'],
    ['on_c', 'ou_c', '王五', 'od-jxk'],
    ['on_d', 'ou_d', '赵六', null],
  ]);
  // Paged at 2: the department list and 预算科's members each took two requests.
  expect(lark.contact.calls.filter((c) => c.includes('/children')).length).toBe(2);
  expect(lark.contact.calls.every((c) => c.includes('department_id_type=open_department_id'))).toBe(true);
});

it('fails the whole fetch on a contact error (no partial snapshot)', async () => {
  lark.contact = { ...tenant(), failCode: 40004 };
  await expect(source().fetch()).rejects.toThrow(/40004/);
});

describeEachStore('directory sync', (store) => {
  it('users follow their directory department and get display names; a hand binding is kept and wins', async () => {
    // 王五 wrote before any sync and an admin bound him by hand; 张三 wrote before, unbound.
    await store().upsertUser({ id: 'lark:ou_a', channel: 'lark' });
    await store().upsertUser({ id: 'lark:ou_c', channel: 'lark' });
    await store().setUserDepartment('lark:ou_c', '通州区教育局');
    lark.contact = tenant();
    const result = await applySnapshot(store().sql, 'lark', await source().fetch());
    expect(result).toMatchObject({ departments: 3, members: 4, rebound: 2, keptByHand: 1 });

    const a = await store().getUser('lark:ou_a');
    expect([a?.name, a?.department]).toEqual(['张三', '预算科']);
    const c = await store().getUser('lark:ou_c');
    expect([c?.name, c?.department]).toEqual(['王五', '通州区教育局']);
    // Someone who never wrote has a row already, so an admin can bind them by their directory name.
    expect((await store().getUser('lark:ou_b'))?.department).toBe('绩效管理科');
    // At the root: no department to follow.
    expect((await store().getUser('lark:ou_d'))?.department).toBeNull();
  });

  it('a moved user follows on the next sync; a hand binding made later wins over the directory', async () => {
    const moved = tenant();
    moved.users[0]!.department_ids = ['od-jxk'];
    lark.contact = moved;
    const result = await applySnapshot(store().sql, 'lark', await source().fetch());
    expect(result.rebound).toBe(1);
    expect((await store().getUser('lark:ou_a'))?.department).toBe('绩效管理科');

    const admin: Viewer = { userId: 'lark:admin', isAdmin: true, department: null };
    const reply = await bindDepartment(store(), admin, '绑定部门 李四 通州区财政局');
    expect(reply.text).toContain('lark:ou_b');
    expect(reply.text).toContain('通讯录同步不会改动它');
    lark.contact = tenant();
    const again = await applySnapshot(store().sql, 'lark', await source().fetch());
    expect(again.keptByHand).toBe(2);
    expect((await store().getUser('lark:ou_b'))?.department).toBe('通州区财政局');
    expect((await store().getUser('lark:ou_a'))?.department).toBe('预算科');
  });

  it('a row keyed by an old app open_id is found again by union_id, not duplicated', async () => {
    const { rows: before } = await store().sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE channel = 'lark'",
    );
    // A new app: every open_id changes, union_ids stay.
    const newApp = tenant();
    for (const u of newApp.users) u.open_id = u.open_id.replace('ou_', 'ou_new_');
    lark.contact = newApp;
    await applySnapshot(store().sql, 'lark', await source().fetch());
    const { rows: after } = await store().sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM users WHERE channel = 'lark'",
    );
    expect(after[0]?.n).toBe(before[0]?.n);
    const { rows } = await store().sql.query<{ platform_id: string }>(
      "SELECT platform_id FROM directory_members WHERE channel = 'lark' AND stable_id = 'on_a'",
    );
    expect(rows[0]?.platform_id).toBe('ou_new_a');
    expect((await store().getUser('lark:ou_a'))?.department).toBe('预算科');
  });

  it('a failed fetch changes nothing', async () => {
    lark.contact = { ...tenant(), failCode: 40004 };
    await expect(
      source()
        .fetch()
        .then((s) => applySnapshot(store().sql, 'lark', s)),
    ).rejects.toThrow();
    const { rows } = await store().sql.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM directory_departments WHERE channel = 'lark'",
    );
    expect(rows[0]?.n).toBe(3);
  });
});

import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DingTalkDirectory } from '../../src/directory/dingtalk.ts';
import { startDirectorySync } from '../../src/directory/sync.ts';
import { DIRECT } from '../../src/net/outbound.ts';
import { dingTalkContact } from '../channels/dingtalk-contact-fake.ts';
import { CLIENT_ID, CLIENT_SECRET, FakeDingTalk } from '../channels/dingtalk-fake.ts';
import { describeEachStore } from '../store/drivers.ts';

const logger = pino({ level: 'silent' });

/** 卫健委 → 医政科 → 医政一组 (three levels: listsub is walked), members paged one at a time. */
const org = () =>
  dingTalkContact({
    departments: [
      { dept_id: 10, name: '通州区卫健委', parent_id: 1 },
      { dept_id: 11, name: '医政科', parent_id: 10 },
      { dept_id: 12, name: '医政一组', parent_id: 11 },
    ],
    users: [
      { userid: 'u-qian', unionid: 'un-qian', name: '钱一', dept_id_list: [12] },
      { userid: 'u-sun', unionid: 'un-sun', name: '孙二', dept_id_list: [11, 12] },
      { userid: 'u-li', unionid: 'un-li', name: '李三', dept_id_list: [1] },
    ],
  });

let ding: FakeDingTalk;
beforeAll(async () => {
  ding = await new FakeDingTalk().start();
});
afterAll(async () => {
  await ding.stop();
});

const source = () =>
  new DingTalkDirectory(
    { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, oapi: ding.url, timeoutMs: 5000 },
    DIRECT,
  );

it('walks listsub level by level and pages user/list by cursor', async () => {
  ding.contact = org();
  const snap = await source().fetch();
  expect(snap.departments).toEqual([
    { id: '10', parentId: null, name: '通州区卫健委' },
    { id: '11', parentId: '10', name: '医政科' },
    { id: '12', parentId: '11', name: '医政一组' },
  ]);
  expect(snap.members.map((m) => [m.stableId, m.name, m.deptId]).sort()).toEqual([
    ['u-li', '李三', null],
    ['u-qian', '钱一', '12'],
    ['u-sun', '孙二', '11'],
  ]);
  // listsub once per department and the root; user/list once per department, twice for 医政一组 (two members, page 1).
  expect(ding.contact.calls.filter((c) => c === '/topapi/v2/department/listsub').length).toBe(4);
  expect(ding.contact.calls.filter((c) => c === '/topapi/v2/user/list').length).toBe(5);
});

it('a refusal (IP not on the allow-list) fails the fetch with the platform code', async () => {
  ding.contact = { ...org(), failCode: 60020 };
  await expect(source().fetch()).rejects.toThrow(/60020/);
});

describeEachStore('DingTalk directory sync', (store) => {
  it('scheduled sync binds DingTalk users (keyed by userid, as messages are) and names them', async () => {
    ding.contact = org();
    const env = {
      JIXIAO_DIRECTORY_SYNC: 'dingtalk',
      JIXIAO_DINGTALK_CLIENT_ID: CLIENT_ID,
      JIXIAO_DINGTALK_CLIENT_SECRET: CLIENT_SECRET,
      JIXIAO_DINGTALK_OAPI_URL: ding.url,
    };
    await startDirectorySync(store(), env, logger).stop();
    const qian = await store().getUser('dingtalk:u-qian');
    expect([qian?.name, qian?.department]).toEqual(['钱一', '医政一组']);
    expect((await store().getUser('dingtalk:u-sun'))?.department).toBe('医政科');
  });
});

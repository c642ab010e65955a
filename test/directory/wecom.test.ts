import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDirectorySync } from '../../src/directory/sync.ts';
import { WecomDirectory } from '../../src/directory/wecom.ts';
import { DIRECT } from '../../src/net/outbound.ts';
import { wecomContact } from '../channels/wecom-contact-fake.ts';
import { AES_KEY, AGENT_ID, CORP_ID, FakeWecom, SECRET, TOKEN } from '../channels/wecom-fake.ts';
import { describeEachStore } from '../store/drivers.ts';

const logger = pino({ level: 'silent' });

/** 教育局 (in range, its parent 1 is not) with 基教科 under it; 周八 lists 基教科 first but his main one is 教育局. */
const corp = () =>
  wecomContact({
    departments: [
      { id: 2, name: '通州区教育局', parentid: 1 },
      { id: 3, name: '基教科', parentid: 2 },
    ],
    users: [
      { userid: 'ZhouBa', name: '周八', department: [3, 2], main_department: 2 },
      { userid: 'WuJiu', name: '吴九', department: [3], main_department: 3 },
      // A new app sees the userid in place of the name.
      { userid: 'ZhengShi', name: 'ZhengShi', department: [3], main_department: 3 },
    ],
  });

let wecom: FakeWecom;
beforeAll(async () => {
  wecom = await new FakeWecom().start();
});
afterAll(async () => {
  await wecom.stop();
});

const env = () => ({
  JIXIAO_DIRECTORY_SYNC: 'wecom',
  JIXIAO_WECOM_API_BASE: wecom.url,
  JIXIAO_WECOM_CORP_ID: CORP_ID,
  JIXIAO_WECOM_AGENT_ID: String(AGENT_ID),
  JIXIAO_WECOM_SECRET: SECRET,
  JIXIAO_WECOM_TOKEN: TOKEN,
  JIXIAO_WECOM_ENCODING_AES_KEY: AES_KEY,
});

it('reads departments (the top of the range as a root) and members with their main department', async () => {
  wecom.contact = corp();
  const source = new WecomDirectory(
    { corpId: CORP_ID, secret: SECRET, apiBase: wecom.url, timeoutMs: 5000 },
    DIRECT,
  );
  const snap = await source.fetch();
  expect(snap.departments).toEqual([
    { id: '2', parentId: null, name: '通州区教育局' },
    { id: '3', parentId: '2', name: '基教科' },
  ]);
  expect(snap.members.map((m) => [m.stableId, m.name, m.deptId]).sort()).toEqual([
    ['WuJiu', '吴九', '3'],
    ['ZhengShi', null, '3'],
    ['ZhouBa', '周八', '2'],
  ]);
});

it('a refusal (no directory privilege) fails the fetch with the platform code', async () => {
  wecom.contact = { ...corp(), failCode: 60011 };
  const source = new WecomDirectory(
    { corpId: CORP_ID, secret: SECRET, apiBase: wecom.url, timeoutMs: 5000 },
    DIRECT,
  );
  await expect(source.fetch()).rejects.toThrow(/60011/);
});

describeEachStore('WeCom directory sync', (store) => {
  it('scheduled sync binds WeCom users to their main department and names them; a hand binding wins', async () => {
    await store().upsertUser({ id: 'wecom:WuJiu', channel: 'wecom' });
    await store().setUserDepartment('wecom:WuJiu', '通州区财政局');
    wecom.contact = corp();
    await startDirectorySync(store(), env(), logger).stop();
    const zhou = await store().getUser('wecom:ZhouBa');
    expect([zhou?.name, zhou?.department]).toEqual(['周八', '通州区教育局']);
    expect((await store().getUser('wecom:WuJiu'))?.department).toBe('通州区财政局');
    const zheng = await store().getUser('wecom:ZhengShi');
    expect([zheng?.name, zheng?.department]).toEqual([null, '基教科']);
  });
});

import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDirectoryConfig } from '../../src/directory/config.ts';
import { startDirectorySync } from '../../src/directory/sync.ts';
import type { Store } from '../../src/store/store.ts';
import { larkContact } from '../channels/lark-contact-fake.ts';
import { APP_ID, APP_SECRET, FakeLark } from '../channels/lark-fake.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

const logger = pino({ level: 'silent' });

it('is off unless asked for; names only the platforms it knows; the interval has a floor', () => {
  expect(loadDirectoryConfig({}).platforms).toEqual([]);
  expect(loadDirectoryConfig({ JIXIAO_DIRECTORY_SYNC: ' Lark, lark ' }).platforms).toEqual(['lark']);
  expect(() => loadDirectoryConfig({ JIXIAO_DIRECTORY_SYNC: 'ldap' })).toThrow(/配置有误/);
  expect(() => loadDirectoryConfig({ JIXIAO_DIRECTORY_SYNC_MINUTES: '1' })).toThrow(/配置有误/);
});

it('asking for the Lark directory without Lark credentials fails start-up, in Chinese', () => {
  expect(() => startDirectorySync({} as Store, { JIXIAO_DIRECTORY_SYNC: 'lark' }, logger)).toThrow(
    /飞书应用凭据/,
  );
});

for (const driver of drivers) {
  describeWhen(!driver.skip, `scheduled directory sync, ${title(driver)}`, () => {
    let store: Store;
    let lark: FakeLark;
    beforeAll(async () => {
      store = await driver.open();
      lark = await new FakeLark().start();
    });
    afterAll(async () => {
      await lark?.stop();
      await store?.close();
      await driver.cleanup();
    });

    it('syncs at start-up from the configured Lark host; stop waits for the sync in flight', async () => {
      lark.contact = larkContact({
        departments: [{ open_department_id: 'od-1', parent_department_id: '0', name: '通州区财政局' }],
        users: [{ open_id: 'ou_s1', union_id: 'on_s1', name: '孙七', department_ids: ['od-1'] }],
      });
      const env = {
        JIXIAO_DIRECTORY_SYNC: 'lark',
        JIXIAO_LARK_APP_ID: APP_ID,
        JIXIAO_LARK_APP_SECRET: APP_SECRET,
        JIXIAO_LARK_DOMAIN: lark.url,
      };
      const sync = startDirectorySync(store, env, logger);
      await sync.stop();
      const user = await store.getUser('lark:ou_s1');
      expect([user?.name, user?.department]).toEqual(['孙七', '通州区财政局']);
    });

    it('a platform outage is logged and keeps the last good sync', async () => {
      lark.contact = { ...larkContact(), failCode: 40004 };
      const env = {
        JIXIAO_DIRECTORY_SYNC: 'lark',
        JIXIAO_LARK_APP_ID: APP_ID,
        JIXIAO_LARK_APP_SECRET: APP_SECRET,
        JIXIAO_LARK_DOMAIN: lark.url,
      };
      await startDirectorySync(store, env, logger).stop();
      expect((await store.getUser('lark:ou_s1'))?.department).toBe('通州区财政局');
      expect(lark.contact.calls.length).toBeGreaterThan(0);
    });
  });
}

/**
 * Item 14 of issue 13, on PGlite and PostgreSQL: `绑定部门 <姓名> <部门>` used to bind whoever had chosen that display
 * name. Names bind only where the platform vouches for them (the Lark and DingTalk directories); a Telegram or WeChat
 * nickname is refused with a message naming the user number to use instead, and never shadows a directory user.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

for (const driver of drivers) {
  describeWhen(!driver.skip, `绑定部门 by name, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
    }, 180_000);
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(`security-14: a nickname chosen on Telegram or WeChat binds no one; directory names and user numbers do`, async () => {
      const ask = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
      await store.upsertUser({ id: 'lark:admin', channel: 'lark', name: '管理员' });
      await store.setUserDepartment('lark:admin', '财政局', true);
      const admin = (await store.getUser('lark:admin'))!;
      const bind = async (text: string) => (await ask(text, admin)).text ?? '';
      const department = async (id: string) => (await store.getUser(id))?.department ?? null;

      // Names as the channels record them from each sender's profile.
      await store.upsertUser({ id: 'telegram:1001', channel: 'telegram', name: '张三' });
      await store.upsertUser({ id: 'wechat:wxid_9', channel: 'wechat', name: '李四' });
      for (const [name, id] of [
        ['张三', 'telegram:1001'],
        ['李四', 'wechat:wxid_9'],
      ] as const) {
        const reply = await bind(`绑定部门 ${name} 教育局`);
        expect(reply).toContain('昵称，不能用来绑定');
        expect(reply).not.toContain('已将');
        expect(await department(id)).toBeNull();
      }

      // A Telegram user who takes a directory user's name does not get that user's binding.
      await store.upsertUser({ id: 'lark:ou_real', channel: 'lark', name: '王五' });
      await store.upsertUser({ id: 'telegram:666', channel: 'telegram', name: '王五' });
      expect(await bind('绑定部门 王五 教育局')).toContain('已将 lark:ou_real 绑定到「教育局」');
      expect(await department('lark:ou_real')).toBe('教育局');
      expect(await department('telegram:666')).toBeNull();

      // Two directory users of one name: ambiguous, nobody is bound.
      await store.upsertUser({ id: 'dingtalk:d1', channel: 'dingtalk', name: '赵六' });
      await store.upsertUser({ id: 'lark:ou_z', channel: 'lark', name: '赵六' });
      expect(await bind('绑定部门 赵六 教育局')).toContain('有多个名为「赵六」的用户');
      expect(await department('dingtalk:d1')).toBeNull();

      // The user number always works, on every channel.
      expect(await bind('绑定部门 telegram:1001 教育局')).toContain('已将 telegram:1001 绑定到「教育局」');
      expect(await department('telegram:1001')).toBe('教育局');
    });
  });
}

/**
 * Item 7 of issue 13, on PGlite and PostgreSQL: the uploader's binding decides where a form counts. A form naming
 * another department is held as 待确认 for that department's admin: it is not in that department's list and does not
 * clear its "not submitted" list until confirmed.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

const record = (projectName: string, department: string): FormRecord => ({
  ...emptyRecord(),
  year: 2023,
  projectName,
  department,
});

for (const driver of drivers) {
  describeWhen(!driver.skip, `department of a form, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
    }, 180_000);
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(`security-07: a form naming another department is held until its admin confirms`, async () => {
      const ask = createAnswerQuestion({ store, logger: pino({ level: 'silent' }) });
      const add = async (ownerId: string, r: FormRecord) =>
        store.createForm({ ownerId, record: r, provenance: {}, check: checkRecord(r), source: 'reader' });
      const jia = await store.upsertUser({ id: 'lark:jia', channel: 'lark' });
      await store.setUserDepartment(jia.id, '甲局');
      await store.upsertUser({ id: 'lark:yi', channel: 'lark' });
      await store.setUserDepartment('lark:yi', '乙局');
      await store.upsertUser({ id: 'lark:boss', channel: 'lark' });
      await store.setUserDepartment('lark:boss', '乙局', true);
      const yi = (await store.getUser('lark:yi'))!;
      const boss = (await store.getUser('lark:boss'))!;

      expect((await ask('设置应报项目 2023 乙局 乙局项目', boss)).text).toContain('应报项目 1 个');
      const notSubmitted = async () =>
        JSON.stringify((await ask('2023年哪些项目还没有提交', yi)).table?.rows ?? []);
      const yiList = async () => JSON.stringify((await ask('2023年的项目列表', yi)).table?.rows ?? []);
      expect(await notSubmitted()).toContain('乙局项目');

      // 甲局's user uploads a form naming 乙局: held, not counted, 乙局's reminder list untouched.
      const foreign = await add(jia.id, record('乙局项目', '乙局'));
      expect(await yiList()).not.toContain('乙局项目');
      expect(await notSubmitted()).toContain('乙局项目');
      // An unbound user's form is held the same way.
      await store.upsertUser({ id: 'telegram:42', channel: 'telegram' });
      await add('telegram:42', record('冒名项目', '乙局'));
      expect(await yiList()).not.toContain('冒名项目');
      // A form of the uploader's own department counts at once.
      await add(jia.id, record('甲局项目', '甲局'));
      const jiaView = JSON.stringify(
        (await ask('2023年的项目列表', (await store.getUser(jia.id))!)).table?.rows,
      );
      expect(jiaView).toContain('甲局项目');

      // 乙局's admin sees what waits, and confirms one.
      expect((await ask('待确认', yi)).text).toContain('只有管理员');
      const pending = await ask('待确认', boss);
      expect(JSON.stringify(pending.table?.rows)).toContain(foreign.formId);
      expect(JSON.stringify(pending.table?.rows)).toContain('冒名项目');
      expect((await ask(`确认归属 ${foreign.formId}`, boss)).text).toContain('已确认');
      expect(await yiList()).toContain('乙局项目');
      expect(await notSubmitted()).not.toContain('乙局项目');
      expect(await yiList()).not.toContain('冒名项目');
    }, 120_000);
  });
}

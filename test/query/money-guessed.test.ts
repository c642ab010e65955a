import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store, User } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

const logger = pino({ level: 'silent' });

/** A form whose 万元 amounts are given as numbers with no unit written. */
function form(projectName: string, budget: number, executed: number, year = 2041): FormRecord {
  const r = emptyRecord();
  r.year = year;
  r.department = '甲街道办事处';
  r.projectName = projectName;
  r.funds.total.annualBudget = { raw: String(budget), value: budget };
  r.funds.total.executed = { raw: String(executed), value: executed };
  return r;
}

const STATEMENT = /有 (\d+) 个项目的金额超过一万、按元换算为万元：([^（]*)/;

for (const driver of drivers) {
  describeWhen(
    !driver.skip,
    `amounts read as 元 are said in every answer that uses them, ${title(driver)}`,
    () => {
      let store: Store;
      let user: User;
      let ask: (text: string) => Promise<string>;
      let lastYearForm: string;
      beforeAll(async () => {
        store = await driver.open();
        user = await store.upsertUser({ id: 'web:money', channel: 'web' });
        await store.setUserDepartment(user.id, null, true);
        const forms = [
          form('元写成万元项目', 1_863_180, 1_863_180),
          form('普通项目甲', 120, 100),
          form('普通项目乙', 80, 80),
          form('去年的元项目', 250_000, 250_000, 2040),
        ];
        for (const record of forms) {
          const stored = await store.createForm({
            ownerId: user.id,
            record,
            provenance: {},
            check: checkRecord(record),
            source: 'reader',
          });
          if (record.year === 2040) lastYearForm = stored.formId;
        }
        const answer = createAnswerQuestion({ store, logger, admins: new Set([user.id]) });
        ask = async (text) => (await answer(text, user)).text ?? '';
      });
      afterAll(async () => {
        await store?.close();
        await driver.cleanup();
      });

      it('a sum, a ranking, a list and a condition over a converted amount name the projects', async () => {
        const sum = await ask('2041年预算合计是多少');
        expect(sum).toContain('全年预算数合计(万元)：386.32');
        expect(STATEMENT.exec(sum)?.slice(1)).toEqual(['1', '「元写成万元项目」']);
        expect(STATEMENT.exec(await ask('2041年执行数最高的项目'))?.[1]).toBe('1');
        expect(STATEMENT.exec(await ask('2041年的项目按预算从高到低排列'))?.[1]).toBe('1');
        expect(STATEMENT.exec(await ask('预算超过100万元的项目'))?.[1]).toBe('1');
        expect(STATEMENT.exec(await ask('每年的预算合计'))?.[1]).toBe('2');
      });

      it('an answer that uses no converted amount says nothing about it', async () => {
        // Counting, or amounts of forms that were written in 万元.
        expect(await ask('2041年有多少个项目')).not.toMatch(STATEMENT);
        expect(await ask('普通项目甲的预算是多少')).not.toMatch(STATEMENT);
        expect(await ask('2041年预算低于100万元的项目')).not.toMatch(STATEMENT);
      });

      it('the statement follows a new version that gives the unit', async () => {
        expect(STATEMENT.exec(await ask('2040年预算合计是多少'))?.[1]).toBe('1');
        const fixed = form('去年的元项目', 25, 25, 2040);
        await store.saveVersion({
          formId: lastYearForm,
          baseVersion: 1,
          provenance: {},
          record: fixed,
          check: checkRecord(fixed),
          changes: [],
          source: 'user',
        });
        expect(await ask('2040年预算合计是多少')).not.toMatch(STATEMENT);
      });
    },
  );
}

import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store, User } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

const logger = pino({ level: 'silent' });

type Row = FormRecord['indicators'][number];
const row = (over: Partial<Row>): Row => ({
  weightRaw: String(over.weight ?? 10),
  scoreRaw: String(over.score ?? 10),
  level1: '产出指标',
  level2: '数量指标',
  name: '完成数量',
  target: '100',
  actual: '100',
  weight: 10,
  score: 10,
  deviation: '',
  ...over,
});

function form(projectName: string, indicators: Row[], budget = 100, executed = 100): FormRecord {
  const r = emptyRecord();
  r.year = 2042;
  r.department = '乙街道办事处';
  r.projectName = projectName;
  r.indicators = indicators;
  r.funds.total.annualBudget = { raw: String(budget), value: budget };
  r.funds.total.executed = { raw: String(executed), value: executed };
  return r;
}

const listed = (_text: string | undefined, rows: unknown[][] | undefined) =>
  (rows ?? []).map((r) => r[0]).sort() as string[];

for (const driver of drivers) {
  describeWhen(!driver.skip, `questions about indicator rows, ${title(driver)}`, () => {
    let store: Store;
    let user: User;
    let ask: (text: string) => Promise<{ text?: string; rows?: unknown[][] }>;
    beforeAll(async () => {
      store = await driver.open();
      user = await store.upsertUser({ id: 'web:rows', channel: 'web' });
      const forms = [
        form('全满分项目', [row({}), row({ level1: '满意度指标', level2: '服务对象满意度指标' })]),
        form('扣分有原因', [row({ score: 8, deviation: '部分未完成' }), row({})]),
        form('扣分没原因', [row({ score: 7 })]),
        // The survey row not done: its 实际完成值 is empty and it is scored 0.
        form('满意度未做', [
          row({}),
          row({
            level1: '满意度指标',
            level2: '服务对象满意度指标',
            actual: '',
            score: 0,
            deviation: '未做',
          }),
        ]),
        form('超分项目', [row({ score: 12 })]),
        // 99.998 % is shown as 100 %: not below 100 %.
        form('几乎执行完', [row({})], 100, 99.998),
      ];
      for (const record of forms) {
        await store.createForm({
          ownerId: user.id,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader',
        });
      }
      const answer = createAnswerQuestion({ store, logger, admins: new Set([user.id]) });
      ask = async (text) => {
        const reply = await answer(text, user);
        return { text: reply.text, rows: reply.table?.rows };
      };
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it('扣分, 没扣分, 满意度扣分, 扣分没写原因, 分值和得分不一样', async () => {
      const a = await ask('2042年有扣分的项目');
      expect(a.text).toContain('有扣分的指标');
      expect(listed(a.text, a.rows)).toEqual(['扣分有原因', '扣分没原因', '满意度未做']);
      expect(listed(undefined, (await ask('2042年没有扣分的项目')).rows)).toEqual([
        '全满分项目',
        '几乎执行完',
        '超分项目',
      ]);
      expect(listed(undefined, (await ask('2042年满意度扣分的项目')).rows)).toEqual(['满意度未做']);
      expect(listed(undefined, (await ask('2042年分值和得分不一样的项目')).rows)).toEqual([
        '扣分有原因',
        '扣分没原因',
        '满意度未做',
        '超分项目',
      ]);
    });

    it('实际完成值没填 counts the survey rows too; a rate is compared as shown', async () => {
      expect(listed(undefined, (await ask('2042年实际完成值没填的项目')).rows)).toEqual(['满意度未做']);
      const rate = await ask('2042年执行率低于100%的项目');
      expect(rate.text).toContain('没有符合条件的项目');
    });
  });
}

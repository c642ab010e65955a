import pino from 'pino';
import { beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { User } from '../../src/store/store.ts';
import { describeEachStore } from '../store/drivers.ts';
import { formWithRows, indicatorRow } from './known-store.ts';

/**
 * Every kind of row question (row-answer.ts) asked by a department user reads only the rows of the forms that user
 * may see, on both stores: the row names (migration 035) and the lost rows are looked up over the whole portfolio
 * first, so each kind must still end at the viewer's forms. The other department holds the larger losses and more
 * rows of the same names, so an answer that leaked them would differ.
 */
const row = (level1: string, level2: string, name: string, over: Parameters<typeof indicatorRow>[3] = {}) =>
  indicatorRow(level1, level2, name, { target: '≥90%', actual: '95%', ...over });
const form = (projectName: string, department: string, indicators: ReturnType<typeof row>[]) =>
  formWithRows(projectName, department, indicators, 2041);

const OURS = '东坝街道办事处';
const THEIRS = '西坝街道办事处';

describeEachStore('row questions as a department user', (store) => {
  let ask: (q: string, who: User) => Promise<string[][]>;
  let ours: User;
  let admin: User;

  beforeAll(async () => {
    const s = store();
    const user = async (id: string, department: string | null, isAdmin = false) => {
      await s.upsertUser({ id, channel: 'web' });
      await s.setUserDepartment(id, department, isAdmin);
      return (await s.getUser(id))!;
    };
    ours = await user('web:rows-ours', OURS);
    const theirs = await user('web:rows-theirs', THEIRS);
    admin = await user('web:rows-admin', null, true);
    const upload = (owner: User, records: FormRecord[]) =>
      s.createForms(
        records.map((record) => ({
          ownerId: owner.id,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader' as const,
        })),
      );
    await upload(ours, [
      form('东坝路灯维护', OURS, [
        row('产出指标', '时效指标', '维修及时率', { target: '48小时内', actual: '36小时内' }),
        row('效益指标', '生态效益指标', '节能率', { score: 8 }),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { score: 9 }),
      ]),
      form('东坝绿化', OURS, [row('产出指标', '数量指标', '绿化面积')]),
    ]);
    await upload(theirs, [
      form('西坝路灯维护', THEIRS, [
        row('产出指标', '时效指标', '维修及时率', { target: '24小时内' }),
        row('效益指标', '生态效益指标', '节能率', { score: 2 }),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { score: 3 }),
      ]),
      form('西坝河道', THEIRS, [row('效益指标', '生态效益指标', '水质达标率', { score: 5 })]),
    ]);
    ask = async (q, who) => {
      const answer = createAnswerQuestion({ store: s, logger: pino({ level: 'silent' }) });
      return (await answer(q, who)).table?.rows ?? [];
    };
  });

  it('扣分最多: the top loss among its own rows, not the other department’s larger one', async () => {
    expect((await ask('扣分最多的指标', ours)).map((r) => [r[0], r[5], r.at(-1)])).toEqual([
      ['东坝路灯维护', '节能率', '2'],
    ]);
    expect((await ask('扣分最多的指标', admin)).map((r) => [r[0], r[5], r.at(-1)])).toEqual([
      ['西坝路灯维护', '节能率', '8'],
    ]);
  });

  it('有X指标的项目有几个 / 哪些项目有X这个指标: its own forms only', async () => {
    expect(await ask('有生态效益指标的项目有几个', ours)).toEqual([['1']]);
    expect(await ask('有生态效益指标的项目有几个', admin)).toEqual([['3']]);
    expect((await ask('哪些项目有满意度这个指标', ours)).map((r) => [r[0], r[3]])).toEqual([
      ['东坝路灯维护', '1'],
    ]);
    expect((await ask('哪些项目有满意度这个指标', admin)).map((r) => r[0])).toEqual([
      '东坝路灯维护',
      '西坝路灯维护',
    ]);
  });

  it('X指标没拿满分的项目 and 扣了分的指标有几条: its own lost rows only', async () => {
    expect((await ask('生态效益指标没拿满分的项目', ours)).map((r) => r[0])).toEqual(['东坝路灯维护']);
    expect((await ask('生态效益指标没拿满分的项目', admin)).map((r) => r[0])).toEqual([
      '东坝路灯维护',
      '西坝河道',
      '西坝路灯维护',
    ]);
    expect(await ask('扣了分的指标有几条', ours)).toEqual([['2']]);
    expect(await ask('扣了分的指标有几条', admin)).toEqual([['5']]);
  });

  it('a row of a project asked by its name: its own project answers, the other department’s does not', async () => {
    expect(
      (await ask('东坝路灯维护的维修及时率的年度指标值是多少', ours)).map((r) => [r[0], r.at(-1)]),
    ).toEqual([['东坝路灯维护', '48小时内']]);
    expect(await ask('维修及时率这个指标有几条', ours)).toEqual([['1']]);
    expect(await ask('维修及时率这个指标有几条', admin)).toEqual([['2']]);
  });
});

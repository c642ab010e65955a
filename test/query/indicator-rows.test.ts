import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, formWithRows, indicatorRow } from './known-store.ts';

/** Questions about indicator rows (row-question.ts, row-answer.ts, migration 034), in wordings of our own. */
const row = indicatorRow;
const form = (projectName: string, department: string, indicators: ReturnType<typeof row>[]) =>
  formWithRows(projectName, department, indicators);

describe('reading a row question', () => {
  it('names the row, the condition, the columns and what is wanted', () => {
    expect(readRowQuestion('甲项目的时效指标，年度指标值和实际完成值各是多少', true)).toMatchObject({
      term: '时效',
      columns: ['target', 'actual'],
      output: 'rows',
    });
    expect(readRowQuestion('成本指标被扣了分的有哪些项目', false)).toMatchObject({
      term: '成本',
      score: 'lost',
      output: 'projects',
    });
    expect(readRowQuestion('没拿满分的指标总共多少条', false)).toMatchObject({
      term: null,
      score: 'lost',
      output: 'countRows',
    });
    expect(readRowQuestion('哪个项目的指标扣分最多', false)).toMatchObject({ output: 'topLost' });
  });

  it('leaves checks of the form (缺少满意度指标) and clean ordinary questions alone', () => {
    expect(readRowQuestion('缺少满意度指标的项目', false)).toBeNull();
    expect(readRowQuestion('没有效益指标的表有几张', false)).toBeNull();
    expect(readRowQuestion('满意度指标没拿满分的项目', true)).toBeNull();
    expect(readRowQuestion('总分最低的项目', true)).toBeNull();
  });
});

describe('answered from the rows', () => {
  let ask: (q: string) => Promise<{ text: string; columns: string[]; rows: string[][]; unplaced?: string[] }>;
  let close: () => Promise<void>;
  let db: Store;
  beforeAll(async () => {
    const { store, ask: asked } = await adminStoreOf('web:rows034', [
      form('路灯维护', '甲街道办事处', [
        row('产出指标', '时效指标', '按期完成维修', { target: '7日内', actual: '5日内' }),
        row('产出指标', '成本指标', '维修成本控制', { score: 8, deviation: '材料涨价' }),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { target: '≥90%', actual: '93%' }),
      ]),
      form('绿化养护', '乙街道办事处', [
        row('产出指标', '数量指标', '养护面积', { weight: 20, score: 14 }),
        row('效益指标', '生态效益指标', '绿化覆盖率提升'),
        row('满意度指标', '服务对象满意度指标', '群众满意度', { score: 9 }),
      ]),
      form('社区讲座', '乙街道办事处', [row('产出指标', '数量指标', '讲座场次')]),
    ]);
    close = () => store.close();
    ask = asked;
    db = store;
  });
  afterAll(async () => close?.());

  it('one row of a named project, with the asked columns', async () => {
    const a = await ask('路灯维护的时效指标，年度指标值和实际完成值分别是什么');
    expect(a.rows).toHaveLength(1);
    expect(a.columns).toContain('年度指标值');
    expect(a.text).toContain('年度指标值 7日内');
    expect(a.text).toContain('实际完成值 5日内');
  });

  it('the satisfaction row of a project by its level name, and its target', async () => {
    const a = await ask('路灯维护 满意度这个指标的目标值写的多少');
    expect(a.rows.map((r) => r[5])).toEqual(['居民满意度']);
    expect(a.text).toContain('≥90%');
  });

  it('counts rows, projects, and finds the row that lost most', async () => {
    expect((await ask('得分低于分值的指标一共有几条')).rows).toEqual([['3']]);
    expect((await ask('绿化养护这个项目有多少条三级指标')).rows).toEqual([['3']]);
    expect((await ask('有生态效益指标的项目有几个')).rows).toEqual([['1']]);
    const top = await ask('哪条指标扣分最多，是哪个项目的');
    expect(top.rows.map((r) => [r[0], r[5], r.at(-1)])).toEqual([['绿化养护', '养护面积', '6']]);
  });

  it('projects having such rows', async () => {
    const a = await ask('成本指标扣了分的项目有哪些');
    expect(a.rows.map((r) => r[0])).toEqual(['路灯维护']);
    const b = await ask('乙街道哪些项目有群众满意度这个指标');
    expect(b.rows.map((r) => r[0])).toEqual(['绿化养护']);
  });

  it('the rows follow the latest version and go with the form', async () => {
    const count = async () => (await ask('扣了分的指标有几条')).rows[0]?.[0];
    const [stored] = await db
      .listForms({ year: 2040 })
      .then((fs) => fs.filter((f) => f.projectName === '绿化养护'));
    const form = await db.getForm(stored!.id);
    const fixed = structuredClone(form!.record);
    fixed.indicators[0]!.score = 20;
    await db.saveVersion({
      formId: form!.formId,
      baseVersion: form!.version,
      record: fixed,
      provenance: {},
      check: checkRecord(fixed),
      changes: [],
      source: 'user',
    });
    expect(await count()).toBe('2');
    await db.sql.query('DELETE FROM forms WHERE id = $1', [form!.formId]);
    expect(await count()).toBe('1');
  });

  it('a scope word the store does not know is reported, never dropped', async () => {
    const a = await ask('西城区得分低于分值的指标有几条');
    expect(a.unplaced).toContain('西城区');
    expect(a.rows).toEqual([]);
  });

  it('a share of projects worded with an indicator (设置满意度指标) is arithmetic, not a row question left unread', async () => {
    for (const q of ['百分之几的项目没有设置满意度指标', '有多少比例的项目没有设置满意度指标']) {
      const a = await ask(q);
      expect(a.unplaced ?? []).toEqual([]);
      expect(a.text).toContain('占全部项目数的百分比');
      expect(a.text).toMatch(/计算：\d+ 个 ÷ \d+ 个 × 100%/);
    }
  });
});

/**
 * Families of row questions found by probing with our own wordings (h-rows33): the projects ranked by how many rows of
 * a kind each has (哪个项目的产出指标最多), that number asked per project (每个项目有几条满意度指标), rows said to fall short
 * (没达标 / 未完成 = 扣分, said so), a project's satisfaction asked with no word of 指标 (X的满意度是多少), what a column
 * usually holds (目标值一般设多少: every value tallied) and a cell shaped as a percentage; and two named projects said to
 * hold one field alike or not (…执行率一样吗). Wordings and stores of our own, with the guards.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { fieldDefinition } from '../../src/query/field-definitions.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { sameValueAsked } from '../../src/query/same-value.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, formWithRows, indicatorRow as row } from './known-store.ts';

describe('rows of a kind counted per project', () => {
  it('a bare 最多 / 最少 after the kind ranks the projects by how many such rows each has', () => {
    for (const [q, dir, limit] of [
      ['哪个项目的产出指标最多', 'desc', 1],
      ['效益指标最少的项目', 'asc', 1],
      ['质量指标最少的三个项目', 'asc', 3],
      ['哪张表的成本指标最多', 'desc', 1],
      ['满意度指标条数最多的项目', 'desc', 1],
      ['时效指标最多的前2个项目', 'desc', 2],
    ] as const)
      expect(readRowQuestion(q, false), q).toMatchObject({
        output: 'projects',
        perFormTop: { dir, limit },
        rest: '',
      });
  });

  it('a superlative of a cell stays the cell’s (扣分最多, 得分最低), and all rows counted stay the form’s 指标数', () => {
    expect(readRowQuestion('满意度指标哪条扣分最多', false)?.perFormTop).toBeUndefined();
    expect(readRowQuestion('质量指标得分最低的', false)?.output).toBe('topColumn');
    expect(readRowQuestion('指标条数最多的前三个项目', false)?.perFormTop).toBeUndefined();
  });

  it('几条 asked of each project lists the projects with their count', () => {
    for (const q of ['每个项目有几条满意度指标', '各项目的效益指标分别有几条', '每张表设了几条时效指标'])
      expect(readRowQuestion(q, false), q).toMatchObject({ output: 'projects', perProject: true, rest: '' });
    expect(readRowQuestion('满意度指标有几条', false)?.output).toBe('countRows');
  });
});

describe('rows said to fall short, a project’s satisfaction, what a column usually holds', () => {
  it('没达标 / 未完成 / 没达到目标 of rows is 扣分, the word kept for the echo', () => {
    for (const [q, word] of [
      ['时效指标没达标的有哪些', '没达标'],
      ['满意度指标未达标的有几条', '未达标'],
      ['时效指标没完成的有哪些', '没完成'],
      ['哪些项目的质量指标没达到目标', '没达到目标'],
    ])
      expect(readRowQuestion(q!, false), q).toMatchObject({ score: 'lost', shortfall: word, rest: '' });
    // 达标了 is no shortfall
    expect(readRowQuestion('时效指标达标了的', false)?.score).toBeUndefined();
  });

  it('满意度 asked bare of a project is its satisfaction rows; 满意度得分 stays the form’s field', () => {
    for (const q of ['甲的满意度是多少', '甲的满意度怎么样', '甲的满意度完成得如何', '甲的满意度情况怎么样'])
      expect(readRowQuestion(q, false), q).toMatchObject({ term: '满意度', output: 'rows', rest: '甲' });
    expect(readRowQuestion('满意度得分是多少', false)).toBeNull();
  });

  it('一般 / 通常 / 大多 with a column asked tallies the column’s values (never 一般 as a grade)', () => {
    for (const [q, column] of [
      ['满意度指标的目标值一般设多少', 'target'],
      ['满意度目标通常定多少', 'target'],
      ['时效指标的年度指标值一般写的什么', 'target'],
      ['满意度指标的实际完成值大多是多少', 'actual'],
    ])
      expect(readRowQuestion(q!, false), q).toMatchObject({ typical: true, columns: [column], rest: '' });
    expect(readRowQuestion('满意度指标的目标值是多少', false)?.typical).toBeUndefined();
  });

  it('the adverb after the cell (分值一般是几分) is the same ask, even where the plain reading took 一般 as 中', () => {
    for (const [q, column] of [
      ['满意度指标的分值一般是几分', 'weight'],
      ['数量指标的得分通常是多少', 'score'],
      ['效益指标的目标值通常写什么', 'target'],
    ])
      expect(readRowQuestion(q!, true, true), q).toMatchObject({
        typical: true,
        columns: [column],
        rest: '',
      });
    expect(fieldDefinition('效益指标的目标值通常写什么', () => false)).toBeNull();
    // the column's meaning asked stays a definition
    expect(fieldDefinition('年度指标值应该填什么', () => false)).not.toBeNull();
  });

  it('a year before the kind of row is the scope, never part of the row’s name', () => {
    expect(readRowQuestion('2023年效益指标最多的前三个项目', false)).toMatchObject({
      term: '效益',
      rest: '2023年',
    });
  });

  it('a cell said to be a percentage holds a percent sign', () => {
    for (const q of ['指标值是百分比的指标', '实际完成值写成百分数的指标有几条', '目标值带百分号的指标'])
      expect(readRowQuestion(q, false)?.cells, q).toEqual([
        expect.objectContaining({ text: '%', exact: false }),
      ]);
  });
});

describe('answered over a store of our own', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    const spent = formWithRows('仁和镇河道保洁', '仁和镇人民政府', [
      row('产出指标', '数量指标', '保洁里程'),
      row('产出指标', '数量指标', '清运次数'),
      row('产出指标', '时效指标', '按时完成', { weight: 10, score: 6 }),
      row('满意度指标', '服务对象满意度指标', '村民满意度', { target: '≥90%', actual: '92%' }),
    ]);
    spent.funds.total.executed = { raw: '80', value: 80 };
    ({ store, user } = await adminStoreOf('web:row-families', [
      spent,
      formWithRows('仁和镇垃圾分类', '仁和镇人民政府', [
        row('产出指标', '数量指标', '分类桶数'),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { target: '≥90%', weight: 10, score: 5 }),
      ]),
      formWithRows('青塔街道助老餐桌', '青塔街道办事处', [
        row('产出指标', '质量指标', '餐食合格率'),
        row('效益指标', '社会效益指标', '老人就餐便利'),
        row('满意度指标', '服务对象满意度指标', '老人满意度', { target: '≥95%' }),
      ]),
    ]));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });
  const ask = async (q: string): Promise<Reply> => [await answer(q, user)].flat()[0]!;

  it('哪个项目的产出指标最多: the project at the top, with its count', async () => {
    const r = await ask('哪个项目的产出指标最多');
    expect(r.table?.rows).toEqual([['仁和镇河道保洁', '仁和镇人民政府', '2040', '3']]);
    expect(r.text).toContain('最多的有 3 条');
  });

  it('效益指标最少: the projects with none come first, counted as 0 and said so', async () => {
    const r = await ask('效益指标最少的项目');
    expect(r.text).toContain('一条也没有的项目算 0 条');
    expect(r.table?.rows.map((x) => x[0]).sort()).toEqual(['仁和镇垃圾分类', '仁和镇河道保洁']);
  });

  it('每个项目有几条满意度指标 lists each project with its count (was 满意度指标分值 > 0)', async () => {
    const r = await ask('每个项目有几条满意度指标');
    expect(r.table?.columns).toContain('符合的指标条数');
    expect(r.table?.rows).toHaveLength(3);
  });

  it('没达标 lists the rows that lost points and says how it was read', async () => {
    const r = await ask('时效指标没达标的有哪些');
    expect(r.text).toContain('「没达标」按扣了分理解');
    expect(r.table?.rows.map((x) => x[5])).toEqual(['按时完成']);
  });

  it('X的满意度是多少 answers the project’s satisfaction rows', async () => {
    const r = await ask('仁和镇垃圾分类的满意度是多少');
    expect(r.text).toContain('「仁和镇垃圾分类」的指标「居民满意度」');
    expect(r.unplaced ?? []).toEqual([]);
  });

  it('目标值一般设多少 tallies the values with their counts', async () => {
    const r = await ask('满意度指标的目标值一般设多少');
    expect(r.table?.rows).toEqual([
      ['≥90%', '2'],
      ['≥95%', '1'],
    ]);
    expect(r.text).not.toContain('参考等级');
  });

  it('two named projects’ field 一样吗 / 是否一致: 一样 with the value, or each value and how far apart', async () => {
    const same = await ask('仁和镇河道保洁和仁和镇垃圾分类的全年预算一样吗');
    expect(same.text).toContain('一样：这 2 个项目的全年预算数都是 100 万元');
    const apart = await ask('仁和镇河道保洁和仁和镇垃圾分类的执行率是否一致');
    expect(apart.text).toMatch(/不一样：.*相差 20%/u);
    const spent = await ask('仁和镇河道保洁和青塔街道助老餐桌的全年执行数相同吗');
    expect(spent.text).toContain('不一样');
    expect(sameValueAsked('甲和乙的负责人是不是同一个')).toEqual({
      text: '甲和乙的负责人',
      word: '是不是同一个',
    });
  });

  it('sameness of one project, or of places, is not read so: reported, never answered as another question', async () => {
    const one = await ask('仁和镇河道保洁的执行率一样吗');
    expect(one.unplaced).toContain('一样');
    expect(sameValueAsked('年初预算和全年预算一样的项目')).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRowCells } from '../../src/query/row-cells.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { adminStoreOf, formWithRows, indicatorRow as row } from './known-store.ts';

/**
 * What a question says of an indicator row's cells (row-cells.ts): a number in 分值 / 得分, an empty or a filled
 * cell, words written in a cell, the row's place on the form; and a row named inside its 一级指标. Wordings of our own.
 */
describe('reading the cells a question names', () => {
  it('a number in 分值 or 得分, said in several ways', () => {
    for (const [q, cell] of [
      ['满意度指标是5分的项目', { column: 'weight', op: '=', value: 5 }],
      ['分值那格填了30分的指标', { column: 'weight', op: '=', value: 30, written: true }],
      // the cell pointed at with what is written in it: every row whose cell says 0 (row-cells-not-applicable.test.ts)
      ['得分那一栏写0的指标有几条', { column: 'score', op: '=', value: 0, written: true }],
      ['分值超过20分的三级指标', { column: 'weight', op: '>', value: 20 }],
      ['时效指标只得了5分的项目', { column: 'score', op: '=', value: 5 }],
      ['扣了2分的那条指标叫什么', { column: 'lost', op: '=', value: 2 }],
      ['满意度指标分值给到10分的', { column: 'weight', op: '=', value: 10 }],
    ] as const)
      expect(readRowCells(q).cells, q).toEqual([cell]);
  });

  it('empty and filled cells', () => {
    expect(readRowCells('年度指标值一栏是空的指标').cells).toEqual([{ column: 'target', blank: true }]);
    expect(readRowCells('哪些项目的指标没定目标值').cells).toEqual([{ column: 'target', blank: true }]);
    expect(readRowCells('实际完成值留空的指标').cells).toEqual([{ column: 'actual', blank: true }]);
    expect(readRowCells('有分值但偏差原因没写的指标').cells).toEqual([
      { column: 'deviation', blank: true },
      { column: 'weight', blank: false },
    ]);
  });

  it('words written in a cell, exact when counted (四个字) or after 只', () => {
    expect(readRowCells('偏差原因里提到疫情的项目').cells).toEqual([
      { column: 'deviation', text: '疫情', exact: false },
    ]);
    expect(readRowCells('实际完成值那一列填的是“按期完成”四个字的表').cells).toEqual([
      { column: 'actual', text: '按期完成', exact: true },
    ]);
    expect(readRowCells('指标那几行里提到绿化的是哪张表').cells).toEqual([
      { column: 'any', text: '绿化', exact: false },
    ]);
  });

  it('a project field named in full is the project’s, unless rows are counted or pointed at', () => {
    // 满意度指标分值 / 满意度得分 are fields of the project (the satisfaction rows added up): the ordinary reading.
    for (const q of ['满意度指标分值是10分的项目有几个', '满意度得分为0的项目', '满意度指标分值给到10分的'])
      expect(readRowQuestion(q, true, true), q).toBeNull();
    for (const q of ['满意度指标分值是10分的指标有几条', '满意度得分为0的三级指标'])
      expect(readRowQuestion(q, true, true), q).not.toBeNull();
    // Without a field of its own named (满意度指标是5分 was read as 总分 = 5), the row reading stands.
    expect(readRowQuestion('满意度指标是5分的项目', true, false)?.cells).toEqual([
      { column: 'weight', op: '=', value: 5 },
    ]);
  });

  it('a cell asked about is no condition', () => {
    for (const q of [
      '偏差原因写的什么',
      '法律顾问的时效指标分值是几分',
      '年度指标值填的是多少',
      '实际完成值写了没有',
    ])
      expect(readRowCells(q).cells, q).toEqual([]);
  });

  it('the row’s place: from the top, from the end', () => {
    expect(readRowCells('甲项目第二行指标写的什么').position).toBe(2);
    expect(readRowCells('甲项目第3条指标').position).toBe(3);
    expect(readRowCells('甲项目最后一条指标').position).toBe(-1);
    expect(readRowCells('甲项目倒数第二行指标的得分').position).toBe(-2);
    expect(readRowCells('排第三的项目').position).toBeUndefined();
  });
});

describe('a row named inside its 一级指标', () => {
  it('both names hold', () => {
    expect(readRowQuestion('产出指标里的数量指标一共几条', false)).toMatchObject({
      term: '数量',
      within: ['产出'],
      output: 'countRows',
    });
    expect(readRowQuestion('效益指标下面的社会效益指标被扣分的项目', false)).toMatchObject({
      term: '社会效益',
      within: ['效益'],
      score: 'lost',
      output: 'projects',
    });
  });
  it('a level with nothing inside it is the row named (效益指标底下被扣分)', () => {
    expect(readRowQuestion('效益指标底下被扣分的项目有几个', true)).toMatchObject({
      term: '效益',
      score: 'lost',
      output: 'countProjects',
      rest: '',
    });
  });
});

describe('answered from the rows', () => {
  let ask: (q: string) => Promise<{ text: string; rows: string[][]; unplaced?: string[] }>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store, ask: asked } = await adminStoreOf('web:rowcells', [
      formWithRows('路灯维护', '甲街道办事处', [
        // the form left the merged 一级指标 cell empty on its first rows
        row('', '数量指标', '维修路灯数量', {
          target: '200盏',
          actual: '180盏',
          weight: 20,
          score: 16,
          deviation: '疫情\n停工',
        }),
        row('产出指标', '时效指标', '按期完成维修', { target: '', actual: '按期完成' }),
        row('效益指标', '社会效益指标', '夜间出行安全', { score: 8, deviation: '' }),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { weight: 5, score: 5 }),
      ]),
      formWithRows('绿化养护', '乙街道办事处', [
        row('产出指标', '数量指标', '养护面积', { weight: 30, score: 30, actual: '' }),
        row('产出指标', '质量指标', '苗木成活数量', { actual: '按期完成' }),
        row('效益指标', '经济效益指标', '不适用', { target: '', actual: '', weight: null, score: null }),
        row('满意度指标', '服务对象满意度指标', '群众满意度', { weight: 10, score: 0 }),
      ]),
    ]);
    close = () => store.close();
    ask = asked;
  });
  afterAll(async () => close?.());

  it('满意度指标是5分: the 分值 of the satisfaction row, not the form’s 总分', async () => {
    const a = await ask('满意度指标是5分的项目有哪些');
    expect(a.text).toContain('分值为5分');
    expect(a.rows.map((r) => r[0])).toEqual(['路灯维护']);
    expect((await ask('满意度那条指标直接得了0分的项目有几个')).rows).toEqual([['1']]);
    expect((await ask('分值是30分的指标有几条')).rows).toEqual([['1']]);
  });

  it('效益指标底下被扣分: only rows under 效益指标 that lost points', async () => {
    const a = await ask('效益指标底下被扣分的项目有几个');
    expect(a.rows).toEqual([['1']]);
  });

  it('产出指标里的数量指标: a 二级 kind under its 一级, the empty 一级 cell implied by the kind', async () => {
    expect((await ask('产出指标里的数量指标一共多少条')).rows).toEqual([['2']]);
    // 苗木成活数量 lies under 质量指标: the word in a 三级指标's name is not the kind
    expect((await ask('产出指标下面的数量指标有几条')).text).toContain('二级指标「数量」');
  });

  it('empty cells count only rows that carry a 分值 (a 不适用 row was never to be filled)', async () => {
    expect((await ask('实际完成值空着的指标有几条')).rows).toEqual([['1']]);
    const a = await ask('年度指标值没填的是哪些项目');
    expect(a.rows.map((r) => r[0])).toEqual(['路灯维护']);
    expect(a.text).toContain('只算有分值的指标');
  });

  it('words in a cell', async () => {
    expect((await ask('偏差原因里提到疫情的项目')).rows.map((r) => r[0])).toEqual(['路灯维护']);
    // a line break inside the cell's words (as PDFs give them) is no part of what is written
    expect((await ask('偏差原因里写着“疫情停工”的项目')).rows.map((r) => r[0])).toEqual(['路灯维护']);
    expect((await ask('实际完成值写着“按期完成”的指标有几条')).rows).toEqual([['2']]);
    expect((await ask('指标那几行里提到苗木的是哪张表')).rows.map((r) => r[0])).toEqual(['绿化养护']);
  });

  it('a row by its place', async () => {
    const first = await ask('绿化养护第一条指标写的什么');
    expect(first.rows.map((r) => r[5])).toEqual(['养护面积']);
    const last = await ask('路灯维护最后一行指标的得分是多少');
    expect(last.rows.map((r) => r[5])).toEqual(['居民满意度']);
    const second = await ask('路灯维护倒数第二条指标');
    expect(second.rows.map((r) => r[5])).toEqual(['夜间出行安全']);
  });

  it('the points a project lost on its rows, added up', async () => {
    const a = await ask('路灯维护的指标一共扣了几分');
    expect(a.text).toContain('一共扣了 6 分');
    const each = await ask('每个项目指标上总共扣了多少分');
    expect(each.rows.map((r) => [r[0], r[3]])).toEqual([
      ['绿化养护', '10'],
      ['路灯维护', '6'],
    ]);
  });

  it('a scope word the store does not know is reported with the row’s cells, never dropped', async () => {
    const a = await ask('偏差原因里提到疫情的西城区项目');
    expect(a.unplaced).toContain('西城区');
    expect(a.rows).toEqual([]);
    const b = await ask('青龙湖镇第一条指标写的什么');
    expect(b.unplaced?.join('')).toContain('青龙湖镇');
    expect(b.rows).toEqual([]);
  });
});

describe('a row reading with words left over never wins over a whole ordinary reading', () => {
  it('效益指标 missing 的表: the check of the form, not the rows', async () => {
    const { store, user, answer } = await adminStoreOf('web:rowcells2', [
      formWithRows('社区讲座', '丙街道办事处', [row('产出指标', '数量指标', '讲座场次')]),
    ]);
    try {
      const a = await answer('效益指标 missing 的表有几张', user);
      expect(a.unplaced ?? []).toEqual([]);
      expect(a.text).toContain('缺效益指标');
    } finally {
      await store.close();
    }
  });
});

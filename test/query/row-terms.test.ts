import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRowCells } from '../../src/query/row-cells.ts';
import { rewriteRowCounts } from '../../src/query/row-count-words.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { bareRowName, isKindTerm, namesSaidInFull } from '../../src/query/row-terms.ts';
import { type AskedReply, adminStoreOf, formWithRows, indicatorRow as row } from './known-store.ts';

/**
 * How a row's name in a question is matched against the store's rows (row-terms.ts, row-answer.ts): a kind of the
 * templates by the 一级 / 二级指标 only, a name said in full as that row, a name no row carries refused; a column
 * added up; the rows asked for when the projects are only where they are. Wordings of our own, and cases that must
 * still be refused.
 */
describe('row names as said', () => {
  it('the kinds of the templates, with or without 指标 / 类', () => {
    for (const t of ['质量', '产出指标', '效益类', '社会效益', '满意度', '可持续影响', '成本'])
      expect(isKindTerm(t), t).toBe(true);
    for (const t of ['培训人数', '群众满意度', '项目完成率', '质量达标率'])
      expect(isKindTerm(t), t).toBe(false);
  });
  it('a name said in full, whatever the numbering and spaces of the cell', () => {
    expect(bareRowName('指标1： 培训 人数')).toBe('培训人数');
    expect(namesSaidInFull('培训人数', ['培训人数', '指标2：培训人数', '完成培训人数统计'])).toEqual([
      '培训人数',
      '指标2：培训人数',
    ]);
    expect(namesSaidInFull('培训', ['培训人数'])).toEqual([]);
  });
});

describe('reading what is asked of rows', () => {
  it('a column added up is one figure, not a list', () => {
    for (const [q, sum] of [
      ['效益指标得分一共多少', 'score'],
      ['产出指标的分值加起来是多少', 'weight'],
      ['甲项目满意度指标分值合计', 'weight'],
      ['时效指标扣分总共是多少', 'lost'],
      ['质量指标合计得分多少分', 'score'],
    ] as const)
      expect(readRowQuestion(q, false), q).toMatchObject({ output: 'sumColumn', sum });
    // a row's own figure is not added up
    expect(readRowQuestion('质量指标的分值是多少', false)?.output).toBe('rows');
  });

  it('the rows asked for when the projects are only where they are', () => {
    for (const q of [
      '大红门街道的项目里，哪些指标扣了分',
      '2040年的项目里质量指标的实际完成值',
      '甲街道的表上哪几条指标偏差原因写了东西',
    ])
      expect(readRowQuestion(q, false)?.output, q).toBe('rows');
    expect(readRowQuestion('质量指标扣了分的项目', false)?.output).toBe('projects');
    expect(readRowQuestion('哪些项目的质量指标扣了分', false)?.output).toBe('projects');
  });

  it('里 after 项目 is where the rows are, no part of the row’s name', () => {
    expect(readRowQuestion('2040年的项目里质量指标一共有几条', false)).toMatchObject({
      term: '质量',
      output: 'countRows',
    });
    expect(readRowQuestion('这些项目里面成本指标有几条', false)?.term).toBe('成本');
  });

  it('a cell said to hold something (写了东西, 有内容, 不是空的) is filled, never the words 东西 / 内容', () => {
    for (const q of [
      '偏差原因写了东西的指标',
      '偏差原因有写的指标都列一下',
      '实际完成值那一栏有内容的指标',
      '年度指标值不是空的指标有几条',
    ])
      expect(
        readRowCells(q).cells.filter((c) => 'text' in c),
        q,
      ).toEqual([]);
    expect(readRowCells('偏差原因写了东西的指标').cells).toEqual([{ column: 'deviation', blank: false }]);
    expect(readRowCells('实际完成值写“达到目标”的指标').cells).toEqual([
      { column: 'actual', text: '达到目标', exact: false },
    ]);
  });

  it('counts of rows said with 行, a count restating the rows, the whole store, the rows only', () => {
    expect(readRowQuestion('全部表里，二级指标是生态效益指标的一共多少行', false)).toMatchObject({
      term: '生态效益',
      output: 'countRows',
      rest: '',
    });
    expect(readRowQuestion('甲项目两条质量指标的分值加一起是多少', false)).toMatchObject({
      term: '质量',
      output: 'sumColumn',
      rest: '甲', // 项目 is read again by the ordinary parser as a word of the scope
    });
    expect(readRowQuestion('满意度这个一级指标下面，被扣了分的指标全库一共多少条', false)).toMatchObject({
      term: '满意度',
      score: 'lost',
      rest: '',
    });
    // the budget row is no indicator row: saying so leaves nothing over
    expect(readRowQuestion('甲项目那些指标的得分加起来一共多少（不算预算执行那行）', false)).toMatchObject({
      output: 'sumColumn',
      rest: '甲',
    });
    expect(readRowQuestion('乙街道每个项目各被扣了多少分（只算指标那几行）', false)).toMatchObject({
      output: 'sumLost',
      rest: '乙街道',
    });
  });

  it('words in a row’s name, a score of nothing, 扣过分', () => {
    expect(readRowCells('三级指标名称里带“满意度”三个字的有多少条').cells).toEqual([
      { column: 'name', text: '满意度', exact: false },
    ]);
    expect(readRowCells('指标名字中含有培训的').cells).toEqual([
      { column: 'name', text: '培训', exact: false },
    ]);
    for (const q of ['有多少条指标是一分没得的（得分0分）', '满意度指标一分都没拿到的有几条'])
      expect(readRowCells(q).cells, q).toEqual([{ column: 'score', op: '=', value: 0 }]);
    expect(readRowQuestion('被扣过分的三级指标一共有多少条', false)?.score).toBe('lost');
    // 一分没拿满 is no score of 0
    expect(readRowCells('一分没拿满的指标').cells).toEqual([]);
  });

  it('项目的数量指标 is the 数量 rows of the project, not a count of projects', () => {
    expect(readRowQuestion('重点区域管控项目的数量指标都是啥，列一下', false)).toMatchObject({
      term: '数量',
      output: 'rows',
    });
    expect(readRowQuestion('设了数量指标的项目的数量', false)?.output).toBe('countProjects');
  });

  it('the budget row is no indicator row; a question ending in 的指标 asks for rows', () => {
    // no row question, or one answer.ts keeps only where a form has a row of that whole name (budgetWord)
    for (const q of ['预算执行这个指标没拿满分的项目', '年度资金总额这个指标得了几分']) {
      const read = readRowQuestion(q, false);
      expect(read === null || read.budgetWord === true, q).toBe(true);
    }
    expect(readRowQuestion('甲项目得分最高的指标', true)).toMatchObject({
      output: 'topColumn',
      top: { column: 'score', dir: 'desc' },
    });
    expect(readRowQuestion('分值最小的是哪条指标', false)?.top).toEqual({ column: 'weight', dir: 'asc' });
  });

  it('each project’s count of rows and its average, said in several orders', () => {
    expect(rewriteRowCounts('每个项目有几条指标')).toBe('每个项目的指标数');
    expect(rewriteRowCounts('各表分别几条三级指标')).toBe('每个项目的指标数');
    expect(rewriteRowCounts('每张表平均几条三级指标')).toBe('平均指标数');
    expect(rewriteRowCounts('每个项目平均有多少条指标')).toBe('平均指标数');
    // a kind of row is not all rows: left as it is
    expect(rewriteRowCounts('每个项目有几条产出指标')).toBe('每个项目有几条产出指标');
  });
});

describe('answered from the rows', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store, ask: asked } = await adminStoreOf('web:rowterms', [
      formWithRows('社区培训', '甲街道办事处', [
        row('产出指标', '数量指标', '培训人数', { target: '100人', actual: '90人', weight: 20, score: 18 }),
        row('产出指标', '质量指标', '培训合格率', { weight: 20, score: 20 }),
        row('产出指标', '时效指标', '2040年6月前完成培训人数统计', { target: '6月前', actual: '按期' }),
        // the word 质量 in a 三级指标 under 社会效益指标: not a 质量指标
        row('效益指标', '社会效益指标', '提升服务质量', { weight: 10, score: 10, deviation: '' }),
        row('满意度指标', '服务对象满意度指标', '学员满意度', {
          weight: 10,
          score: 8,
          deviation: '个别学员不满意',
        }),
      ]),
      formWithRows('路灯维护', '乙街道办事处', [
        row('产出指标', '质量指标', '路灯亮灯率', { weight: 30, score: 25, deviation: '设备老化' }),
        row('效益指标', '社会效益指标', '夜间出行安全', { weight: 20, score: 20 }),
      ]),
    ]);
    close = () => store.close();
    ask = asked;
  });
  afterAll(async () => close?.());

  it('质量指标 is the 质量 kind of rows, not a 三级指标 holding the word', async () => {
    const a = await ask('社区培训的质量指标得分');
    expect(a.rows.map((r) => r[5])).toEqual(['培训合格率']);
    expect((await ask('质量指标一共有几条')).rows).toEqual([['2']]);
    expect((await ask('质量指标有几个项目设了')).rows).toEqual([['2']]);
  });

  it('a row named in full is that row, not every row whose name holds it', async () => {
    const a = await ask('社区培训的“培训人数”这个指标年度指标值是多少');
    expect(a.rows.map((r) => r[5])).toEqual(['培训人数']);
    expect(a.text).toContain('名称为「培训人数」');
    // a piece of names still matches by containment
    expect((await ask('培训这个指标有几条')).rows).toEqual([['3']]);
  });

  it('a row’s name said without 指标, after its project', async () => {
    const a = await ask('社区培训里培训人数的实际完成值');
    expect(a.rows.map((r) => [r[5], r[6]])).toEqual([['培训人数', '90人']]);
  });

  it('a column added up over the rows, with each project’s part', async () => {
    const a = await ask('社区培训的产出指标分值一共多少');
    expect(a.text).toContain('分值合计 50 分');
    const b = await ask('质量指标得分加起来是多少');
    expect(b.text).toContain('2 个项目的 2 条指标得分合计 45 分');
    expect(b.rows.map((r) => [r[0], r[3]]).sort()).toEqual([
      ['社区培训', '20'],
      ['路灯维护', '25'],
    ]);
  });

  it('the rows asked for, the projects only where they are', async () => {
    const a = await ask('甲街道的项目里，哪些指标扣了分');
    expect(a.rows.map((r) => r[5])).toEqual(['培训人数', '学员满意度']);
    const b = await ask('偏差原因写了东西的指标有几条');
    expect(b.rows).toEqual([['2']]);
  });

  it('扣过分 said of the rows counted is the rows’ condition, not a condition of the form', async () => {
    // 社区培训 has 2 rows that lost points of 5: never all 5 rows of a form that lost some
    expect((await ask('甲街道所有项目加起来，被扣过分的三级指标一共有多少条')).rows).toEqual([['2']]);
    expect((await ask('三级指标名称里带“满意度”三个字的有多少条')).rows).toEqual([['1']]);
    expect((await ask('社区培训那些指标的得分加起来一共多少（不算预算执行那行）')).text).toContain(
      '得分合计 66 分',
    );
  });

  it('the row with the highest or lowest 分值 / 得分, ties kept', async () => {
    for (const q of [
      '社区培训的指标中哪条得分最低',
      '社区培训得分最低的指标',
      '社区培训里得分最少的是哪条指标',
    ]) {
      const a = await ask(q);
      expect(
        a.rows.map((r) => r[5]),
        q,
      ).toEqual(['学员满意度']);
    }
    const b = await ask('分值最高的是哪条指标');
    expect(b.rows.map((r) => r[5])).toEqual(['路灯亮灯率']);
  });

  it('the projects having such rows are grouped or ranked as any projects; a column of the rows is not', async () => {
    // (was: refused) 路灯维护 of 乙街道 lost points on its 质量指标, 社区培训 did not
    const grouped = await ask('质量指标扣分的，按主管部门数一数各几个项目');
    expect(grouped.rows).toEqual([['乙街道办事处', '1']]);
    const top = await ask('质量指标扣了分的项目里预算最多的是哪个');
    expect(top.rows.map((r) => r[0])).toEqual(['路灯维护']);
    // a row's cell asked with a grouping of the forms: said, never dropped
    const a = await ask('质量指标的得分是多少，按街道统计');
    expect(a.text).toContain('未作查询');
    expect(a.rows).toEqual([]);
  });

  it('the budget row named as an indicator is the project’s 预算执行 (年度资金总额那一行)', async () => {
    const a = await ask('预算执行这个指标没拿满分的项目');
    expect(a.text).toContain('预算执行得分低于预算执行分值');
    const b = await ask('社区培训的年度资金总额那一行得分');
    expect(b.columns).toContain('预算执行得分');
    expect(b.columns).not.toContain('总分');
  });

  it('每个项目有几条指标: each project’s count', async () => {
    const a = await ask('每个项目有几条指标');
    expect(a.columns).toContain('绩效指标数');
    expect(a.rows.map((r) => r.at(-1)).sort()).toEqual(['2', '5']);
  });

  it('没拿满10分: the number is the full mark, never a 总分 of 10', async () => {
    const a = await ask('满意度指标没拿满10分的项目');
    expect(a.text).not.toContain('总分为10');
    expect(a.rows.map((r) => r[0])).toEqual(['社区培训']);
  });

  it('still refused: a name no row carries, a word nobody placed', async () => {
    // 维护 is a piece of a project's name, and no row is named so: never "0 rows"
    const a = await ask('维护这个指标有几条');
    expect(a.text).toContain('未作查询');
    expect(a.rows).toEqual([]);
    const b = await ask('社区培训里青龙湖的实际完成值');
    expect(b.text).toMatch(/没有看懂|未作查询/);
    expect(b.rows).toEqual([]);
    const c = await ask('质量指标有几条是青龙湖镇的');
    expect(c.rows).toEqual([]);
  });
});

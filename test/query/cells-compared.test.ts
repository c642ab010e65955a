/**
 * Questions about the form's cells (issue 10, unseen un-i20 i21 i25 i26 i01 o20, shapes sh-b-column-10 -17, fresh
 * fr-ind-21 fr-scope-06): two cells compared (那格跟…写得一字不差, 这两格填的不一样), both of two cells filled (两格都
 * 填了), the shape of a number written in a cell (带小数 / 不是整数), no row or exactly N rows of indicators (一条三级
 * 指标都没有, 只填了两条), and the word of each after the kind of group (负责人各自…, 每个部门各自…). Wordings of our
 * own over a store of our own; what the language cannot hold stays unplaced.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { type AskedReply, adminStoreOf } from './known-store.ts';
import { understoodBy } from './understood.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市密云区溪翁庄镇人民政府',
    implementingUnit: '溪翁庄镇农业服务中心',
    owner: '王建国',
    projectName: '水库周边绿化养护',
    year: 2024,
  },
  {
    department: '北京市密云区溪翁庄镇人民政府',
    implementingUnit: '北京市密云区溪翁庄镇人民政府',
    owner: '王秀兰',
    projectName: '镇村道路修缮',
    year: 2024,
  },
  {
    department: '北京市密云区果园街道办事处',
    implementingUnit: '果园街道社区建设办公室',
    owner: '孙立',
    projectName: '老旧小区楼道照明',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
const understood = understoodBy(parse);
const filtersOf = (q: string) => understood(q).filters;

describe('two text cells compared as written', () => {
  it.each([
    ['实施单位那一栏跟主管部门写得一模一样的项目', 'implementingUnit', 'department', true],
    ['主管部门和实施单位这两栏填的不一样的有几个', 'department', 'implementingUnit', false],
    ['项目名称与实施单位一字不差的表', 'projectName', 'implementingUnit', true],
    ['实施单位那格同主管部门那格对不上的项目', 'implementingUnit', 'department', false],
    ['2024年实施单位和主管部门完全相同的项目有哪些', 'implementingUnit', 'department', true],
  ])('%s', (q, left, right, equal) => {
    expect(filtersOf(q)).toContainEqual({ type: 'sameText', left, right, equal } as Filter);
  });

  it('a count asked keeps the comparison', () => {
    const query = understood('实施单位跟主管部门写得一字不差的有几个');
    expect(query.measures).toEqual([{ fn: 'count' }]);
  });
});

describe('two number cells compared, said with their places', () => {
  it.each([
    ['预算执行得分那格跟分值那格写得一样的项目', 'budgetScore', '=', 'budgetWeight'],
    ['年度资金总额那一行，分值跟得分填得不一样的表', 'budgetWeight', '<>', 'budgetScore'],
    ['满意度得分和分值对不上的项目', 'satisfactionScore', '<>', 'satisfactionWeight'],
    ['预算执行分值跟得分一样的项目', 'budgetWeight', '=', 'budgetScore'],
    ['年初预算数和全年执行数这两格对得上的', 'initialBudget', '=', 'executed'],
    ['全年预算那一栏与全年执行数那一栏一字不差的项目有几个', 'annualBudget', '=', 'executed'],
  ])('%s', (q, left, op, right) => {
    // either way round: 分值跟得分 is 得分跟分值
    const f = filtersOf(q).find((x) => x.type === 'fields') as Extract<Filter, { type: 'fields' }>;
    expect(f?.op).toBe(op);
    expect(new Set([f.left, f.right])).toEqual(new Set([left, right]));
  });

  it('cells of different kinds are no comparison: the words stay unplaced', () => {
    expect(parse('总分那格和执行率那格一样的项目').unplaced.length).toBeGreaterThan(0);
  });
});

describe('both of two cells', () => {
  it.each([
    ['联系电话和负责人两栏都填了的有几个', false],
    ['年初预算和全年预算这两格都没填的项目', true],
    ['负责人跟联系电话两格都写了的项目', false],
  ])('%s', (q, empty) => {
    const filters = filtersOf(q);
    expect(filters).toHaveLength(2);
    for (const f of filters) expect(f).toMatchObject({ type: 'empty', empty });
  });
});

describe('the shape of a number in its cell', () => {
  it.each([
    ['总分带小数的项目有几个', 'totalScore', true],
    ['表上执行率那一栏写的是整数的', 'statedRate', false],
    ['执行率那格填的不是整数的项目', 'statedRate', true],
    ['满意度得分不是整数的项目', 'satisfactionScore', true],
    ['预算执行得分写成了小数的', 'budgetScore', true],
    ['总分没有小数的表', 'totalScore', false],
    ['执行率是整数的项目', 'executionRate', false],
  ])('%s', (q, field, fraction) => {
    expect(filtersOf(q)).toContainEqual({ type: 'fraction', field, fraction } as Filter);
  });

  it('an amount is kept in 万元, not as written: 预算写了小数 stays unplaced', () => {
    expect(parse('全年预算写了小数的项目').unplaced).toContain('小数');
  });

  it('是小数 is never a slip for 是整数 (the opposite)', () => {
    const p = parse('年初预算是小数的项目');
    expect(p.corrected).toEqual([]);
    expect(p.unplaced).toContain('小数');
  });
});

describe('no row, or exactly N rows, of indicators', () => {
  it.each([
    ['一条三级指标都没有的表', '=', 0],
    ['绩效指标一条也没写的项目有几个', '=', 0],
    ['没有任何三级指标的项目', '=', 0],
    ['三级指标为0条的表', '=', 0],
    ['只填了三条三级指标的表', '=', 3],
    ['三级指标只有1条的项目', '=', 1],
    ['仅写了4条绩效指标的项目有哪些', '=', 4],
  ])('%s', (q, op, value) => {
    expect(filtersOf(q)).toContainEqual({ type: 'compare', field: 'indicatorCount', op, value } as Filter);
  });

  it('a row of a named kind is not all rows: 一条效益指标都没有 is no count of every row', () => {
    const filters = parse('一条效益指标都没有的表').query?.filters ?? [];
    expect(filters).not.toContainEqual(expect.objectContaining({ field: 'indicatorCount' }));
  });
});

describe('the word of each after the kind of group', () => {
  it.each([
    ['负责人各自负责几个项目', 'owner'],
    ['主管部门分别有多少个项目', 'department'],
    ['实施单位各自全年预算合计多少', 'implementingUnit'],
    ['姓王的负责人各管多少个项目', 'owner'],
    ['部门各自有几个项目', 'department'],
  ])('%s', (q, groupBy) => {
    expect(understood(q).groupBy).toBe(groupBy);
  });

  it.each([
    ['每个部门各自执行率最低的项目', 'department'],
    ['各实施单位分别全年预算最多的项目', 'implementingUnit'],
  ])('%s: the grouping said again', (q, per) => {
    const query = understood(q);
    expect(query.per ?? query.groupBy).toBe(per);
  });

  it('负责人分别是谁 asks for the people of the projects named, no grouping', () => {
    const query = understood('水库周边绿化养护和镇村道路修缮的负责人分别是谁');
    expect(query.groupBy).toBeUndefined();
    expect(query.select).toContain('owner');
  });
});

describe('a cell with its place and the verb of writing before the value', () => {
  it.each([
    ['表尾联系电话那格填67270318的是哪个项目', '67270318'],
    ['电话那一栏写的是80856942的项目', '80856942'],
    ['联系电话栏里填了13912345678的有几个', '13912345678'],
  ])('%s', (q, digits) => {
    expect(filtersOf(q)).toContainEqual({ type: 'phone', digits } as Filter);
  });

  it.each([
    ['实际完成情况那格只写了“按期完工”四个字的项目有几个', 'goalsActual', '按期完工'],
    ['年度目标那栏就写了“保障运转”的', 'goalsExpected', '保障运转'],
    ['实际完成情况写了“已完成”三个字的项目', 'goalsActual', '已完成'],
  ])('%s: the cell holds that and nothing more', (q, field, text) => {
    expect(filtersOf(q)).toContainEqual({ type: 'text', field, text, exact: true } as Filter);
  });

  it('写了X without 只 or its characters counted is any cell containing it', () => {
    expect(filtersOf('实际完成情况里写了“验收”的项目')).toContainEqual({
      type: 'text',
      field: 'goalsActual',
      text: '验收',
    } as Filter);
  });
});

function form(
  over: Partial<FormRecord>,
  funds: { rate?: string; score?: number; weight?: number } = {},
): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: '10', value: 10 };
  r.funds.total.executed = { raw: '10', value: 10 };
  if (funds.rate) r.funds.total.rate = { raw: funds.rate, value: Number.parseFloat(funds.rate) };
  if (funds.score !== undefined) r.funds.total.score = { raw: String(funds.score), value: funds.score };
  if (funds.weight !== undefined) r.funds.total.weight = { raw: String(funds.weight), value: funds.weight };
  return { ...r, year: 2024, owner: '王建国', ...over };
}

describe('answered over a store', () => {
  let ask: (q: string) => Promise<AskedReply>;
  beforeAll(async () => {
    ({ ask } = await adminStoreOf('web:cells-compared', [
      form(
        {
          projectName: '甲项目',
          department: '溪翁庄镇人民政府',
          implementingUnit: '溪翁庄镇人民政府',
          totalScore: 92.5,
        },
        { rate: '99.5%', score: 10, weight: 10 },
      ),
      form(
        {
          projectName: '乙项目',
          department: '溪翁庄镇人民政府',
          implementingUnit: '溪翁庄 镇人民政府',
          totalScore: 95,
        },
        { rate: '100%', score: 9, weight: 10 },
      ),
      form(
        {
          projectName: '丙项目',
          department: '溪翁庄镇人民政府',
          implementingUnit: '溪翁庄镇农业服务中心',
          totalScore: 88,
        },
        { rate: '80%', score: 8, weight: 10 },
      ),
      form({ projectName: '戊项目', goals: { expected: '', actual: '按期完工。' } }),
      form({ projectName: '己项目', goals: { expected: '', actual: '按期完工，验收合格' } }),
      form({
        projectName: '丁项目',
        department: '溪翁庄镇人民政府',
        implementingUnit: null,
        totalScore: null,
      }),
    ]));
  });

  it('written alike, whitespace aside; an empty cell is neither alike nor different', async () => {
    expect((await ask('实施单位那格跟主管部门写得一字不差的项目有几个')).rows).toEqual([['2']]);
    expect((await ask('实施单位和主管部门不一样的项目有几个')).rows).toEqual([['1']]);
  });

  it('a number with a fraction, as written; an empty cell is neither', async () => {
    const decimals = await ask('总分那格写了小数的是哪几个');
    expect(decimals.rows.map((r) => r[0])).toEqual(['甲项目']);
    expect((await ask('总分是整数的项目有几个')).rows).toEqual([['2']]);
    expect((await ask('执行率那格填的不是整数的有几个')).rows).toEqual([['1']]);
  });

  it('只写了X counts the cells holding X alone (a closing full stop aside), 写了X every cell containing it', async () => {
    expect((await ask('实际完成情况那格只写了“按期完工”四个字的项目有几个')).rows).toEqual([['1']]);
    expect((await ask('实际完成情况里写了“按期完工”的项目有几个')).rows).toEqual([['2']]);
  });

  it('the budget row: 得分 and 分值 written alike', async () => {
    expect((await ask('年度资金总额那行，得分那格跟分值那格填得一样的表有几张')).rows).toEqual([['1']]);
  });
});

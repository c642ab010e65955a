/**
 * Counts of a form's rows and of its 分值 said as staff say them (issue 10, qcolumn): 三级指标超过N条 / 有N条以上指标 /
 * 指标最少的表 / 平均几条指标 (indicator_count), N条指标被扣分 (rows_below_weight), and 分值加起来超过100 (the 分值
 * of every row added up, migration 040). Wordings of our own, over a store of our own; a row of a named kind and a
 * number that is not a count of rows are never read as one, and the WEIGHT_SUM check keeps its words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { rewriteRowCounts } from '../../src/query/row-count-words.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { adminStoreOf } from './known-store.ts';
import { understoodBy } from './understood.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市怀柔区雁栖镇人民政府',
    implementingUnit: '雁栖镇农业服务中心',
    owner: '石晓峰',
    projectName: '2024年板栗林病虫害防治',
    year: 2024,
  },
  {
    department: '北京市怀柔区雁栖镇人民政府',
    implementingUnit: '雁栖镇社会事务办公室',
    owner: '严秋',
    projectName: '雁栖镇老年食堂运营补贴',
    year: 2024,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
const understood = understoodBy(parse);
const cmp = (field: string, op: string, value: number) => ({ type: 'compare', field, op, value }) as Filter;

describe('how many rows a form has', () => {
  it.each([
    ['三级指标超过8条的项目', '>', 8],
    ['绩效指标多于十二条的表', '>', 12],
    ['三级指标不足6个的项目有几个', '<', 6],
    ['三级指标一共有7条以上的项目', '>=', 7],
    ['指标写了不超过5行的表', '<=', 5],
    ['有九条以上三级指标的项目', '>=', 9],
    ['少于4条指标的表有哪些', '<', 4],
    ['雁栖镇三级指标的条数超过6的项目', '>', 6],
    ['指标行数低于3的表', '<', 3],
    ['有6条三级指标的项目', '=', 6],
  ])('%s', (q, op, n) => {
    expect(understood(q).filters).toContainEqual(cmp('indicatorCount', op, n));
  });

  it('ranks and averages the count', () => {
    const most = understood('雁栖镇的表里三级指标写得最多的是哪个');
    expect(most.order).toEqual({ by: 'indicatorCount', dir: 'desc' });
    expect(understood('指标最少的2个项目').order).toEqual({ by: 'indicatorCount', dir: 'asc' });
    expect(understood('平均每个项目有多少条三级指标').measures).toEqual([
      { fn: 'avg', field: 'indicatorCount' },
    ]);
  });

  it('counts the rows that lost points when the rows counted are said to have lost them', () => {
    expect(understood('有两条以上指标被扣了分的项目').filters).toContainEqual(
      cmp('rowsBelowWeight', '>=', 2),
    );
    expect(understood('三级指标有3条没拿满分的表有几张').filters).toContainEqual(
      cmp('rowsBelowWeight', '=', 3),
    );
    expect(understood('有2条指标得分超过分值的项目').filters).toContainEqual(cmp('rowsAboveWeight', '=', 2));
  });

  it('is no row question once read as a count', () => {
    expect(readRowQuestion('三级指标超过8条的项目', true)).toBeNull();
    expect(readRowQuestion('有九条以上三级指标的项目', true)).toBeNull();
  });

  it('leaves rows of a named kind, a row with a condition of its own and numbers of another kind alone', () => {
    for (const q of [
      '满意度指标有2条的项目',
      '产出指标超过5个的项目',
      '有一条三级指标分值填了30分的表',
      '满意度指标得分低于8分的项目',
      '执行率超过90%的项目',
      '雁栖镇有多少条三级指标',
    ])
      expect(rewriteRowCounts(q), q).not.toMatch(/指标数/);
  });

  it('still reports what it cannot place around a count', () => {
    const p = parse('三级指标超过8条而且审核过的项目');
    expect(p.unplaced.join('')).toContain('审核');
  });
});

describe('the 分值 of every row added up', () => {
  it.each([
    ['分值加起来超过100分的表', '>', 100],
    ['各项分值合计大于一百的项目有哪些', '>', 100],
    ['哪些项目权重之和不到100', '<', 100],
    ['分值总和少于95分的表有几张', '<', 95],
    ['雁栖镇分值相加等于110的项目', '=', 110],
    ['满分加起来不够100的表', '<', 100],
  ])('%s', (q, op, n) => {
    expect(understood(q).filters).toContainEqual(cmp('weightSum', op, n));
  });

  it('said to be wrong or not 100 it stays the WEIGHT_SUM check', () => {
    for (const q of ['分值合计不等于100的项目', '分值加起来不对的表', '权重合计有问题的项目'])
      expect(understood(q).filters, q).toContainEqual({ type: 'finding', codes: ['WEIGHT_SUM'] });
  });

  it('ranks and shows it', () => {
    expect(understood('分值合计最高的3个项目').order).toEqual({ by: 'weightSum', dir: 'desc' });
  });
});

function form(name: string, budgetWeight: number | null, weights: number[], lost = 0): FormRecord {
  const r = emptyRecord();
  r.year = 2044;
  r.department = '北京市怀柔区雁栖镇人民政府';
  r.implementingUnit = '雁栖镇农业服务中心';
  r.projectName = name;
  r.funds.total.annualBudget = { raw: '50', value: 50 };
  r.funds.total.executed = { raw: '50', value: 50 };
  r.funds.total.weight =
    budgetWeight === null ? { raw: '', value: null } : { raw: String(budgetWeight), value: budgetWeight };
  r.indicators = weights.map((w, i) => ({
    level1: '产出指标',
    level2: '数量指标',
    name: `指标${i}`,
    target: '1',
    actual: '1',
    weight: w,
    score: i < lost ? w - 1 : w,
    deviation: '',
    weightRaw: String(w),
    scoreRaw: String(i < lost ? w - 1 : w),
  }));
  return r;
}

describe('answered from the store', () => {
  let ctx: Awaited<ReturnType<typeof adminStoreOf>>;
  const names = async (q: string) => {
    const reply = await ctx.answer(q, ctx.user);
    return (reply.table?.rows ?? []).map((r) => r[0]).sort();
  };
  beforeAll(async () => {
    ctx = await adminStoreOf('web:row-counts', [
      // 10 + 9 × 10 = 100, nine rows
      form('板栗林防治', 10, Array(9).fill(10)),
      // 10 + 12 × 10 = 130, twelve rows, two of them lost a point
      form('食堂运营', 10, Array(12).fill(10), 2),
      // 10 + 50 + 30 = 90, two rows
      form('道路养护', 10, [50, 30]),
      // nothing to add up: no budget 分值, no rows
      form('空白表', null, []),
    ]);
  });
  afterAll(async () => {
    await ctx?.store.close();
  });

  it('compares the sum of the 分值 with a number', async () => {
    expect(await names('分值加起来超过100分的表')).toEqual(['食堂运营']);
    expect(await names('分值合计不到100的项目')).toEqual(['道路养护']);
    expect(await names('分值总和等于100的项目')).toEqual(['板栗林防治']);
  });

  it('compares and ranks the number of rows', async () => {
    expect(await names('三级指标超过10条的项目')).toEqual(['食堂运营']);
    expect(await names('有9条以上指标的表')).toEqual(['板栗林防治', '食堂运营']);
    expect(await names('三级指标不到3条的项目')).toEqual(['空白表', '道路养护'].sort());
    expect(await names('有两条以上指标被扣分的项目')).toEqual(['食堂运营']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { followReaderOf } from './follow-reader.ts';

const VOCAB = vocabularyOf([
  {
    department: '大红门街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '王丽',
    projectName: '社区养老服务',
    year: 2023,
  },
  {
    department: '通州区发展和改革委员会',
    implementingUnit: '产业发展科',
    owner: '赵明',
    projectName: '2023年节能专项资金',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2023);

describe('多少钱 with no money named: the projects’ 全年预算, said so', () => {
  it.each([
    ['大红门的项目一共多少钱', { fn: 'sum', field: 'annualBudget' }],
    ['赵明负责的项目总共是多少钱', { fn: 'sum', field: 'annualBudget' }],
    ['平均每个项目多少钱', { fn: 'avg', field: 'annualBudget' }],
  ])('%s', (q, measure) => {
    const { query, unplaced, corrected } = parse(q);
    expect(unplaced).toEqual([]);
    expect(query?.measures).toEqual([measure]);
    expect(corrected).toContainEqual(['多少钱', '全年预算数']);
  });

  it.each([
    ['赵明负责的项目一共多少万', '多少万'],
    ['大红门的项目总共多少万元', '多少万元'],
    ['大红门一共多少块钱', '多少块钱'],
    ['赵明手上的项目合计多少元', '多少元'],
  ])('an amount asked in its unit is a sum of money, never a count: %s', (q, said) => {
    const { query, unplaced, corrected } = parse(q);
    expect(unplaced).toEqual([]);
    expect(query?.measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    expect(corrected).toContainEqual([said, '全年预算数']);
  });

  it.each([
    ['赵明一共负责多少万的项目，按全年执行数算', 'executed'],
    ['大红门的项目一共多少钱，以年初预算为准', 'initialBudget'],
    ['大红门总共多少万？按执行数来算', 'executed'],
  ])('a last clause naming the money says which money the amount is: %s', (q, field) => {
    const { query, unplaced } = parse(q);
    expect(unplaced).toEqual([]);
    expect(query?.measures).toEqual([{ fn: 'sum', field }]);
  });

  it('a count asked after the amount stays a count', () => {
    expect(parse('大红门多少万的项目有几个').query?.measures).toEqual([{ fn: 'count' }]);
  });

  it('one project’s 多少钱 is its 全年预算数', () => {
    expect(parse('社区养老服务多少钱').query?.select).toEqual(['annualBudget']);
  });

  it('a money field or a verb of spending named decides, as before', () => {
    expect(parse('大红门花了多少钱').query?.measures).toEqual([{ fn: 'sum', field: 'executed' }]);
    expect(parse('大红门的年初预算一共多少钱').query?.measures).toEqual([
      { fn: 'sum', field: 'initialBudget' },
    ]);
    for (const q of ['大红门花了多少钱', '大红门还剩多少钱没花', '大红门的年初预算一共多少钱'])
      expect(parse(q).corrected).not.toContainEqual(['多少钱', '全年预算数']);
  });

  it('after a count, 这些一共多少钱 totals the budget of that set (was: the count again)', () => {
    const { query } = followReaderOf(VOCAB, 2023);
    expect(query('这些一共多少钱', '总分低于96的项目有几个')).toEqual({
      filters: [{ type: 'compare', field: 'totalScore', op: '<', value: 96 }],
      measures: [{ fn: 'sum', field: 'annualBudget' }],
    });
  });
});

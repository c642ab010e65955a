import { describe, expect, it } from 'vitest';
import { describeQuery } from '../../src/query/describe.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { type PortfolioQuery, querySchema } from '../../src/query/query.ts';

const sat = { field: 'satisfactionGap' } as const;
const arithmetic = [
  'TOTAL_MISMATCH',
  'RATE_MISMATCH',
  'BUDGET_SCORE_MISMATCH',
  'WEIGHT_SUM',
  'INDICATOR_SCORE_DIFFERS',
];

/** Question → the query it must parse to. At least 40, both languages. */
const CASES: Array<[string, PortfolioQuery]> = [
  ['哪些项目缺少满意度调查?', { filters: [sat] }],
  ['哪些项目没有做满意度调查', { filters: [sat] }],
  ['列出未开展满意度调查的项目', { filters: [sat] }],
  ['Which projects have no satisfaction survey?', { filters: [sat] }],
  ['list projects missing a satisfaction indicator', { filters: [sat] }],
  ['执行率低于90%的项目', { filters: [{ field: 'executionRate', op: '<', value: 90 }] }],
  ['哪些项目执行率不足95%', { filters: [{ field: 'executionRate', op: '<', value: 95 }] }],
  ['预算执行率在80%以下的项目有哪些', { filters: [{ field: 'executionRate', op: '<', value: 80 }] }],
  ['执行率不低于100%的项目', { filters: [{ field: 'executionRate', op: '>=', value: 100 }] }],
  [
    'Which projects have an execution rate below 90%?',
    { filters: [{ field: 'executionRate', op: '<', value: 90 }] },
  ],
  [
    'projects with execution rate under 85 percent',
    { filters: [{ field: 'executionRate', op: '<', value: 85 }] },
  ],
  ['总分低于90分的项目', { filters: [{ field: 'totalScore', op: '<', value: 90 }] }],
  ['哪些项目得分在80分以下', { filters: [{ field: 'totalScore', op: '<', value: 80 }] }],
  ['列出总分不高于95的项目', { filters: [{ field: 'totalScore', op: '<=', value: 95 }] }],
  ['Which projects scored below 80 points?', { filters: [{ field: 'totalScore', op: '<', value: 80 }] }],
  ['list projects with a total score under 90', { filters: [{ field: 'totalScore', op: '<', value: 90 }] }],
  ['等级为良的项目有哪些', { filters: [{ field: 'grade', op: '=', value: '良' }] }],
  ['哪些项目评级是差', { filters: [{ field: 'grade', op: '=', value: '差' }] }],
  ['which projects are rated good', { filters: [{ field: 'grade', op: '=', value: '良' }] }],
  ['哪些项目缺少偏差原因分析', { filters: [{ field: 'finding', codes: ['DEVIATION_MISSING'] }] }],
  [
    'Which projects are missing deviation reasons?',
    { filters: [{ field: 'finding', codes: ['DEVIATION_MISSING'] }] },
  ],
  ['哪些项目有算术错误', { filters: [{ field: 'finding', codes: arithmetic as never }] }],
  ['list projects with arithmetic errors', { filters: [{ field: 'finding', codes: arithmetic as never }] }],
  ['哪些项目总分算得不对', { filters: [{ field: 'finding', codes: ['TOTAL_MISMATCH'] }] }],
  [
    '哪些项目没有填项目负责人',
    { filters: [{ field: 'finding', codes: ['FIELD_MISSING'], paths: ['owner'] }] },
  ],
  ['哪些项目缺少联系电话', { filters: [{ field: 'finding', codes: ['FIELD_MISSING'], paths: ['phone'] }] }],
  [
    'which projects are missing an owner',
    { filters: [{ field: 'finding', codes: ['FIELD_MISSING'], paths: ['owner'] }] },
  ],
  ['哪些项目电话格式错误', { filters: [{ field: 'finding', codes: ['PHONE_FORMAT'] }] }],
  ['哪些项目没有效益指标', { filters: [{ field: 'finding', codes: ['BENEFIT_MISSING'] }] }],
  ['哪些项目金额单位可疑', { filters: [{ field: 'finding', codes: ['FUNDS_UNIT_SUSPECT'] }] }],
  ['有错误的项目有哪些', { filters: [{ field: 'severity', value: 'error' }] }],
  ['show projects with errors', { filters: [{ field: 'severity', value: 'error' }] }],
  [
    '2023年执行率低于90%的项目',
    {
      filters: [
        { field: 'executionRate', op: '<', value: 90 },
        { field: 'year', value: 2023 },
      ],
    },
  ],
  ['2020年度哪些项目缺少满意度调查', { filters: [sat, { field: 'year', value: 2020 }] }],
  [
    '大红门街道的项目执行率低于95%',
    {
      filters: [
        { field: 'executionRate', op: '<', value: 95 },
        { field: 'department', contains: '大红门街道' },
      ],
    },
  ],
  [
    '实施单位是社区建设办公室的项目',
    { filters: [{ field: 'implementingUnit', contains: '社区建设办公室' }] },
  ],
  ['王丽负责的项目有哪些', { filters: [{ field: 'owner', contains: '王丽' }] }],
  ['list projects owned by 王丽', { filters: [{ field: 'owner', contains: '王丽' }] }],
  ['按部门统计项目数量', { filters: [], groupBy: 'department', measures: ['count'] }],
  ['各部门预算合计和执行数合计', { filters: [], groupBy: 'department', measures: ['budget', 'executed'] }],
  ['how many projects per department', { filters: [], groupBy: 'department', measures: ['count'] }],
  [
    'total budget and executed amount by department',
    { filters: [], groupBy: 'department', measures: ['budget', 'executed'] },
  ],
  ['一共有多少个项目', { filters: [], measures: ['count'] }],
  ['按年度统计平均得分', { filters: [], groupBy: 'year', measures: ['avgScore'] }],
  ['哪些项目还没有提交', { filters: [{ field: 'status', value: 'notSubmitted' }] }],
  ['which projects have not been submitted yet', { filters: [{ field: 'status', value: 'notSubmitted' }] }],
  ['哪些项目还没检查', { filters: [{ field: 'status', value: 'notSubmitted' }] }],
  ['哪些项目还有待补充的内容', { filters: [{ field: 'status', value: 'incomplete' }] }],
  ['列出所有项目', { filters: [] }],
  ['我的项目', { filters: [] }],
];

const UNKNOWN = ['你好', '今天天气怎么样', '帮我写一首诗', 'what is the capital of France', '谢谢'];

describe('parseQuestion', () => {
  it(`has at least 40 questions in both languages (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(
      CASES.filter(([q]) => /[a-z]/i.test(q) && !/[\u4e00-\u9fff]{3}/.test(q)).length,
    ).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES)('%s', (question, expected) => {
    const parsed = parseQuestion(question);
    expect(parsed).toEqual(expected);
    expect(querySchema.safeParse(parsed).success).toBe(true);
  });

  it.each(UNKNOWN)('does not turn %s into a query', (question) => {
    expect(parseQuestion(question)).toBeNull();
  });

  it('echoes the query in Chinese', () => {
    expect(describeQuery(parseQuestion('2023年执行率低于90%的项目')!)).toBe(
      '查询：执行率 < 90%，且年度 = 2023',
    );
    expect(describeQuery(parseQuestion('按部门统计项目数量')!)).toBe(
      '查询：全部项目；按主管部门统计；计算项目数',
    );
  });
});

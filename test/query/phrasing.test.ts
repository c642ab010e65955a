/**
 * Questions as staff really type them: wrapped in politeness and discourse (请问, 麻烦帮我查一下, 谢谢, could you
 * please list …), numbers in words and full-width digits (八成五, 九十五点五分, 一个亿, ７５％, five, 2 million yuan),
 * English word order (full marks for budget execution) and places in pinyin (Tongzhou district). Each must mean the
 * same query as its plain form; a content word the data does not know must still be reported, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter, LeafFilter, PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

/** A small store's names: nothing here is a corpus form. */
const VOCAB = vocabularyOf([
  {
    department: '北京市通州区清河街道办事处',
    implementingUnit: '北京市通州区清河街道办事处',
    owner: '孙雅琴',
    projectName: '法律顾问',
    year: 2023,
  },
  {
    department: '通州区发展和改革委员会',
    implementingUnit: '规划科',
    owner: '陈志远',
    projectName: '2023年招商引资专项',
    year: 2023,
  },
  {
    department: '北京市朝阳区人民政府望京街道办事处',
    implementingUnit: '社区建设办公室',
    owner: '刘建华',
    projectName: '社区养老驿站运营补贴',
    year: 2022,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

const cmp = (field: string, op: string, value: number) =>
  ({ type: 'compare', field, op, value }) as LeafFilter;
const fields = (left: string, op: string, right: string) =>
  ({ type: 'fields', left, op, right }) as LeafFilter;
const isEmpty = (field: string) => ({ type: 'empty', field, empty: true }) as LeafFilter;
const finding = (...codes: string[]) => ({ type: 'finding', codes }) as LeafFilter;
const below = cmp('rowsBelowWeight', '>', 0);
const noSat: Filter = {
  type: 'any',
  filters: [isEmpty('satisfactionWeight'), cmp('satisfactionWeight', '=', 0)],
};

/** Politeness, the reasons and the people around a question carry no condition. */
const DISCOURSE: Array<[string, PortfolioQuery]> = [
  ['麻烦帮我查一下咱们单位目前执行率不到九成的项目，谢谢', { filters: [cmp('executionRate', '<', 90)] }],
  ['您好，能不能帮我看看联系电话没填的项目？辛苦了', { filters: [isEmpty('phone')] }],
  [
    '处长刚才让我逐个核对一下，执行率低于百分之八十的项目有哪些',
    { filters: [cmp('executionRate', '<', 80)] },
  ],
  [
    '请帮忙把扣了分却没写偏差原因的项目都找出来，方便我们逐一通知',
    { filters: [below, finding('DEVIATION_MISSING')] },
  ],
  ['能否列出所有负责人为空的项目，我们好去催一下', { filters: [isEmpty('owner')] }],
  [
    '老师好，请问总分最低的三个项目分别是哪几个？多谢',
    { filters: [], order: { by: 'totalScore', dir: 'asc' }, limit: 3 },
  ],
  ['嗨，我们科室想了解一下现在一共有多少个项目啊', { filters: [], measures: [{ fn: 'count' }] }],
  [
    '问一下哈，那个法律顾问的负责人是谁来着',
    {
      filters: [{ type: 'name', field: 'projectName', term: '法律顾问', values: ['法律顾问'] }],
      select: ['owner'],
    },
  ],
];

/** Numbers in words, decimals, full-width digits, 亿/千万 and English amounts. */
const NUMBERS: Array<[string, PortfolioQuery]> = [
  ['执行率在八成五以下的项目', { filters: [cmp('executionRate', '<', 85)] }],
  ['执行率低于九成五的有几个', { filters: [cmp('executionRate', '<', 95)], measures: [{ fn: 'count' }] }],
  ['执行率七成半以下', { filters: [cmp('executionRate', '<', 75)] }],
  ['总分九十五点五分以上的项目', { filters: [cmp('totalScore', '>=', 95.5)] }],
  ['执行率达到百分之九十九点五的项目', { filters: [cmp('executionRate', '>=', 99.5)] }],
  ['有没有预算一个亿以上的项目', { filters: [cmp('annualBudget', '>=', 10000)] }],
  ['预算两千万以上', { filters: [cmp('annualBudget', '>=', 2000)] }],
  ['执行率７５％以下的项目', { filters: [cmp('executionRate', '<', 75)] }],
  ['总分在九十到九十五之间的项目', { filters: [cmp('totalScore', '>=', 90), cmp('totalScore', '<=', 95)] }],
  ['projects with a budget over 2 million yuan', { filters: [cmp('annualBudget', '>', 200)] }],
  ['projects whose budget is more than 150 wan yuan', { filters: [cmp('annualBudget', '>', 150)] }],
  ['projects scoring below ninety-five points', { filters: [cmp('totalScore', '<', 95)] }],
];

/** English: the frame of a request, plurals, contractions, and what a mark is of after it. */
const ENGLISH: Array<[string, PortfolioQuery]> = [
  [
    'Could you please list the projects that have no satisfaction survey? Thanks',
    { filters: [{ type: 'satisfactionGap' }] },
  ],
  ["Which projects don't have a satisfaction indicator?", { filters: [noSat] }],
  [
    "I'd like to know which projects lost points on satisfaction",
    { filters: [fields('satisfactionScore', '<', 'satisfactionWeight')] },
  ],
  [
    'Which projects have a satisfaction score lower than full marks?',
    { filters: [fields('satisfactionScore', '<', 'satisfactionWeight')] },
  ],
  [
    'Which projects did not get full marks for budget execution?',
    { filters: [fields('budgetScore', '<', 'budgetWeight')] },
  ],
  [
    'projects where the budget execution score is not full',
    { filters: [fields('budgetScore', '<', 'budgetWeight')] },
  ],
  [
    'What are the five projects with the lowest execution rates?',
    { filters: [], order: { by: 'executionRate', dir: 'asc' }, limit: 5 },
  ],
  ['projects with deviation reasons missing, please', { filters: [finding('DEVIATION_MISSING')] }],
  ['Can you show me the projects with a missing contact number?', { filters: [isEmpty('phone')] }],
  [
    'I need a list of projects with an execution rate under 100%',
    { filters: [cmp('executionRate', '<', 100)] },
  ],
  ['Which projects didn’t write a reason for deviations?', { filters: [finding('DEVIATION_MISSING')] }],
  [
    'Find the projects where the initial budget and the annual budget are not the same.',
    { filters: [fields('initialBudget', '<>', 'annualBudget')] },
  ],
  [
    'What is the sum of the annual budgets of the 2023 projects?',
    { filters: [cmp('year', '=', 2023)], measures: [{ fn: 'sum', field: 'annualBudget' }] },
  ],
  ['Are there any projects whose owner field is blank?', { filters: [isEmpty('owner')] }],
];

/** Background clauses about the asker, names as staff shorten them, mixed scripts, comparisons said another way. */
const MORE: Array<[string, PortfolioQuery]> = [
  ['我在整理年底的汇报材料，想看看哪些项目没有设置满意度指标，麻烦列一下', { filters: [noSat] }],
  [
    '刚调到这个岗位，不太熟悉，请问预算最多的是哪个项目？',
    { filters: [], order: { by: 'annualBudget', dir: 'desc' }, limit: 1, ties: true },
  ],
  [
    '自查之前先确认：2023年全年执行数小于全年预算数的项目有哪些',
    { filters: [fields('executed', '<', 'annualBudget'), cmp('year', '=', 2023)] },
  ],
  [
    '望京街道的表我还没细看。他们一共报了几个项目？',
    {
      filters: [
        {
          type: 'name',
          field: 'department',
          term: '望京街道',
          values: ['北京市朝阳区人民政府望京街道办事处'],
        },
      ],
      measures: [{ fn: 'count' }],
    },
  ],
  [
    '养老运营补贴那个项目的负责人是谁',
    {
      filters: [
        { type: 'name', field: 'projectName', term: '养老运营补贴', values: ['社区养老驿站运营补贴'] },
      ],
      select: ['owner'],
    },
  ],
  [
    'Who is the owner of the project 社区养老驿站运营补贴?',
    {
      filters: [
        {
          type: 'name',
          field: 'projectName',
          term: '社区养老驿站运营补贴',
          values: ['社区养老驿站运营补贴'],
        },
      ],
      select: ['owner'],
    },
  ],
  ['which projects have no phone number filled in?', { filters: [isEmpty('phone')] }],
  [
    '有没有哪个项目的指标得分比分值还高？',
    { filters: [finding('SCORE_ABOVE_WEIGHT', 'BUDGET_WEIGHT_HOLDS_SCORE')] },
  ],
  ['满意度 indicator 缺失的项目', { filters: [noSat] }],
  // How many and which: the list answers both (it says how many).
  [
    '清河街道有几个项目总分低于90？具体是哪几个',
    {
      filters: [
        cmp('totalScore', '<', 90),
        {
          type: 'any',
          filters: [
            { type: 'name', field: 'department', term: '清河街道', values: ['北京市通州区清河街道办事处'] },
            {
              type: 'name',
              field: 'implementingUnit',
              term: '清河街道',
              values: ['北京市通州区清河街道办事处'],
            },
          ],
        },
      ],
    },
  ],
  // 电话多少 after a field that is no figure asks for its value.
  [
    '招商引资专项的负责人是谁，电话多少',
    {
      filters: [{ type: 'name', field: 'projectName', term: '招商引资专项', values: ['2023年招商引资专项'] }],
      select: ['owner', 'phone'],
    },
  ],
  [
    '陈志远管的项目有几个',
    {
      filters: [{ type: 'name', field: 'owner', term: '陈志远', values: ['陈志远'] }],
      measures: [{ fn: 'count' }],
    },
  ],
];

describe('questions as staff type them', () => {
  it.each(MORE)('%s', (question, expected) => {
    const parsed = parse(question);
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.query).toEqual(expected);
  });

  it.each([...DISCOURSE, ...NUMBERS, ...ENGLISH])('%s', (question, expected) => {
    const parsed = parse(question);
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.query).toEqual(expected);
  });

  it('reads a place or a person written in pinyin as the stored name it spells', () => {
    const place = parse('projects in Tongzhou District with an execution rate below 95%');
    expect(place.unplaced).toEqual([]);
    expect(JSON.stringify(place.query)).toContain('"term":"通州区"');
    const street = parse('how many projects does Qinghe Subdistrict have');
    expect(street.unplaced).toEqual([]);
    expect(JSON.stringify(street.query)).toContain('"term":"清河街道"');
    const person = parse('projects owned by Chen Zhiyuan');
    expect(person.query?.filters).toEqual([
      { type: 'name', field: 'owner', term: '陈志远', values: ['陈志远'] },
    ]);
  });

  it('reads an office named in English as the stored office, and leaves an unknown one unplaced', () => {
    const drc = parse('total budget of the Tongzhou District Development and Reform Commission');
    expect(drc.unplaced).toEqual([]);
    expect(JSON.stringify(drc.query)).toContain('"term":"通州区发展和改革委员会"');
    const office = parse('how many projects does the Community Construction Office have');
    expect(office.unplaced).toEqual([]);
    expect(JSON.stringify(office.query)).toContain('"values":["社区建设办公室"]');
    expect(parse('projects of the Education Bureau').unplaced).toEqual(['education', 'bureau']);
  });

  it.each([
    ['预算执行得分不等于执行率乘以分值的项目', { filters: [finding('BUDGET_SCORE_MISMATCH')] }],
    [
      'score not equal to the weight times the execution rate',
      { filters: [finding('BUDGET_SCORE_MISMATCH')] },
    ],
    ['satisfaction below full marks', { filters: [fields('satisfactionScore', '<', 'satisfactionWeight')] }],
    ['请逐项核对一下执行率低于90%的项目', { filters: [cmp('executionRate', '<', 90)] }],
    [
      'projects whose execution rate is between 80% and 95%',
      { filters: [cmp('executionRate', '>=', 80), cmp('executionRate', '<=', 95)] },
    ],
    [
      'Sort the 2022 projects by budget from high to low',
      { filters: [cmp('year', '=', 2022)], order: { by: 'annualBudget', dir: 'desc' } },
    ],
    ['总分排名倒数第一的是哪个项目', { filters: [], order: { by: 'totalScore', dir: 'asc' }, limit: 1 }],
    [
      'Which projects have a stated execution rate different from the computed one?',
      { filters: [finding('RATE_MISMATCH')] },
    ],
    [
      'What is the total score of the project with the largest budget?',
      {
        filters: [],
        select: ['totalScore'],
        order: { by: 'annualBudget', dir: 'desc' },
        limit: 1,
        ties: true,
      },
    ],
    ['执行率百分百的项目', { filters: [cmp('executionRate', '=', 100)] }],
    [
      'Who owns the most projects?',
      {
        filters: [],
        groupBy: 'owner',
        measures: [{ fn: 'count' }],
        order: { by: { measure: 0 }, dir: 'desc' },
        limit: 1,
        ties: true,
      },
    ],
  ] as Array<[string, PortfolioQuery]>)('%s', (question, expected) => {
    const parsed = parse(question);
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.query).toEqual(expected);
  });

  it.each([
    ['麻烦帮我查一下海淀区的项目，谢谢', '海淀区'],
    ['请问医疗项目有哪些呀', '医疗'],
    ['Could you list the projects audited by KPMG, thanks', 'kpmg'],
    ['projects in Haidian district please', 'haidian'],
    ['您好，帮我看看执行率低于90%的绿化项目', '绿化'],
    // Background clauses drop the asker's words, never an office or a place, nor who the asker says they are.
    ['我是卫健委的，项目有哪些', '卫健委'],
    ['我们要开会，文旅局的项目有哪些', '文旅局'],
    ['我刚从海淀区回来，执行率低于90%的项目有几个', '海淀区'],
  ])('still reports the content word of %s', (question, word) => {
    expect(parse(question).unplaced.join('|')).toContain(word);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAiStructuredLlm } from '../../src/llm/client.ts';
import { understand } from '../../src/query/answer.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import { type LlmServer, startLlmServer } from '../helpers/llm-server.ts';

const arithmetic = [
  'TOTAL_MISMATCH',
  'RATE_MISMATCH',
  'BUDGET_SCORE_MISMATCH',
  'WEIGHT_SUM',
  'INDICATOR_SCORE_DIFFERS',
];
const sat = { field: 'satisfactionGap' } as const;
const rate = (op: '<' | '>' | '>=', value: number) => ({ field: 'executionRate', op, value }) as const;
const score = (op: '<' | '>=', value: number) => ({ field: 'totalScore', op, value }) as const;
const finding = (codes: string[], paths?: string[]) =>
  ({ field: 'finding', codes, ...(paths ? { paths } : {}) }) as never;

/**
 * Phrasings beyond the parser's own unit cases (test/query/parse.test.ts), both languages, with the query each
 * must become. `null` = not a portfolio question: the user gets the help text, never a table.
 */
const QUESTIONS: Array<[string, PortfolioQuery | null]> = [
  ['满意度调查没做的项目有哪些', { filters: [sat] }],
  ['哪些项目没有满意度指标', { filters: [sat] }],
  ['projects where the satisfaction survey was not done', { filters: [sat] }],
  ['执行率小于85%的项目有几个', { filters: [rate('<', 85)], measures: ['count'] }],
  ['统计执行率低于90%的项目数量', { filters: [rate('<', 90)], measures: ['count'] }],
  ['how many projects have an execution rate below 80%', { filters: [rate('<', 80)], measures: ['count'] }],
  ['总分不到85分的项目', { filters: [score('<', 85)] }],
  ['得分低于60分的项目有哪些', { filters: [score('<', 60)] }],
  ['projects with a score below 60', { filters: [score('<', 60)] }],
  ['评级为中及以下的项目', { filters: [{ field: 'grade', op: '<=', value: '中' }] }],
  ['which projects are graded poor', { filters: [{ field: 'grade', op: '=', value: '差' }] }],
  ['缺少偏差原因说明的项目', { filters: [finding(['DEVIATION_MISSING'])] }],
  ['偏差原因没填的项目', { filters: [finding(['DEVIATION_MISSING'])] }],
  ['哪些项目的联系电话没填', { filters: [finding(['FIELD_MISSING'], ['phone'])] }],
  ['which projects have no phone number', { filters: [finding(['FIELD_MISSING'], ['phone'])] }],
  ['哪些项目计算有误', { filters: [finding(arithmetic)] }],
  ['projects with calculation errors', { filters: [finding(arithmetic)] }],
  [
    '2023年各部门的项目数量',
    { filters: [{ field: 'year', value: 2023 }], groupBy: 'department', measures: ['count'] },
  ],
  [
    '2020年按部门汇总预算和执行数',
    { filters: [{ field: 'year', value: 2020 }], groupBy: 'department', measures: ['budget', 'executed'] },
  ],
  ['count projects by year', { filters: [], groupBy: 'year', measures: ['count'] }],
  ['各实施单位的项目数', { filters: [], groupBy: 'implementingUnit', measures: ['count'] }],
  ['按负责人统计项目数', { filters: [], groupBy: 'owner', measures: ['count'] }],
  [
    '通州区发展和改革委员会的项目有哪些',
    { filters: [{ field: 'department', contains: '通州区发展和改革委员会' }] },
  ],
  ['主管部门为大红门街道办事处的项目', { filters: [{ field: 'department', contains: '大红门街道办事处' }] }],
  [
    '2023年大红门街道办事处执行率低于95%的项目',
    {
      filters: [
        rate('<', 95),
        { field: 'year', value: 2023 },
        { field: 'department', contains: '大红门街道办事处' },
      ],
    },
  ],
  ['list all projects of 2023', { filters: [{ field: 'year', value: 2023 }] }],
  ['还没交自评表的项目', { filters: [{ field: 'status', value: 'notSubmitted' }] }],
  ['which projects are incomplete', { filters: [{ field: 'status', value: 'incomplete' }] }],
  ['有警告的项目', { filters: [{ field: 'severity', value: 'warning' }] }],
  ['平均分是多少', { filters: [], measures: ['avgScore'] }],
  ['各部门平均得分', { filters: [], groupBy: 'department', measures: ['avgScore'] }],
  ['哪些项目得分超过分值', { filters: [finding(['SCORE_ABOVE_WEIGHT'])] }],
  ['哪些项目实际完成值没填', { filters: [finding(['ACTUAL_EMPTY'])] }],
  ['执行率超过100%的项目', { filters: [rate('>', 100)] }],
  ['总分90分以上的项目有多少', { filters: [score('>=', 90)], measures: ['count'] }],
  ['导出执行率低于90%的项目', { filters: [rate('<', 90)] }],
  ['哪些项目既缺满意度调查又执行率低于90%', { filters: [sat, rate('<', 90)] }],
  ['2023年度缺少效益指标的项目', { filters: [finding(['BENEFIT_MISSING']), { field: 'year', value: 2023 }] }],
  ['哪些项目的预算执行数超过预算数', { filters: [finding(['EXECUTED_EXCEEDS_BUDGET'])] }],
  ['哪些项目金额单位填错了', { filters: [finding(['FUNDS_UNIT_SUSPECT'])] }],
  // The long tail: the rules do not parse these; the (replayed) model does.
  ['预算执行率不到九成的项目', { filters: [rate('<', 90)] }],
  ['哪些项目花的钱比预算还多', { filters: [finding(['EXECUTED_EXCEEDS_BUDGET'])] }],
  ['which projects got less than four fifths of the full marks', { filters: [score('<', 80)] }],
  ['今年自评还差谁没交', { filters: [{ field: 'status', value: 'notSubmitted' }] }],
  ['2023年哪些项目的绩效目标写得不清楚', null],
  ['帮我写一份自评报告', null],
  ['please summarise the policy on 绩效评价', null],
];

/**
 * Scripted replay of the model's tool call for the questions the rules leave (no endpoint is reachable from the
 * test box, so these are written answers, not recordings): keyed by question text.
 */
/** The wire form of a query: every key present, absent = null. */
const wire = (q: PortfolioQuery) => ({
  filters: q.filters.map((f) => (f.field === 'finding' ? { paths: null, ...f } : f)),
  groupBy: q.groupBy ?? null,
  measures: q.measures ?? null,
});
const REPLAY = new Map<string, unknown>([
  ['预算执行率不到九成的项目', { supported: true, query: wire({ filters: [rate('<', 90)] }) }],
  [
    '哪些项目花的钱比预算还多',
    { supported: true, query: wire({ filters: [finding(['EXECUTED_EXCEEDS_BUDGET'])] }) },
  ],
  [
    'which projects got less than four fifths of the full marks',
    { supported: true, query: wire({ filters: [score('<', 80)] }) },
  ],
  [
    '今年自评还差谁没交',
    { supported: true, query: wire({ filters: [{ field: 'status', value: 'notSubmitted' }] }) },
  ],
]);

describe('portfolio question set: rules first, the LLM for the long tail', () => {
  let server: LlmServer;
  let llm: OpenAiStructuredLlm;
  const byRulesOnly: boolean[] = [];

  beforeAll(async () => {
    server = await startLlmServer((body) => {
      const question = /提问：(.*)$/s.exec(body.messages.at(-1)?.content ?? '')?.[1]?.trim() ?? '';
      return { content: JSON.stringify(REPLAY.get(question) ?? { supported: false, query: null }) };
    });
    llm = new OpenAiStructuredLlm({
      baseURL: server.baseURL,
      model: 'replay',
      apiKey: undefined,
      timeoutMs: 5000,
      maxRetries: 0,
      structured: 'json_schema',
      requiresJsonWord: true,
      fixedTemperature: undefined,
      maxTokens: 1024,
    });
  });
  afterAll(() => server?.close());

  it(`has at least 40 questions in both languages (${QUESTIONS.length})`, () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    expect(QUESTIONS.filter(([q]) => !/[\u4e00-\u9fff]/.test(q)).length).toBeGreaterThanOrEqual(10);
  });

  it('parses at least 95 % right (rules, then the replayed model)', async () => {
    const wrong: string[] = [];
    for (const [question, expected] of QUESTIONS) {
      const got = await understand(question, llm);
      byRulesOnly.push(got?.by !== 'llm' && JSON.stringify(got?.query ?? null) === JSON.stringify(expected));
      if (JSON.stringify(got?.query ?? null) !== JSON.stringify(expected)) wrong.push(question);
    }
    const accuracy = (QUESTIONS.length - wrong.length) / QUESTIONS.length;
    const rulesAccuracy = byRulesOnly.filter(Boolean).length / QUESTIONS.length;
    expect({
      wrong,
      accuracy: Math.round(accuracy * 1000) / 10,
      rules: Math.round(rulesAccuracy * 1000) / 10,
    }).toEqual({
      wrong: [],
      accuracy: 100,
      rules: 91.5,
    });
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('sends the model the query language, never asks for SQL, and accepts only a schema-valid answer', async () => {
    const before = server.requests.length;
    await understand('预算执行率不到九成的项目', llm);
    const body = server.requests[before];
    expect(body?.response_format?.type).toBe('json_schema');
    expect(body?.messages[0]?.content).toContain('不要写 SQL');
  });
});

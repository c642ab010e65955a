/**
 * Item 8 of issue 13, with the fake LLM: on a document the rules cannot read, a model that fills 得分 with the 分值
 * beside it (both numbers "in the cited line") no longer sets the score to its weight.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { completeWithLlm, formFromUnreadableText } from '../../src/extract/llm-extract.ts';
import { OpenAiStructuredLlm } from '../../src/llm/client.ts';
import { json, type LlmServer, type Responder, startLlmServer } from '../helpers/llm-server.ts';

let server: LlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function llmWith(responder: Responder) {
  server = await startLlmServer(responder);
  return new OpenAiStructuredLlm({
    baseURL: server.baseURL,
    model: 'scripted',
    apiKey: undefined,
    timeoutMs: 5000,
    maxRetries: 0,
    structured: 'auto',
    requiresJsonWord: true,
    fixedTemperature: undefined,
    maxTokens: 2048,
  });
}

const memo = [
  '关于统计所经费的绩效自评说明',
  '项目名称：统计所经费',
  '满意度指标 服务对象满意度 群众满意度 ≥90% 85% 20 13',
  '产出指标 数量指标 聘用统计调查员 1人 1人 10 10',
  '总分 100 66',
].join('\n');

const cell = (text: string, ref: string) => ({ text, ref });
const row = (line: string, cells: [string, string, string, string, string, string, string]) => ({
  level1: cell(cells[0], line),
  level2: cell(cells[1], line),
  name: cell(cells[2], line),
  target: cell(cells[3], line),
  actual: cell(cells[4], line),
  weight: cell(cells[5], line),
  score: cell(cells[6], line),
  deviation: null,
});

describe('LLM values must belong to their field', () => {
  it('security-08: a score quoted from its weight is dropped as not-its-field; real equal numbers stay', async () => {
    const llm = await llmWith(() =>
      json({
        projectName: cell('统计所经费', 'L2'),
        indicators: [
          // 得分 claimed as 20: the line holds one 20, and it is the 分值.
          row('L3', ['满意度指标', '服务对象满意度', '群众满意度', '≥90%', '85%', '20', '20']),
          // 分值 10 and 得分 10: the line holds two 10s, both stand.
          row('L4', ['产出指标', '数量指标', '聘用统计调查员', '1人', '1人', '10', '10']),
        ],
        totalWeight: cell('100', 'L5'),
        totalScore: cell('100', 'L5'),
      }),
    );
    const out = await completeWithLlm([formFromUnreadableText(memo)], llm);
    const rec = out.forms[0]?.record;
    expect(rec?.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['群众满意度', 20, null],
      ['聘用统计调查员', 10, 10],
    ]);
    expect(rec?.totalWeight).toBe(100);
    expect(rec?.totalScore).toBeNull();
    const dropped = out.reports[0]?.dropped.map((d) => [d.path, d.reason]);
    expect(dropped).toEqual(
      expect.arrayContaining([
        ['indicators[0].score', 'not-its-field'],
        ['totalScore', 'not-its-field'],
      ]),
    );
  });
});

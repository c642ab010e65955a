import { afterEach, describe, expect, it } from 'vitest';
import { findGaps } from '../../src/extract/gaps.ts';
import { completeWithLlm, formFromUnreadableText, planForForm } from '../../src/extract/llm-extract.ts';
import { OpenAiStructuredLlm } from '../../src/llm/client.ts';
import type { LlmConfig } from '../../src/llm/config.ts';
import {
  type ChatBody,
  json,
  type LlmServer,
  type Responder,
  startLlmServer,
} from '../helpers/llm-server.ts';
import { FORM_ROWS, forget, readForm } from '../llm/forms.ts';

let server: LlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function llmWith(responder: Responder, extra: Partial<LlmConfig> = {}) {
  server = await startLlmServer(responder);
  return {
    server,
    llm: new OpenAiStructuredLlm({
      baseURL: server.baseURL,
      model: 'scripted',
      apiKey: undefined,
      timeoutMs: 2000,
      maxRetries: 0,
      structured: 'auto',
      requiresJsonWord: true,
      fixedTemperature: undefined,
      maxTokens: 2048,
      ...extra,
    }),
  };
}

const userText = (body: ChatBody | undefined) => body?.messages.find((m) => m.role === 'user')?.content ?? '';
const askedKeys = (body: ChatBody | undefined) =>
  Object.keys((body?.response_format?.json_schema?.schema as { properties?: object })?.properties ?? {});

describe('gaps', () => {
  it('a form the rules read fully has no gap, and the LLM is not called', async () => {
    const form = readForm();
    expect(findGaps(form).gaps).toEqual([]);
    const { llm, server } = await llmWith(() => json({}));
    const out = await completeWithLlm([form], llm);
    expect(server.requests).toHaveLength(0);
    expect(out.forms[0]?.record).toEqual(form.record);
    expect(out.usage.requests).toBe(0);
  });

  it('a field the mapping lost is a gap; a field the form leaves blank is not', () => {
    const lost = forget(readForm(), 'owner', 'funds.total', 'totalScore');
    expect(findGaps(lost).gaps.map((g) => g.path)).toEqual(['owner', 'funds.total', 'totalScore']);

    const blankRows = FORM_ROWS.map((row) =>
      row[0] === '项目负责人' ? ['项目负责人', '', '联系电话', ''] : row,
    );
    const blank = forget(readForm(blankRows), 'owner', 'phone');
    expect(findGaps(blank).gaps).toEqual([]);

    const noRow = forget(readForm(FORM_ROWS.filter((row) => row[0] !== '项目负责人')), 'owner', 'phone');
    expect(findGaps(noRow).gaps).toEqual([]);
  });

  it('an empty funds row the form really leaves empty is not a gap', () => {
    const emptyRows = FORM_ROWS.map((row) =>
      row[1] === '其他资金' ? ['', '其他资金', '', '', '', '', '', ''] : row,
    );
    expect(findGaps(forget(readForm(emptyRows), 'funds.other')).gaps).toEqual([]);
  });

  it('sends only the excerpt around the gaps', () => {
    const { prompt } = planForForm(forget(readForm(), 'phone'));
    expect(prompt?.keys).toEqual(['phone']);
    const user = prompt?.request.user ?? '';
    expect(user).toContain('L16\t80856942');
    expect(user).not.toContain('聘用统计调查员');
    expect(prompt?.promptVersion).toBe('extract-gaps@1');
  });
});

describe('completeWithLlm', () => {
  it('asks only for the gaps and merges grounded values with provenance, prompt version and tokens', async () => {
    const form = forget(readForm(), 'owner', 'phone');
    const { llm, server } = await llmWith(() =>
      json(
        { owner: { text: '周蕾莹', ref: 'L14' }, phone: { text: '80856942', ref: 'L16' } },
        { prompt: 800, completion: 40 },
      ),
    );
    const out = await completeWithLlm([form], llm);
    expect(askedKeys(server.requests[0])).toEqual(['owner', 'phone']);
    expect(userText(server.requests[0])).toContain('<<<原文开始>>>');
    const got = out.forms[0];
    expect(got?.record.owner).toBe('周蕾莹');
    expect(got?.record.phone).toBe('80856942');
    expect(got?.provenance.owner).toEqual({ ref: 'L14', method: 'llm', quote: '周蕾莹' });
    expect(out.reports[0]).toMatchObject({
      asked: ['owner', 'phone'],
      filled: ['owner', 'phone'],
      unread: [],
      promptVersion: 'extract-gaps@1',
      usage: { requests: 1, promptTokens: 800, completionTokens: 40 },
    });
    expect(out.usage.promptTokens).toBe(800);
    expect(form.record.owner).toBeNull(); // input untouched
  });

  it('drops a value citing a cell that does not hold it, and reports it', async () => {
    const form = forget(readForm(), 'owner', 'totalScore');
    const { llm } = await llmWith(() =>
      json({ owner: { text: '王敏', ref: 'L14' }, totalScore: { text: '100', ref: 'L113' } }),
    );
    const out = await completeWithLlm([form], llm);
    expect(out.forms[0]?.record.owner).toBeNull();
    expect(out.forms[0]?.record.totalScore).toBeNull();
    expect(out.dropped).toEqual([
      { form: 0, path: 'owner', text: '王敏', ref: 'L14', reason: 'not-in-source' },
      { form: 0, path: 'totalScore', text: '100', ref: 'L113', reason: 'not-in-source' },
    ]);
    expect(out.reports[0]?.unread.map((u) => u.path)).toEqual(['owner', 'totalScore']);
    expect(out.forms[0]?.notes.join('\n')).toMatch(/无法在原文 L14 中核实/);
    expect(out.forms[0]?.notes.join('\n')).toMatch(/未能读取：项目负责人/);
  });

  it('rejects unknown refs and digits taken out of a longer number', async () => {
    const form = forget(readForm(), 'funds.total');
    const { llm } = await llmWith(() =>
      json({
        funds_total: {
          initialBudget: { text: '10', ref: 'R9C9' },
          annualBudget: { text: '1', ref: 'L30' }, // "1" is inside "12"
          executed: { text: '11.4', ref: 'L31' },
          weight: { text: '10', ref: 'L32' },
          rate: { text: '95%', ref: 'L33' },
          score: { text: '9.5', ref: 'L34' },
        },
      }),
    );
    const out = await completeWithLlm([form], llm);
    const total = out.forms[0]?.record.funds.total;
    expect(total?.executed).toEqual({ raw: '11.4', value: 11.4 });
    expect(total?.rate).toEqual({ raw: '95%', value: 95 });
    expect(total?.initialBudget.raw).toBe('');
    expect(total?.annualBudget.raw).toBe('');
    expect(out.dropped.map((d) => [d.path, d.reason])).toEqual([
      ['funds.total.initialBudget', 'unknown-ref'],
      ['funds.total.annualBudget', 'not-in-source'],
    ]);
  });

  it('never overwrites a field the rules read, even when the model volunteers it', async () => {
    const form = forget(readForm(), 'owner');
    const { llm } = await llmWith(() =>
      json({
        owner: { text: '周蕾莹', ref: 'L14' },
        projectName: { text: '北京市通州区潞源街道办事处', ref: 'L9' },
      }),
    );
    const out = await completeWithLlm([form], llm);
    expect(out.forms[0]?.record.projectName).toBe('统计所经费');
    expect(out.reports[0]?.filled).toEqual(['owner']);
  });

  it('reads a form the mapping could not read at all, grounding every cell', async () => {
    const read = readForm();
    const form = { ...structuredClone(read), provenance: {} };
    form.record = {
      ...forget(
        read,
        'projectName',
        'indicators',
        'funds.total',
        'funds.fiscal',
        'funds.carryOver',
        'funds.other',
      ).record,
    };
    const { llm, server } = await llmWith(() =>
      json({
        projectName: { text: '统计所经费', ref: 'L6' },
        indicators: [
          {
            level1: { text: '产出指标', ref: 'L82' },
            level2: { text: '数量指标', ref: 'L83' },
            name: { text: '聘用统计调查员', ref: 'L84' },
            target: { text: '1人', ref: 'L85' },
            actual: { text: '1人', ref: 'L86' },
            weight: { text: '45', ref: 'L87' },
            score: { text: '40', ref: 'L88' }, // not what the cell says
            deviation: null,
          },
        ],
      }),
    );
    const out = await completeWithLlm([form], llm);
    expect(askedKeys(server.requests[0])).toHaveLength(15);
    expect(userText(server.requests[0])).toContain('L113\t99.5');
    const rec = out.forms[0]?.record;
    expect(rec?.projectName).toBe('统计所经费');
    expect(rec?.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '聘用统计调查员',
        target: '1人',
        actual: '1人',
        weight: 45,
        score: null,
        deviation: '',
        weightRaw: '45',
        scoreRaw: '',
      },
    ]);
    expect(out.dropped.map((d) => d.path)).toEqual(['indicators[0].score']);
    expect(out.forms[0]?.provenance['indicators[0].name']).toEqual({
      ref: 'L84',
      method: 'llm',
      quote: '聘用统计调查员',
    });
  });

  it('without a model returns the deterministic result and says what it could not read', async () => {
    const form = forget(readForm(), 'owner', 'funds.total');
    const out = await completeWithLlm([form], null);
    expect(out.forms[0]?.record).toEqual(form.record);
    expect(out.reports[0]?.unread).toEqual([
      { path: 'owner', label: '项目负责人' },
      { path: 'funds.total', label: '年度资金总额' },
    ]);
    expect(out.reports[0]?.promptVersion).toBeNull();
    expect(out.forms[0]?.notes.at(-1)).toBe(
      '未配置大模型，以下内容未能自动读取：项目负责人、年度资金总额。请补充。',
    );
  });

  it('a slow endpoint times out; the deterministic result stands and the failure is reported', async () => {
    const form = forget(readForm(), 'owner');
    const { llm } = await llmWith(() => ({ ...json({ owner: null }), delayMs: 1500 }), { timeoutMs: 200 });
    const out = await completeWithLlm([form], llm);
    expect(out.reports[0]?.failure).toBe('timeout');
    expect(out.forms[0]?.record).toEqual(form.record);
    expect(out.forms[0]?.notes.join('\n')).toMatch(/超时.*未能读取：项目负责人/s);
  });

  it('an endpoint that is down: same', async () => {
    const { llm, server } = await llmWith(() => json({}));
    await server.close();
    const out = await completeWithLlm([forget(readForm(), 'phone')], llm);
    expect(out.reports[0]?.failure).toBe('unavailable');
    expect(out.reports[0]?.unread.map((u) => u.path)).toEqual(['phone']);
  });

  it('a truncated answer is split into one request per gap', async () => {
    const form = forget(readForm(), 'owner', 'phone');
    const { llm, server } = await llmWith((body) => {
      const keys = askedKeys(body);
      if (keys.length > 1)
        return {
          content: '{"owner":{"text":"周',
          finish: 'length',
          usage: { prompt: 500, completion: 2048 },
        };
      return keys[0] === 'owner'
        ? json({ owner: { text: '周蕾莹', ref: 'L14' } }, { prompt: 300, completion: 10 })
        : json({ phone: { text: '80856942', ref: 'L16' } }, { prompt: 300, completion: 10 });
    });
    const out = await completeWithLlm([form], llm);
    expect(server.requests.map(askedKeys)).toEqual([['owner', 'phone'], ['owner'], ['phone']]);
    expect(out.forms[0]?.record.owner).toBe('周蕾莹');
    expect(out.forms[0]?.record.phone).toBe('80856942');
    expect(out.usage).toEqual({ requests: 3, promptTokens: 1100, completionTokens: 2068 });
  });

  it('counts tokens per form and in total', async () => {
    const forms = [forget(readForm(), 'owner'), readForm(), forget(readForm(), 'phone')];
    const { llm } = await llmWith((body) =>
      askedKeys(body)[0] === 'owner'
        ? json({ owner: { text: '周蕾莹', ref: 'L14' } }, { prompt: 111, completion: 11 })
        : json({ phone: { text: '80856942', ref: 'L16' } }, { prompt: 222, completion: 22 }),
    );
    const out = await completeWithLlm(forms, llm);
    expect(out.reports.map((r) => r.usage.promptTokens)).toEqual([111, 0, 222]);
    expect(out.usage).toEqual({ requests: 2, promptTokens: 333, completionTokens: 33 });
  });
});

describe('documents no reader can segment', () => {
  const memo = [
    '关于统计所经费的绩效自评说明',
    '项目名称：统计所经费，主管部门：潞源街道办事处',
    '项目负责人 周蕾莹',
    '自评总分 99.5 分',
  ].join('\n');

  it('are sent whole as numbered lines, and only grounded values are kept', async () => {
    const form = formFromUnreadableText(memo);
    expect(form.sourceText).toBe(
      memo
        .split('\n')
        .map((l, i) => `L${i + 1}\t${l}`)
        .join('\n'),
    );
    const { llm, server } = await llmWith(() =>
      json({
        projectName: { text: '统计所经费', ref: 'L2' },
        owner: { text: '周蕾莹', ref: 'L3' },
        phone: { text: '80856942', ref: 'L3' },
        totalScore: { text: '99.5', ref: 'L4' },
      }),
    );
    const out = await completeWithLlm([form], llm);
    expect(askedKeys(server.requests[0])).toHaveLength(15);
    const rec = out.forms[0]?.record;
    expect([rec?.projectName, rec?.owner, rec?.phone, rec?.totalScore]).toEqual([
      '统计所经费',
      '周蕾莹',
      null,
      99.5,
    ]);
    expect(out.dropped.map((d) => [d.path, d.reason])).toEqual([['phone', 'not-in-source']]);
  });

  it('without a model say what could not be read', async () => {
    const out = await completeWithLlm([formFromUnreadableText(memo)], null);
    expect(out.reports[0]?.unread.map((u) => u.label)).toEqual([
      '项目名称',
      '主管部门',
      '项目负责人',
      '总分（得分）',
      '总分（分值）',
    ]);
    expect(out.forms[0]?.notes[0]).toBe('未能按表格结构读取该文档。');
  });
});

describe('rows the reader could not align (its notes)', () => {
  function misread() {
    const form = readForm();
    const row = form.record.indicators[0];
    if (!row) throw new Error('sample has no indicator');
    Object.assign(row, { name: '聘用统计调查员 1人', target: '1人', actual: '' });
    form.record.funds.total.annualBudget = { raw: '11.4', value: 11.4 };
    form.record.funds.total.executed = { raw: '', value: null };
    form.notes.push(
      '资金行“年度资金总额”有无法对齐的内容：11.4',
      '指标第 1 行（L82-L88）的单元格无法确定边界。',
    );
    return form;
  }
  const goodRow = {
    level1: { text: '产出指标', ref: 'L82' },
    level2: { text: '数量指标', ref: 'L83' },
    name: { text: '聘用统计调查员', ref: 'L84' },
    target: { text: '1人', ref: 'L85' },
    actual: { text: '1人', ref: 'L86' },
    weight: { text: '45', ref: 'L87' },
    score: { text: '45', ref: 'L88' },
    deviation: null,
  };

  it('are asked again, with the header row, and grounded values replace the guess', async () => {
    const form = misread();
    const { llm, server } = await llmWith(() =>
      json({
        funds_total: {
          initialBudget: { text: '10', ref: 'L29' },
          annualBudget: { text: '12', ref: 'L30' },
          executed: { text: '11.4', ref: 'L31' },
          weight: { text: '10', ref: 'L32' },
          rate: { text: '95%', ref: 'L33' },
          score: { text: '9', ref: 'L34' }, // the cell says 9.5: dropped, the rule's value stays
        },
        indicators: [goodRow],
      }),
    );
    const out = await completeWithLlm([form], llm);
    expect(askedKeys(server.requests[0])).toEqual(['funds_total', 'indicators']);
    const user = userText(server.requests[0]);
    expect(user).toContain('L72\t一级指标');
    expect(user).toContain('第 1 行');
    expect(user).not.toContain('群众满意度');
    const rec = out.forms[0]?.record;
    expect(rec?.funds.total.annualBudget).toEqual({ raw: '12', value: 12 });
    expect(rec?.funds.total.executed).toEqual({ raw: '11.4', value: 11.4 });
    expect(rec?.funds.total.score).toEqual({ raw: '9.5', value: 9.5 });
    expect(rec?.indicators[0]).toEqual(readForm().record.indicators[0]);
    expect(rec?.indicators.slice(1)).toEqual(readForm().record.indicators.slice(1));
    expect(out.forms[0]?.provenance['indicators[0].name']).toMatchObject({ ref: 'L84', method: 'llm' });
    expect(out.dropped.map((d) => [d.path, d.reason])).toEqual([['funds.total.score', 'not-in-source']]);
  });

  it('a re-read with a different number of rows replaces nothing', async () => {
    const form = misread();
    const { llm } = await llmWith(() => json({ funds_total: null, indicators: [goodRow, goodRow] }));
    const out = await completeWithLlm([form], llm);
    expect(out.forms[0]?.record.indicators).toEqual(form.record.indicators);
    expect(out.dropped.map((d) => d.reason)).toEqual(['row-count']);
  });

  it('without a model they are reported as not read', async () => {
    const out = await completeWithLlm([misread()], null);
    expect(out.reports[0]?.unread.map((u) => u.label)).toEqual([
      '年度资金总额（未能对齐）',
      '绩效指标第 1 行（未能确定单元格边界）',
    ]);
  });
});

describe('truncated answers on a long indicator table', () => {
  const cells = (row: string[], first: number) =>
    Object.fromEntries(
      ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score'].map((c, k) => [
        c,
        { text: row[k] ?? '', ref: `L${first + k}` },
      ]),
    );
  const ROWS: [string, Record<string, unknown>][] = [
    ['聘用统计调查员', cells(['产出指标', '数量指标', '聘用统计调查员', '1人', '1人', '45', '45'], 82)],
    [
      '保障统计工作顺利开展',
      cells(['效益指标', '社会效益指标', '保障统计工作顺利开展', '有效保障', '有效保障', '30', '30'], 92),
    ],
    ['群众满意度', cells(['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', '15', '15'], 102)],
  ];

  it('is split into halves with the header repeated, and the rows come back in order', async () => {
    const form = forget(readForm(), 'indicators');
    const { llm, server } = await llmWith((body) => {
      const user = userText(body);
      const rows = ROWS.filter(([name]) => user.includes(name)).map(([, row]) => ({
        ...row,
        deviation: null,
      }));
      if (rows.length === ROWS.length)
        return { content: '{"indicators":[', finish: 'length', usage: { prompt: 900, completion: 2048 } };
      return json({ indicators: rows }, { prompt: 500, completion: 300 });
    });
    const out = await completeWithLlm([form], llm);
    expect(server.requests.length).toBe(3);
    for (const body of server.requests.slice(1)) expect(userText(body)).toContain('一级指标');
    expect(out.forms[0]?.record.indicators).toEqual(readForm().record.indicators);
    expect(out.usage).toEqual({ requests: 3, promptTokens: 1900, completionTokens: 2648 });
  });
});

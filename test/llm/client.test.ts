import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ExtractionFailed,
  knownCapability,
  OpenAiStructuredLlm,
  parseJsonAnswer,
} from '../../src/llm/client.ts';
import { type LlmConfig, loadLlmConfig } from '../../src/llm/config.ts';
import {
  type ChatBody,
  fixtureKey,
  fixtureResponder,
  json,
  type LlmServer,
  type Responder,
  startLlmServer,
} from '../helpers/llm-server.ts';

const schema = z.object({ owner: z.string().nullable(), score: z.number() });
const request = {
  name: 'probe',
  schema,
  system: '从表中读取字段。',
  user: '表格：R1C1\t项目负责人\tR1C2\t王丽',
};

let server: LlmServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function llmWith(responder: Responder, extra: Partial<LlmConfig> = {}) {
  server = await startLlmServer(responder);
  const config: LlmConfig = {
    baseURL: server.baseURL,
    model: 'scripted',
    apiKey: 'sk-test-never-recorded',
    timeoutMs: 2000,
    maxRetries: 0,
    structured: 'auto',
    requiresJsonWord: true,
    fixedTemperature: undefined,
    maxTokens: 1024,
    ...extra,
  };
  return { llm: new OpenAiStructuredLlm(config), server };
}

async function failure(promise: Promise<unknown>): Promise<ExtractionFailed> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractionFailed);
  return err as ExtractionFailed;
}

const lastUser = (body: ChatBody | undefined) => body?.messages.at(-1)?.content ?? '';

describe('config', () => {
  it('is null without an endpoint and parses a full one', () => {
    expect(loadLlmConfig({})).toBeNull();
    const c = loadLlmConfig({
      JIXIAO_LLM_BASE_URL: 'https://api.deepseek.com',
      JIXIAO_LLM_MODEL: 'deepseek-chat',
      JIXIAO_LLM_API_KEY: 'sk-x',
      JIXIAO_LLM_TIMEOUT_MS: '5000',
      JIXIAO_LLM_STRUCTURED: 'json_object',
      JIXIAO_LLM_TEMPERATURE: '0.6',
    });
    expect(c).toMatchObject({
      timeoutMs: 5000,
      structured: 'json_object',
      fixedTemperature: 0.6,
      maxRetries: 2,
    });
  });

  it('rejects a base URL without a model and a bad mode, in Chinese', () => {
    expect(() => loadLlmConfig({ JIXIAO_LLM_BASE_URL: 'http://127.0.0.1:11434/v1' })).toThrow(/同时设置/);
    expect(() =>
      loadLlmConfig({
        JIXIAO_LLM_BASE_URL: 'http://x/v1',
        JIXIAO_LLM_MODEL: 'm',
        JIXIAO_LLM_STRUCTURED: 'xml',
      }),
    ).toThrow(/配置有误/);
  });
});

describe('structured answers', () => {
  it('sends strict json_schema with temperature 0 and counts tokens', async () => {
    const { llm, server } = await llmWith(() =>
      json({ owner: '王丽', score: 10 }, { prompt: 321, completion: 12 }),
    );
    const answer = await llm.complete(request);
    expect(answer.value).toEqual({ owner: '王丽', score: 10 });
    expect(answer.mode).toBe('json_schema');
    expect(answer.usage).toEqual({ requests: 1, promptTokens: 321, completionTokens: 12 });
    const body = server.requests[0];
    expect(body?.response_format?.type).toBe('json_schema');
    expect(body?.response_format?.json_schema?.strict).toBe(true);
    expect(body?.temperature).toBe(0);
  });

  it('sends provider switches from JIXIAO_LLM_EXTRA_BODY', async () => {
    const extraBody = loadLlmConfig({
      JIXIAO_LLM_BASE_URL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
      JIXIAO_LLM_MODEL: 'qwen-plus',
      JIXIAO_LLM_EXTRA_BODY: '{"enable_thinking":false}',
    })?.extraBody;
    expect(extraBody).toEqual({ enable_thinking: false });
    expect(() =>
      loadLlmConfig({
        JIXIAO_LLM_BASE_URL: 'http://x/v1',
        JIXIAO_LLM_MODEL: 'm',
        JIXIAO_LLM_EXTRA_BODY: '[1]',
      }),
    ).toThrow(/JSON 对象/);
    const { llm, server } = await llmWith(() => json({ owner: null, score: 1 }), { extraBody });
    await llm.complete(request);
    expect((server.requests[0] as unknown as Record<string, unknown>).enable_thinking).toBe(false);
  });

  it('uses the provider fixed temperature when configured', async () => {
    const { llm, server } = await llmWith(() => json({ owner: null, score: 1 }), { fixedTemperature: 0.6 });
    await llm.complete(request);
    expect(server.requests[0]?.temperature).toBe(0.6);
  });

  it('accepts fenced JSON with prose around it', async () => {
    const { llm } = await llmWith(() => ({
      content: '结果如下：\n```json\n{"owner":"王丽","score":9}\n```\n以上。',
    }));
    expect((await llm.complete(request)).value).toEqual({ owner: '王丽', score: 9 });
  });

  it('strips <think> and ignores reasoning_content', async () => {
    const { llm } = await llmWith(() => ({
      content: '<think>用户要 {"owner":"错"}</think>{"owner":"王丽","score":8}',
      reasoning: '{"owner":"也错","score":0}',
    }));
    expect((await llm.complete(request)).value).toEqual({ owner: '王丽', score: 8 });
  });

  it('reads an answer given as a tool call', async () => {
    const { llm } = await llmWith(() => ({ toolArgs: '{"owner":"王丽","score":7}' }));
    expect((await llm.complete(request)).value).toEqual({ owner: '王丽', score: 7 });
  });

  it('re-asks with the zod issues when the JSON does not fit the schema', async () => {
    const { llm, server } = await llmWith((_b, i) =>
      i === 0 ? json({ owner: '王丽', score: '十' }) : json({ owner: '王丽', score: 10 }),
    );
    const answer = await llm.complete(request);
    expect(answer.reasks).toBe(1);
    expect(answer.usage.requests).toBe(2);
    expect(answer.usage.promptTokens).toBe(200);
    const reask = server.requests[1];
    expect(reask?.messages.at(-2)).toEqual({ role: 'assistant', content: '{"owner":"王丽","score":"十"}' });
    expect(lastUser(reask)).toContain('score');
    expect(lastUser(reask)).toMatch(/expected number/);
  });

  it('repairs broken JSON without a re-ask', async () => {
    const { llm, server } = await llmWith(() => ({ content: "{owner: '王丽', score: 10,}" }));
    expect((await llm.complete(request)).value).toEqual({ owner: '王丽', score: 10 });
    expect(server.requests).toHaveLength(1);
  });

  it('fails after two re-asks, keeping the raw text, the issues and the tokens', async () => {
    const { llm, server } = await llmWith(() => json({ owner: 3 }));
    const err = await failure(llm.complete(request));
    expect(err.reason).toBe('invalid');
    expect(err.raw).toBe('{"owner":3}');
    expect(err.issues).toMatch(/owner/);
    expect(err.usage).toEqual({ requests: 3, promptTokens: 300, completionTokens: 60 });
    expect(server.requests).toHaveLength(3);
    expect(err.userMessage).toMatch(/规则读取/);
  });

  it('treats empty content as a failure and re-asks', async () => {
    const { llm, server } = await llmWith((_b, i) =>
      i === 0 ? { content: '  \n' } : json({ owner: null, score: 0 }),
    );
    expect((await llm.complete(request)).value).toEqual({ owner: null, score: 0 });
    expect(lastUser(server.requests[1])).toContain('回答为空');
  });

  it('fails with reason empty when the content stays blank', async () => {
    const { llm } = await llmWith(() => ({ content: '' }));
    expect((await failure(llm.complete(request))).reason).toBe('empty');
  });

  it('does not retry a truncated answer (finish_reason length)', async () => {
    const { llm, server } = await llmWith(() => ({ content: '{"owner":"王', finish: 'length' }));
    const err = await failure(llm.complete(request));
    expect(err.reason).toBe('length');
    expect(err.raw).toBe('{"owner":"王');
    expect(server.requests).toHaveLength(1);
  });

  it('stops on a content-filter refusal (GLM finish_reason sensitive)', async () => {
    const { llm, server } = await llmWith(() => ({ content: '', finish: 'sensitive' }));
    expect((await failure(llm.complete(request))).reason).toBe('sensitive');
    expect(server.requests).toHaveLength(1);
  });
});

describe('capability ladder', () => {
  it('downgrades json_schema → json_object on a 400 and remembers it', async () => {
    const { llm, server } = await llmWith((body) =>
      body.response_format?.type === 'json_schema'
        ? { status: 400, body: { error: { message: 'response_format json_schema is not supported' } } }
        : json({ owner: '王丽', score: 10 }),
    );
    const first = await llm.complete(request);
    expect(first.mode).toBe('json_object');
    const second = server.requests[1];
    expect(second?.response_format).toEqual({ type: 'json_object' });
    expect(second?.messages[0]?.content).toContain('JSON Schema');
    expect(JSON.stringify(second?.messages)).toMatch(/JSON/);
    expect(knownCapability(server.baseURL, 'scripted')).toBe('json_object');
    await llm.complete(request);
    expect(server.requests[2]?.response_format?.type).toBe('json_object');
    expect(server.requests).toHaveLength(3);
  });

  it('falls to a plain prompt when json_object is refused too ("must contain the word json")', async () => {
    const { llm, server } = await llmWith((body) => {
      if (body.response_format?.type === 'json_schema')
        return { status: 422, body: { error: { message: 'schema unsupported' } } };
      if (body.response_format?.type === 'json_object') {
        return { status: 400, body: { error: { message: "Prompt must contain the word 'json'" } } };
      }
      return { content: '好的。\n```\n{"owner": "王丽", "score": 10,}\n```' };
    });
    const answer = await llm.complete(request);
    expect(answer.mode).toBe('none');
    expect(server.requests.map((b) => b.response_format?.type ?? 'none')).toEqual([
      'json_schema',
      'json_object',
      'none',
    ]);
  });

  it('honours a configured mode and does not downgrade it', async () => {
    const { llm, server } = await llmWith(
      () => ({ status: 400, body: { error: { message: 'response_format not supported' } } }),
      { structured: 'json_object' },
    );
    expect((await failure(llm.complete(request))).reason).toBe('rejected');
    expect(server.requests).toHaveLength(1);
  });

  it('a 400 that is not about the format is a rejection, not a downgrade', async () => {
    const { llm, server } = await llmWith(() => ({
      status: 400,
      body: { error: { message: 'model not found' } },
    }));
    expect((await failure(llm.complete(request))).reason).toBe('rejected');
    expect(server.requests).toHaveLength(1);
  });
});

describe('transport', () => {
  it('waits out a 429 with retry-after and retries', async () => {
    const { llm, server } = await llmWith(
      (_b, i) =>
        i === 0
          ? { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'rate limited' } } }
          : json({ owner: '王丽', score: 10 }),
      { maxRetries: 2 },
    );
    expect((await llm.complete(request)).value.owner).toBe('王丽');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on persistent 5xx as unavailable', async () => {
    const { llm, server } = await llmWith(() => ({ status: 503, headers: { 'retry-after-ms': '10' } }), {
      maxRetries: 1,
    });
    expect((await failure(llm.complete(request))).reason).toBe('unavailable');
    expect(server.requests).toHaveLength(2);
  });

  it('times out on a slow endpoint', async () => {
    const { llm } = await llmWith(() => ({ ...json({ owner: null, score: 0 }), delayMs: 1500 }), {
      timeoutMs: 200,
    });
    const err = await failure(llm.complete(request));
    expect(err.reason).toBe('timeout');
    expect(err.userMessage).toMatch(/超时/);
  });

  it('reports an endpoint that is down as unavailable', async () => {
    const { llm, server } = await llmWith(() => json({}));
    await server.close();
    expect((await failure(llm.complete(request))).reason).toBe('unavailable');
  });
});

describe('fixtures', () => {
  it('replays a recorded answer by request hash and never stores the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-fx-'));
    const probe = await llmWith(() => json({ owner: null, score: 0 }));
    await probe.llm.complete(request);
    const body = probe.server.requests[0] as ChatBody;
    await probe.server.close();
    writeFileSync(
      join(dir, `${fixtureKey(body)}.json`),
      JSON.stringify({ model: 'recorded', reply: json({ owner: '王丽', score: 10 }) }),
    );
    const { llm } = await llmWith(fixtureResponder(dir));
    expect((await llm.complete(request)).value).toEqual({ owner: '王丽', score: 10 });
    expect(JSON.stringify(body)).not.toContain('sk-test');
  });

  it('RECORD=1 forwards to the real endpoint and writes a fixture without the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-rec-'));
    const real = await startLlmServer(() =>
      json({ owner: '王丽', score: 10 }, { prompt: 42, completion: 7 }),
    );
    const saved = { ...process.env };
    Object.assign(process.env, {
      RECORD: '1',
      JIXIAO_LLM_BASE_URL: real.baseURL,
      JIXIAO_LLM_MODEL: 'real-model',
      JIXIAO_LLM_API_KEY: 'sk-secret-key-123',
    });
    try {
      const { llm } = await llmWith(fixtureResponder(dir));
      expect((await llm.complete(request)).value).toEqual({ owner: '王丽', score: 10 });
      expect(real.requests[0]?.model).toBe('real-model');
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      const text = readFileSync(join(dir, files[0] ?? ''), 'utf8');
      expect(text).not.toContain('sk-secret');
      expect(JSON.parse(text)).toMatchObject({
        model: 'real-model',
        reply: { usage: { prompt: 42, completion: 7 } },
      });
    } finally {
      process.env = saved;
      await real.close();
    }
  });

  it('parseJsonAnswer finds the object in prose', () => {
    expect(parseJsonAnswer('答：{"a":1} 完')).toEqual({ a: 1 });
    expect(() => parseJsonAnswer('没有')).toThrow();
  });
});

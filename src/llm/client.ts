import { jsonrepair } from 'jsonrepair';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { log, maskPhones } from '../log.ts';
import { DIRECT, type Outbound } from '../net/outbound.ts';
import type { LlmConfig, StructuredMode } from './config.ts';

const logger = log.child({ module: 'llm' });

export interface LlmUsage {
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

export function zeroUsage(): LlmUsage {
  return { requests: 0, promptTokens: 0, completionTokens: 0 };
}

export function addUsage(into: LlmUsage, more: LlmUsage): LlmUsage {
  into.requests += more.requests;
  into.promptTokens += more.promptTokens;
  into.completionTokens += more.completionTokens;
  return into;
}

export interface StructuredRequest<T> {
  /** Schema name sent in json_schema mode (`[a-zA-Z0-9_-]`). */
  name: string;
  schema: z.ZodType<T>;
  /** Validates answers instead of `schema` when set: e.g. absent keys read as null (json_object rungs omit them). */
  accept?: z.ZodType<T>;
  system: string;
  user: string;
  /** For logs only (a form id); never form text. */
  label?: string;
}

export interface StructuredAnswer<T> {
  value: T;
  usage: LlmUsage;
  /** The rung that produced the answer. */
  mode: StructuredMode;
  reasks: number;
}

/** What extraction needs from a model: one validated object per request. */
export interface StructuredLlm {
  readonly model: string;
  complete<T>(request: StructuredRequest<T>): Promise<StructuredAnswer<T>>;
}

export type FailureReason =
  | 'timeout'
  | 'unavailable'
  | 'rejected'
  | 'length'
  | 'sensitive'
  | 'invalid'
  | 'empty';

const FAILURE_ZH: Record<FailureReason, string> = {
  timeout: '大模型接口超时',
  unavailable: '大模型接口不可用',
  rejected: '大模型接口拒绝了请求',
  length: '大模型输出被截断',
  sensitive: '大模型拒绝回答（内容审核）',
  invalid: '大模型返回的内容无法通过校验',
  empty: '大模型返回了空内容',
};

/** The model could not give a valid answer; keeps what it said for audit and the tokens it cost. */
export class ExtractionFailed extends AppError {
  constructor(
    readonly reason: FailureReason,
    readonly raw: string,
    readonly issues: string,
    readonly usage: LlmUsage,
    options?: { cause?: unknown },
  ) {
    super(
      'EXTRACTION_FAILED',
      `${FAILURE_ZH[reason]}，已改用规则读取的结果；未能读取的项目已列出，请补充。`,
      {
        cause: options?.cause,
        detail: reason,
      },
    );
  }
}

/** Rungs that worked, per endpoint and model: probed once per process, then reused. */
const capabilities = new Map<string, StructuredMode>();

export function knownCapability(baseURL: string, model: string): StructuredMode | undefined {
  return capabilities.get(`${baseURL}|${model}`);
}

const LADDER: readonly StructuredMode[] = ['json_schema', 'json_object', 'none'];
const MAX_REASKS = 2;
/** A 400/422 about the output format means "this rung is not supported here", not "the request is wrong". */
const FORMAT_REJECTED = /response_format|json_schema|json_object|structured|schema|\bjson\b/i;

class RungRejected extends Error {}

/** `<think>…</think>` (GLM, some Qwen/DeepSeek deployments put reasoning into content). */
export function stripThink(content: string): string {
  return content.replace(/<think>[\s\S]*?<\/think>/gi, '').replace(/^[\s\S]*?<\/think>/i, '');
}

/** The first JSON object of an answer: fenced, bare or broken (jsonrepair). Throws when there is none. */
export function parseJsonAnswer(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)(?:```|$)/i.exec(content);
  const body = fenced?.[1]?.trim() ? fenced[1] : content;
  const start = body.indexOf('{');
  if (start < 0) throw new Error('回答中没有 JSON 对象');
  const candidate = balancedObject(body.slice(start));
  try {
    return JSON.parse(candidate);
  } catch {
    return JSON.parse(jsonrepair(candidate));
  }
}

/** Cuts prose after the object's closing brace; an unclosed object is returned whole for jsonrepair. */
function balancedObject(text: string): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if ((ch === '}' || ch === ']') && --depth === 0) return text.slice(0, i + 1);
  }
  return text;
}

function schemaText(schema: z.ZodType): string {
  return JSON.stringify(z.toJSONSchema(schema));
}

/** The ladder of EXTRACTION.md §3.8 over the real `openai` SDK. */
export class OpenAiStructuredLlm implements StructuredLlm {
  readonly model: string;
  private readonly client: OpenAI;
  private readonly key: string;

  constructor(
    private readonly config: LlmConfig,
    net: Outbound = DIRECT,
  ) {
    this.model = config.model;
    this.key = `${config.baseURL}|${config.model}`;
    this.client = new OpenAI({
      baseURL: config.baseURL,
      apiKey: config.apiKey ?? 'not-needed',
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
      // The outbound proxy (HTTPS_PROXY / JIXIAO_PROXY), which the SDK's global fetch would ignore.
      fetch: net.fetch,
    });
  }

  async complete<T>(request: StructuredRequest<T>): Promise<StructuredAnswer<T>> {
    const usage = zeroUsage();
    let mode: StructuredMode =
      this.config.structured === 'auto'
        ? (capabilities.get(this.key) ?? 'json_schema')
        : this.config.structured;
    for (;;) {
      try {
        const answer = await this.rung(mode, request, usage);
        if (this.config.structured === 'auto') capabilities.set(this.key, mode);
        logger.info({ label: request.label, mode, reasks: answer.reasks, ...usage }, 'llm answer accepted');
        return answer;
      } catch (err) {
        const next = LADDER[LADDER.indexOf(mode) + 1];
        if (err instanceof RungRejected && next && this.config.structured === 'auto') {
          logger.warn(
            { label: request.label, from: mode, to: next },
            'structured mode rejected, downgrading',
          );
          mode = next;
          capabilities.set(this.key, mode);
          continue;
        }
        if (err instanceof RungRejected) {
          throw new ExtractionFailed('rejected', '', err.message, usage, { cause: err });
        }
        if (err instanceof ExtractionFailed) {
          logger.warn({ label: request.label, reason: err.reason, ...usage }, 'llm extraction failed');
        }
        throw err;
      }
    }
  }

  private messagesFor(
    mode: StructuredMode,
    request: StructuredRequest<unknown>,
  ): ChatCompletionMessageParam[] {
    let system = request.system;
    let user = request.user;
    if (mode !== 'json_schema') {
      system += `\n\n只输出一个 JSON 对象，不要输出其他文字。JSON 必须符合以下 JSON Schema：\n${schemaText(request.schema)}`;
    }
    if (mode === 'json_object' && this.config.requiresJsonWord && !/json/i.test(user)) {
      user += '\n\n请以 JSON 格式回答。';
    }
    return [
      { role: 'system', content: system },
      { role: 'user', content: user },
    ];
  }

  private async rung<T>(
    mode: StructuredMode,
    request: StructuredRequest<T>,
    usage: LlmUsage,
  ): Promise<StructuredAnswer<T>> {
    const messages = this.messagesFor(mode, request);
    const responseFormat =
      mode === 'json_schema'
        ? zodResponseFormat(request.schema as z.ZodType, request.name)
        : mode === 'json_object'
          ? ({ type: 'json_object' } as const)
          : undefined;
    let lastRaw = '';
    let lastIssues = '';
    let lastReason: FailureReason = 'invalid';
    for (let attempt = 0; attempt <= MAX_REASKS; attempt++) {
      const completion = await this.send(messages, responseFormat, usage);
      const choice = completion.choices[0];
      const finish = String(choice?.finish_reason ?? '');
      const message = choice?.message;
      const toolArgs = message?.tool_calls?.find((c) => c.type === 'function')?.function.arguments;
      const raw = message?.content || toolArgs || '';
      lastRaw = raw;
      if (finish === 'length') throw new ExtractionFailed('length', raw, '输出达到长度上限', usage);
      if (finish === 'sensitive' || finish === 'content_filter') {
        throw new ExtractionFailed('sensitive', raw, `finish_reason: ${finish}`, usage);
      }
      if (finish === 'network_error') throw new ExtractionFailed('unavailable', raw, finish, usage);
      const content = stripThink(raw).trim();
      if (content === '') {
        lastReason = 'empty';
        lastIssues = '回答为空。';
      } else {
        const checked = validate(content, request.accept ?? request.schema);
        if (checked.ok) return { value: checked.value, usage, mode, reasks: attempt };
        lastReason = 'invalid';
        lastIssues = checked.issues;
      }
      if (attempt < MAX_REASKS) {
        messages.push({ role: 'assistant', content: raw || '（空）' });
        messages.push({
          role: 'user',
          content: `上一个回答无法使用：\n${lastIssues}\n请只输出修正后的完整 JSON 对象。`,
        });
      }
    }
    throw new ExtractionFailed(lastReason, lastRaw, lastIssues, usage);
  }

  private async send(
    messages: ChatCompletionMessageParam[],
    responseFormat: ReturnType<typeof zodResponseFormat> | { type: 'json_object' } | undefined,
    usage: LlmUsage,
  ): Promise<OpenAI.Chat.Completions.ChatCompletion> {
    try {
      const completion = await this.client.chat.completions.create({
        ...this.config.extraBody,
        model: this.model,
        messages,
        temperature: this.config.fixedTemperature ?? 0,
        max_tokens: this.config.maxTokens,
        ...(responseFormat ? { response_format: responseFormat } : {}),
        stream: false,
      });
      usage.requests += 1;
      usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
      usage.completionTokens += completion.usage?.completion_tokens ?? 0;
      logger.debug(
        {
          mode: responseFormat?.type ?? 'none',
          promptTokens: completion.usage?.prompt_tokens,
          completionTokens: completion.usage?.completion_tokens,
          finish: completion.choices[0]?.finish_reason,
        },
        'llm request',
      );
      return completion;
    } catch (err) {
      if (err instanceof OpenAI.APIConnectionTimeoutError) {
        throw new ExtractionFailed('timeout', '', err.message, usage, { cause: err });
      }
      if (err instanceof OpenAI.APIConnectionError) {
        throw new ExtractionFailed('unavailable', '', err.message, usage, { cause: err });
      }
      if (err instanceof OpenAI.APIError) {
        usage.requests += 1;
        const message = maskPhones(err.message);
        if (
          (err.status === 400 || err.status === 422) &&
          responseFormat &&
          FORMAT_REJECTED.test(err.message)
        ) {
          throw new RungRejected(message);
        }
        const reason: FailureReason = err.status === 400 || err.status === 422 ? 'rejected' : 'unavailable';
        throw new ExtractionFailed(reason, '', `HTTP ${err.status}: ${message}`, usage, { cause: err });
      }
      throw err;
    }
  }
}

function validate<T>(
  content: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; issues: string } {
  let json: unknown;
  try {
    json = parseJsonAnswer(content);
  } catch (err) {
    return { ok: false, issues: `不是有效的 JSON：${(err as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: z.prettifyError(parsed.error) };
}

/** The configured model, or null: callers then keep the deterministic result. */
export function createLlm(config: LlmConfig | null, net: Outbound = DIRECT): StructuredLlm | null {
  return config ? new OpenAiStructuredLlm(config, net) : null;
}

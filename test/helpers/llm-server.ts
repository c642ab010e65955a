/**
 * The one allowed fake (EXTRACTION.md §6): a loopback OpenAI-compatible server. It records every request body and
 * answers from a scripted responder, or from fixtures keyed by hash(messages, response_format). With RECORD=1 and a
 * real endpoint in JIXIAO_LLM_BASE_URL / JIXIAO_LLM_MODEL / JIXIAO_LLM_API_KEY it forwards each request and writes
 * the answer to test/fixtures/llm/<hash>.json (the key is never written).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  temperature?: number;
  max_tokens?: number;
}

export type Reply =
  /** A normal completion. */
  | {
      content?: string | null;
      finish?: string;
      usage?: { prompt: number; completion: number };
      reasoning?: string;
      toolArgs?: string;
      delayMs?: number;
    }
  /** A raw HTTP answer (errors, rate limits). */
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number };

export type Responder = (body: ChatBody, index: number) => Reply | Promise<Reply>;

export interface LlmServer {
  baseURL: string;
  requests: ChatBody[];
  close(): Promise<void>;
}

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/llm');

export async function startLlmServer(responder: Responder): Promise<LlmServer> {
  const requests: ChatBody[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatBody;
      requests.push(body);
      const reply = await responder(body, requests.length - 1);
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (res.destroyed) return;
      if ('status' in reply) {
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify(reply.body ?? { error: { message: `HTTP ${reply.status}` } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(completion(body, reply)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function completion(body: ChatBody, reply: Exclude<Reply, { status: number }>) {
  return {
    id: 'chatcmpl-loopback',
    object: 'chat.completion',
    created: 0,
    model: body.model,
    choices: [
      {
        index: 0,
        finish_reason: reply.finish ?? (reply.toolArgs ? 'tool_calls' : 'stop'),
        message: {
          role: 'assistant',
          content: reply.content ?? null,
          ...(reply.reasoning ? { reasoning_content: reply.reasoning } : {}),
          ...(reply.toolArgs
            ? {
                tool_calls: [
                  { id: 'call_1', type: 'function', function: { name: 'answer', arguments: reply.toolArgs } },
                ],
              }
            : {}),
        },
      },
    ],
    usage: reply.usage
      ? {
          prompt_tokens: reply.usage.prompt,
          completion_tokens: reply.usage.completion,
          total_tokens: reply.usage.prompt + reply.usage.completion,
        }
      : undefined,
  };
}

export function fixtureKey(body: ChatBody): string {
  const keyed = JSON.stringify({ messages: body.messages, response_format: body.response_format ?? null });
  return createHash('sha256').update(keyed).digest('hex').slice(0, 16);
}

/**
 * Replays test/fixtures/llm/<key>.json; a request without a fixture gets a 404 that names its key.
 * With RECORD=1 it forwards to the real endpoint and writes the fixture first.
 */
export function fixtureResponder(dir = FIXTURE_DIR): Responder {
  return async (body) => {
    const key = fixtureKey(body);
    const file = join(dir, `${key}.json`);
    if (process.env.RECORD === '1' && !existsSync(file)) await record(body, file);
    if (!existsSync(file)) return { status: 404, body: { error: { message: `no fixture ${key}` } } };
    return (JSON.parse(readFileSync(file, 'utf8')) as { reply: Reply }).reply;
  };
}

async function record(body: ChatBody, file: string): Promise<void> {
  const base = process.env.JIXIAO_LLM_BASE_URL;
  const model = process.env.JIXIAO_LLM_MODEL;
  if (!base || !model) throw new Error('RECORD=1 needs JIXIAO_LLM_BASE_URL and JIXIAO_LLM_MODEL');
  const res = await fetch(`${base.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(process.env.JIXIAO_LLM_API_KEY
        ? { authorization: `Bearer ${process.env.JIXIAO_LLM_API_KEY}` }
        : {}),
    },
    body: JSON.stringify({ ...body, model }),
  });
  const json = (await res.json()) as {
    choices?: { finish_reason?: string; message?: { content?: string | null } }[];
    usage?: { prompt_tokens?: number; completion_tokens?: number };
  };
  // Only what replay needs: no headers, ids or keys.
  const reply: Reply = res.ok
    ? {
        content: json.choices?.[0]?.message?.content ?? null,
        finish: json.choices?.[0]?.finish_reason ?? 'stop',
        usage: { prompt: json.usage?.prompt_tokens ?? 0, completion: json.usage?.completion_tokens ?? 0 },
      }
    : { status: res.status, body: json };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ model, recordedAt: new Date().toISOString(), reply }, null, 2)}\n`);
}

/** Shorthand for a scripted JSON answer. */
export function json(value: unknown, usage = { prompt: 100, completion: 20 }): Reply {
  return { content: JSON.stringify(value), usage };
}

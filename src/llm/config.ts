import { z } from 'zod';
import { parseConfig } from '../config.ts';

/** `FOO=` in an env file means unset, not the empty string. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

export const STRUCTURED_MODES = ['json_schema', 'json_object', 'none'] as const;
export type StructuredMode = (typeof STRUCTURED_MODES)[number];

/** The LLM endpoint (EXTRACTION.md §4): any OpenAI-compatible base URL; unset = deterministic path only. */
export const llmConfigSchema = z
  .object({
    JIXIAO_LLM_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
    JIXIAO_LLM_MODEL: optional(z.string().min(1)),
    /** Local vLLM / Ollama need no key. */
    JIXIAO_LLM_API_KEY: optional(z.string().min(1)),
    /** Per HTTP request; the SDK retries timeouts, 429 and 5xx `JIXIAO_LLM_MAX_RETRIES` times. */
    JIXIAO_LLM_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(600_000)).default(60_000),
    JIXIAO_LLM_MAX_RETRIES: optional(z.coerce.number().int().min(0).max(10)).default(2),
    /** `auto` probes the ladder json_schema → json_object → none and remembers what works. */
    JIXIAO_LLM_STRUCTURED: optional(z.enum(['auto', ...STRUCTURED_MODES])).default('auto'),
    /** DeepSeek and DashScope reject json_object unless the prompt contains the word "JSON". */
    JIXIAO_LLM_REQUIRES_JSON_WORD: optional(bool).default(true),
    /** For providers that fix the temperature (Kimi K2.x); otherwise 0. */
    JIXIAO_LLM_TEMPERATURE: optional(z.coerce.number().min(0).max(2)),
    JIXIAO_LLM_MAX_TOKENS: optional(z.coerce.number().int().min(64).max(200_000)).default(4096),
    /**
     * Provider switches merged into every request, as JSON: `{"thinking":{"type":"disabled"}}` (Kimi, GLM) or
     * `{"enable_thinking":false}` (Qwen3 on DashScope: thinking mode has no structured output).
     */
    JIXIAO_LLM_EXTRA_BODY: optional(
      z.string().transform((s, ctx) => {
        try {
          const v: unknown = JSON.parse(s);
          if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
        } catch {}
        ctx.addIssue({ code: 'custom', message: '需要一个 JSON 对象，例如 {"enable_thinking":false}' });
        return z.NEVER;
      }),
    ),
  })
  .refine((c) => (c.JIXIAO_LLM_BASE_URL === undefined) === (c.JIXIAO_LLM_MODEL === undefined), {
    message: 'JIXIAO_LLM_BASE_URL 与 JIXIAO_LLM_MODEL 需同时设置（或都不设置）',
    path: ['JIXIAO_LLM_MODEL'],
  });

export interface LlmConfig {
  baseURL: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  structured: StructuredMode | 'auto';
  requiresJsonWord: boolean;
  fixedTemperature: number | undefined;
  maxTokens: number;
  extraBody?: Record<string, unknown>;
}

/** null when no endpoint is configured: every command then runs on the deterministic path. */
export function loadLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const c = parseConfig(llmConfigSchema, env);
  if (c.JIXIAO_LLM_BASE_URL === undefined || c.JIXIAO_LLM_MODEL === undefined) return null;
  return {
    baseURL: c.JIXIAO_LLM_BASE_URL,
    model: c.JIXIAO_LLM_MODEL,
    apiKey: c.JIXIAO_LLM_API_KEY,
    timeoutMs: c.JIXIAO_LLM_TIMEOUT_MS,
    maxRetries: c.JIXIAO_LLM_MAX_RETRIES,
    structured: c.JIXIAO_LLM_STRUCTURED,
    requiresJsonWord: c.JIXIAO_LLM_REQUIRES_JSON_WORD,
    fixedTemperature: c.JIXIAO_LLM_TEMPERATURE,
    maxTokens: c.JIXIAO_LLM_MAX_TOKENS,
    ...(c.JIXIAO_LLM_EXTRA_BODY ? { extraBody: c.JIXIAO_LLM_EXTRA_BODY } : {}),
  };
}

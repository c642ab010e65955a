/** Reading as every entry point does it: the deterministic readers first, then the LLM for what they left. */
import { AppError } from '../errors.ts';
import { detectFormat } from '../ingest/detect.ts';
import { DEFAULT_LIMITS, type ReadResult } from '../ingest/document.ts';
import { type ReadOptions, readDocument } from '../ingest/read-document.ts';
import type { StructuredLlm } from '../llm/client.ts';
import {
  completeWithLlm,
  type FormLlmReport,
  formFromUnreadableText,
  type LlmCompletion,
} from './llm-extract.ts';

export interface ReadWithLlmResult extends ReadResult {
  /** One report per form: what was asked, filled, dropped and left unread, with token usage. */
  llm: FormLlmReport[];
  usage: LlmCompletion['usage'];
}

/**
 * With no model (`llm` null) this is `readDocument` plus a report of the fields it could not read. With a model,
 * a text the table mapping cannot read at all is sent whole, and every value must be grounded in its lines.
 */
export async function readWithLlm(
  bytes: Uint8Array,
  llm: StructuredLlm | null,
  options: ReadOptions = {},
  /** The deterministic reader: `readDocument`, or the server's worker-thread pool. */
  read: (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult> = readDocument,
): Promise<ReadWithLlmResult> {
  // pdf.js refuses Node Buffers; a plain view over the same memory costs nothing.
  if (Buffer.isBuffer(bytes)) bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const result = await read(bytes, options);
    const completion = await completeWithLlm(result.forms, llm);
    return { ...result, forms: completion.forms, llm: completion.reports, usage: completion.usage };
  } catch (err) {
    if (!(llm && err instanceof AppError && err.code === 'NO_FORM_FOUND')) throw err;
    const text = await plainText(bytes, options);
    if (text === undefined) throw err;
    const completion = await completeWithLlm([formFromUnreadableText(text)], llm);
    // Free text counts as a form only when the model found, in the text itself, at least the project name.
    if (!completion.forms[0]?.record.projectName) throw err;
    return {
      format: 'text',
      layout: 'word-text',
      forms: completion.forms,
      llm: completion.reports,
      usage: completion.usage,
    };
  }
}

/** The document as plain lines for the model: pasted text as is, a PDF's pages as text; other formats none. */
async function plainText(bytes: Uint8Array, options: ReadOptions): Promise<string | undefined> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const detected = detectFormat(bytes, limits);
  if (detected.format === 'text') return detected.text;
  if (detected.format === 'pdf')
    return (await (await import('../ingest/pdf.ts')).readPdf(bytes, limits)).text;
  return undefined;
}

import { AppError, FormUnreadable } from '../errors.ts';
import { gridsToForms } from '../extract/grid-rows.ts';
import { log } from '../log.ts';
import { convertLegacy, type LegacyFormat } from './convert.ts';
import { detectFormat } from './detect.ts';
import { DEFAULT_LIMITS, type ReaderLimits, type ReadResult } from './document.ts';
import { readDocxGrids } from './docx.ts';
import type { Grid } from './grid.ts';
import { readTextForms } from './text.ts';
import { readXlsxGrids } from './xlsx.ts';

const logger = log.child({ module: 'ingest/read-document' });

export interface ReadOptions {
  /** File name, for messages and `record.source` only: the format is decided by content. */
  name?: string;
  limits?: ReaderLimits;
  /** Environment for the .doc/.xls converter (JIXIAO_SOFFICE, PATH); defaults to process.env. */
  env?: Record<string, string | undefined>;
}

const NO_FORM =
  '文件中没有找到项目支出绩效自评表（需要包含“项目名称”、项目资金和绩效指标等栏目）。请检查是否上传了正确的文件。';

function formsOf(
  format: ReadResult['format'],
  layout: 'docx' | 'xlsx' | 'pdf',
  grids: Grid[],
  name?: string,
): ReadResult {
  const forms = gridsToForms(grids, name === undefined ? {} : { source: name });
  if (forms.length === 0) throw new FormUnreadable('NO_FORM_FOUND', NO_FORM);
  return { format, layout, forms };
}

async function readByContent(
  bytes: Uint8Array,
  options: ReadOptions,
  limits: ReaderLimits,
  signal: AbortSignal,
): Promise<ReadResult> {
  const detected = detectFormat(bytes, limits);
  switch (detected.format) {
    case 'text':
      return { format: 'text', ...readTextForms(detected.text, options.name) };
    case 'docx':
      return formsOf('docx', 'docx', await readDocxGrids(bytes, limits), options.name);
    case 'xlsx':
      return formsOf('xlsx', 'xlsx', await readXlsxGrids(bytes, limits), options.name);
    case 'pdf': {
      // Loaded on first use: pdf.js's polyfills slow JSON.stringify and Array#push in the whole thread.
      const { readPdfGrids } = await import('./pdf.ts');
      return formsOf('pdf', 'pdf', await readPdfGrids(bytes, limits, signal), options.name);
    }
    case 'doc':
    case 'xls':
      return readLegacy(bytes, detected.format, options, limits, signal);
  }
}

async function readLegacy(
  bytes: Uint8Array,
  format: LegacyFormat,
  options: ReadOptions,
  limits: ReaderLimits,
  signal: AbortSignal,
): Promise<ReadResult> {
  const converted = await convertLegacy(bytes, format, {
    timeoutMs: limits.timeoutMs,
    maxBytes: limits.maxBytes,
    signal,
    ...(options.env ? { env: options.env } : {}),
  });
  return format === 'doc'
    ? formsOf('doc', 'docx', await readDocxGrids(converted, limits), options.name)
    : formsOf('xls', 'xlsx', await readXlsxGrids(converted, limits), options.name);
}

function timeout(limits: ReaderLimits): FormUnreadable {
  return new FormUnreadable(
    'FILE_UNREADABLE',
    `读取文件超时（超过 ${Math.round(limits.timeoutMs / 1000)} 秒），文件可能过大或结构异常。请拆分文件，或另存为 .docx/.xlsx 后再上传。`,
  );
}

/**
 * Bytes of an uploaded file → the forms in it. The reader is chosen by content (detect.ts); the whole read
 * is bounded by `limits.timeoutMs`. Throws AppError (FormUnreadable for the file's own problems) whose
 * `userMessage` is Chinese and says what to do.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (bytes.byteLength > limits.maxBytes) {
    throw new FormUnreadable(
      'FILE_TOO_LARGE',
      `文件超过 ${Math.round(limits.maxBytes / 1048576)} MB 上限，请拆分后再上传。`,
    );
  }
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(timeout(limits));
    }, limits.timeoutMs);
  });
  const started = Date.now();
  try {
    const result = await Promise.race([readByContent(bytes, options, limits, controller.signal), expired]);
    logger.info(
      { format: result.format, forms: result.forms.length, ms: Date.now() - started },
      'document read',
    );
    return result;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (controller.signal.aborted) throw timeout(limits);
    throw new FormUnreadable(
      'FILE_UNREADABLE',
      '文件无法读取（可能已损坏）。请重新导出或另存为 .docx/.xlsx 后再上传。',
      {
        cause: err,
      },
    );
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

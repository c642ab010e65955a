import type { FormRecord, Provenance } from '../record/record.ts';

export type DocumentFormat = 'docx' | 'xlsx' | 'pdf' | 'doc' | 'xls' | 'text';
/** How the record was read: a table reader, one of the two text layouts, or a pasted table (TSV, `|` table, HTML). */
export type Layout = 'docx' | 'xlsx' | 'pdf' | 'word-text' | 'pdf-text' | 'tsv' | 'pipe' | 'html';

export interface ParsedForm {
  record: FormRecord;
  provenance: Provenance;
  /** What the reader could not read or had to guess (Chinese, for the user). */
  notes: string[];
  /** The form as compact text with cell ids (`R5C2\t产出指标`), for the LLM and grounding. */
  sourceText?: string;
}

export interface ReadResult {
  format: DocumentFormat;
  layout: Layout;
  forms: ParsedForm[];
}

/** Bounds that keep hostile files from exhausting the process; all configurable. */
export interface ReaderLimits {
  maxBytes: number;
  maxUnzippedBytes: number;
  maxPages: number;
  maxRows: number;
  maxCells: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReaderLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxPages: 300,
  maxRows: 20_000,
  maxCells: 400_000,
  timeoutMs: 60_000,
};

export const READABLE_FORMATS_ZH =
  '.docx、.xlsx、.pdf（含文字层）、.doc/.xls（需安装 LibreOffice）或直接粘贴的文本';

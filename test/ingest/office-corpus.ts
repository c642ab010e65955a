import { readFileSync } from 'node:fs';
import { gridsToForms } from '../../src/extract/grid-rows.ts';
import type { ReaderLimits } from '../../src/ingest/document.ts';
import type { Grid } from '../../src/ingest/grid.ts';
import { type Agreement, compareRecordLists } from '../helpers/compare-records.ts';
import { corpusPath } from '../helpers/corpus.ts';

/** The office corpus files with their reference records and form counts (shared/corpus/README.md). */
export const OFFICE_FILES: { id: string; forms: number }[] = [
  { id: 'dev-000', forms: 22 },
  { id: 'dev-001', forms: 2 },
  { id: 'dev-002', forms: 8 },
  { id: 'dev-003', forms: 128 },
  { id: 'dev-004', forms: 9 },
  { id: '000-001', forms: 1 },
  { id: '002-001', forms: 1 },
  { id: '003-010', forms: 1 },
  { id: '004-001', forms: 1 },
];

export function referenceFor(id: string): unknown[] {
  const path = id.startsWith('dev-')
    ? corpusPath('records', `${id}.json`)
    : corpusPath('files', `${id}.json`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return Array.isArray(parsed) ? parsed : [parsed];
}

export interface FileResult {
  id: string;
  forms: number;
  agreement: Agreement;
}

/** Reads every office file of one format through the reader and the mapper, and compares with the references. */
export async function measureFormat(
  ext: 'docx' | 'xlsx',
  read: (bytes: Uint8Array, limits: ReaderLimits) => Promise<Grid[]>,
  limits: ReaderLimits,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const { id } of OFFICE_FILES) {
    const grids = await read(readFileSync(corpusPath('files', `${id}.${ext}`)), limits);
    const forms = gridsToForms(grids);
    results.push({
      id,
      forms: forms.length,
      agreement: compareRecordLists(
        forms.map((f) => f.record),
        referenceFor(id),
      ),
    });
  }
  return results;
}

export function pooled(results: FileResult[]): Agreement {
  return {
    agree: results.reduce((n, r) => n + r.agreement.agree, 0),
    total: results.reduce((n, r) => n + r.agreement.total, 0),
    disagreements: results.flatMap((r) => r.agreement.disagreements),
  };
}

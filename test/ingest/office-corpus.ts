import { readFileSync } from 'node:fs';
import { gridsToForms } from '../../src/extract/grid-rows.ts';
import type { ReaderLimits } from '../../src/ingest/document.ts';
import type { Grid } from '../../src/ingest/grid.ts';
import { type Agreement, compareRecordLists } from '../helpers/compare-records.ts';
import { type Corpus, corpusPath } from '../helpers/corpus.ts';

/** An office document of a corpus: `<dir>/<id>.<ext>`, with its form count (shared/corpus/README.md). */
export interface OfficeFile {
  id: string;
  forms: number;
  /** `files` (clean template, the default) or `files-faithful` (the forms' own cell structure). */
  dir?: 'files' | 'files-faithful';
}

/** Every clean-template office file of `../shared/corpus/files`. */
export const OFFICE_FILES: OfficeFile[] = [
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

/** Every file of `../shared/corpus/files-faithful`: the word-text forms with their own cell structure. */
export const FAITHFUL_FILES: OfficeFile[] = [
  { id: 'dev-000', forms: 22, dir: 'files-faithful' },
  { id: 'dev-001', forms: 2, dir: 'files-faithful' },
  { id: 'dev-002', forms: 8, dir: 'files-faithful' },
  { id: 'dev-004', forms: 9, dir: 'files-faithful' },
];

const SINGLE_FORMS: OfficeFile[] = OFFICE_FILES.filter((f) => !f.id.startsWith('dev-'));
const FAITHFUL_FIXTURES = FAITHFUL_FILES.filter((f) => f.id === 'dev-001' || f.id === 'dev-002');

/** The office files of test/fixtures/corpus, per format (its README). */
export const FIXTURE_OFFICE_FILES: Record<'docx' | 'xlsx' | 'pdf', OfficeFile[]> = {
  docx: [
    ...OFFICE_FILES.filter((f) => ['dev-000', 'dev-001', 'dev-002', 'dev-004'].includes(f.id)),
    ...SINGLE_FORMS,
    ...FAITHFUL_FIXTURES,
  ],
  xlsx: [...OFFICE_FILES.filter((f) => f.id === 'dev-001'), ...SINGLE_FORMS, ...FAITHFUL_FIXTURES],
  pdf: [...OFFICE_FILES.filter((f) => f.id === 'dev-001'), ...SINGLE_FORMS, ...FAITHFUL_FIXTURES],
};

/** The office files of a corpus in one format: every file of the dev corpus, or those of the fixture subset. */
export function officeFiles(c: Corpus, ext: 'docx' | 'xlsx' | 'pdf'): OfficeFile[] {
  return c.kind === 'dev' ? [...OFFICE_FILES, ...FAITHFUL_FILES] : FIXTURE_OFFICE_FILES[ext];
}

/** `files-faithful/dev-001` for a faithful file, the id alone for a clean one. */
export function fileLabel(file: OfficeFile): string {
  return file.dir === 'files-faithful' ? `files-faithful/${file.id}` : file.id;
}

/** Path of a corpus file: `corpusPath` for ../shared/corpus, `fixturePath` for test/fixtures/corpus. */
export type CorpusAt = (...parts: string[]) => string;

export function referenceFor(id: string, at: CorpusAt = corpusPath): unknown[] {
  const path = id.startsWith('dev-') ? at('records', `${id}.json`) : at('files', `${id}.json`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return Array.isArray(parsed) ? parsed : [parsed];
}

export function officeFilePath(file: OfficeFile, ext: string, at: CorpusAt = corpusPath): string {
  return at(file.dir ?? 'files', `${file.id}.${ext}`);
}

export interface FileResult {
  id: string;
  forms: number;
  agreement: Agreement;
}

/** Reads office files of one format through the reader and the mapper, and compares with the references. */
export async function measureFormat(
  ext: 'docx' | 'xlsx',
  read: (bytes: Uint8Array, limits: ReaderLimits) => Promise<Grid[]>,
  limits: ReaderLimits,
  files: OfficeFile[] = OFFICE_FILES,
  at: CorpusAt = corpusPath,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    const grids = await read(readFileSync(officeFilePath(file, ext, at)), limits);
    const forms = gridsToForms(grids);
    results.push({
      id: fileLabel(file),
      forms: forms.length,
      agreement: compareRecordLists(
        forms.map((f) => f.record),
        referenceFor(file.id, at),
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

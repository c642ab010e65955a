import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Two corpora with the same layout (`text/`, `records/`, `files/`, `files-faithful/`):
 * - `../shared/corpus` beside the checkout: the whole dev corpus, for corpus-wide tests and benches;
 * - `test/fixtures/corpus`: a small subset kept in the repository (see its README), so that a fresh clone
 *   with nothing beside it runs the unit tests on real forms, and the corpus-wide tests on fewer forms.
 */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');
export const hasCorpus = existsSync(join(CORPUS_DIR, 'README.md'));
export const NO_CORPUS = `skipped: ../shared/corpus not found at ${CORPUS_DIR}`;
export const FIXTURE_CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/corpus');

export function corpusPath(...parts: string[]): string {
  return join(CORPUS_DIR, ...parts);
}

/** A file of the in-repository subset (`test/fixtures/corpus`). */
export function fixturePath(...parts: string[]): string {
  return join(FIXTURE_CORPUS_DIR, ...parts);
}

function textFilesIn(dir: string): string[] {
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

function recordsIn(dir: string, textFile: string): unknown[] {
  return JSON.parse(
    readFileSync(join(dir, 'records', `dev-${textFile.slice(0, 3)}.json`), 'utf8'),
  ) as unknown[];
}

export function textFiles(): string[] {
  return textFilesIn(CORPUS_DIR);
}

/** Reference records of a text file (`000_….txt` → `records/dev-000.json`). */
export function referenceRecords(textFile: string): unknown[] {
  return recordsIn(CORPUS_DIR, textFile);
}

/** The text files of the in-repository subset: the four word-text files whole, the pdf-text file cut after six forms. */
export function fixtureTextFiles(): string[] {
  return textFilesIn(FIXTURE_CORPUS_DIR);
}

/** Reference records of a text file of the in-repository subset, in the same order as its forms. */
export function fixtureRecords(textFile: string): unknown[] {
  return recordsIn(FIXTURE_CORPUS_DIR, textFile);
}

/**
 * A corpus a corpus-wide test runs on. The same assertions hold on both; what differs (how many forms, which
 * forms show a given finding) is a fact of the data that each test states per corpus (`kind`).
 */
export interface Corpus {
  kind: 'dev' | 'fixtures';
  /** for test names: which corpus the figures are of */
  label: string;
  path(...parts: string[]): string;
  textFiles(): string[];
  /** Reference records of a text file, in the order of its forms. */
  records(textFile: string): unknown[];
  /** Every reference record of the text files (`records/dev-*.json`), file by file. */
  allRecords(): unknown[];
}

function corpusAt(kind: Corpus['kind'], dir: string, label: string): Corpus {
  const files = () => textFilesIn(dir);
  return {
    kind,
    label,
    path: (...parts) => join(dir, ...parts),
    textFiles: files,
    records: (textFile) => recordsIn(dir, textFile),
    allRecords: () => files().flatMap((f) => recordsIn(dir, f)),
  };
}

export const DEV_CORPUS = corpusAt('dev', CORPUS_DIR, 'dev corpus, ../shared/corpus');
export const FIXTURE_CORPUS = corpusAt(
  'fixtures',
  FIXTURE_CORPUS_DIR,
  'fixture subset, test/fixtures/corpus: ../shared/corpus not found',
);

/** The corpus of the corpus-wide tests: the whole dev corpus when ../shared is there, else the in-repository subset. */
export const corpus: Corpus = hasCorpus ? DEV_CORPUS : FIXTURE_CORPUS;

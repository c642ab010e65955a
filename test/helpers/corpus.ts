import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared/corpus` beside the checkout; tests that need it skip with a message when absent. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');
export const hasCorpus = existsSync(join(CORPUS_DIR, 'README.md'));
export const NO_CORPUS = `skipped: ../shared/corpus not found at ${CORPUS_DIR}`;

export function corpusPath(...parts: string[]): string {
  return join(CORPUS_DIR, ...parts);
}

export function textFiles(): string[] {
  return readdirSync(corpusPath('text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Reference records of a text file (`000_….txt` → `records/dev-000.json`). */
export function referenceRecords(textFile: string): unknown[] {
  return JSON.parse(
    readFileSync(corpusPath('records', `dev-${textFile.slice(0, 3)}.json`), 'utf8'),
  ) as unknown[];
}

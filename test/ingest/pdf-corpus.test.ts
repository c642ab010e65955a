import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { agreementPercent, compareRecordLists, formatDisagreements } from '../helpers/compare-records.ts';
import { corpusPath, hasCorpus, NO_CORPUS } from '../helpers/corpus.ts';

/** Corpus PDFs (office-suite renderings, exact records by construction) and their form counts. */
const FILES: [id: string, forms: number][] = [
  ['dev-000', 22],
  ['dev-001', 2],
  ['dev-002', 8],
  ['dev-003', 128],
  ['dev-004', 9],
  ['000-001', 1],
  ['002-001', 1],
  ['003-010', 1],
  ['004-001', 1],
];

function reference(id: string): unknown[] {
  const path = id.startsWith('dev-')
    ? corpusPath('records', `${id}.json`)
    : corpusPath('files', `${id}.json`);
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  return Array.isArray(parsed) ? parsed : [parsed];
}

describe.skipIf(!hasCorpus)(`corpus PDFs through readDocument ${hasCorpus ? '' : NO_CORPUS}`, () => {
  for (const [id, count] of FILES) {
    it(`${id}.pdf: ${count} form(s), ≥ 98 % field agreement`, async () => {
      const result = await readDocument(new Uint8Array(readFileSync(corpusPath('files', `${id}.pdf`))), {
        name: `${id}.pdf`,
      });
      expect(result).toMatchObject({ format: 'pdf', layout: 'pdf' });
      expect(result.forms).toHaveLength(count);
      const agreement = compareRecordLists(
        result.forms.map((f) => f.record),
        reference(id),
      );
      expect(agreementPercent(agreement), formatDisagreements(agreement)).toBeGreaterThanOrEqual(98);
      // Every rule-read field points at a PDF cell (`p3 R12C4`) or a text line (`p2 L1`).
      for (const form of result.forms) {
        for (const source of Object.values(form.provenance))
          expect(source.ref).toMatch(/^p\d+ (R\d+C\d+|L\d+)$/);
      }
    });
  }

  it('a truncated corpus PDF gets a clear Chinese message', async () => {
    const whole = readFileSync(corpusPath('files', 'dev-001.pdf'));
    const err = await readDocument(new Uint8Array(whole.subarray(0, Math.floor(whole.length * 0.9)))).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FormUnreadable);
    expect((err as FormUnreadable).code).toBe('FILE_UNREADABLE');
    expect((err as FormUnreadable).userMessage).toContain('PDF');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import {
  type Agreement,
  agreementPercent,
  compareRecordLists,
  formatDisagreements,
} from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';
import {
  type CorpusAt,
  fileLabel,
  type OfficeFile,
  officeFilePath,
  officeFiles,
  pooled,
  referenceFor,
} from './office-corpus.ts';

/** Reads one PDF through readDocument and checks its form count, agreement and provenance. */
async function checkPdf(file: OfficeFile, at: CorpusAt, threshold: number): Promise<Agreement> {
  const result = await readDocument(new Uint8Array(readFileSync(officeFilePath(file, 'pdf', at))), {
    name: `${file.id}.pdf`,
  });
  expect(result).toMatchObject({ format: 'pdf', layout: 'pdf' });
  expect(result.forms).toHaveLength(file.forms);
  const agreement = compareRecordLists(
    result.forms.map((f) => f.record),
    referenceFor(file.id, at),
  );
  expect(agreementPercent(agreement), formatDisagreements(agreement)).toBeGreaterThanOrEqual(threshold);
  // Every rule-read field points at a PDF cell (`p3 R12C4`) or a text line (`p2 L1`).
  for (const form of result.forms) {
    for (const source of Object.values(form.provenance)) expect(source.ref).toMatch(/^p\d+ (R\d+C\d+|L\d+)$/);
  }
  return agreement;
}

describe('PDF reading failures', () => {
  it('a truncated PDF gets a clear Chinese message', async () => {
    const whole = readFileSync(fixturePath('files', 'dev-001.pdf'));
    const err = await readDocument(new Uint8Array(whole.subarray(0, Math.floor(whole.length * 0.9)))).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FormUnreadable);
    expect((err as FormUnreadable).code).toBe('FILE_UNREADABLE');
    expect((err as FormUnreadable).userMessage).toContain('PDF');
  });
});

describeCorpus('PDFs through readDocument', (c) => {
  const files = officeFiles(c, 'pdf');
  for (const file of files.filter((f) => f.dir !== 'files-faithful')) {
    it(`${fileLabel(file)}.pdf: ${file.forms} form(s), ≥ 98 % field agreement`, async () => {
      await checkPdf(file, c.path, 98);
    });
  }

  const faithfulFiles = files.filter((f) => f.dir === 'files-faithful');
  const faithful: Agreement[] = [];
  for (const file of faithfulFiles) {
    it(`${fileLabel(file)}.pdf: ${file.forms} form(s), ≥ 98 % field agreement`, async () => {
      faithful.push(await checkPdf(file, c.path, 98));
    });
  }

  it(`files-faithful .pdf: ≥ 99.8 % field agreement over all ${faithfulFiles.length} files`, () => {
    expect(faithful).toHaveLength(faithfulFiles.length);
    const all = pooled(faithful.map((agreement) => ({ id: '', forms: 0, agreement })));
    expect(agreementPercent(all), formatDisagreements(all)).toBeGreaterThanOrEqual(99.8);
  });
});

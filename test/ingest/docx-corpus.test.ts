import { beforeAll, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import { agreementPercent, formatDisagreements } from '../helpers/compare-records.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';
import { type FileResult, fileLabel, measureFormat, officeFiles, pooled } from './office-corpus.ts';

const isFaithful = (r: FileResult) => r.id.startsWith('files-faithful/');

describeCorpus('.docx files through the mapper', (c) => {
  const files = officeFiles(c, 'docx');
  let results: FileResult[] = [];
  beforeAll(async () => {
    results = await measureFormat('docx', readDocxGrids, DEFAULT_LIMITS, files, c.path);
  }, 120_000);

  it.each(files.map((f) => ({ ...f, label: fileLabel(f) })))(
    '$label: finds $forms form(s)',
    ({ label, forms }) => {
      expect(results.find((r) => r.id === label)?.forms).toBe(forms);
    },
  );

  it('clean template files: agree with the reference records on ≥ 99.5 % of fields', () => {
    const all = pooled(results.filter((r) => !isFaithful(r)));
    expect(agreementPercent(all), formatDisagreements(all)).toBeGreaterThanOrEqual(99.5);
  });

  it('files-faithful: agrees with the reference records on every field', () => {
    const all = pooled(results.filter(isFaithful));
    expect(agreementPercent(all), formatDisagreements(all)).toBe(100);
  });
});

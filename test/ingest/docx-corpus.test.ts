import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import { agreementPercent, formatDisagreements } from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';
import {
  FAITHFUL_FILES,
  FIXTURE_OFFICE_FILES,
  type FileResult,
  fileLabel,
  measureFormat,
  OFFICE_FILES,
  pooled,
} from './office-corpus.ts';

const isFaithful = (r: FileResult) => r.id.startsWith('files-faithful/');

describe('.docx fixture files through the mapper (test/fixtures/corpus)', () => {
  const files = FIXTURE_OFFICE_FILES.docx;
  let results: FileResult[] = [];
  beforeAll(async () => {
    results = await measureFormat('docx', readDocxGrids, DEFAULT_LIMITS, files, fixturePath);
  }, 60_000);

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

describeCorpus('.docx corpus files through the mapper', () => {
  const files = [...OFFICE_FILES, ...FAITHFUL_FILES];
  let results: FileResult[] = [];
  beforeAll(async () => {
    results = await measureFormat('docx', readDocxGrids, DEFAULT_LIMITS, files);
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

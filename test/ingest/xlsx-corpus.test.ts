import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readXlsxGrids } from '../../src/ingest/xlsx.ts';
import { agreementPercent, formatDisagreements } from '../helpers/compare-records.ts';
import { fixturePath, hasCorpus, NO_CORPUS } from '../helpers/corpus.ts';
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

describe('.xlsx fixture files through the mapper (test/fixtures/corpus)', () => {
  const files = FIXTURE_OFFICE_FILES.xlsx;
  let results: FileResult[] = [];
  beforeAll(async () => {
    results = await measureFormat('xlsx', readXlsxGrids, DEFAULT_LIMITS, files, fixturePath);
  }, 60_000);

  it.each(files.map((f) => ({ ...f, label: fileLabel(f) })))(
    '$label: finds $forms form(s)',
    ({ label, forms }) => {
      expect(results.find((r) => r.id === label)?.forms).toBe(forms);
    },
  );

  it('agrees with the reference records on ≥ 99.5 % of fields', () => {
    const all = pooled(results);
    expect(agreementPercent(all), formatDisagreements(all)).toBeGreaterThanOrEqual(99.5);
  });
});

describe.skipIf(!hasCorpus)(`.xlsx corpus files through the mapper ${hasCorpus ? '' : NO_CORPUS}`, () => {
  const files = [...OFFICE_FILES, ...FAITHFUL_FILES];
  let results: FileResult[] = [];
  beforeAll(async () => {
    results = await measureFormat('xlsx', readXlsxGrids, DEFAULT_LIMITS, files);
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
});

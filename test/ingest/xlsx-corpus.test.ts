import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readXlsxGrids } from '../../src/ingest/xlsx.ts';
import { agreementPercent, formatDisagreements } from '../helpers/compare-records.ts';
import { hasCorpus, NO_CORPUS } from '../helpers/corpus.ts';
import { type FileResult, measureFormat, OFFICE_FILES, pooled } from './office-corpus.ts';

describe.skipIf(!hasCorpus)(`.xlsx corpus files through the mapper ${hasCorpus ? '' : NO_CORPUS}`, () => {
  let results: FileResult[] = [];
  beforeAll(async () => {
    results = await measureFormat('xlsx', readXlsxGrids, DEFAULT_LIMITS);
  }, 60_000);

  it.each(OFFICE_FILES)('$id: finds $forms form(s)', ({ id, forms }) => {
    expect(results.find((r) => r.id === id)?.forms).toBe(forms);
  });

  it('agrees with the reference records on ≥ 99.5 % of fields', () => {
    const all = pooled(results);
    expect(agreementPercent(all), formatDisagreements(all)).toBeGreaterThanOrEqual(99.5);
  });
});

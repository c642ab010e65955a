import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyRecord, formRecordSchema } from '../src/record/record.ts';
import {
  corpusPath,
  fixturePath,
  fixtureRecords,
  fixtureTextFiles,
  hasCorpus,
  NO_CORPUS,
  referenceRecords,
  textFiles,
} from './helpers/corpus.ts';

describe('interchange record schema', () => {
  it('accepts an empty record and rejects a wrong type', () => {
    expect(formRecordSchema.safeParse(emptyRecord()).success).toBe(true);
    expect(formRecordSchema.safeParse({ ...emptyRecord(), totalScore: '99' }).success).toBe(false);
  });

  it('accepts every reference record of the fixture corpus', () => {
    let n = 0;
    for (const file of fixtureTextFiles()) {
      for (const rec of fixtureRecords(file)) {
        const parsed = formRecordSchema.safeParse(rec);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
        n++;
      }
    }
    for (const id of ['000-001', '002-001', '003-010', '004-001']) {
      const parsed = formRecordSchema.safeParse(
        JSON.parse(readFileSync(fixturePath('files', `${id}.json`), 'utf8')),
      );
      expect(parsed.success).toBe(true);
    }
    expect(n).toBe(41 + 6);
  });

  it.skipIf(!hasCorpus)(
    `accepts every corpus reference record (${hasCorpus ? 'corpus found' : NO_CORPUS})`,
    () => {
      let n = 0;
      for (const file of textFiles()) {
        for (const rec of referenceRecords(file)) {
          const parsed = formRecordSchema.safeParse(rec);
          expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
          n++;
        }
      }
      for (const id of ['000-001', '002-001', '003-010', '004-001']) {
        expect(
          formRecordSchema.safeParse(JSON.parse(readFileSync(corpusPath('files', `${id}.json`), 'utf8')))
            .success,
        ).toBe(true);
      }
      expect(n).toBe(169);
    },
  );
});

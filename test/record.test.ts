import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyRecord, formRecordSchema } from '../src/record/record.ts';
import { describeCorpus } from './helpers/corpus-suite.ts';

describe('interchange record schema', () => {
  it('accepts an empty record and rejects a wrong type', () => {
    expect(formRecordSchema.safeParse(emptyRecord()).success).toBe(true);
    expect(formRecordSchema.safeParse({ ...emptyRecord(), totalScore: '99' }).success).toBe(false);
  });
});

describeCorpus('reference records', (c) => {
  it('accepts every reference record of the text files and of the single-form files', () => {
    let n = 0;
    for (const file of c.textFiles()) {
      for (const rec of c.records(file)) {
        const parsed = formRecordSchema.safeParse(rec);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
        n++;
      }
    }
    for (const id of ['000-001', '002-001', '003-010', '004-001']) {
      const parsed = formRecordSchema.safeParse(
        JSON.parse(readFileSync(c.path('files', `${id}.json`), 'utf8')),
      );
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    }
    // the dev corpus; the fixture subset holds the four word-text files whole and six pdf-text forms
    expect(n).toBe(c.kind === 'dev' ? 169 : 41 + 6);
  });
});

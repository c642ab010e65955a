import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FormRecord, formRecordSchema } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';
import { consistentAsFilled, findingsPerPlace, fixesHold } from './acceptance.ts';

/**
 * Issue 11 acceptance, as properties: every suggested fix, applied, leaves the form consistent; a form consistent as
 * filled keeps its stated total with no error; the computed total is never above the total weight; one finding per
 * place. On the fixtures, and on every form of the corpus (the dev corpus when ../shared is there, else the fixture subset).
 */

const load = (file: string): FormRecord[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).map((r) => formRecordSchema.parse(r));

const fixtures = load(resolve(import.meta.dirname, '../fixtures/score/forms.json'));

function properties(records: FormRecord[]) {
  it('every suggested fix, applied, leaves no error and the total equal to its parts', () => {
    const failures = records.flatMap((r) => {
      const res = fixesHold(r);
      return res.ok ? [] : [`${r.id}: ${res.problems.join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('the computed total is never above the total weight', () => {
    for (const r of records) {
      const t = checkRecord(r).score.total;
      if (t.computed !== null) expect(t.computed, r.id).toBeLessThanOrEqual(t.weight);
    }
  });

  it('a form consistent as filled keeps its stated total and gets no error', () => {
    const consistent = records.filter(consistentAsFilled);
    expect(consistent.length).toBeGreaterThan(0);
    for (const r of consistent) {
      const res = checkRecord(r);
      expect(res.score.total.computed, r.id).toBe(r.totalScore);
      expect(
        res.findings.filter((f) => f.severity === 'error'),
        r.id,
      ).toEqual([]);
    }
  });

  it('at most one finding per place', () => {
    for (const r of records) expect(findingsPerPlace(checkRecord(r)).repeated, r.id).toEqual([]);
  });
}

describe('scorer acceptance on the fixtures (test/fixtures/score)', () => {
  it('holds the cases it was picked for', () => {
    expect(fixtures.map((r) => r.id)).toEqual([
      '000-001',
      '000-024',
      '000-006',
      '002-003',
      '003-009',
      '003-117',
      '003-127',
      '004-001',
    ]);
  });
  properties(fixtures);
});

describeCorpus('scorer acceptance on every form', (c) => {
  const records = ['dev-000', 'dev-001', 'dev-002', 'dev-003', 'dev-004'].flatMap((f) =>
    load(c.path('records', `${f}.json`)),
  );
  // the dev corpus; the fixture subset holds 41 word-text forms and six pdf-text forms
  const count = c.kind === 'dev' ? 169 : 47;
  it(`reads the ${count} forms`, () => expect(records).toHaveLength(count));
  properties(records);
});

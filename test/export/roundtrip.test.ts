import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.ts';
import { exportXlsx } from '../../src/export/xlsx.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { compareRecords } from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';

const records = (seed: string) =>
  JSON.parse(readFileSync(fixturePath('records', `dev-${seed}.json`), 'utf8')) as FormRecord[];

/** Every record of the export reads back through the product's own reader, field for field. */
async function expectRoundTrip(bytes: Uint8Array, name: string, expected: FormRecord[]) {
  const read = await readDocument(bytes, { name });
  expect(read.forms).toHaveLength(expected.length);
  read.forms.forEach((form, i) => {
    expect(compareRecords(form.record, expected[i]).disagreements, `${name} form ${i}`).toEqual([]);
  });
}

describe(`export reads back`, () => {
  it.each(['000', '001', '002', '004'])(
    'dev-%s as .xlsx, with the check sheet, reads back to the same records',
    async (seed) => {
      const recs = records(seed);
      const bytes = await exportXlsx(recs.map((record) => ({ record, check: checkRecord(record) })));
      await expectRoundTrip(bytes, `dev-${seed}.xlsx`, recs);
    },
  );

  it.each(['000', '004'])('dev-%s as .docx reads back to the same records', async (seed) => {
    const recs = records(seed);
    const bytes = await exportDocx(recs.map((record) => ({ record, check: checkRecord(record) })));
    await expectRoundTrip(bytes, `dev-${seed}.docx`, recs);
  });

  it('a corrected record (owner filled in, score changed) reads back corrected', async () => {
    const [first, second] = records('000');
    const fixed: FormRecord = {
      ...second!,
      owner: '张三',
      indicators: second!.indicators.map((row, i) => (i === 0 ? { ...row, score: 4, scoreRaw: '4' } : row)),
    };
    const bytes = await exportXlsx([first!, fixed].map((record) => ({ record, check: checkRecord(record) })));
    await expectRoundTrip(bytes, 'fixed.xlsx', [first!, fixed]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.ts';
import { exportXlsx } from '../../src/export/xlsx.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { type FormRecord, formRecordSchema } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { compareRecords } from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { listExamples } from '../templates/examples.ts';

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

/** What other templates' records hold beyond the 财政部 2020 layout, and must keep through an export. */
function kept(r: FormRecord) {
  const f = r.funds;
  const amounts = (row: FormRecord['funds']['total'] | undefined) =>
    row && [row.initialBudget.raw, row.annualBudget.raw, row.executed.raw, row.rate.raw, row.score.raw];
  return {
    unit: f.unit ?? '万元',
    rateBase: f.rateBase,
    budgetPoints: r.blockWeights?.budget,
    specialAccount: amounts(f.specialAccount),
    unitFunds: amounts(f.unitFunds),
    extraRows: f.extraRows?.map((x) => [x.label, ...amounts(x.row)!]),
    texts: [r.conclusion, r.problems, r.improvements, r.financeOwner, r.deviationSummary, r.otherNotes],
    header: [r.projectCategory, r.projectAttribute, r.reportingUnit, r.fillDate, r.implementationSummary],
    grade: r.selfGrade || undefined,
    total: [r.totalWeight, r.totalScore],
  };
}

describe('export of other templates’ forms keeps what their records hold', () => {
  it.each([
    'shanghai',
    'yunnan-public-14',
    'sichuan-2023',
    'sichuan-linkage',
    'yunnan-baoshan',
    'beijing-2016',
  ])('%s: unit, extra funds rows, rate formula, budget points, closing texts', async (template) => {
    const recs = listExamples({ part: 'dev', templates: [template], formats: ['xlsx'] })
      .flatMap((e) => e.expected)
      .map((x) => formRecordSchema.parse(x));
    const bytes = await exportXlsx(recs.map((record) => ({ record, check: checkRecord(record) })));
    const read = await readDocument(bytes, { name: `${template}.xlsx` });
    expect(read.forms).toHaveLength(recs.length);
    read.forms.forEach((form, i) => {
      expect(kept(form.record), `${template} form ${i}`).toEqual(kept(recs[i]!));
    });
  });
});

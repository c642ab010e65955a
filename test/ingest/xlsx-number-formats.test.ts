/**
 * An .xlsx reads what the user sees (issue 12): a number stored with a number format is read as the text that
 * format shows, so a form typed into Excel with `#,##0`, `0.00`, `0%`, `0.0%` or General cells gives the same
 * record as the .docx of that form, where the same text is typed. Built here, not taken from the corpus (whose
 * files-faithful .xlsx keep General cells only: what a workbook does not hold cannot be read back).
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { compareRecordLists } from '../helpers/compare-records.ts';
import { fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import type { NumberFormat, PrintedForm } from '../templates/model.ts';
import { docxFile } from '../templates/render/docx.ts';
import { xlsxFile } from '../templates/render/xlsx.ts';
import { baseStyle, printForm, type RecordLike } from '../variants/form.ts';

type Ref = RecordLike & { id: string };
const reference = fixtureTextFiles()
  .filter((f) => !f.startsWith('003'))
  .flatMap((f) => fixtureRecords(f) as Ref[])[0]!;

/** What the form shows, with the number each cell stores and the format that shows it so. */
const SHOWN: Record<string, { value: number; format: NumberFormat }> = {
  '1,863,180': { value: 1863180, format: '#,##0' },
  '1863180': { value: 1863180, format: 'General' },
  '1770021.00': { value: 1770021, format: '0.00' },
  '95.0%': { value: 0.95, format: '0.0%' },
  '95%': { value: 0.95, format: '0%' },
  '9.50': { value: 9.5, format: '0.00' },
  '10': { value: 10, format: 'General' },
  '20.00': { value: 20, format: '0.00' },
};

/** The reference with its budget and first indicator written as the formats show them. */
function formatted(): Ref {
  const r = structuredClone(reference);
  const row = (initialBudget: string, rate: string, weight: string, score: string) => ({
    initialBudget: { raw: initialBudget },
    annualBudget: { raw: '1863180' },
    executed: { raw: '1770021.00' },
    weight: { raw: weight },
    rate: { raw: rate },
    score: { raw: score },
  });
  r.funds.total = row('1,863,180', '95.0%', '10', '9.50');
  r.funds.fiscal = row('1,863,180', '95%', '—', '—');
  const first = r.indicators.findIndex((i) => !(i as { placeholder?: boolean }).placeholder);
  const scored = { ...r.indicators[first]!, weightRaw: '20.00', scoreRaw: '20.00', weight: 20, score: 20 };
  r.indicators[first] = scored;
  return r;
}

/** The printed form with every cell showing one of SHOWN stored as that number in that format. */
function asNumbers(form: PrintedForm): PrintedForm {
  const out = structuredClone(form);
  let stored = 0;
  for (const row of out.table.rows) {
    for (const cell of row) {
      const number = SHOWN[cell.text];
      if (number) {
        cell.number = number;
        stored++;
      }
    }
  }
  expect(stored).toBeGreaterThanOrEqual(12);
  return out;
}

describe('.xlsx number formats', () => {
  it('#,##0, 0.00, 0%, 0.0% and General cells give the record of the .docx that shows the same text', async () => {
    const record = formatted();
    const printed = printForm(record, baseStyle());
    const fromDocx = (await readDocument(await docxFile([printed], true))).forms.map((f) => f.record);
    const fromXlsx = (await readDocument(await xlsxFile([asNumbers(printed)], ['表1'], 'stacked'))).forms.map(
      (f) => f.record,
    );
    expect(fromXlsx).toHaveLength(1);
    expect(compareRecordLists(fromXlsx, fromDocx).disagreements).toEqual([]);
    // the text as shown, cell for cell, where the record gives it (its values are the reader's to compute)
    const raws = compareRecordLists(fromXlsx, [record]).disagreements.filter(
      (d) => !d.path.endsWith('.value'),
    );
    expect(raws).toEqual([]);
    const funds = fromXlsx[0]!.funds;
    expect([funds.total.initialBudget.raw, funds.total.rate.raw, funds.fiscal.rate.raw]).toEqual([
      '1,863,180',
      '95.0%',
      '95%',
    ]);
    expect([funds.total.initialBudget.value, funds.total.rate.value, funds.total.score.value]).toEqual([
      1863180, 95, 9.5,
    ]);
  });
});

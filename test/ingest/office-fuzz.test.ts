import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { DEFAULT_LIMITS, type ReaderLimits } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import type { Grid } from '../../src/ingest/grid.ts';
import { readXlsxGrids } from '../../src/ingest/xlsx.ts';
import { docxWithBody, span, tbl, tc, tr, vContinue, vRestart } from './office-build.ts';

type Reader = (bytes: Uint8Array, limits: ReaderLimits) => Promise<Grid[]>;

/** The reader either returns grids or fails with FormUnreadable: never another error. */
async function readsOrRefuses(read: Reader, bytes: Uint8Array): Promise<void> {
  try {
    const grids = await read(bytes, DEFAULT_LIMITS);
    for (const grid of grids) expect(grid.cells.every((cell) => typeof cell.text === 'string')).toBe(true);
  } catch (err) {
    expect(err, String(err)).toBeInstanceOf(FormUnreadable);
  }
}

interface Damage {
  at: number;
  length: number;
  kind: 'cut' | 'duplicate' | 'overwrite';
  junk: string;
}

/** Damages text: cuts out, duplicates or overwrites a slice. */
const damage: fc.Arbitrary<Damage> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 200 }),
  kind: fc.constantFrom('cut' as const, 'duplicate' as const, 'overwrite' as const),
  junk: fc.string({ maxLength: 20 }),
});

function applyDamage(text: string, d: Damage): string {
  const start = Math.floor(d.at * text.length);
  const end = Math.min(text.length, start + d.length);
  if (d.kind === 'cut') return text.slice(0, start) + text.slice(end);
  if (d.kind === 'duplicate') return text.slice(0, end) + text.slice(start, end) + text.slice(end);
  return text.slice(0, start) + d.junk + text.slice(end);
}

describe('damaged Office files never crash the readers', () => {
  let docx: Uint8Array;
  let xlsx: Uint8Array;
  beforeAll(async () => {
    docx = await docxWithBody(
      tbl(
        tr(tc('项目名称') + tc('甲项目', span(2))) +
          tr(tc('产出指标', vRestart) + tc('数量指标') + tc('5')) +
          tr(tc('', vContinue) + tc('质量指标') + tc('6')),
      ),
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('C1').value = '甲项目';
    ws.mergeCells('C1:D1');
    ws.getCell('B2').value = { formula: 'A2*2', result: 0.5 };
    ws.getCell('B2').numFmt = '0%';
    xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it('docx: damaged document.xml', async () => {
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
        const files = unzipSync(docx);
        files['word/document.xml'] = strToU8(damages.reduce(applyDamage, xml));
        await readsOrRefuses(readDocxGrids, zipSync(files));
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it('xlsx: damaged sheet, workbook and styles XML', async () => {
    const parts = [
      'xl/worksheets/sheet1.xml',
      'xl/workbook.xml',
      'xl/styles.xml',
      'xl/_rels/workbook.xml.rels',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...parts), damage, async (part, d) => {
        const files = unzipSync(xlsx);
        files[part] = strToU8(applyDamage(strFromU8(files[part]!), d));
        await readsOrRefuses(readXlsxGrids, zipSync(files));
      }),
      { numRuns: 150, seed: 20261123 },
    );
  });

  it.each([
    ['docx', () => docx, readDocxGrids],
    ['xlsx', () => xlsx, readXlsxGrids],
  ] as const)('%s: flipped bytes anywhere in the zip', async (_, bytes, read) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const copy = bytes().slice();
          for (const [at, value] of flips) copy[Math.floor(at * (copy.length - 1))] = value;
          await readsOrRefuses(read, copy);
        },
      ),
      { numRuns: 150, seed: 20261123 },
    );
  });
});

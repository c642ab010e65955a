/** The Sichuan 2023 .xlsx fixture the browser test uploads: in sync with the generator, cells where intended. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, sichuanFixture } from './fixture.ts';
import { stackForms } from './render/sheet.ts';

describe('Sichuan 2023 fixture', () => {
  const example = sichuanFixture();
  const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, 'sichuan-2023.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('holds the record the generator makes for its seed (rewrite with test/templates/write-fixture.ts)', () => {
    expect(expected).toEqual(JSON.parse(JSON.stringify(example.expected[0])));
  });

  it('is one fully filled form scored on its own scheme', () => {
    const funds = expected.funds as Record<string, Record<string, { value: number | null; raw: string }>>;
    const rate = funds.total!.rate!.value!;
    expect(expected.template).toBe('sichuan-2023');
    expect(rate).toBeLessThan(100);
    expect(funds.total!.weight!.value).toBe(10);
    expect(funds.total!.score!.value).toBeCloseTo(rate / 10, 2);
    expect(expected.blockWeights).toEqual({ budget: 10, indicators: 90 });
    const inds = expected.indicators as { weight: number; score: number }[];
    expect(inds.reduce((s, i) => s + i.weight, 0)).toBe(90);
    expect(inds.some((i) => i.score < i.weight)).toBe(true);
    const total = inds.reduce((s, i) => s + i.score, 0) + funds.total!.score!.value!;
    expect(expected.totalScore).toBeCloseTo(total, 2);
  });

  it('is an .xlsx with every cell of the printed form where the grid puts it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(FIXTURE_DIR, 'sichuan-2023.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    for (const c of stackForms(example.printed).cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      expect(cell.value ?? '', cell.address).toBe(c.number ? c.number.value : c.text);
    }
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('财政专户管理资金');
    expect(texts).toContain('预算执行情况(10分)');
    expect(texts).toContain(String(expected.projectName));
  });
});

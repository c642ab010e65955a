import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { type Grid, rowCells } from '../../src/ingest/grid.ts';
import { readXlsxGrids, slimSheet } from '../../src/ingest/xlsx.ts';
import { formatNumber } from '../../src/ingest/xlsx-format.ts';

const texts = (grid: Grid, row: number): string[] => rowCells(grid, row).map((cell) => cell.text);

async function pack(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A small form block at `top` (1-based row): header merges, funds with a formula and a percent. */
function addForm(ws: ExcelJS.Worksheet, top: number, name: string): void {
  ws.getCell(`A${top}`).value = '项目名称';
  ws.mergeCells(`A${top}:B${top}`);
  ws.getCell(`C${top}`).value = name;
  ws.mergeCells(`C${top}:F${top}`);
  ws.getRow(top + 1).values = ['项目资金（万元）', '', '全年预算数', '全年执行数', '执行率', '得分'];
  ws.mergeCells(`A${top + 1}:B${top + 2}`);
  ws.getCell(`C${top + 2}`).value = 1196000;
  ws.getCell(`C${top + 2}`).numFmt = '#,##0.00"元"';
  ws.getCell(`D${top + 2}`).value = 0.1 + 0.2;
  ws.getCell(`E${top + 2}`).value = { formula: `D${top + 2}/C${top + 2}`, result: 0.95 };
  ws.getCell(`E${top + 2}`).numFmt = '0%';
  ws.getCell(`F${top + 2}`).value = { formula: `E${top + 2}*10`, result: 9.5 };
}

describe('readXlsxGrids on workbooks built with exceljs', () => {
  it('reads merges as spans, formula results, percent and money formats, refs like Sheet1!C7', async () => {
    const wb = new ExcelJS.Workbook();
    addForm(wb.addWorksheet('Sheet1'), 1, '甲项目');
    const [grid] = await readXlsxGrids(await pack(wb), DEFAULT_LIMITS);
    expect(texts(grid!, 0)).toEqual(['项目名称', '甲项目']);
    expect(grid!.at(0, 1)?.colSpan).toBe(2);
    expect(grid!.at(0, 5)?.src.ref).toBe('Sheet1!C1');
    expect(texts(grid!, 1)).toEqual(['项目资金（万元）', '全年预算数', '全年执行数', '执行率', '得分']);
    // The merged label repeats on the row it covers; numbers read as displayed.
    expect(texts(grid!, 2)).toEqual(['项目资金（万元）', '1,196,000.00元', '0.3', '95%', '9.5']);
    const rate = grid!.at(2, 4)!;
    expect(rate.src).toMatchObject({ kind: 'xlsx', sheet: 'Sheet1', table: 0, ref: 'Sheet1!E3' });
    expect(grid!.at(1, 0)?.rowSpan).toBe(2);
  });

  it('keeps several forms stacked on one sheet in one grid and reads every sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('表一');
    addForm(first, 1, '甲项目');
    addForm(first, 6, '乙项目');
    wb.addWorksheet('空表');
    addForm(wb.addWorksheet('表二'), 3, '丙项目');
    const grids = await readXlsxGrids(await pack(wb), DEFAULT_LIMITS);
    expect(grids).toHaveLength(2);
    expect(texts(grids[0]!, 5)).toEqual(['项目名称', '乙项目']);
    expect(grids[0]!.at(5, 2)?.src.ref).toBe('表一!C6');
    expect(texts(grids[1]!, 2)).toEqual(['项目名称', '丙项目']);
    expect(grids[1]!.at(2, 2)?.src).toMatchObject({ table: 2, sheet: '表二', ref: '表二!C3' });
    // Rows above the form with nothing on them are not materialised.
    expect(rowCells(grids[1]!, 0)).toEqual([]);
  });

  it('joins rich text runs and reads hyperlinks, booleans, dates and string formula results', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = {
      richText: [{ text: '（' }, { font: { bold: true }, text: '2023' }, { text: '年度）' }],
    };
    ws.getCell('B1').value = { text: '链接', hyperlink: 'https://example.org' };
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = new Date(Date.UTC(2023, 5, 30));
    ws.getCell('D1').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('E1').value = { formula: 'CONCAT("达","标")', result: '达标' };
    const [grid] = await readXlsxGrids(await pack(wb), DEFAULT_LIMITS);
    expect(texts(grid!, 0)).toEqual(['（2023年度）', '链接', 'TRUE', '2023年6月30日', '达标']);
  });
});

describe('formatNumber', () => {
  it.each([
    [0.95, '0%', '95%'],
    [0.9567, '0.00%', '95.67%'],
    [1196000, '#,##0.00"元"', '1,196,000.00元'],
    [0.1 + 0.2, 'General', '0.3'],
    [5.1, '0.00', '5.10'],
    [-5.5, '#,##0.00_);(#,##0.00)', '(5.50)'],
    [-5.5, '0.00', '-5.50'],
    [0, '#,##0.00;-#,##0.00;"—"', '—'],
    [1234.5, '¥#,##0.00', '¥1,234.50'],
    [1234567, '#,##0,"千"', '1,235千'],
    [10, undefined, '10'],
  ])('%d with %s → %s', (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});

describe('a sheet with a million empty rows', () => {
  /** Builds the sheet XML by hand: a small form, then `count` formatted rows with no values. */
  async function millionRows(count: number, withValues: boolean): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    addForm(wb.addWorksheet('Sheet1'), 1, '甲项目');
    const files = unzipSync(await pack(wb));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    // Row numbers are optional in SpreadsheetML; leaving them out lets the test build 40 MB of XML at once.
    const row = withValues ? '<row><c><v>1</v></c></row>' : '<row spans="1:3"><c s="1"/></row>';
    files['xl/worksheets/sheet1.xml'] = strToU8(
      xml.replace('</sheetData>', `${row.repeat(count)}</sheetData>`),
    );
    return zipSync(files, { level: 1 });
  }

  it('reads the form and skips the empty rows without materialising them', async () => {
    const [grid] = await readXlsxGrids(await millionRows(1_000_000, false), DEFAULT_LIMITS);
    expect(grid!.rows).toBe(3);
    expect(texts(grid!, 0)).toEqual(['项目名称', '甲项目']);
  });

  it('keeps a blank row written with cells between rows of the table (a template row left empty)', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"/><c r="B2" s="1"/></row>' +
      '<row r="3"/><row r="4"><c r="A4" s="1"/></row><row r="5"><c r="A5" t="s"><v>0</v></c></row></sheetData>';
    expect(slimSheet(strToU8(xml), DEFAULT_LIMITS).blankRows).toEqual([2]);
  });

  it('drops value-less cells and rows and takes the merges out of the sheet XML before exceljs sees it', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/></row>' +
      '<row r="2" spans="1:2"><c r="A2" s="1"/><c r="B2" s="1"/></row><row r="3"/><x:row r="4"></x:row></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="AA10"/></mergeCells>';
    const slim = slimSheet(strToU8(xml), DEFAULT_LIMITS);
    expect(new TextDecoder().decode(slim.xml)).toBe(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
    );
    expect(slim.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 10, left: 27, bottom: 10, right: 27 },
    ]);
  });

  it('refuses a sheet with more merges than maxCells, before exceljs (whose merging is quadratic)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '项目名称';
    const files = unzipSync(await pack(wb));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const merges = Array.from(
      { length: 5000 },
      (_, i) => `<mergeCell ref="A${2 * i + 2}:B${2 * i + 3}"/>`,
    ).join('');
    files['xl/worksheets/sheet1.xml'] = strToU8(
      xml.replace('</sheetData>', `</sheetData><mergeCells count="5000">${merges}</mergeCells>`),
    );
    await expect(readXlsxGrids(zipSync(files), { ...DEFAULT_LIMITS, maxCells: 1000 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
  });

  it('refuses a million rows that hold values, with a Chinese message', async () => {
    await expect(readXlsxGrids(await millionRows(1_000_000, true), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      userMessage: expect.stringContaining('表格过大'),
    });
  });

  it('refuses more shared strings than maxCells before exceljs loads them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '项目名称';
    const files = unzipSync(await pack(wb));
    files['xl/sharedStrings.xml'] = strToU8(`<sst>${'<si><t>字</t></si>'.repeat(2000)}</sst>`);
    await expect(readXlsxGrids(zipSync(files), { ...DEFAULT_LIMITS, maxCells: 1000 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      userMessage: expect.stringContaining('共享字符串过多'),
    });
  });

  it('refuses a sheet whose last value is beyond maxRows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '项目名称';
    ws.getCell('A500').value = '尾';
    await expect(readXlsxGrids(await pack(wb), { ...DEFAULT_LIMITS, maxRows: 100 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
  });
});

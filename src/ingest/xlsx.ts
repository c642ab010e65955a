import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { FormUnreadable } from '../errors.ts';
import type { ReaderLimits } from './document.ts';
import { type Cell, type Grid, makeGrid } from './grid.ts';
import { formatNumber } from './xlsx-format.ts';
import { countTags } from './xml-tags.ts';
import { notThisFormat, unzipSafe, zipLimits } from './zip.ts';

/** A merged range, 1-based and inclusive, as written in the sheet's `<mergeCell ref="A4:B5"/>`. */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet part made ready for exceljs, with the merges taken out of it. */
interface SlimSheet {
  xml: Uint8Array;
  merges: MergeRange[];
  /** Rows written with cells that are all empty: a blank row of a table, unlike a row never written. */
  blankRows: number[];
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// Cells with no value (`<c r="A5" s="3"/>`) and rows left with no cells carry nothing to read.
const EMPTY_CELL = /<(?:\w+:)?c\b[^>]*\/>/g;
const EMPTY_ROW = /<(?:\w+:)?row\b[^>]*\/>|<((?:\w+:)?row)\b[^>]*>\s*<\/\1>/g;
const MERGE_BLOCK = /<((?:\w+:)?mergeCells)\b[^>]*>[\s\S]*?<\/\1>|<(?:\w+:)?mergeCells\b[^>]*\/>/;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;
/** A row holding two or more cells, every one of them empty (`<c r="A5" s="3"/>`). */
const BLANK_TABLE_ROW = /<((?:\w+:)?row)\b[^>]*?\br="(\d+)"[^>]*>(?:\s*<(?:\w+:)?c\b[^>]*\/>){2,}\s*<\/\1>/g;

function tooLarge(limits: ReaderLimits, what: string): FormUnreadable {
  return new FormUnreadable(
    'FILE_TOO_LARGE',
    `表格过大（${what}，上限 ${limits.maxRows} 行、${limits.maxCells} 个单元格），已停止读取。请删除多余的行列或拆分文件后再上传。`,
  );
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * Prepares a sheet part for exceljs: drops empty cells and rows, so a sheet with a million blank (formatted)
 * rows costs a regex pass instead of a million Row objects, and takes the merges out (exceljs checks each new
 * merge against all earlier ones, which is quadratic); then checks what is left against the limits.
 */
export function slimSheet(xml: Uint8Array, limits: ReaderLimits): SlimSheet {
  const text = new TextDecoder().decode(xml);
  const block = MERGE_BLOCK.exec(text)?.[0] ?? '';
  const merges: MergeRange[] = [];
  for (const m of block.matchAll(MERGE_REF)) {
    const [, c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = m;
    const [top, bottom] = [Number(r1), Number(r2)].sort((a, b) => a - b) as [number, number];
    const [left, right] = [columnNumber(c1), columnNumber(c2)].sort((a, b) => a - b) as [number, number];
    merges.push({ top, left, bottom, right });
  }
  const blankRows: number[] = [];
  for (const m of text.matchAll(BLANK_TABLE_ROW)) {
    // A sheet formatted far down holds more of them than any form: then they are formatting, not rows.
    if (blankRows.length > limits.maxRows) break;
    blankRows.push(Number(m[2]));
  }
  const slim = text.replace(MERGE_BLOCK, '').replace(EMPTY_CELL, '').replace(EMPTY_ROW, '');
  const rows = count(slim, /<(?:\w+:)?row\b/g);
  if (rows > limits.maxRows) throw tooLarge(limits, `${rows} 行有内容`);
  const cells = count(slim, /<(?:\w+:)?c\b/g) + merges.length;
  if (cells > limits.maxCells) throw tooLarge(limits, `${cells} 个单元格有内容`);
  return {
    xml: slim.length === text.length ? xml : new TextEncoder().encode(slim),
    merges,
    blankRows: blankRows.length > limits.maxRows ? [] : blankRows,
  };
}

const XML_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** Sheet name → its part (`xl/worksheets/sheet1.xml`), from workbook.xml and its relationships. */
function sheetParts(files: Map<string, Uint8Array>): Map<string, string> {
  const decode = (name: string) => new TextDecoder().decode(files.get(name) ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const rel of decode('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(rel[0])?.[1];
    if (id && target)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of decode('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(sheet[0])?.[1];
    const part = id && targets.get(id);
    if (name !== undefined && part)
      parts.set(
        name.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]!),
        part,
      );
  }
  return parts;
}

function dateText(date: Date, format: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  if (format?.includes('年')) return `${y}年${m}月${d}日`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The text a cell shows: formula results, rich text and hyperlinks unwrapped, numbers in their number format. */
export function displayText(value: ExcelJS.CellValue | undefined, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, format);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('hyperlink' in value) return displayText(value.text as ExcelJS.CellValue, format);
  if ('formula' in value || 'sharedFormula' in value) {
    return displayText(value.result as ExcelJS.CellValue | undefined, format);
  }
  return '';
}

/** One sheet → a grid: rows/columns as on the sheet (A1 = 0,0) up to the last value, merges as spans. */
function sheetGrid(
  ws: ExcelJS.Worksheet,
  index: number,
  merges: MergeRange[],
  blankRows: readonly number[],
  limits: ReaderLimits,
): Grid | undefined {
  const values = new Map<string, { text: string; row: number; col: number }>();
  const rowsWithValues = new Set<number>();
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const text = displayText(cell.value, cell.numFmt).trim();
      if (!text) return;
      values.set(`${rowNumber}:${colNumber}`, { text, row: rowNumber, col: colNumber });
      rowsWithValues.add(rowNumber);
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, colNumber);
    });
  });
  if (values.size === 0) return undefined;
  // A blank row written between rows with values is a row of the table (a template row left empty), as in
  // a .docx; blank rows above or below everything are margins.
  let firstRow = lastRow;
  for (const row of rowsWithValues) firstRow = Math.min(firstRow, row);
  for (const row of blankRows) if (row > firstRow && row < lastRow) rowsWithValues.add(row);
  if (lastRow > limits.maxRows) throw tooLarge(limits, `第 ${lastRow} 行仍有内容`);
  // Merges are clipped to the used range; a covered position shows its master's value only.
  const kept = merges
    .filter((m) => m.top <= lastRow && m.left <= lastCol)
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) }));
  const area = kept.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
  if (area > limits.maxCells) throw tooLarge(limits, `合并单元格覆盖 ${area} 格`);
  const covered = new Map<string, MergeRange>();
  for (const m of kept) {
    for (let r = m.top; r <= m.bottom; r++) {
      rowsWithValues.add(r);
      for (let c = m.left; c <= m.right; c++) covered.set(`${r}:${c}`, m);
    }
  }
  if (rowsWithValues.size * lastCol > limits.maxCells)
    throw tooLarge(limits, `${rowsWithValues.size} 行 × ${lastCol} 列`);
  const cells: Cell[] = [];
  const make = (row: number, col: number, rowSpan: number, colSpan: number): Cell => {
    const address = `${columnName(col)}${row}`;
    return {
      r: row - 1,
      c: col - 1,
      rowSpan,
      colSpan,
      text: values.get(`${row}:${col}`)?.text ?? '',
      src: { kind: 'xlsx', table: index, sheet: ws.name, ref: `${ws.name}!${address}` },
    };
  };
  for (const m of kept) cells.push(make(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1));
  // Empty cells are materialised only on rows that hold something, so blank stretches cost nothing.
  for (const row of rowsWithValues) {
    for (let col = 1; col <= lastCol; col++) {
      if (!covered.has(`${row}:${col}`)) cells.push(make(row, col, 1, 1));
    }
  }
  return makeGrid(cells);
}

function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * .xlsx bytes → one Grid per non-empty sheet. Several forms stacked on a sheet stay in one grid (the mapper
 * segments them). Refs are `Sheet1!C7` (the master cell of a merge).
 */
export async function readXlsxGrids(bytes: Uint8Array, limits: ReaderLimits): Promise<Grid[]> {
  const files = unzipSafe(bytes, zipLimits(limits));
  if (!files.has('xl/workbook.xml')) throw notThisFormat('xlsx');
  // exceljs loads every shared string; more of them than cells allowed is not a form.
  const strings = files.get('xl/sharedStrings.xml');
  if (strings && countTags(strings, 'si') > limits.maxCells) throw tooLarge(limits, '共享字符串过多');
  const parts: Record<string, Uint8Array> = {};
  const merges = new Map<string, MergeRange[]>();
  const blankRows = new Map<string, number[]>();
  for (const [name, data] of files) {
    if (!SHEET_PART.test(name)) {
      parts[name] = data;
      continue;
    }
    const sheet = slimSheet(data, limits);
    parts[name] = sheet.xml;
    merges.set(name, sheet.merges);
    blankRows.set(name, sheet.blankRows);
  }
  const partOf = sheetParts(files);
  // exceljs gets a re-packed, already-checked archive (stored, no compression) instead of the uploaded bytes.
  const packed = zipSync(parts, { level: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(packed as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new FormUnreadable(
      'FILE_UNREADABLE',
      '表格内容已损坏，无法读取。请用 Excel/WPS 打开后另存为 .xlsx 再上传。',
      {
        cause: err,
      },
    );
  }
  const grids: Grid[] = [];
  workbook.worksheets.forEach((ws, index) => {
    const part = partOf.get(ws.name) ?? '';
    const grid = sheetGrid(ws, index, merges.get(part) ?? [], blankRows.get(part) ?? [], limits);
    if (grid) grids.push(grid);
  });
  return grids;
}

/**
 * A printed form laid out on a spreadsheet: lines above and below become rows (one segment merged across the
 * width, several segments side by side), the table follows. Shared by the .xlsx writer and the TSV paste (what
 * Excel puts on the clipboard when the whole area is copied).
 */
import { spread } from '../build.ts';
import type { Cell, Line, PrintedForm } from '../model.ts';

export interface SheetCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  number?: Cell['number'];
  bold?: boolean;
  align?: Cell['align'];
  /** Inside the table (ruled), not a title or note line. */
  ruled: boolean;
  title?: boolean;
}

export interface SheetLayout {
  width: number;
  height: number;
  cells: SheetCell[];
}

function lineCells(line: Line, row: number, width: number): SheetCell[] {
  const spans = spread(line.segments.length, width, []);
  let col = 0;
  return line.segments.map((text, i) => {
    const cell: SheetCell = {
      row,
      col,
      rowSpan: 1,
      colSpan: spans[i]!,
      text,
      ruled: false,
      title: line.kind === 'title',
      bold: line.kind === 'title',
      align: line.segments.length > 1 ? 'left' : (line.align ?? (line.kind === 'title' ? 'center' : 'left')),
    };
    col += spans[i]!;
    return cell;
  });
}

/** One form from `startRow` (0-based); returns its cells and the row after it. */
export function placeForm(form: PrintedForm, startRow: number): { cells: SheetCell[]; next: number } {
  const width = form.table.width;
  const cells: SheetCell[] = [];
  let row = startRow;
  for (const line of form.above) cells.push(...lineCells(line, row++, width));
  form.table.rows.forEach((gridRow, r) => {
    for (const c of gridRow) {
      cells.push({
        row: row + r,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        text: c.text,
        number: c.number,
        bold: c.bold,
        align: c.align,
        ruled: true,
      });
    }
  });
  row += form.table.rows.length;
  for (const line of form.below) cells.push(...lineCells(line, row++, width));
  return { cells, next: row };
}

/** Several forms stacked on one sheet with a blank row between them. */
export function stackForms(forms: PrintedForm[]): SheetLayout {
  const cells: SheetCell[] = [];
  let row = 0;
  for (const form of forms) {
    const placed = placeForm(form, row);
    cells.push(...placed.cells);
    row = placed.next + 1;
  }
  return { width: Math.max(...forms.map((f) => f.table.width)), height: row - 1, cells };
}

/** Text matrix: a cell's text at its top-left, `''` wherever a merge covers (as Excel copies merged cells). */
export function sheetMatrix(layout: SheetLayout): string[][] {
  const matrix = Array.from({ length: layout.height }, () => Array.from({ length: layout.width }, () => ''));
  for (const c of layout.cells) matrix[c.row]![c.col] = c.text;
  return matrix;
}

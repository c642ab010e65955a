/**
 * The printed form, independent of any file format: lines above the table, the table as a grid of cells with
 * merges, lines below. Every renderer (docx, xlsx, pdf, TSV, pipe, HTML) prints this and nothing else, so the
 * expected record built next to it holds in every format.
 */

/** An Excel number format the xlsx renderer may use for a cell whose printed text it reproduces exactly. */
export type NumberFormat = 'General' | '0.00' | '#,##0' | '#,##0.00' | '0%' | '0.0%' | '0.00%';

export interface Cell {
  /** The text as printed; `\n` is a line break inside the cell. */
  text: string;
  col: number;
  rowSpan: number;
  colSpan: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Stored as a number in .xlsx (displayed as `text` through `format`); other formats print `text`. */
  number?: { value: number; format: NumberFormat };
}

/** The table: rows of the cells that start in them (`col` = first column); covered positions hold no cell. */
export interface Grid {
  width: number;
  rows: Cell[][];
}

/** A line printed outside the table; several segments are cells of one row in a spreadsheet. */
export interface Line {
  segments: string[];
  kind: 'title' | 'text';
  align?: 'left' | 'center' | 'right';
}

export interface PrintedForm {
  above: Line[];
  table: Grid;
  below: Line[];
}

/** A text matrix of the grid: anchor text at each cell's top-left, `''` at positions a merge covers. */
export function gridMatrix(grid: Grid): string[][] {
  const matrix = grid.rows.map(() => Array.from({ length: grid.width }, () => ''));
  grid.rows.forEach((row, r) => {
    for (const cell of row) matrix[r]![cell.col] = cell.text;
  });
  return matrix;
}

/** For each position, the cell covering it and whether it is the cell's top-left (renderers need both). */
export function coverage(grid: Grid): ({ cell: Cell; anchor: boolean } | undefined)[][] {
  const out: ({ cell: Cell; anchor: boolean } | undefined)[][] = grid.rows.map(() =>
    Array.from({ length: grid.width }, () => undefined),
  );
  grid.rows.forEach((row, r) => {
    for (const cell of row) {
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = out[r + dr];
          if (!line || cell.col + dc >= grid.width) throw new Error(`cell "${cell.text}" leaves the grid`);
          if (line[cell.col + dc]) throw new Error(`cells overlap at R${r + dr + 1}C${cell.col + dc + 1}`);
          line[cell.col + dc] = { cell, anchor: dr === 0 && dc === 0 };
        }
      }
    }
  });
  return out;
}

/** Throws unless every position of the grid is covered by exactly one cell. */
export function assertTiled(grid: Grid): void {
  coverage(grid).forEach((line, r) => {
    line.forEach((slot, c) => {
      if (!slot) throw new Error(`grid hole at R${r + 1}C${c + 1}`);
    });
  });
}

import type { ParsedForm } from '../ingest/document.ts';
import { cellRef, type Grid, rowCells } from '../ingest/grid.ts';
import { type MapOptions, mapRowsToForms } from './map-rows.ts';
import type { Row } from './rows.ts';

/** A grid's logical rows: distinct cells left to right, cells merged from above repeated. */
export function gridRows(grid: Grid, tablePrefix = ''): Row[] {
  const rows: Row[] = [];
  for (let r = 0; r < grid.rows; r++) {
    rows.push(
      rowCells(grid, r).map((cell) => ({
        text: cell.text,
        ref: cell.src.ref ?? `${tablePrefix}${cellRef(cell.r, cell.c)}`,
      })),
    );
  }
  return rows;
}

/**
 * Grids of any table reader → forms, through the same mapper as pasted text. The grids are read
 * as one run of rows, so a form may continue over several tables and a table may hold many forms.
 */
export function gridsToForms(grids: readonly Grid[], options: MapOptions = {}): ParsedForm[] {
  const prefix = (i: number) => (grids.length > 1 ? `T${i + 1} ` : '');
  return mapRowsToForms(
    grids.flatMap((grid, i) => gridRows(grid, prefix(i))),
    options,
  );
}

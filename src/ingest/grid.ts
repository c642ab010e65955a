/** The one table model every reader produces (EXTRACTION.md §2); nothing downstream sees a format. */
export type SourceKind = 'docx' | 'xlsx' | 'pdf' | 'text';

export interface CellSource {
  kind: SourceKind;
  /** Index of the table (docx), sheet (xlsx) or stitched table (pdf) in the document. */
  table: number;
  page?: number;
  sheet?: string;
  /** Human-readable address: `C7` (xlsx), `R4C3` (docx/pdf/text), `L120-L121` (text lines). */
  ref?: string;
}

export interface Cell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  src: CellSource;
}

export interface Grid {
  rows: number;
  cols: number;
  /** Origin cells only, in row-major order. */
  cells: Cell[];
  /** The cell covering (r, c): a covered position of a merge returns its origin cell. */
  at(r: number, c: number): Cell | undefined;
}

/** Builds a Grid from origin cells; positions covered by spans point to their origin. */
export function makeGrid(cells: Cell[]): Grid {
  let rows = 0;
  let cols = 0;
  for (const cell of cells) {
    rows = Math.max(rows, cell.r + cell.rowSpan);
    cols = Math.max(cols, cell.c + cell.colSpan);
  }
  const index = new Map<number, Cell>();
  for (const cell of cells) {
    for (let r = cell.r; r < cell.r + cell.rowSpan; r++) {
      for (let c = cell.c; c < cell.c + cell.colSpan; c++) index.set(r * cols + c, cell);
    }
  }
  const sorted = [...cells].sort((a, b) => a.r - b.r || a.c - b.c);
  return {
    rows,
    cols,
    cells: sorted,
    at: (r, c) => (r < 0 || c < 0 || r >= rows || c >= cols ? undefined : index.get(r * cols + c)),
  };
}

/** The distinct cells of row r, left to right; a cell merged down from above is repeated (fill-down). */
export function rowCells(grid: Grid, r: number): Cell[] {
  const out: Cell[] = [];
  for (let c = 0; c < grid.cols; c++) {
    const cell = grid.at(r, c);
    if (cell && out[out.length - 1] !== cell) out.push(cell);
  }
  return out;
}

export function cellRef(r: number, c: number): string {
  return `R${r + 1}C${c + 1}`;
}

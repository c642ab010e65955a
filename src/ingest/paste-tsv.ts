import { type Cell, cellRef, type Grid, makeGrid } from './grid.ts';

/**
 * Tab-separated rows as Excel and WPS put a copied range on the clipboard: cells split by TAB, rows by CRLF (LF
 * once a chat box has been through it), a cell holding a line break, a TAB or a quote written `"…"` with inner
 * quotes doubled. A merged cell's text stands in its top-left position and the positions it covers are empty,
 * so every row keeps the sheet's columns: the grid has one cell per position and the mapper lines rows up by
 * column (a blank position is a blank cell, never a shift).
 */

/** Rows of fields; a quote opens a quoted field only at the start of a field. Linear in the text length. */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      const close = quotedEnd(text, i);
      if (close > 0) {
        field = text.slice(i + 1, close).replaceAll('""', '"');
        i = close + 1;
        continue;
      }
    }
    if (ch === '\t') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') endRow();
    else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Index of the quote closing a quoted field that opens at `start`, or -1 when the text is not a quoted field
 * (no closing quote, or one followed by something other than a TAB, a line break or the end): the quote is then
 * an ordinary character of the cell.
 */
function quotedEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return -1;
    if (text[q + 1] === '"') {
      i = q + 2;
      continue;
    }
    const after = text[q + 1];
    return after === undefined || after === '\t' || after === '\n' || after === '\r' ? q : -1;
  }
}

/**
 * True when the text is tab-separated rows: several lines hold a cell followed by a TAB and further cells.
 * Word-copied text (a TAB at the start of each cell's line, one cell per line) has almost none of these.
 */
export function isTsvPaste(text: string): boolean {
  let rows = 0;
  let wide = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    rows++;
    // text, then a TAB, then more: two or more cells on one line
    if (/[^\t\s][ \u3000]*\t/.test(line) && line.split('\t').length >= 3) wide++;
  }
  return wide >= 5 && wide * 3 >= rows;
}

/** The paste as one grid, a cell per position (the sheet's columns kept). */
export function tsvGrid(text: string): Grid {
  return positionGrid(splitTsv(text));
}

/** A grid with one 1×1 cell per position of `matrix` (refs `R1C1`); empty rows kept so refs match lines. */
export function positionGrid(matrix: readonly (readonly string[])[]): Grid {
  const cells: Cell[] = [];
  matrix.forEach((row, r) => {
    row.forEach((text, c) => {
      cells.push({
        r,
        c,
        rowSpan: 1,
        colSpan: 1,
        text,
        src: { kind: 'text', table: 0, ref: cellRef(r, c) },
      });
    });
  });
  return makeGrid(cells);
}

import { labelKey, trimEnd } from './normalize.ts';

/**
 * The logical rows every reader hands to the mapper: each row its distinct cells left to right.
 * A cell merged down from above is either repeated (grid readers) or absent (word-text).
 */
export interface RowCell {
  text: string;
  /** Where the cell was read: `R5C2`, `C7`, `L12-L14`. */
  ref: string;
}

export type Row = RowCell[];

const keys = new WeakMap<RowCell, string>();

/** A label as matched: NFKC, no whitespace, no trailing colon (computed once per cell). */
export function cellKey(cell: RowCell | undefined): string {
  if (!cell) return '';
  let key = keys.get(cell);
  if (key === undefined) {
    key = trimEnd(labelKey(cell.text), ':;');
    keys.set(cell, key);
  }
  return key;
}

export function isBlankRow(row: Row): boolean {
  return row.every((cell) => cell.text.trim() === '');
}

/** Index of the first cell whose key satisfies `test`, or -1. */
export function findCell(row: Row, test: (key: string) => boolean): number {
  return row.findIndex((cell) => test(cellKey(cell)));
}

/**
 * The data cell under header column `headerIndex` when rows line up on the right
 * (cells merged from above may be absent at the left of a data row).
 */
export function rightAligned(row: Row, headerLength: number, headerIndex: number): RowCell | undefined {
  const index = headerIndex - headerLength + row.length;
  return index >= 0 ? row[index] : undefined;
}

/** The rows as compact TSV with cell ids (`R5C2\t产出指标`), one non-blank cell per line. */
export function rowsToSourceText(rows: readonly Row[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    for (const cell of row) {
      const text = cell.text.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${cell.ref}\t${text}`);
    }
  }
  return lines.join('\n');
}

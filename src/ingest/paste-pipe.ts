import type { Grid } from './grid.ts';
import { positionGrid } from './paste-tsv.ts';

/**
 * Tables with `|` between cells, as pasted from another chat tool or a web page:
 * - markdown: `| a | b |` rows, a `| --- | --- |` separator after the header row, `<br>` for a line break in a
 *   cell, `\|` for a pipe inside one; merged positions are empty cells, so rows keep the table's columns;
 * - web-page text: `a | b |` one row per line with only the cells that start in that row (a cell merged down
 *   from above is absent), like a Word table's rows.
 * Lines without a pipe (title, year, notes under the table) become one-cell rows in place.
 */

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function isTableLine(line: string): boolean {
  const t = line.trim();
  return t.length > 1 && (t.startsWith('|') || t.endsWith('|')) && t.includes('|');
}

/**
 * True when the text is a `|` table: a markdown separator row under `|` rows, or several lines that end (web
 * text) or start (markdown) with a pipe.
 */
export function isPipePaste(text: string): boolean {
  let piped = 0;
  let separator = false;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (SEPARATOR.test(line.trim()) && line.includes('-')) separator = true;
    else if (isTableLine(line)) piped++;
  }
  return piped >= 5 || (separator && piped >= 2);
}

/** Cells of a table line: split at unescaped pipes; markdown's outer pipes dropped, `<br>` and `\|` undone. */
function splitPipeLine(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '\\' && t[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((c) =>
    c
      .replace(/<br\s*\/?>/gi, '\n')
      .trim()
      .replace(/^\*\*(.*)\*\*$/s, '$1'),
  );
}

/** The paste as one grid; blank lines dropped, the markdown separator skipped, emphasis marks on titles removed. */
export function pipeGrid(text: string): Grid {
  const matrix: string[][] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const t = line.trim();
    if (t === '' || (SEPARATOR.test(t) && t.includes('-'))) continue;
    matrix.push(isTableLine(t) ? splitPipeLine(t) : [t.replace(/^\*\*(.*)\*\*$/s, '$1')]);
  }
  return positionGrid(matrix);
}

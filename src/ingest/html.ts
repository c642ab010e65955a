import { type Cell, cellRef, type Grid, makeGrid } from './grid.ts';

/**
 * HTML as a browser puts a selection on the clipboard (`<meta charset='utf-8'>` + the fragment, or Windows'
 * `Version:0.9 StartHTML:…` header before it) or as a saved `.html` page: every `<table>` becomes a grid with its
 * rowspan/colspan merges, the text between tables (title, `（2023年度）`, lines under the table) one-cell rows
 * in document order. A small tolerant tokenizer: no scripts run, nothing is fetched.
 */

/** True when the text is HTML holding a table (decided by content, not by a file name). */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  const looksHtml =
    /^(?:<!doctype html|<html|<meta|<head|<body|<table|<div|<p[\s>]|<h\d|<!--|<span|<style)/i.test(head) ||
    /^Version:\d/.test(head) ||
    /<html[\s>]/i.test(head);
  return looksHtml && /<table[\s>]/i.test(text);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  times: '×',
  ge: '≥',
  le: '≤',
  yen: '¥',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is never text of the form. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'body',
  'html',
  'center',
]);

interface OpenCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  parts: string[];
}

interface TableBuilder {
  cells: Cell[];
  /** Positions taken by rowspans from rows above: `r*4096+c`. */
  taken: Set<number>;
  row: number;
  col: number;
  inRow: boolean;
  cell: OpenCell | undefined;
}

/**
 * A comment, declaration or tag. Attribute text stops at `<` and quoted values are bounded, so text full of
 * unclosed `<a "` cannot make the scan quadratic.
 */
const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"<>]{0,4000}"|'[^'<>]{0,4000}')*)>/g;

function spanAttr(attrs: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = match ? Number(match[1]) : 1;
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Whitespace of HTML source collapsed as a browser renders it; `\n` from `<br>` kept. */
function renderText(parts: readonly string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * The grids of an HTML document in order: one per `<table>` (nested tables are read as text of their cell) and
 * one-column grids for the lines of text between them.
 */
export function htmlGrids(html: string, maxCells = 400_000): Grid[] {
  const grids: Grid[] = [];
  let lines: string[] = [];
  let line: string[] = [];
  let table: TableBuilder | undefined;
  let nested = 0;
  let skipping: string | undefined;
  let count = 0;

  const endLine = () => {
    const text = renderText(line);
    if (text !== '') lines.push(...text.split('\n'));
    line = [];
  };
  const flushLines = () => {
    endLine();
    if (lines.length === 0) return;
    const cells = lines.map((text, r) => ({
      r,
      c: 0,
      rowSpan: 1,
      colSpan: 1,
      text,
      src: { kind: 'text' as const, table: grids.length, ref: `T${grids.length + 1} ${cellRef(r, 0)}` },
    }));
    grids.push(makeGrid(cells));
    lines = [];
  };
  const closeCell = () => {
    if (!table?.cell) return;
    const open = table.cell;
    table.cells.push({
      r: open.r,
      c: open.c,
      rowSpan: open.rowSpan,
      colSpan: open.colSpan,
      text: renderText(open.parts),
      src: { kind: 'text', table: grids.length, ref: `T${grids.length + 1} ${cellRef(open.r, open.c)}` },
    });
    table.cell = undefined;
  };
  const closeRow = () => {
    if (!table) return;
    closeCell();
    if (table.inRow) table.row++;
    table.inRow = false;
    table.col = 0;
  };
  const openCell = (attrs: string) => {
    if (!table) return;
    if (!table.inRow) {
      table.inRow = true;
      table.col = 0;
    }
    closeCell();
    while (table.taken.has(table.row * 4096 + table.col)) table.col++;
    const rowSpan = spanAttr(attrs, 'rowspan');
    const colSpan = Math.min(spanAttr(attrs, 'colspan'), 4096 - table.col);
    if (++count > maxCells) throw new RangeError('too many cells');
    table.cell = { r: table.row, c: table.col, rowSpan, colSpan, parts: [] };
    for (let r = table.row; r < table.row + rowSpan; r++) {
      for (let c = table.col; c < table.col + colSpan; c++) table.taken.add(r * 4096 + c);
    }
    table.col += colSpan;
  };
  /** Source text: its whitespace is layout (a browser renders it as one space); `\n` comes from `<br>` only. */
  const text = (source: string) => {
    const t = source.replace(/\s+/g, ' ');
    if (table?.cell) table.cell.parts.push(t);
    else if (!table) line.push(t);
  };

  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const index = match.index ?? 0;
    if (!skipping && index > last) text(decodeEntities(html.slice(last, index)));
    last = index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA
    const closing = match[1] === '/';
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !match[3]?.trimEnd().endsWith('/')) {
      skipping = name;
      continue;
    }
    if (name === 'table') {
      if (closing) {
        if (nested > 0) nested--;
        else if (table) {
          closeRow();
          grids.push(makeGrid(table.cells));
          table = undefined;
        }
      } else if (table) nested++;
      else {
        flushLines();
        table = { cells: [], taken: new Set(), row: 0, col: 0, inRow: false, cell: undefined };
      }
      continue;
    }
    if (table && nested > 0) {
      if (name === 'br' || name === 'tr' || name === 'p' || name === 'div') table.cell?.parts.push('\n');
      else if ((name === 'td' || name === 'th') && !closing) text(' ');
      continue;
    }
    if (table) {
      if (name === 'tr') closeRow();
      else if ((name === 'td' || name === 'th') && !closing) openCell(match[3] ?? '');
      else if (name === 'td' || name === 'th') closeCell();
      else if (name === 'br' || ((name === 'p' || name === 'div' || name === 'li') && closing))
        table.cell?.parts.push('\n');
      continue;
    }
    if (name === 'br') line.push('\n');
    else if (BLOCK.has(name)) endLine();
  }
  if (!skipping && last < html.length) text(decodeEntities(html.slice(last)));
  if (table) {
    closeRow();
    grids.push(makeGrid(table.cells));
  }
  flushLines();
  return grids.filter((g) => g.cells.length > 0);
}

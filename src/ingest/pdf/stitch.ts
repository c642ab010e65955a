import { FormUnreadable } from '../../errors.ts';
import {
  fundsRowKey,
  headerLabel,
  isActualGoalLabel,
  isExpectedGoalLabel,
  isFundsHeader,
  isIndicatorHeader,
  isTotalLabel,
} from '../../extract/columns.ts';
import { isTextLabel } from '../../extract/form-texts.ts';
import { labelKey } from '../../extract/normalize.ts';
import type { ReaderLimits } from '../document.ts';
import { type Cell, type Grid, makeGrid } from '../grid.ts';
import type { PageTable } from './page-tables.ts';
import { cellText, type TextLine } from './text-lines.ts';

/** What a page holds, top to bottom: lines of free text and ruled tables. */
export type PageBlock =
  | { kind: 'text'; page: number; line: number; text: string; top: number; left?: number }
  | { kind: 'table'; table: PageTable };
type TextBlock = PageBlock & { kind: 'text' };

interface StitchedCell {
  r0: number;
  r1: number;
  x0: number;
  x1: number;
  text: string;
  page: number;
  /** 1-based row of the table on its own page, for the cell reference `p2 R4C3`. */
  pageRow: number;
  /** Joined into the cell above it on the previous page. */
  merged?: boolean;
  /** No rule along its top (bottom) edge on its page. */
  openAbove: boolean;
  openBelow: boolean;
}

interface Stitched {
  preamble: PageBlock[];
  trailer: PageBlock[];
  cells: StitchedCell[];
  rows: number;
  xs: number[];
  left: number;
  right: number;
  lastPage: number;
  /** The last page's part ends in a row left open by the page end (no rule under it). */
  openBottom: boolean;
  /** Height of that open row on its page. */
  lastPart: number;
  /** Height of the lowest whole row seen (ruled above and below): what a row of one line takes. */
  minRow: number;
  /** The least distance seen between a whole row's top and its text: the cells' top padding. */
  minInset: number;
}

const SNAP = 2.5;
const squash = (s: string) => s.replace(/\s+/g, '');

/** Page numbers and similar running text that does not break a table continued on the next page. */
export function isPageFurniture(text: string): boolean {
  return (
    /^[-—–\s]*(第\s*)?\d{1,4}\s*页?\s*([/／]\s*(共\s*)?\d{1,4}\s*页?)?[-—–\s]*$/.test(text) ||
    /^第\s*\d+\s*页\s*(，|,)?\s*共\s*\d+\s*页$/.test(text)
  );
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= SNAP;
}

function fromPage(table: PageTable, rowOffset: number): StitchedCell[] {
  return table.cells.map((c) => ({
    r0: c.r0 + rowOffset,
    r1: c.r1 + rowOffset,
    x0: c.x0,
    x1: c.x1,
    text: cellText(c.runs),
    page: table.page,
    pageRow: c.r0 + 1,
    openAbove: c.openAbove,
    openBelow: c.openBelow,
  }));
}

function rowSignature(cells: StitchedCell[], r: number): string | undefined {
  const row = cells.filter((c) => c.r0 === r).sort((a, b) => a.x0 - b.x0);
  if (row.some((c) => c.r1 !== r + 1) || row.filter((c) => c.text !== '').length < 2) return undefined;
  return row.map((c) => squash(c.text)).join('|');
}

/**
 * Same outer edges and no column edge the table above lacks, or a first row that lines up with the last row
 * above (a page that starts with the rest of the goals, under a page of wide funds columns, and then goes on to
 * the narrower indicator columns the page above never had): the same table, continued.
 */
function continues(prev: Stitched, table: PageTable): boolean {
  if (table.page !== prev.lastPage + 1) return false;
  if (!table.xs.every((x) => prev.xs.some((p) => near(p, x))) && !linesUp(prev, table)) return false;
  if (!near(table.left, prev.left) || !near(table.right, prev.right)) {
    // narrower: a cell merged down the whole continued part (the 绩效指标 label beside every row) has no
    // horizontal rule on the new page to join its border to; it must run off the bottom of the page above
    if (table.left < prev.left - SNAP || table.right > prev.right + SNAP) return false;
    if (outsideBand(prev, table).length === 0) return false;
  }
  const first = table.cells.filter((c) => c.r0 === 0).sort((a, b) => a.x0 - b.x0)[0];
  return !(first && squash(cellText(first.runs)).startsWith('项目名称'));
}

function linesUp(prev: Stitched, table: PageTable): boolean {
  if (!near(table.left, prev.left) || !near(table.right, prev.right)) return false;
  const first = table.cells.filter((c) => c.r0 === 0);
  const keys = first.map((c) => labelKey(cellText(c.runs)));
  if (first.length === 0 || isIndicatorHeader(keys) || isFundsHeader(keys)) return false;
  const bottom = prev.cells.filter((p) => p.r1 === prev.rows);
  return first.every((c) => bottom.some((p) => near(p.x0, c.x0) && near(p.x1, c.x1)));
}

/** Cells of the last rows above that run off the page outside the new page's table (left or right of it). */
function outsideBand(prev: Stitched, table: PageTable): StitchedCell[] {
  const outside = (c: StitchedCell) => c.x1 <= table.left + SNAP || c.x0 >= table.right - SNAP;
  const band = prev.cells.filter((c) => outside(c));
  const bottom = band.filter((c) => c.r1 === prev.rows);
  // every column outside the new table must be covered by such a cell, or the tables are not the same
  const covered = (x0: number, x1: number) => bottom.some((c) => c.x0 <= x0 + SNAP && c.x1 >= x1 - SNAP);
  const edges = prev.xs.filter((x) => x <= table.left + SNAP || x >= table.right - SNAP);
  for (let i = 0; i + 1 < edges.length; i++) {
    const x0 = edges[i]!;
    const x1 = edges[i + 1]!;
    if (x1 <= table.left + SNAP || x0 >= table.right - SNAP) {
      if (!covered(x0, x1)) return [];
    }
  }
  return bottom;
}

/**
 * Text that starts a row of its own: a score, a numbered indicator, a whole 一级/二级 label (`生态效益指标`; a
 * bare `指标` is the end of a label broken by the page, `生态效益` above it),
 * a template placeholder.
 */
const ROW_START = /^([\d.,%％\s]+|指标\s*\d.*|.+指标|…+|\.{3,}|无|[—\-－/\s]+)$/;

/**
 * True when a cell's text at the top of a page starts a row of its own rather than continuing the one above:
 * also a whole row label of the form (`改进措施` under `存在问题`, `其他资金`, `合计`), which no cut text ends on.
 */
export function startsOwnRow(text: string): boolean {
  return ROW_START.test(text) || isWholeLabel(text);
}

/**
 * A cell's text that is complete as it stands, so that nothing continues it on the next page: a number or a
 * whole label of the form (预期目标, 其他资金, 总分, 项目资金（万元）).
 */
function isWholeLabel(text: string): boolean {
  if (/^[\d.,%％\s]+$/.test(text)) return true;
  const key = labelKey(text).replace(/[:：]$/, '');
  return (
    isTextLabel(key) ||
    fundsRowKey(key) !== undefined ||
    isTotalLabel(key) ||
    headerLabel(key) !== undefined ||
    BLOCK_LABEL.test(key) ||
    (key.length <= 12 && (isExpectedGoalLabel(key) || isActualGoalLabel(key)))
  );
}

/** The labels of the form's blocks, in the first column (`年度总体目标`, `项目资金（万元）`). */
const BLOCK_LABEL = /^(?:年度总体目标|项目资金|资金情况)(?:\(万元\))?$/;

/**
 * The end of a 一级/二级 label the page break cut (`可持续影` | `响指标`, `经济效益` | `指标`, `生态效益指` | `标`):
 * the text above is short and not yet a label, the two together are one.
 */
function continuesLabel(above: string, below: string): boolean {
  const a = squash(above);
  const b = squash(below);
  const label = /(?:指标|标指)$/;
  return a !== '' && !label.test(a) && b.length <= 6 && label.test(a + b) && (a + b).length <= 12;
}

function joinText(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * How the table goes on past the page end, from the rules alone:
 * - `cut`: the last row above has no rule under it and is lower than any whole row of the table (a part of a
 *   row, which goes on below), or the first row below has no rule over it either and is a part of a row: lower
 *   than any whole row, or its text starts higher in it than the text of any whole row (a cell continued on a
 *   new page has no top padding): one row cut by the page end;
 * - `open`: both open, the part below a whole row: a browser also leaves the rule out at a break between two
 *   rows, so only the text can tell;
 * - `between`: one side is closed by a rule and the other open (a browser's break between rows, or a cut
 *   that left only a sliver on one page, too low to count as a row): the first row below is a row of its own;
 * - `closed`: both sides ruled (office suites close a cut row on both pages): only the text can tell.
 */
type PageBreak = 'cut' | 'open' | 'between' | 'closed';

/** Points a part of a row must fall short of a whole row (or its padding) to be taken for a part. */
const PART_MARGIN = 1.5;

/** Page-local indexes of the rows ruled above and below. */
function wholeRows(table: PageTable): number[] {
  const out: number[] = [];
  for (let r = table.openTop ? 1 : 0; r < table.ys.length - 1 - (table.openBottom ? 1 : 0); r++) out.push(r);
  return out;
}

const rowHeight = (table: PageTable, r: number) => table.ys[r + 1]! - table.ys[r]!;

function wholeRowFigures(table: PageTable): { minRow: number; minInset: number } {
  const rows = wholeRows(table);
  const insets = rows.flatMap((r) => table.insets[r] ?? []);
  return {
    minRow: Math.min(Number.POSITIVE_INFINITY, ...rows.map((r) => rowHeight(table, r))),
    minInset: Math.min(Number.POSITIVE_INFINITY, ...insets),
  };
}

function pageBreak(prev: Stitched, table: PageTable): PageBreak {
  // the row cut above ends in a sliver at the top of this page: the first row here is the next one
  if (!prev.openBottom || table.topSliver) return table.openTop || prev.openBottom ? 'between' : 'closed';
  const here = wholeRowFigures(table);
  const minRow = Math.min(prev.minRow, here.minRow);
  // a part of a row open at the page end goes on below, even when the page below draws the row whole again
  // (a browser does so with an empty row of a set height)
  if (prev.lastPart < minRow - PART_MARGIN) return 'cut';
  if (!table.openTop) return 'between';
  const minInset = Math.min(prev.minInset, here.minInset);
  const part = rowHeight(table, 0) < minRow - PART_MARGIN;
  const unpadded = (table.insets[0] ?? Number.POSITIVE_INFINITY) < minInset - PART_MARGIN;
  return part || unpadded ? 'cut' : 'open';
}

/**
 * The first row on the new page continues the rows above it across the break. Cells it shares with the last
 * row above (same column edges) are joined into them:
 * - a row cut by the page break (the rules say so, or, when they cannot, its text goes on below and no cell
 *   starts a row of its own, e.g. a score): the whole row is joined, text appended;
 * - otherwise the cells that run on across the break where the rest of the row is ruled off (a merged 一级/二级
 *   label: no rule under it above, none over it below), and the empty cells at the row's start, the rest of
 *   vertical merges, but never the whole row: a row of empty cells (a template row) stays a row.
 * Joined cells are flagged `merged`; returns how far the rows below move up.
 */
function joinAcrossBreak(prev: Stitched, cells: StitchedCell[], firstRow: number, kind: PageBreak): number {
  const row = cells.filter((c) => c.r0 === firstRow).sort((a, b) => a.x0 - b.x0);
  const bottom = prev.cells.filter((p) => p.r1 === prev.rows);
  const above = (c: StitchedCell) => bottom.find((p) => near(p.x0, c.x0) && near(p.x1, c.x1));
  const filled = row.filter((c) => c.text !== '');
  const lined = row.length > 0 && row.every((c) => above(c));
  const cutRow =
    lined &&
    (kind === 'cut' ||
      ((kind === 'closed' || kind === 'open') &&
        filled.length > 0 &&
        filled.every((c) => {
          const upper = above(c)!.text;
          // a whole label or a number above (预期目标, 10) is not the first part of a cut text
          return (
            upper !== '' && ((!startsOwnRow(c.text) && !isWholeLabel(upper)) || continuesLabel(upper, c.text))
          );
        })));
  const shift = firstRow - prev.rows + (cutRow ? 1 : 0);
  const joins = new Set<StitchedCell>();
  for (const c of row) {
    const target = above(c);
    if (!cutRow && (!target || (c.text !== '' && !continuesLabel(target.text, c.text)))) break;
    joins.add(c);
  }
  // every cell of a row that is not cut joined into the row above would leave a row with no cell of its own
  if (!cutRow && joins.size === row.length) joins.clear();
  // cells open across the break where others of their rows are ruled off: merged cells running on
  if (!cutRow && (bottom.some((p) => !p.openBelow) || row.some((c) => !c.openAbove))) {
    for (const c of row) if (c.openAbove && above(c)?.openBelow) joins.add(c);
  }
  for (const c of joins) {
    const target = above(c)!;
    target.text = joinText(target.text, c.text);
    target.r1 = Math.max(target.r1, c.r1 - shift);
    target.openBelow = c.openBelow;
    c.merged = true;
  }
  return shift;
}

/**
 * Rows of the table above that a page may repeat at its top (Word's repeated header rows, a browser's thead):
 * the table's first rows and the rows of a column header (一级指标 | 二级指标 | …, 年初预算数 | …) with the
 * row under it.
 */
function headerSignatures(prev: Stitched): Set<string> {
  const out = new Set<string>();
  for (let r = 0; r < prev.rows; r++) {
    const keys = prev.cells.filter((c) => c.r0 === r).map((c) => labelKey(c.text));
    if (r >= 3 && !isIndicatorHeader(keys) && !isFundsHeader(keys)) continue;
    for (const k of [r, r + 1]) {
      const sig = rowSignature(prev.cells, k);
      if (sig) out.add(sig);
    }
  }
  return out;
}

/**
 * The overflow of a row cut above a top sliver (PageTable.overflow) given back: each line to the cell of the
 * last row above that covers its column, after that cell's text (`满意度` + `指标`). With no such cell (no table
 * above, or none over that column) it stays where it was printed, in this page's cell under it.
 */
function giveBackOverflow(prev: Stitched | undefined, table: PageTable, cells: StitchedCell[]): void {
  const bottom = prev ? prev.cells.filter((p) => p.r1 === prev.rows) : [];
  const groups = new Map<StitchedCell, PageTable['overflow']>();
  for (const run of table.overflow) {
    const cx = run.x + run.width / 2;
    const within = (c: StitchedCell) => cx >= c.x0 && cx < c.x1;
    const target = bottom.find(within) ?? cells.filter((c) => c.pageRow === 1 && !c.merged).find(within);
    if (!target) continue;
    const group = groups.get(target) ?? [];
    group.push(run);
    groups.set(target, group);
  }
  for (const [target, runs] of groups) {
    const text = cellText(runs);
    target.text = bottom.includes(target) ? joinText(target.text, text) : joinText(text, target.text);
  }
}

function append(prev: Stitched, table: PageTable, band: readonly TextBlock[] = []): void {
  const runningOn = outsideBand(prev, table);
  const kind = pageBreak(prev, table);
  let cells = fromPage(table, prev.rows);
  giveBackOverflow(prev, table, cells);
  let firstRow = prev.rows;
  // Header rows repeated at the top of the page (never the second part of a row cut by the page end).
  const seen = kind === 'cut' ? new Set<string>() : headerSignatures(prev);
  for (let k = 0; k < 3; k++) {
    const sig = rowSignature(cells, firstRow);
    if (!sig || !seen.has(sig)) break;
    cells = cells.filter((c) => c.r0 !== firstRow);
    firstRow++;
  }
  const shift = joinAcrossBreak(prev, cells, firstRow, firstRow === prev.rows ? kind : 'between');
  cells = cells.filter((c) => c.r0 > firstRow || !c.merged);
  for (const c of cells) {
    c.r0 -= shift;
    c.r1 -= shift;
  }
  for (const c of cells) prev.cells.push(c);
  const pageStart = firstRow - shift;
  prev.rows = prev.cells.reduce((rows, c) => Math.max(rows, c.r1), prev.rows);
  // the merged cells beside the narrower table run on down its rows; a cell ruled off above the break (a header
  // cell) does not: beside the new rows stands a merged cell of their own, drawn with no rule across on this page
  // (an 一级 label starting here), whose text is the free text printed in its column
  const inColumn = (b: TextBlock, c: StitchedCell) => (b.left ?? -1) >= c.x0 - SNAP && (b.left ?? -1) < c.x1;
  for (const c of runningOn) {
    const text = band
      .filter((b) => inColumn(b, c))
      .map((b) => b.text)
      .join('\n');
    if (c.openBelow) {
      c.r1 = prev.rows;
      if (text !== '') c.text = c.text === '' ? text : `${c.text}\n${text}`;
      continue;
    }
    if (prev.rows <= pageStart) continue;
    prev.cells.push({
      r0: pageStart,
      r1: prev.rows,
      x0: c.x0,
      x1: c.x1,
      text,
      page: table.page,
      pageRow: 1,
      openAbove: true,
      openBelow: table.openBottom,
    });
  }
  prev.lastPage = table.page;
  prev.xs = [...prev.xs, ...table.xs.filter((x) => !prev.xs.some((p) => near(p, x)))].sort((a, b) => a - b);
  Object.assign(prev, openEnd(table));
  const here = wholeRowFigures(table);
  prev.minRow = Math.min(prev.minRow, here.minRow);
  prev.minInset = Math.min(prev.minInset, here.minInset);
}

function openEnd(table: PageTable): Pick<Stitched, 'openBottom' | 'lastPart'> {
  const n = table.ys.length;
  return { openBottom: table.openBottom, lastPart: n > 1 ? table.ys[n - 1]! - table.ys[n - 2]! : 0 };
}

function start(table: PageTable, preamble: PageBlock[]): Stitched {
  const cells = fromPage(table, 0);
  giveBackOverflow(undefined, table, cells);
  return {
    preamble,
    trailer: [],
    cells,
    rows: table.ys.length - 1,
    xs: table.xs,
    left: table.left,
    right: table.right,
    lastPage: table.page,
    ...openEnd(table),
    ...wholeRowFigures(table),
  };
}

function nearestIndex(edges: number[], x: number): number {
  let best = 0;
  for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i]! - x) < Math.abs(edges[best]! - x)) best = i;
  return best;
}

function edgesOf(cells: StitchedCell[]): number[] {
  const values = cells.flatMap((c) => [c.x0, c.x1]).sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of values) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

function lineCell(block: TextBlock, r: number, cols: number, tableIndex: number): Cell {
  return {
    r,
    c: 0,
    rowSpan: 1,
    colSpan: Math.max(1, cols),
    text: block.text,
    src: { kind: 'pdf', table: tableIndex, page: block.page, ref: `p${block.page} L${block.line}` },
  };
}

function toGrid(s: Stitched, tableIndex: number): Grid {
  const edges = edgesOf(s.cells);
  const cols = Math.max(1, edges.length - 1);
  const texts = (blocks: PageBlock[]) =>
    blocks.filter((b): b is PageBlock & { kind: 'text' } => b.kind === 'text');
  const cells: Cell[] = texts(s.preamble).map((b, i) => lineCell(b, i, cols, tableIndex));
  const offset = cells.length;
  for (const c of s.cells) {
    const c0 = nearestIndex(edges, c.x0);
    const c1 = Math.max(c0 + 1, nearestIndex(edges, c.x1));
    cells.push({
      r: c.r0 + offset,
      c: c0,
      rowSpan: c.r1 - c.r0,
      colSpan: c1 - c0,
      text: c.text,
      src: { kind: 'pdf', table: tableIndex, page: c.page, ref: `p${c.page} R${c.pageRow}C${c0 + 1}` },
    });
  }
  texts(s.trailer).forEach((b, i) => {
    cells.push(lineCell(b, offset + s.rows + i, cols, tableIndex));
  });
  return makeGrid(cells);
}

/** Text lines as one-column rows: what is left when a PDF has text but no ruled table. */
export function linesGrid(lines: (TextLine & { page: number; line: number })[]): Grid {
  return makeGrid(
    lines.map((l, i) => ({
      r: i,
      c: 0,
      rowSpan: 1,
      colSpan: 1,
      text: l.text,
      src: { kind: 'pdf', table: 0, page: l.page, ref: `p${l.page} L${l.line}` },
    })),
  );
}

const lineKey = (b: TextBlock) => `${Math.round(b.top / 4)}|${squash(b.text)}`;

/** Lines printed at the same height on more than one page: running headers and footers. */
function runningLines(blocks: PageBlock[]): Set<string> {
  const pages = new Map<string, Set<number>>();
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    const key = lineKey(b);
    pages.set(key, (pages.get(key) ?? new Set()).add(b.page));
  }
  return new Set([...pages].filter(([, on]) => on.size > 1).map(([key]) => key));
}

/**
 * Free text printed beside a table continued on a narrower page, within the table's height: the text of merged
 * cells in the columns outside it, which have no rule across on this page and so are no cells of the ruled table.
 */
function bandText(after: readonly PageBlock[], table: PageTable): TextBlock[] {
  const bottom = table.ys[table.ys.length - 1] ?? table.top;
  const out: TextBlock[] = [];
  for (const b of after) {
    if (b.kind !== 'text' || b.page !== table.page) break;
    if (b.top > bottom) break;
    const left = b.left ?? table.left;
    if (b.top >= table.top - SNAP && (left < table.left - SNAP || left >= table.right - SNAP)) out.push(b);
  }
  return out;
}

/**
 * Pages' blocks → one Grid per table, tables continued over page breaks stitched into one.
 * Free text before a table (title, year) becomes its first full-width rows; text after the last table its last.
 */
export function stitchTables(blocks: PageBlock[], limits: ReaderLimits): Grid[] {
  const running = runningLines(blocks);
  const done: Stitched[] = [];
  let current: Stitched | undefined;
  let pending: PageBlock[] = [];
  let rows = 0;
  let cellCount = 0;
  const consumed = new Set<PageBlock>();
  for (const [i, block] of blocks.entries()) {
    if (consumed.has(block)) continue;
    if (block.kind === 'text') {
      if (!isPageFurniture(block.text)) pending.push(block);
      continue;
    }
    const { table } = block;
    rows += table.ys.length - 1;
    cellCount += table.cells.length;
    if (rows > limits.maxRows || cellCount > limits.maxCells) {
      throw new FormUnreadable('FILE_TOO_LARGE', 'PDF 中的表格过大，超出可处理的行数上限，请拆分后再上传。');
    }
    // A running header (the same line at the same place on other pages) does not end a table either.
    if (
      current &&
      pending.every((b) => b.kind === 'text' && running.has(lineKey(b))) &&
      continues(current, table)
    ) {
      const band = bandText(blocks.slice(i + 1), table);
      for (const b of band) consumed.add(b);
      append(current, table, band);
      pending = [];
      continue;
    }
    if (current) done.push(current);
    current = start(table, pending);
    pending = [];
  }
  if (current) {
    current.trailer = pending;
    done.push(current);
  }
  return done.map((s, i) => toGrid(s, i));
}

import { isExpectedGoalLabel, isFundsHeader, isIndicatorHeader, isTotalLabel } from '../extract/columns.ts';
import { mapRowsToForms } from '../extract/map-rows.ts';
import { cellKey, type Row, type RowCell } from '../extract/rows.ts';
import { isProjectNameLabel } from '../extract/segment.ts';
import type { ParsedForm } from './document.ts';

/**
 * Word-copied text (EXTRACTION.md §1 "Pasted text"): every cell starts with a TAB at the start of
 * a line, a line without the TAB continues the cell above, blank lines usually end a row but
 * empty paragraphs inside a cell make blank lines too. Cells → rows → repaired rows → the mapper.
 */

/** A run of cells between blank lines; `free` when it is a paragraph outside the table. */
interface Fragment {
  cells: RowCell[];
  free: boolean;
}

const BOOKMARK = /\[bookmark: [^\]]*\]/g;

/** True when the text looks like a Word table copied as text: several lines that start with a TAB. */
export function isWordText(text: string): boolean {
  let tabbed = 0;
  for (const match of text.matchAll(/^\t/gm)) {
    if (match && ++tabbed >= 5) return true;
  }
  return false;
}

/**
 * A line of two or more tabs and nothing else is a paragraph of tabs typed inside the cell above, unless text
 * without a TAB follows it (then it starts a cell whose first paragraph is the tabs). A cell's own TAB is one;
 * a cell holding nothing but tabs is far rarer than a tab paragraph after a cell's text.
 */
function isTabParagraph(line: string, next: string | undefined): boolean {
  if (!line.startsWith('\t\t') || line.trim() !== '') return false;
  return next === undefined || next.trim() === '' || next.startsWith('\t');
}

/** Lines → cells grouped in fragments. Linear in the text length. */
export function tokenizeWordText(text: string): Fragment[] {
  const lines = text.split(/\r\n|\r|\n/);
  const fragments: Fragment[] = [];
  let current: Fragment | undefined;
  let cell: { parts: string[]; from: number; to: number } | undefined;
  let blanks = 0;

  const closeCell = () => {
    if (!cell || !current) return;
    const ref = cell.from === cell.to ? `L${cell.from}` : `L${cell.from}-L${cell.to}`;
    current.cells.push({ text: cell.parts.join('\n').replace(BOOKMARK, ''), ref });
    cell = undefined;
  };
  const closeFragment = () => {
    closeCell();
    if (current && current.cells.length > 0) fragments.push(current);
    current = undefined;
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (cell && blanks === 0 && isTabParagraph(line, lines[index + 1])) {
      // a paragraph of tabs inside the cell (people indent with runs of Tab), not a new cell
      cell.parts.push(line);
      cell.to = lineNo;
    } else if (line.startsWith('\t')) {
      if (blanks > 0 || current?.free) closeFragment();
      closeCell();
      current ??= { cells: [], free: false };
      cell = { parts: [line.slice(1)], from: lineNo, to: lineNo };
      blanks = 0;
    } else if (line.trim() === '') {
      blanks++;
    } else if (cell && blanks <= 1) {
      // a line without the TAB continues the cell; one blank line is an empty paragraph inside it
      for (let b = 0; b < blanks; b++) cell.parts.push('');
      cell.parts.push(line);
      cell.to = lineNo;
      blanks = 0;
    } else {
      // a paragraph outside the table (附件5：, 填表人…, 注：…)
      closeFragment();
      current = { cells: [], free: true };
      cell = { parts: [line], from: lineNo, to: lineNo };
      blanks = 0;
    }
  });
  closeFragment();
  return fragments;
}

type Region = 'header' | 'funds' | 'goals' | 'indicators';

function regionOf(keys: string[]): Region | undefined {
  if (keys.some(isProjectNameLabel)) return 'header';
  if (isFundsHeader(keys)) return 'funds';
  if (keys.some(isExpectedGoalLabel)) return 'goals';
  if (isIndicatorHeader(keys)) return 'indicators';
  if (keys.some(isTotalLabel)) return 'header';
  return undefined;
}

/**
 * Fragments → rows. Inside the funds and indicator tables a row that came out short (an empty
 * paragraph split it) is merged with the fragments after it while the cell counts add up to the
 * header's width.
 */
export function repairRows(fragments: readonly Fragment[]): Row[] {
  const rows: Row[] = [];
  let width = 0;
  let i = 0;
  while (i < fragments.length) {
    const fragment = fragments[i] as Fragment;
    const keys = fragment.cells.map(cellKey);
    const region = fragment.free ? undefined : regionOf(keys);
    let cells = fragment.cells;
    i++;
    // the 绩效指标 cell at the left of the indicator header can be split off by an empty paragraph
    const previous = rows[rows.length - 1];
    if (region === 'indicators' && previous?.length === 1 && cellKey(previous[0]) === '绩效指标') {
      cells = [...(rows.pop() ?? []), ...cells];
    }
    if (region) width = region === 'header' ? 0 : cells.length;
    if (!region && !fragment.free && width > 0) {
      while (cells.length < width && i < fragments.length) {
        const next = fragments[i] as Fragment;
        if (next.free || regionOf(next.cells.map(cellKey)) || cells.length + next.cells.length > width) break;
        // two short rows in a row (a 二级指标 with only 无 spanning the rest) each start with a level label
        if (startsIndicatorRow(cells) && startsIndicatorRow(next.cells)) break;
        cells = [...cells, ...next.cells];
        i++;
      }
    }
    rows.push(cells);
  }
  return rows;
}

/** A 一级/二级 label (`产出指标`, `经济效益指标`) among the first cells: the fragment begins an indicator row. */
function startsIndicatorRow(cells: readonly RowCell[]): boolean {
  return cells.slice(0, 3).some((cell) => {
    const key = cellKey(cell);
    return key.length <= 10 && /(?:指标|标指)$/.test(key);
  });
}

export function wordTextRows(text: string): Row[] {
  return repairRows(tokenizeWordText(text));
}

/** Reads word-copied text into forms (refs are line spans `L12-L14`). */
export function readWordText(text: string, source?: string): ParsedForm[] {
  return mapRowsToForms(wordTextRows(text), {
    format: 'word-text',
    ...(source === undefined ? {} : { source }),
  });
}

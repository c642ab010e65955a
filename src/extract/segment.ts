import { parseYear } from './normalize.ts';
import { cellKey, isBlankRow, type Row } from './rows.ts';

/** Rows [start, end) of one form. */
export interface FormSpan {
  start: number;
  end: number;
  /** False when no 项目名称 row was found and the span was taken from other anchors. */
  hasProjectName: boolean;
}

export function isProjectNameLabel(key: string): boolean {
  return key === '项目名称' || /^项目名称[(:]/.test(key);
}

/** A title: 项目支出绩效自评表, 财政衔接资金项目绩效目标自评表 (绩效目标 between 绩效 and 自评), 绩效自评情况. */
function isTitleRow(row: Row): boolean {
  return row.some((cell) => {
    const key = cellKey(cell);
    return key.includes('自评表') || key.includes('绩效自评');
  });
}

/** A paragraph of remarks (`备注：…`, `注：…`, `说明：…`) that an office may put between the title and the table. */
const NOTE_PARAGRAPH = /^(?:备注|注|说明|填报说明)[:]/;

const ABOVE_TABLE = /^(?:单位名称|填报单位|填报日期|报表编号|编制单位):/;

/** A row that may stand before 项目名称: title, `（2023年度）`, `附件5：`, a 备注 paragraph, blank. */
function isPreamble(row: Row): boolean {
  if (isBlankRow(row) || isTitleRow(row)) return true;
  const filled = row.filter((cell) => cell.text.trim() !== '');
  // lines other templates print above the table: 单位名称：… 填报日期：…, 报表编号：… (one cell or several)
  if (filled.length > 0 && filled.every((cell) => ABOVE_TABLE.test(cellKey(cell)))) return true;
  if (filled.length !== 1) return false;
  const key = cellKey(filled[0]);
  return parseYear(filled[0]?.text ?? '') !== null || /^附件\d*[:]?$/.test(key) || NOTE_PARAGRAPH.test(key);
}

const PREAMBLE_LOOKBACK = 4;
/** Lines a 备注 paragraph just above 项目名称 may be wrapped over (a PDF prints one row per line). */
const NOTE_LINES = 8;

const singleCell = (row: Row) => row.filter((cell) => cell.text.trim() !== '').length === 1;

/**
 * Where the paragraphs standing just above the 项目名称 row begin (a 备注, 填报说明 or any other note an office
 * types between the year line and the table, its wrapped lines included); `p` itself when there are none. One-cell
 * rows up to the title or year line belong to the form, so the year above them is still the form's; without such
 * a line only a paragraph that says it is a note (`备注：`) is taken.
 */
function noteStart(rows: readonly Row[], p: number, floor: number): number {
  let note = p;
  for (let i = p - 1; i >= floor && p - i <= NOTE_LINES + 1; i--) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    if (!singleCell(row)) break;
    const cell = row.find((c) => c.text.trim() !== '');
    if (isTitleRow(row) || parseYear(cell?.text ?? '') !== null) return i + 1;
    if (NOTE_PARAGRAPH.test(cellKey(cell))) note = i;
  }
  return note;
}

function hasAnchor(rows: readonly Row[]): boolean {
  return rows.some((row) =>
    row.some((cell) => {
      const key = cellKey(cell);
      return key.includes('年初预算') || key.includes('偏差原因') || key.includes('年度资金总额');
    }),
  );
}

/**
 * Splits rows into forms: a form starts at its 项目名称 row, taking the title and year rows just
 * above it; one table may hold many forms and a form may run over several tables.
 */
export function segmentForms(rows: readonly Row[]): FormSpan[] {
  const starts: number[] = [];
  rows.forEach((row, index) => {
    if (row.some((cell) => isProjectNameLabel(cellKey(cell)))) starts.push(index);
  });
  if (starts.length === 0) {
    return hasAnchor(rows) ? [{ start: 0, end: rows.length, hasProjectName: false }] : [];
  }
  const spanStarts = starts.map((p, k) => {
    const floor = k === 0 ? 0 : (starts[k - 1] ?? 0) + 1;
    const note = noteStart(rows, p, floor);
    let start = note;
    while (start > floor && note - start < PREAMBLE_LOOKBACK && isPreamble(rows[start - 1] ?? [])) start--;
    return start;
  });
  return spanStarts.map((start, k) => ({
    start,
    end: spanStarts[k + 1] ?? rows.length,
    hasProjectName: true,
  }));
}

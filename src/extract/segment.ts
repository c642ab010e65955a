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

function isTitleRow(row: Row): boolean {
  return row.some((cell) => {
    const key = cellKey(cell);
    return key.includes('绩效自评表') || key.includes('绩效自评');
  });
}

/** A row that may stand before 项目名称: title, `（2023年度）`, `附件5：`, blank. */
function isPreamble(row: Row): boolean {
  if (isBlankRow(row) || isTitleRow(row)) return true;
  const filled = row.filter((cell) => cell.text.trim() !== '');
  // lines other templates print above the table: 单位名称：… 填报日期：…, 报表编号：… (one cell or several)
  if (filled.length > 0 && filled.every((cell) => ABOVE_TABLE.test(cellKey(cell)))) return true;
  return (
    filled.length === 1 &&
    (parseYear(filled[0]?.text ?? '') !== null || /^附件\d*[:]?$/.test(cellKey(filled[0])))
  );
}

const ABOVE_TABLE = /^(?:单位名称|填报单位|填报日期|报表编号|编制单位):/;

const PREAMBLE_LOOKBACK = 4;

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
    let start = p;
    while (start > floor && p - start < PREAMBLE_LOOKBACK && isPreamble(rows[start - 1] ?? [])) start--;
    return start;
  });
  return spanStarts.map((start, k) => ({
    start,
    end: spanStarts[k + 1] ?? rows.length,
    hasProjectName: true,
  }));
}

import type { FormRecord, FundsCell } from '../record/record.ts';
import { FUNDS_COLUMNS, FUNDS_ROWS } from '../record/record.ts';
import { roundTo } from './numeric.ts';
import type { CellEdit } from './types.ts';

/** Applies cell edits (the fixes of findings) to a copy of a record; the record itself is never changed. */

const INDICATOR_RE = /^indicators\[(\d+)\]\.(score|weight)$/;
const FUNDS_RE = /^funds\.(\w+)\.(\w+)$/;

export function applyEdits(record: FormRecord, edits: readonly CellEdit[]): FormRecord {
  if (edits.length === 0) return record;
  const r = structuredClone(record);
  for (const e of edits) applyOne(r, e);
  return r;
}

function applyOne(r: FormRecord, e: CellEdit): void {
  if (e.path === 'totalScore') {
    r.totalScore = e.value;
    return;
  }
  if (e.path === 'totalWeight') {
    r.totalWeight = e.value;
    return;
  }
  const ind = INDICATOR_RE.exec(e.path);
  if (ind) {
    const row = r.indicators[Number(ind[1])];
    if (!row) throw new Error(`no indicator row for ${e.path}`);
    if (ind[2] === 'score') {
      row.score = e.value;
      row.scoreRaw = e.raw;
    } else {
      row.weight = e.value;
      row.weightRaw = e.raw;
    }
    return;
  }
  const funds = FUNDS_RE.exec(e.path);
  const rowKey = funds?.[1] as (typeof FUNDS_ROWS)[number] | undefined;
  const col = funds?.[2] as (typeof FUNDS_COLUMNS)[number] | undefined;
  if (rowKey && col && FUNDS_ROWS.includes(rowKey) && FUNDS_COLUMNS.includes(col)) {
    const cell: FundsCell = { raw: e.raw, value: e.value };
    r.funds[rowKey][col] = cell;
    return;
  }
  throw new Error(`cannot apply an edit to ${e.path}`);
}

/** Does an edit change a part of the total (a score or a weight)? */
export function touchesParts(e: CellEdit): boolean {
  return INDICATOR_RE.test(e.path) || /^funds\.total\.(score|weight)$/.test(e.path);
}

/** A numeric edit rounded to the form's precision, written without trailing zeros. */
export function numberEdit(path: string, value: number, precision: number, suffix = ''): CellEdit {
  const v = roundTo(value, precision);
  return { path, value: v, raw: `${v}${suffix}` };
}

/** The template's dash: the cell is not scored. */
export function dashEdit(path: string): CellEdit {
  return { path, value: null, raw: '—' };
}

import type { FormRecord } from '../record/record.ts';
import { formatScore } from '../score/present.ts';
import type { CheckResult, Severity } from '../score/types.ts';
import type { LayoutCell } from './layout.ts';

export interface CellNote {
  text: string;
  severity: Severity | null;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The text a changed value had: a cell's raw text, a number, or blank. */
function shownValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (typeof v === 'object' && 'raw' in (v as object)) return String((v as { raw: unknown }).raw) || '（空）';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Current value at a record path, to skip changes that were undone. */
function currentValue(record: FormRecord, path: string): unknown {
  let at: unknown = record;
  for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * Cells changed since the form was read: path → the value first read there. A change written back to the first
 * value is no change; a whole row added has no old value to show and is marked as 新增.
 */
export function changedCells(
  record: FormRecord,
  changes: ReadonlyArray<{ path: string; oldValue: unknown }> | undefined,
): Map<string, string> {
  const first = new Map<string, unknown>();
  for (const c of changes ?? []) if (!first.has(c.path)) first.set(c.path, c.oldValue);
  const out = new Map<string, string>();
  for (const [path, old] of first) {
    const now = currentValue(record, path);
    if (JSON.stringify(now) === JSON.stringify(old)) continue;
    if (old === null && typeof now === 'object' && now !== null && /^indicators\[\d+\]$/.test(path)) {
      out.set(`${path}.name`, '（新增的指标行）');
      continue;
    }
    out.set(path, shownValue(old));
    // a number cell of an indicator row is written from its raw text
    if (/^indicators\[\d+\]\.(score|weight)Raw$/.test(path))
      out.set(path.replace(/Raw$/, ''), shownValue(old));
  }
  return out;
}

/**
 * Notes for the form cells: the recomputed value where it differs from the stated one, and each finding on the cell
 * it points at (a finding on a whole row goes to the row's name cell).
 */
export function cellNotes(cells: LayoutCell[], check: CheckResult | undefined): Map<string, CellNote> {
  const notes = new Map<string, CellNote>();
  if (!check) return notes;
  const paths = new Set(cells.flatMap((c) => (c.path ? [c.path] : [])));
  const add = (path: string, text: string, severity: Severity | null) => {
    const target = paths.has(path) ? path : paths.has(`${path}.name`) ? `${path}.name` : undefined;
    if (!target) return;
    const note = notes.get(target);
    if (!note) {
      notes.set(target, { text, severity });
      return;
    }
    note.text += `\n${text}`;
    if (severity && (!note.severity || RANK[severity] > RANK[note.severity])) note.severity = severity;
  };

  const { score } = check;
  const p = score.precision;
  const differs = (a: number | null, b: number | null) =>
    a !== null && (b === null || formatScore(a, p) !== formatScore(b, p));
  for (const row of score.indicators) {
    if (differs(row.computed, row.stated)) {
      add(
        `indicators[${row.index}].score`,
        `按规则计算得分：${formatScore(row.computed, p)}（仅供参考）`,
        null,
      );
    }
  }
  if (differs(score.budget.computed, score.budget.stated)) {
    add('funds.total.score', `按规则计算得分：${formatScore(score.budget.computed, p)}（仅供参考）`, null);
  }
  if (differs(score.budget.rate, score.budget.statedRate)) {
    add('funds.total.rate', `按全年执行数/全年预算数计算：${formatScore(score.budget.rate, 2)}%`, null);
  }
  if (score.total.computed === null)
    add('totalScore', '核算总分：无法核算（预算执行或部分分值、得分缺失）', null);
  else if (differs(score.total.computed, score.total.stated)) {
    add('totalScore', `核算总分：${formatScore(score.total.computed, p)}（${score.grade ?? '—'}）`, null);
  }
  for (const f of check.findings) add(f.path, f.message, f.severity);
  return notes;
}

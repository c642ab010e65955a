import type { CheckResult, Severity } from '../score/types.ts';
import type { LayoutCell } from './layout.ts';

export interface CellNote {
  text: string;
  severity: Severity | null;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function round(n: number): number {
  return Math.round(n * 100) / 100;
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
  for (const row of score.indicators) {
    if (row.computed !== null && row.computed !== row.stated) {
      add(`indicators[${row.index}].score`, `按规则核算得分：${round(row.computed)}`, null);
    }
  }
  if (score.budget.computed !== null && score.budget.computed !== score.budget.stated) {
    add('funds.total.score', `按规则核算得分：${round(score.budget.computed)}`, null);
  }
  if (score.budget.rate !== null && score.budget.rate !== score.budget.statedRate) {
    add('funds.total.rate', `按全年执行数/全年预算数核算：${round(score.budget.rate)}%`, null);
  }
  if (score.total.computed !== null && score.total.computed !== score.total.stated) {
    add('totalScore', `核算总分：${round(score.total.computed)}（${score.grade ?? '—'}）`, null);
  }
  for (const f of check.findings) add(f.path, f.message, f.severity);
  return notes;
}

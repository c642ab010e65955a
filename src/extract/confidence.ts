import type { Indicator } from '../record/record.ts';
import { isPlaceholderName, labelKey, parseScore } from './normalize.ts';

/**
 * Refuse rather than guess (issue 12): a section the mapper read but whose cells do not fit their columns is
 * marked unread instead of being returned with shifted values. The bot then asks for it (or the LLM reads that
 * section alone, src/extract/gaps.ts). The rules key on types, never on a form's wording.
 */

/** A 分值/得分 cell that is neither a number, nor blank, nor a mark for "not applicable" (`—`, `/`, `:`). */
function notANumber(raw: string): boolean {
  const key = labelKey(raw);
  if (key === '' || isPlaceholderName(key) || /^\p{P}+$/u.test(key)) return false;
  return parseScore(raw) === null;
}

/**
 * Rows (1-based) whose 分值 or 得分 cell holds text that is no number: a sign that the row's cells were placed
 * under the wrong columns (a text column moved into the number columns).
 */
export function rowsWithTextInNumberColumns(indicators: readonly Indicator[]): number[] {
  const out: number[] = [];
  indicators.forEach((row, i) => {
    if (row.placeholder) return;
    if (notANumber(row.weightRaw) || notANumber(row.scoreRaw)) out.push(i + 1);
  });
  return out;
}

/**
 * Whether the indicator table cannot be trusted: two or more rows with text in the number columns, or more
 * than a third of the rows that hold values. One odd cell (`良`, `见附件`) is the form's own and is kept.
 */
export function indicatorsUnreadable(indicators: readonly Indicator[]): number[] | undefined {
  const bad = rowsWithTextInNumberColumns(indicators);
  const withValues = indicators.filter((r) => !r.placeholder).length;
  return bad.length >= 2 || (bad.length > 0 && bad.length * 3 > withValues) ? bad : undefined;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * The 分值 and 得分 columns read the wrong way round: every row's 得分 at or above its 分值 and some above it (the
 * structural doubt), the weights not adding up to the table's own 总分 分值 (with or without the budget's points)
 * while the scores do, and the weights adding up to the 总分 得分 instead. A form's own arithmetic mistake does
 * not look so (a real form whose weights add up to its 总分 得分 by chance scores no row above its weight),
 * so only the reading is doubted, never a sum that is merely off.
 */
export function numberColumnsSwapped(record: {
  indicators: readonly Indicator[];
  totalWeight: number | null;
  totalScore: number | null;
  budget: { weight: number | null; score: number | null };
}): boolean {
  const { totalWeight, totalScore } = record;
  if (totalWeight === null || totalScore === null || near(totalWeight, totalScore)) return false;
  const rows = record.indicators.filter((r) => !r.placeholder && r.weight !== null && r.score !== null);
  if (rows.length < 2) return false;
  // swapped columns put every score at or above its weight, and some above it (no form scores so)
  if (!rows.every((r) => r.score! >= r.weight!) || !rows.some((r) => r.score! > r.weight!)) return false;
  const weights = rows.reduce((s, r) => s + r.weight!, 0);
  const scores = rows.reduce((s, r) => s + r.score!, 0);
  const weightTotals = [totalWeight, totalWeight - (record.budget.weight ?? 10)];
  const scoreTotals = [totalScore, totalScore - (record.budget.score ?? 0)];
  return (
    !weightTotals.some((t) => near(weights, t)) &&
    weightTotals.some((t) => near(scores, t)) &&
    scoreTotals.some((t) => near(weights, t))
  );
}

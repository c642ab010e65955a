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

import { type FindingList, presentRows, type ScoreContext } from './context.ts';
import { SATISFACTION } from './level1.ts';
import { messages, rowLabel } from './messages.ts';
import { compact } from './numeric.ts';

/** 满意度 rows (SCORING.md §5): survey not done, and results given without a sample. */

/** A sample size or a count of valid questionnaires: `有效问卷120份`, `调查50户`, `样本量 200`. */
const EVIDENCE_RE = /\d+(份|人|户|名|个样本)|(问卷|样本|调查人数|调查对象)\D{0,6}\d+/;

export function validateSatisfactionSurvey(ctx: ScoreContext, out: FindingList): void {
  for (const r of presentRows(ctx)) {
    if (r.group !== SATISFACTION || r.notApplicable) continue;
    const path = `indicators[${r.index}].actual`;
    const label = rowLabel(r.row, r.index);
    if (r.notSurveyed) {
      out.add('SATISFACTION_NOT_SURVEYED', path, messages.satisfactionNotSurveyed(label), {
        stated: r.row.actual,
      });
      continue;
    }
    const text = compact(r.row.actual) + compact(r.row.deviation);
    if (compact(r.row.actual) !== '' && !EVIDENCE_RE.test(text)) {
      out.add('SATISFACTION_NO_EVIDENCE', path, messages.satisfactionNoEvidence(label), {
        stated: r.row.actual,
      });
    }
  }
}

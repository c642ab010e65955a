import { type FindingList, presentRows, type ScoreContext } from './context.ts';
import { numberEdit } from './edits.ts';
import { hasDeviationText, inBand, needsDeviation, type RowAnalysis } from './indicator.ts';
import { messages, rowLabel } from './messages.ts';
import { compact, roundTo, within } from './numeric.ts';

/** Indicator rows (SCORING.md §3, §4, §8): score range, the rules' score, bands, deviation text. */

const QUANTITATIVE = new Set(['positive', 'reverse', 'equality']);
const HOW: Record<string, string> = {
  positive: '正向指标公式',
  reverse: '反向指标公式',
  equality: '等于型指标公式',
};

function label(r: RowAnalysis): string {
  return rowLabel(r.row, r.index);
}

function path(r: RowAnalysis, field: string): string {
  return `indicators[${r.index}].${field}`;
}

export function validateScoreRange(ctx: ScoreContext, out: FindingList): void {
  const tol = 1e-9;
  for (const r of presentRows(ctx)) {
    const { score, weight } = r.row;
    if (score === null) continue;
    if (score < -tol) {
      out.add('SCORE_NEGATIVE', path(r, 'score'), messages.scoreNegative(label(r), score), {
        stated: score,
        fixes: [numberEdit(path(r, 'score'), 0, ctx.precision)],
      });
    }
    if (weight !== null && score > weight + tol) {
      out.add('SCORE_ABOVE_WEIGHT', path(r, 'score'), messages.scoreAboveWeight(label(r), score, weight), {
        stated: score,
        fixes: [numberEdit(path(r, 'score'), weight, ctx.precision)],
      });
    }
  }
}

/** Stated score against the label band (qualitative and graded rows, and rows whose actual is only a phrase). */
export function validateBands(ctx: ScoreContext, out: FindingList): void {
  for (const r of presentRows(ctx)) {
    const { score, weight } = r.row;
    if (!r.band || score === null || weight === null || r.notSurveyed) continue;
    if (inBand(score, weight, r.band, ctx.rules.tolerances.score)) continue;
    const lo = r.band.min * weight;
    const hi = r.band.max * weight;
    out.add(
      'QUAL_SCORE_OUT_OF_BAND',
      path(r, 'score'),
      messages.qualOutOfBand(label(r), r.row.actual.trim(), score, lo, hi, r.band.maxInclusive),
      { stated: score, ...(r.label ? { detail: r.label } : {}) },
    );
  }
}

/** Quantitative rows: stated score against the formula; the reverse-scored-as-positive mistake named as such. */
export function validateComputedScores(ctx: ScoreContext, out: FindingList): void {
  const tol = ctx.rules.tolerances.score;
  for (const r of presentRows(ctx)) {
    const { score, weight } = r.row;
    if (
      !QUANTITATIVE.has(r.kind) ||
      r.notSurveyed ||
      r.computed === null ||
      score === null ||
      weight === null
    )
      continue;
    if (r.target === null || r.actual === null) continue;
    if (within(score, r.computed, tol)) continue;
    const proportional = r.target > 0 ? (Math.max(r.actual, 0) / r.target) * weight : null;
    if (
      r.kind === 'reverse' &&
      r.actual <= r.target &&
      proportional !== null &&
      within(score, proportional, tol)
    ) {
      out.add(
        'REVERSE_SCORED_AS_POSITIVE',
        path(r, 'score'),
        messages.reverseScoredAsPositive(label(r), score, weight),
        { stated: score, fixes: [numberEdit(path(r, 'score'), r.computed, ctx.precision)] },
      );
      continue;
    }
    out.add(
      'INDICATOR_SCORE_DIFFERS',
      path(r, 'score'),
      messages.indicatorScoreDiffers(label(r), score, r.computed, HOW[r.kind] ?? '规则'),
      {
        stated: score,
        detail: r.kind,
        fixes: [numberEdit(path(r, 'score'), r.computed, ctx.precision)],
      },
    );
  }
}

export function validateOverAchievement(ctx: ScoreContext, out: FindingList): void {
  for (const r of presentRows(ctx)) {
    if ((r.kind !== 'positive' && r.kind !== 'equality') || r.target === null || r.actual === null) continue;
    if (r.target <= 0) continue;
    const ratio = r.actual / r.target;
    if (ratio + 1e-9 >= ctx.rules.overAchievementRatio) {
      out.add('OVER_ACHIEVEMENT', path(r, 'actual'), messages.overAchievement(label(r), ratio), {
        stated: r.row.actual,
        detail: String(roundTo(ratio, 2)),
      });
    }
  }
}

export function validateActualEmpty(ctx: ScoreContext, out: FindingList): void {
  for (const r of presentRows(ctx)) {
    if (r.notApplicable || r.notSurveyed) continue; // the survey finding says it better
    if ((r.row.weight ?? 0) > 0 && compact(r.row.actual) === '') {
      out.add('ACTUAL_EMPTY', path(r, 'actual'), messages.actualEmpty(label(r)), { stated: '' });
    }
  }
}

export function validateDeviation(ctx: ScoreContext, out: FindingList): void {
  for (const r of presentRows(ctx)) {
    const { score, weight } = r.row;
    const hasDeviation = hasDeviationText(r.row.deviation);
    if (!hasDeviation && needsDeviation(r)) {
      const below = score !== null && weight !== null && score < weight - 1e-9;
      out.add(
        'DEVIATION_MISSING',
        path(r, 'deviation'),
        below
          ? messages.deviationMissing(label(r), score, weight)
          : messages.deviationMissingGrade(label(r), String(r.label)),
        below ? { stated: score } : { stated: r.row.actual, detail: 'grade' },
      );
    }
    if (
      hasDeviation &&
      !r.notApplicable &&
      score !== null &&
      weight !== null &&
      weight > 0 &&
      within(score, weight, 0)
    ) {
      out.add('DEVIATION_ON_FULL_SCORE', path(r, 'deviation'), messages.deviationOnFullScore(label(r)), {
        stated: r.row.deviation,
      });
    }
  }
}

export function validatePlaceholders(ctx: ScoreContext, out: FindingList): void {
  const n = ctx.rows.filter((r) => r.placeholder).length;
  if (n > 0)
    out.add('PLACEHOLDER_ROWS', 'indicators.placeholder', messages.placeholderRows(n), { stated: n });
}

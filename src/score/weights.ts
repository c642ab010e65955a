import type { FormRecord } from '../record/record.ts';
import type { RowAnalysis } from './indicator.ts';
import { within } from './numeric.ts';
import type { ScoringRules } from './rules.ts';
import { recogniseScheme, type SchemeMatch, type WeightFacts, weightFacts } from './schemes.ts';

/**
 * The form's weights (SCORING.md §6): the weighting scheme it follows, or, when its weights add up under none,
 * the smallest change that makes them add up: the budget row takes what the indicators leave of the total
 * (0 = not scored), or, when the indicators alone exceed the total, the indicator weights are scaled down.
 */

export type WeightsFix =
  | { kind: 'budgetWeight'; weight: number }
  | { kind: 'scaleIndicators'; budgetWeight: number; factor: number };

export interface WeightsAnalysis {
  facts: WeightFacts;
  /** The scheme the form follows as filled; null when its weights do not add up. */
  match: SchemeMatch | null;
  /** The change that makes the weights add up, when match is null. */
  fix: WeightsFix | null;
  /** w_b counted in the total once the weights add up. */
  budgetWeight: number;
}

export function analyseWeights(
  record: FormRecord,
  rows: readonly RowAnalysis[],
  rules: ScoringRules,
): WeightsAnalysis {
  const facts = weightFacts(
    record,
    rows.filter((r) => !r.placeholder).map((r) => r.row.weight),
  );
  const { indicatorWeights } = facts;
  const match = recogniseScheme(facts, rules);
  if (match) return { facts, match, fix: null, budgetWeight: match.budgetWeight };
  const T = rules.totalWeight;
  const left = T - indicatorWeights;
  if (left >= -1e-9 && left < T - 1e-9 && indicatorWeights > 0) {
    const weight = within(left, 0, 1e-9) ? 0 : left;
    return { facts, match, fix: { kind: 'budgetWeight', weight }, budgetWeight: weight };
  }
  const stated = facts.statedBudgetWeight;
  const budgetWeight = stated !== null && stated >= 0 && stated < T ? stated : rules.budgetWeight;
  const factor = indicatorWeights > 1e-6 ? (T - budgetWeight) / indicatorWeights : 1;
  return { facts, match, fix: { kind: 'scaleIndicators', budgetWeight, factor }, budgetWeight };
}

/** The 一级 groups whose label states their points (`产出指标(60分)`), with their rows. */
export function labelledGroups(
  record: Pick<FormRecord, 'level1Weights'>,
  rows: readonly RowAnalysis[],
): { level1: string; weight: number; rows: RowAnalysis[] }[] {
  return (record.level1Weights ?? [])
    .map(({ level1, weight }) => ({ level1, weight, rows: rows.filter((r) => r.row.level1 === level1) }))
    .filter((g) => g.rows.length > 0);
}

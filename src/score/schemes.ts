import type { FundsRow } from '../record/record.ts';
import { isBlankCell } from './budget.ts';
import { within } from './numeric.ts';
import type { ScoringRules } from './rules.ts';

/**
 * Weighting schemes (SCORING.md §6, src/score/README.md "Weighting schemes"): how the form splits its total weight
 * between the 预算执行 row and the indicators, recognised from the form itself. A form that follows one of them is
 * scored by it; a form that follows none has weights that do not add up, which is the finding.
 */

export type SchemeId = 'standard' | 'budgetUnscored' | 'statedBudget';

/** What the form says about its weights. */
export interface WeightFacts {
  /** The budget row's 分值 as a number, or null when the cell is blank or a dash. */
  statedBudgetWeight: number | null;
  /** The budget row's 分值 or 得分 holds a number above 0: the form scores the budget row. */
  budgetScored: boolean;
  /** Σ w_i over every non-placeholder row (不适用 rows included). */
  indicatorWeights: number;
}

export interface WeightingScheme {
  id: SchemeId;
  /** Chinese name as shown to the user. */
  name: string;
  /** [V] official text, [P] practice seen on published forms, [U] unverified. */
  tag: 'V' | 'P' | 'U';
  /** The budget weight this scheme counts when the form follows it, else null. */
  budgetWeight(f: WeightFacts, rules: ScoringRules): number | null;
}

const adds = (a: number, b: number, total: number) => within(a + b, total, 1e-6);

/** The table of schemes, tried in this order (the standard one first). */
export const SCHEMES: readonly WeightingScheme[] = [
  {
    id: 'standard',
    name: `预算执行 10 分 + 绩效指标 90 分`,
    tag: 'V',
    budgetWeight: (f, rules) => {
      const wb = f.statedBudgetWeight ?? rules.budgetWeight;
      if (!within(wb, rules.budgetWeight, 1e-6)) return null;
      if (f.statedBudgetWeight === null && !f.budgetScored && adds(0, f.indicatorWeights, rules.totalWeight))
        return null; // an empty budget row beside indicators worth the whole total is the unscored scheme
      return adds(wb, f.indicatorWeights, rules.totalWeight) ? wb : null;
    },
  },
  {
    id: 'budgetUnscored',
    name: '绩效指标 100 分，预算执行不计分',
    tag: 'P',
    budgetWeight: (f, rules) =>
      !f.budgetScored && adds(0, f.indicatorWeights, rules.totalWeight) ? 0 : null,
  },
  {
    id: 'statedBudget',
    name: '表上注明的预算执行分值 + 绩效指标分值',
    tag: 'V',
    budgetWeight: (f, rules) =>
      f.statedBudgetWeight !== null &&
      f.statedBudgetWeight > 0 &&
      f.statedBudgetWeight < rules.totalWeight &&
      adds(f.statedBudgetWeight, f.indicatorWeights, rules.totalWeight)
        ? f.statedBudgetWeight
        : null,
  },
];

export interface SchemeMatch {
  scheme: WeightingScheme;
  budgetWeight: number;
}

export function weightFacts(total: FundsRow, indicatorWeights: number): WeightFacts {
  const w = total.weight;
  const statedBudgetWeight = isBlankCell(w) ? null : w.value;
  const budgetScored = (w.value ?? 0) > 0 || (total.score.value ?? 0) > 0;
  return { statedBudgetWeight, budgetScored, indicatorWeights };
}

/** The scheme the form follows, or null when its weights add up under none of them. */
export function recogniseScheme(f: WeightFacts, rules: ScoringRules): SchemeMatch | null {
  for (const scheme of SCHEMES) {
    const budgetWeight = scheme.budgetWeight(f, rules);
    if (budgetWeight !== null) return { scheme, budgetWeight };
  }
  return null;
}

export function schemeById(id: SchemeId): WeightingScheme {
  const s = SCHEMES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown weighting scheme ${id}`);
  return s;
}

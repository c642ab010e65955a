import type { FormRecord } from '../record/record.ts';
import { isBlankCell } from './budget.ts';
import { sum, within } from './numeric.ts';
import type { ScoringRules } from './rules.ts';

/**
 * Weighting schemes (SCORING.md §6, src/score/README.md "Weighting schemes"): how the form splits its total weight
 * between the 预算执行 row and the indicators, recognised from the form itself. A form that follows one of them is
 * scored by it; a form that follows none has weights that do not add up, which is the finding.
 */

export type SchemeId = 'standard' | 'budgetUnscored' | 'statedBudget';

/**
 * Where the form states a weight: its own cell (the budget row's 分值 / 权重, each indicator row's), the 一级指标
 * labels (`产出指标(60分)`, 保山: no weight column), or a block header (`预算执行情况(20分)`, `得分(20分*执行率)`,
 * `绩效指标(90分)`).
 */
export type WeightSource = 'cells' | 'level1Labels' | 'blockLabel';

/** What the form says about its weights. */
export interface WeightFacts {
  /** The budget row's 分值 as a number (its cell, else the points of the funds block's header), or null. */
  statedBudgetWeight: number | null;
  /** Where statedBudgetWeight was read; null when the form states none. */
  budgetWeightFrom: WeightSource | null;
  /** The budget row's 分值 or 得分 holds a number above 0: the form scores the budget row. */
  budgetScored: boolean;
  /** Σ w_i over every non-placeholder row (不适用 rows included), or what the labels state when no row has one. */
  indicatorWeights: number;
  /** Where indicatorWeights was read; null when the form states no indicator weight at all. */
  indicatorWeightsFrom: WeightSource | null;
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

/**
 * The weights as the form states them, from the finest place that states them: the cells, else the 一级指标
 * labels, else the block headers. A template without a weight column (保山) states its scheme only in labels.
 */
export function weightFacts(
  record: Pick<FormRecord, 'funds' | 'blockWeights' | 'level1Weights'>,
  rowWeights: readonly (number | null)[],
): WeightFacts {
  const total = record.funds.total;
  const w = total.weight;
  const cell = isBlankCell(w) ? null : w.value;
  const label = record.blockWeights?.budget ?? null;
  const statedBudgetWeight = cell ?? label;
  const budgetWeightFrom: WeightSource | null =
    cell !== null ? 'cells' : label !== null ? 'blockLabel' : null;
  const budgetScored =
    (w.value ?? 0) > 0 || (total.score.value ?? 0) > 0 || (cell === null && (label ?? 0) > 0);
  const weighted = rowWeights.filter((x): x is number => x !== null);
  const level1 = record.level1Weights ?? [];
  const block = record.blockWeights?.indicators;
  if (weighted.length > 0 || (level1.length === 0 && block === undefined)) {
    return {
      statedBudgetWeight,
      budgetWeightFrom,
      budgetScored,
      indicatorWeights: sum(weighted),
      indicatorWeightsFrom: weighted.length > 0 ? 'cells' : null,
    };
  }
  return {
    statedBudgetWeight,
    budgetWeightFrom,
    budgetScored,
    indicatorWeights: level1.length > 0 ? sum(level1.map((l) => l.weight)) : (block ?? 0),
    indicatorWeightsFrom: level1.length > 0 ? 'level1Labels' : 'blockLabel',
  };
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

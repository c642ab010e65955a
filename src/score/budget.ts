import type { FundsCell, FundsRow } from '../record/record.ts';
import { compact, within } from './numeric.ts';
import type { ScoringRules } from './rules.ts';

/** Budget execution (SCORING.md §2): rate = E/B with B = 全年预算数, s_budget = min(rate, 1) × w_b. */

/** A money cell in 万元; a value written in 元 is converted for computing (the record keeps it as written). */
export function amountWan(cell: FundsCell): number | null {
  if (cell.value === null) return null;
  return cell.unit === '元' ? cell.value / 10_000 : cell.value;
}

/** Blank, the template's dash (`—`, `-`, `— —`) or 无: the cell says nothing. */
export function isBlankCell(cell: FundsCell): boolean {
  return /^([—–\-－/／]*|无)$/.test(compact(cell.raw));
}

/** Execution rate in percent, or null when B is absent or 0. */
export function executionRate(row: FundsRow): number | null {
  const b = amountWan(row.annualBudget);
  const e = amountWan(row.executed);
  if (b === null || e === null || b === 0) return null;
  return (e / b) * 100;
}

export function budgetScoreFor(ratePercent: number, weight: number, rules: ScoringRules): number {
  const rate = Math.max(ratePercent, 0);
  if (rules.budgetScore === 'proportional') return (Math.min(rate, 100) / 100) * weight;
  let ratio = 0;
  let best = -1;
  for (const step of rules.budgetScore.table) {
    if (rate >= step.minRate && step.minRate > best) {
      best = step.minRate;
      ratio = step.ratio;
    }
  }
  return ratio * weight;
}

export interface BudgetAnalysis {
  /** w_b used: the stated 分值, or the default when it is blank or holds the score. */
  weight: number;
  /** The stated 分值 looks like the score (≠ default and = 得分). */
  weightHoldsScore: boolean;
  rate: number | null;
  statedRate: number | null;
  computed: number | null;
  stated: number | null;
}

export function analyseBudget(total: FundsRow, rules: ScoringRules): BudgetAnalysis {
  const statedWeight = total.weight.value;
  const stated = total.score.value;
  const weightHoldsScore =
    statedWeight !== null &&
    statedWeight > 0 &&
    stated !== null &&
    !within(statedWeight, rules.budgetWeight, 0) &&
    within(statedWeight, stated, 0) &&
    !/%|％/.test(total.score.raw);
  const weight = statedWeight === null || weightHoldsScore ? rules.budgetWeight : statedWeight;
  const rate = executionRate(total);
  return {
    weight,
    weightHoldsScore,
    rate,
    statedRate: total.rate.value,
    computed: rate === null ? null : budgetScoreFor(rate, weight, rules),
    stated,
  };
}

/** E > B beyond rounding noise (relative slack), both in 万元. */
export function exceedsBudget(row: FundsRow, rules: ScoringRules): boolean {
  const b = amountWan(row.annualBudget);
  const e = amountWan(row.executed);
  if (b === null || e === null) return false;
  return e > b * (1 + rules.tolerances.amountRelative) + 1e-12;
}

/** E < B beyond rounding noise. */
export function belowBudget(row: FundsRow, rules: ScoringRules): boolean {
  const b = amountWan(row.annualBudget);
  const e = amountWan(row.executed);
  if (b === null || e === null) return false;
  return e < b * (1 - rules.tolerances.amountRelative) - 1e-12;
}

import type { FormRecord, FundsCell, FundsRow } from '../record/record.ts';
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

/**
 * The column the rate divides by: the one a printed formula `执行率(B/A)` names A (`年初预算数(A)` on the 北京 2016
 * form, which has no 全年预算数), else 全年预算数 (SCORING.md §2).
 */
export type RateBase = 'initialBudget' | 'annualBudget';

export function rateBaseOf(record: Pick<FormRecord, 'funds'>): RateBase {
  return record.funds.rateBase ?? 'annualBudget';
}

/** Execution rate in percent, or null when B is absent or 0. */
export function executionRate(row: FundsRow, base: RateBase = 'annualBudget'): number | null {
  const b = amountWan(row[base]);
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
  /** w_b counted in the total: the weighting scheme's (0 when the budget row is not scored). */
  weight: number;
  /** The stated 分值 looks like the score (≠ default and = 得分). */
  weightHoldsScore: boolean;
  rate: number | null;
  statedRate: number | null;
  /** min(rate, 1) × w_b; null when the rate cannot be computed or the row is not scored. */
  computed: number | null;
  stated: number | null;
}

/** The stated 分值 looks like the score: not the default, equal to 得分, and 得分 is not a percentage. */
export function weightHoldsScore(total: FundsRow, rules: ScoringRules): boolean {
  const statedWeight = total.weight.value;
  const stated = total.score.value;
  return (
    statedWeight !== null &&
    statedWeight > 0 &&
    stated !== null &&
    !within(statedWeight, rules.budgetWeight, 0) &&
    within(statedWeight, stated, 0) &&
    !/%|％/.test(total.score.raw)
  );
}

/** The budget row scored with the weight the form's weighting scheme gives it. */
export function analyseBudget(
  total: FundsRow,
  rules: ScoringRules,
  weight: number,
  base: RateBase = 'annualBudget',
): BudgetAnalysis {
  const rate = executionRate(total, base);
  return {
    weight,
    weightHoldsScore: weightHoldsScore(total, rules),
    rate,
    statedRate: total.rate.value,
    computed: rate === null || weight <= 0 ? null : budgetScoreFor(rate, weight, rules),
    stated: total.score.value,
  };
}

/** E > B beyond rounding noise (relative slack), both in 万元. */
export function exceedsBudget(row: FundsRow, rules: ScoringRules, base: RateBase = 'annualBudget'): boolean {
  const b = amountWan(row[base]);
  const e = amountWan(row.executed);
  if (b === null || e === null) return false;
  return e > b * (1 + rules.tolerances.amountRelative) + 1e-12;
}

/** E < B beyond rounding noise. */
export function belowBudget(row: FundsRow, rules: ScoringRules, base: RateBase = 'annualBudget'): boolean {
  const b = amountWan(row[base]);
  const e = amountWan(row.executed);
  if (b === null || e === null) return false;
  return e < b * (1 - rules.tolerances.amountRelative) - 1e-12;
}

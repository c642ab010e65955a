import type { BudgetAnalysis } from './budget.ts';
import { inBand, type RowAnalysis } from './indicator.ts';
import { LEVEL1_ORDER } from './level1.ts';
import { sum } from './numeric.ts';
import type { ScoringRules } from './rules.ts';
import type { Grade, Level1Score } from './types.ts';

/** Totals per 一级 group, 总分 and 参考等级 (SCORING.md §3 不适用 re-basing, §6). */

/**
 * Score of a row as counted in the computed total: what the rules give where they decide one value
 * (numbers, survey not done); for a graded row, the stated score when it lies in the grade's band;
 * otherwise the stated score (qualitative rows are the evaluator's call within their band).
 */
export function countedScore(r: RowAnalysis, rules: ScoringRules): number {
  const stated = r.row.score;
  const w = r.row.weight;
  if (r.computed === null) return stated ?? 0;
  if (
    r.kind === 'grade' &&
    stated !== null &&
    w !== null &&
    r.band &&
    inBand(stated, w, r.band, rules.tolerances.score)
  ) {
    return stated;
  }
  return r.computed;
}

export interface TotalsAnalysis {
  levels: Level1Score[];
  /** s_budget + Σ s_i by the rules (re-based when rows are 不适用): a suggestion, never the form's total. */
  byRules: number;
  /** The stated parts added up (stated budget score, or the computed one when blank, + stated s_i). */
  statedParts: number;
  /** Σ stated s_i alone (the budget score left out). */
  indicatorsStated: number;
  /** Σ w_i of assessed rows (not placeholders, not 不适用). */
  indicatorWeights: number;
  /** Σ w_i of every non-placeholder row, 不适用 included (the weight-sum check). */
  allIndicatorWeights: number;
  rebased: boolean;
  /** The budget row counts in the total but its score cannot be computed (no 全年预算数 or 执行数). */
  budgetUnscorable: boolean;
}

export function computeTotals(
  rows: readonly RowAnalysis[],
  budget: BudgetAnalysis,
  rules: ScoringRules,
  /** Group weights stated by the 一级指标 labels, for forms whose rows carry none (保山). */
  labelled: ReadonlyMap<string, number> = new Map(),
): TotalsAnalysis {
  const present = rows.filter((r) => !r.placeholder);
  const assessed = present.filter((r) => !r.notApplicable);
  const byGroup = new Map<string, RowAnalysis[]>();
  for (const r of assessed) {
    const members = byGroup.get(r.group);
    if (members) members.push(r);
    else byGroup.set(r.group, [r]);
  }
  const order = (g: string) => (LEVEL1_ORDER.includes(g) ? LEVEL1_ORDER.indexOf(g) : LEVEL1_ORDER.length);
  const levels = [...byGroup.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([level1, rs]) => ({
      level1,
      weight: labelled.get(level1) ?? sum(rs.map((r) => r.row.weight ?? 0)),
      stated: sum(rs.map((r) => r.row.score ?? 0)),
      computed: sum(rs.map((r) => countedScore(r, rules))),
    }));

  const scored = budget.weight > 0;
  const budgetByRules = scored ? (budget.computed ?? budget.stated ?? 0) : 0;
  const budgetStated = scored ? (budget.stated ?? budget.computed ?? 0) : 0;
  const counted = sum(levels.map((l) => l.computed));
  const indicatorsStated = sum(assessed.map((r) => r.row.score ?? countedScore(r, rules)));
  const indicatorWeights =
    labelled.size > 0 ? sum([...labelled.values()]) : sum(assessed.map((r) => r.row.weight ?? 0));
  const notApplicableWeight = sum(present.filter((r) => r.notApplicable).map((r) => r.row.weight ?? 0));
  const rebased =
    rules.rebaseNotApplicable && notApplicableWeight > 0 && budget.weight + indicatorWeights > 0;
  const factor = rebased ? rules.totalWeight / (budget.weight + indicatorWeights) : 1;
  return {
    levels,
    byRules: (budgetByRules + counted) * factor,
    statedParts: (budgetStated + indicatorsStated) * factor,
    indicatorsStated: indicatorsStated * factor,
    indicatorWeights,
    allIndicatorWeights: indicatorWeights + notApplicableWeight,
    rebased,
    budgetUnscorable: scored && budget.rate === null,
  };
}

export function gradeOf(total: number, rules: ScoringRules): Grade {
  const pct = (total / rules.totalWeight) * 100 + 1e-9; // 89.99999… from float sums is still 90
  const t = rules.gradeThresholds;
  if (pct >= t.优) return '优';
  if (pct >= t.良) return '良';
  if (pct >= t.中) return '中';
  return '差';
}

import { type FindingList, presentRows, type ScoreContext } from './context.ts';
import { dashEdit, numberEdit } from './edits.ts';
import { messages } from './messages.ts';
import { roundTo, within } from './numeric.ts';
import type { CellEdit } from './types.ts';

/** 总分 and the weights that must add up to it (SCORING.md §6, §8, src/score/README.md "Weighting schemes"). */

/**
 * The weighting scheme: a recognised non-standard one is a notice with its reason; weights that add up under no
 * scheme are one error, with the edits that make them add up (the budget row takes what the indicators leave).
 */
export function validateWeights(ctx: ScoreContext, out: FindingList): void {
  const { weights, rules, budget } = ctx;
  const { facts } = weights;
  if (facts.indicatorWeightsFrom === null) return; // nothing weighted yet: the missing-field list asks
  const T = rules.totalWeight;
  if (weights.match) {
    const id = weights.match.scheme.id;
    if (id === 'standard') return;
    const printed = facts.budgetWeightFrom === 'blockLabel' && facts.indicatorWeightsFrom !== 'cells';
    out.add(
      'BUDGET_WEIGHT_NONSTANDARD',
      'funds.total.weight',
      messages.schemeNotice(id, weights.match.budgetWeight, facts.indicatorWeights, T, printed),
      { stated: facts.statedBudgetWeight, detail: id },
    );
    return;
  }
  const fix = weights.fix;
  if (!fix) return;
  const holdsScore = budget.weightHoldsScore;
  const edits: CellEdit[] = [];
  let fixText: string;
  let alternative: string | null = null;
  if (fix.kind === 'budgetWeight') {
    if (fix.weight === 0) {
      edits.push(dashEdit('funds.total.weight'), dashEdit('funds.total.score'));
      fixText = messages.weightFixBudget(0, null);
    } else {
      edits.push(numberEdit('funds.total.weight', fix.weight, ctx.precision));
      const s = budget.computed ?? (budget.stated !== null && budget.stated > fix.weight ? fix.weight : null);
      if (s !== null) edits.push(numberEdit('funds.total.score', s, ctx.precision));
      fixText = messages.weightFixBudget(fix.weight, s === null ? budget.stated : s);
    }
    const statedBudget = facts.statedBudgetWeight ?? rules.budgetWeight;
    if (!holdsScore && !within(fix.weight, rules.budgetWeight, 1e-9) && statedBudget < T)
      alternative = messages.weightAlternative(T - statedBudget);
  } else {
    edits.push(...scaledRows(ctx, fix.budgetWeight, fix.factor));
    fixText = messages.weightFixScale(T - fix.budgetWeight);
  }
  const inCells = facts.indicatorWeightsFrom === 'cells' && facts.budgetWeightFrom !== 'blockLabel';
  out.add(
    'WEIGHT_SUM',
    'indicators',
    messages.weightSum({
      indicatorWeights: facts.indicatorWeights,
      budgetWeight: facts.statedBudgetWeight,
      total: T,
      holdsScore,
      fix: fixText,
      alternative,
    }),
    {
      stated: roundTo(facts.indicatorWeights + (facts.statedBudgetWeight ?? 0), 2),
      detail: holdsScore ? 'weightHoldsScore' : `indicators=${roundTo(facts.indicatorWeights, 2)}`,
      // weights the form states only in its labels (保山: no 分值 column) have no cell to edit: words only
      fixes: inCells ? edits : [],
    },
  );
}

/** Indicator weights (and scores) scaled so they add up to T − w_b exactly at the form's precision. */
function scaledRows(ctx: ScoreContext, budgetWeight: number, factor: number): CellEdit[] {
  const rows = presentRows(ctx).filter((r) => r.row.weight !== null);
  const p = ctx.precision;
  const target = roundTo(ctx.rules.totalWeight - budgetWeight, p);
  const weights = rows.map((r) => roundTo((r.row.weight ?? 0) * factor, p));
  const largest = weights.indexOf(Math.max(...weights));
  weights[largest] = roundTo((weights[largest] ?? 0) + target - weights.reduce((a, b) => a + b, 0), p);
  return rows.flatMap((r, k) => {
    const w = weights[k] ?? 0;
    const edits = [numberEdit(`indicators[${r.index}].weight`, w, p)];
    if (r.row.score !== null)
      edits.push(numberEdit(`indicators[${r.index}].score`, Math.min(r.row.score * factor, w), p));
    return edits;
  });
}

export function validateTotalWeight(ctx: ScoreContext, out: FindingList): void {
  const stated = ctx.record.totalWeight;
  const T = ctx.rules.totalWeight;
  if (stated !== null && !within(stated, T, 1e-6)) {
    out.add('TOTAL_WEIGHT_NOT_100', 'totalWeight', messages.totalWeightNot100(stated, T), {
      stated,
      fixes: [numberEdit('totalWeight', T, 0)],
    });
  }
}

/**
 * 总分 against its parts as stated (an arithmetic fact), under the form's weighting scheme. `expected` is the total
 * once every error's edit is applied (`fixedParts`), so it agrees with the other findings' edits; null when the
 * budget row counts but cannot be scored.
 */
export function validateTotal(ctx: ScoreContext, out: FindingList, fixedParts: number | null): void {
  const { totals, rules, budget } = ctx;
  const stated = ctx.record.totalScore;
  const fixes = fixedParts === null ? [] : [numberEdit('totalScore', fixedParts, ctx.precision)];
  if (stated === null) {
    out.add('TOTAL_MISSING', 'totalScore', messages.totalMissing(fixedParts), { stated: null, fixes });
    return;
  }
  if (totals.budgetUnscorable && budget.stated === null) return; // FUNDS_MISSING says why
  const tol = rules.tolerances.total;
  // Equal to the parts as stated, or to the parts once the other errors' edits are applied (those findings
  // carry the total): either way the total itself is not the mistake.
  if (within(stated, totals.statedParts, tol) || (fixedParts !== null && within(stated, fixedParts, tol)))
    return;
  const counted = budget.weight > 0;
  const sumOnly = counted && within(stated, totals.indicatorsStated, tol);
  out.add(
    'TOTAL_MISMATCH',
    'totalScore',
    messages.totalMismatch({
      stated,
      budget: counted ? totals.statedParts - totals.indicatorsStated : null,
      indicators: totals.indicatorsStated,
      parts: totals.statedParts,
      expected: fixedParts ?? totals.statedParts,
      sumOnly,
      rebased: totals.rebased,
    }),
    { stated, fixes, ...(sumOnly ? { detail: 'sumOnly' } : {}) },
  );
}

import { type FindingList, presentRows, type ScoreContext } from './context.ts';
import { messages } from './messages.ts';
import { roundTo, within } from './numeric.ts';

/** 总分 and the weights that must add up to it (SCORING.md §6, §8). */

export function validateWeightSum(ctx: ScoreContext, out: FindingList): void {
  if (!presentRows(ctx).some((r) => r.row.weight !== null)) return; // nothing weighted yet: the missing-field list asks
  const { totals, budget, rules } = ctx;
  const sumAll = totals.allIndicatorWeights + budget.weight;
  if (!within(sumAll, rules.totalWeight, 1e-6)) {
    out.add(
      'WEIGHT_SUM',
      'indicators',
      messages.weightSum(totals.allIndicatorWeights, budget.weight, rules.totalWeight),
      {
        stated: roundTo(sumAll, 2),
        expected: rules.totalWeight,
        detail: `indicators=${roundTo(totals.allIndicatorWeights, 2)}`,
      },
    );
  }
}

export function validateTotalWeight(ctx: ScoreContext, out: FindingList): void {
  const stated = ctx.record.totalWeight;
  if (stated !== null && !within(stated, ctx.rules.totalWeight, 1e-6)) {
    out.add(
      'TOTAL_WEIGHT_NOT_100',
      'totalWeight',
      messages.totalWeightNot100(stated, ctx.rules.totalWeight),
      {
        stated,
        expected: ctx.rules.totalWeight,
      },
    );
  }
}

/**
 * 总分 is wrong when it equals neither the stated parts added up nor the rules' total: a total that follows
 * wrongly stated parts is left to the findings on those parts, so one mistake is reported once.
 */
export function validateTotal(ctx: ScoreContext, out: FindingList): void {
  const { totals, rules } = ctx;
  const stated = ctx.record.totalScore;
  const expected = roundTo(totals.computed, 2);
  if (stated === null) {
    out.add('TOTAL_MISSING', 'totalScore', messages.totalMissing(totals.computed), {
      stated: null,
      expected,
    });
    return;
  }
  const tol = rules.tolerances.total;
  if (within(stated, totals.statedParts, tol) || within(stated, totals.computed, tol)) return;
  const sumOnly = within(stated, totals.indicatorsStated, tol);
  out.add(
    'TOTAL_MISMATCH',
    'totalScore',
    messages.totalMismatch(stated, totals.computed, sumOnly, totals.rebased),
    {
      stated,
      expected,
      ...(sumOnly ? { detail: 'sumOnly' } : {}),
    },
  );
}

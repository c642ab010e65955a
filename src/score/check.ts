import type { FormRecord } from '../record/record.ts';
import { buildContext, FindingList, type ScoreContext } from './context.ts';
import { messages } from './messages.ts';
import { missingFields } from './missing.ts';
import { DEFAULT_RULES, type ScoringRules } from './rules.ts';
import { gradeOf } from './totals.ts';
import type { CheckResult, ScoreBreakdown } from './types.ts';
import {
  validateBudgetReasons,
  validateBudgetScore,
  validateFundsCells,
  validateFundsMissing,
  validateRates,
} from './validate-funds.ts';
import { validatePhone } from './validate-header.ts';
import {
  validateActualEmpty,
  validateBands,
  validateComputedScores,
  validateDeviation,
  validateOverAchievement,
  validatePlaceholders,
  validateScoreRange,
} from './validate-indicators.ts';
import {
  validateBenefitPresent,
  validateLevel1Weights,
  validateSatisfactionPresent,
} from './validate-levels.ts';
import { validateSatisfactionSurvey } from './validate-satisfaction.ts';
import { validateTotal, validateTotalWeight, validateWeightSum } from './validate-totals.ts';

export { DEFAULT_RULES, parseRules, type ScoringRules } from './rules.ts';

/** Validators in roughly form order, so findings read top to bottom like the form. */
const VALIDATORS: ReadonlyArray<(ctx: ScoreContext, out: FindingList) => void> = [
  validatePhone,
  validateFundsMissing,
  validateFundsCells,
  validateRates,
  validateBudgetScore,
  validateBudgetReasons,
  validateScoreRange,
  validateComputedScores,
  validateBands,
  validateOverAchievement,
  validateActualEmpty,
  validateDeviation,
  validateBenefitPresent,
  validateSatisfactionPresent,
  validateSatisfactionSurvey,
  validateLevel1Weights,
  validateWeightSum,
  validateTotalWeight,
  validateTotal,
  validatePlaceholders,
];

function breakdown(ctx: ScoreContext): ScoreBreakdown {
  const { budget, totals, rules } = ctx;
  return {
    budget: {
      weight: budget.weight,
      rate: budget.rate,
      statedRate: budget.statedRate,
      computed: budget.computed,
      stated: budget.stated,
    },
    levels: totals.levels,
    indicators: ctx.rows
      .filter((r) => !r.placeholder)
      .map((r) => ({
        index: r.index,
        level1: r.group,
        level2: r.row.level2,
        name: r.row.name,
        kind: r.kind,
        weight: r.row.weight,
        stated: r.row.score,
        computed: r.computed,
      })),
    total: { stated: ctx.record.totalScore, computed: totals.computed, weight: rules.totalWeight },
    grade: gradeOf(totals.computed, rules),
  };
}

/**
 * Scores a record by the rules and lists what is wrong or missing. Pure: no clock, no I/O; the record is
 * never changed, computed values are reported next to the stated ones.
 */
export function checkRecord(record: FormRecord, rules: ScoringRules = DEFAULT_RULES): CheckResult {
  const ctx = buildContext(record, rules);
  const out = new FindingList(rules);
  for (const validate of VALIDATORS) validate(ctx, out);
  const missing = missingFields(ctx);
  // Required fields no other finding already points at (§9); one finding per field.
  const covered = new Set(out.items.map((f) => f.path));
  for (const m of missing) {
    if (!covered.has(m.path))
      out.add('FIELD_MISSING', m.path, messages.fieldMissing(m.label), { detail: `group${m.group}` });
  }
  return { score: breakdown(ctx), findings: out.items, missing };
}

import type { FormRecord } from '../record/record.ts';
import { rateBaseOf } from './budget.ts';
import { combineByPlace } from './combine.ts';
import { buildContext, FindingList, type ScoreContext } from './context.ts';
import { applyEdits, numberEdit, touchesParts } from './edits.ts';
import { messages } from './messages.ts';
import { missingFields } from './missing.ts';
import { roundTo, within } from './numeric.ts';
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
  validateLabelledGroupScores,
  validateLevel1Weights,
  validateSatisfactionPresent,
} from './validate-levels.ts';
import { validateSatisfactionSurvey } from './validate-satisfaction.ts';
import { validateTotal, validateTotalWeight, validateWeights } from './validate-totals.ts';

export { DEFAULT_RULES, parseRules, type ScoringRules } from './rules.ts';

/** Validators in roughly form order, so findings read top to bottom like the form. 总分 is checked last, in check(). */
const VALIDATORS: ReadonlyArray<(ctx: ScoreContext, out: FindingList) => void> = [
  validatePhone,
  validateFundsMissing,
  validateFundsCells,
  validateRates,
  validateBudgetScore,
  validateBudgetReasons,
  validateScoreRange,
  validateLabelledGroupScores,
  validateComputedScores,
  validateBands,
  validateOverAchievement,
  validateActualEmpty,
  validateDeviation,
  validateBenefitPresent,
  validateSatisfactionPresent,
  validateSatisfactionSurvey,
  validateWeights,
  validateLevel1Weights,
  validateTotalWeight,
];

interface Totals {
  /** 总分 once every error's edit is applied; the stated total when the form is consistent. */
  computed: number | null;
  /** The same with the rules' scores (a suggestion). */
  byRules: number | null;
}

function breakdown(ctx: ScoreContext, totals: Totals): ScoreBreakdown {
  const { budget, rules } = ctx;
  return {
    scheme: ctx.weights.match?.scheme.id ?? null,
    weightsFrom: {
      budget: ctx.weights.facts.budgetWeightFrom,
      indicators: ctx.weights.facts.indicatorWeightsFrom,
    },
    budget: {
      weight: budget.weight,
      base: rateBaseOf(ctx.record),
      rate: budget.rate,
      statedRate: budget.statedRate,
      computed: budget.computed,
      stated: budget.stated,
    },
    levels: ctx.totals.levels,
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
    total: {
      stated: ctx.record.totalScore,
      computed: totals.computed,
      byRules: totals.byRules,
      weight: rules.totalWeight,
    },
    grade: totals.computed === null ? null : gradeOf(totals.computed, rules),
    precision: ctx.precision,
  };
}

/**
 * The total once the errors are corrected, and the edits that keep 总分 equal to its parts: an error whose edit
 * changes a part carries the new 总分 (the same for all errors, so they apply together); a warning's edit carries
 * the 总分 it leads to on top of the errors' edits.
 */
function settleTotals(ctx: ScoreContext, out: FindingList): Totals {
  const { rules, precision: p } = ctx;
  const tol = rules.tolerances.total;
  const errors = out.items.filter((f) => f.severity === 'error');
  const fixed = applyEdits(
    ctx.record,
    errors.flatMap((f) => f.fixes ?? []),
  );
  const ctx1 = fixed === ctx.record ? ctx : buildContext(fixed, rules);
  // No total when the budget row counts but cannot be scored, or when rows without a weight push the parts
  // above the total weight (no edit of ours can settle those: the user has to fill the cells in).
  const sum1 = roundTo(ctx1.totals.statedParts, p);
  const unscorable =
    ctx1.totals.budgetUnscorable || !Number.isFinite(sum1) || sum1 > rules.totalWeight + 1e-9;
  const parts1 = unscorable ? null : sum1;
  validateTotal(ctx, out, parts1);
  const totalFinding = out.items.find((f) => f.path === 'totalScore');
  let total1 = fixed.totalScore;
  if (totalFinding?.fixes?.length) total1 = parts1;
  else if (parts1 !== null && (total1 === null || !within(total1, parts1, tol))) {
    total1 = parts1;
    const edit = numberEdit('totalScore', parts1, p);
    for (const f of errors) {
      if (!f.fixes?.some(touchesParts)) continue;
      f.fixes.push(edit);
      f.message += messages.totalFollows(parts1, false);
    }
  } else if (total1 !== null) {
    for (const f of errors)
      if (f.code === 'WEIGHT_SUM' && f.fixes?.length) f.message += messages.totalKept(total1);
  }
  const base = total1 === fixed.totalScore ? fixed : { ...fixed, totalScore: total1 };
  for (const f of out.items) {
    if (f.severity === 'error' || !f.fixes?.some(touchesParts)) continue;
    const ctx2 = buildContext(applyEdits(base, f.fixes), rules);
    if (ctx2.totals.budgetUnscorable) continue;
    const parts2 = roundTo(ctx2.totals.statedParts, p);
    if (total1 !== null && within(total1, parts2, tol)) continue;
    f.fixes.push(numberEdit('totalScore', parts2, p));
    f.message += messages.totalFollows(parts2, true);
  }
  return {
    computed: unscorable ? null : total1,
    byRules: unscorable ? null : roundTo(ctx1.totals.byRules, p),
  };
}

/**
 * Scores a record by the rules and lists what is wrong or missing. Pure: no clock, no I/O; the record is
 * never changed, computed values are reported next to the stated ones.
 */
const SECTION_LABEL: Record<NonNullable<FormRecord['unreadSections']>[number], string> = {
  indicators: '绩效指标表',
  funds: '项目资金表',
};

export function checkRecord(record: FormRecord, rules: ScoringRules = DEFAULT_RULES): CheckResult {
  const ctx = buildContext(record, rules);
  const out = new FindingList(rules);
  for (const validate of VALIDATORS) validate(ctx, out);
  const totals = settleTotals(ctx, out);
  validatePlaceholders(ctx, out);
  // a section the reader refused to guess (src/extract/confidence.ts): said once, before what is missing in it
  for (const section of record.unreadSections ?? [])
    out.add('FORM_INCOMPLETE', section, messages.sectionUnread(SECTION_LABEL[section]));
  const missing = missingFields(ctx);
  // Required fields no other finding already points at (§9); one finding per field.
  const covered = new Set(out.items.map((f) => f.path));
  for (const m of missing) {
    if (!covered.has(m.path))
      out.add('FIELD_MISSING', m.path, messages.fieldMissing(m.label), { detail: `group${m.group}` });
  }
  return { score: breakdown(ctx, totals), findings: combineByPlace(record, out.items), missing };
}

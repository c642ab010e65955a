import { z } from 'zod';
import { ConfigInvalid } from '../errors.ts';
import { FINDING_CODES, type FindingCode, type Severity } from './types.ts';

/**
 * Scoring rules (SCORING.md §2–§8). Every item tagged [U] in SCORING.md §13 is a field here, so a tenant can
 * change it without code. `DEFAULT_RULES` holds the documented defaults.
 */

/** A score band as fractions of the weight: `min ≤ s/w ≤ max` (`< max` when `maxInclusive` is false). */
const bandSchema = z.object({
  min: z.number().min(0).max(1),
  max: z.number().min(0).max(1),
  maxInclusive: z.boolean(),
});
export type Band = z.infer<typeof bandSchema>;

const gradeSchema = z.object({
  /** Fraction of the weight used when the bot computes the score itself. */
  point: z.number().min(0).max(1),
  /** Scores accepted when validating a stated score. */
  band: bandSchema,
});

/** Interval table for the budget score: the ratio of the highest `minRate` (percent) not above the rate. */
const budgetTableSchema = z.object({
  table: z.array(z.object({ minRate: z.number().min(0), ratio: z.number().min(0).max(1) })).min(1),
});

const severityOrOff = z.enum(['error', 'warning', 'info', 'off']);

export const scoringRulesSchema = z.object({
  /** 'national' (10号 template) or 'sichuan' (2023 四川 form: reason rules are warnings). */
  ruleSet: z.enum(['national', 'sichuan']).default('national'),
  /** Full marks of the form and of the 总分 row. */
  totalWeight: z.number().positive().default(100),
  /** Budget weight w_b used when the form states none (or the 分值 cell holds the score). */
  budgetWeight: z.number().min(0).default(10),
  /** 'proportional' = min(E/B, 1) × w_b; or an interval table. */
  budgetScore: z.union([z.literal('proportional'), budgetTableSchema]).default('proportional'),
  /** Standard 一级 weights (10号 annex note); 成本指标 counts with 产出指标. */
  level1Weights: z
    .object({ 产出指标: z.number(), 效益指标: z.number(), 满意度指标: z.number() })
    .default({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 }),
  /** Reverse rows above target: 'ratio' = T/A × w (central note); 'linear' = (2 − A/T) × w, 0 from 2T. */
  reverseFormula: z.enum(['ratio', 'linear']).default('ratio'),
  /** Operator of a numeric 成本指标 target written without one. */
  costDefaultOperator: z.enum(['positive', 'reverse', 'equality']).default('reverse'),
  /** OVER_ACHIEVEMENT when A/T reaches this. */
  overAchievementRatio: z.number().min(1).default(1.5),
  /** Re-base the total on applicable weights when rows are marked 不适用/不考核. */
  rebaseNotApplicable: z.boolean().default(true),
  tolerances: z
    .object({
      /** |stated − computed| for s_budget and each s_i. */
      score: z.number().min(0).default(0.05),
      /** |stated − computed| for 总分. */
      total: z.number().min(0).default(0.1),
      /** Extra absolute slack (percentage points) on the rate, beyond rounding/truncation. */
      rate: z.number().min(0).default(0.01),
      /** Relative slack when comparing money amounts (E > B). */
      amountRelative: z.number().min(0).default(1e-6),
    })
    .default({ score: 0.05, total: 0.1, rate: 0.01, amountRelative: 1e-6 }),
  /** 参考等级 thresholds on a 100-point total. */
  gradeThresholds: z
    .object({ 优: z.number(), 良: z.number(), 中: z.number() })
    .default({ 优: 90, 良: 80, 中: 60 }),
  /** 优良中差 targets: the point used when computing and the band accepted when validating (§4). */
  gradeTargets: z.object({ 优: gradeSchema, 良: gradeSchema, 中: gradeSchema, 差: gradeSchema }).default({
    优: { point: 1, band: { min: 1, max: 1, maxInclusive: true } },
    良: { point: 0.9, band: { min: 0.8, max: 1, maxInclusive: false } },
    中: { point: 0.7, band: { min: 0.6, max: 0.8, maxInclusive: false } },
    差: { point: 0.3, band: { min: 0, max: 0.6, maxInclusive: false } },
  }),
  /** Qualitative actual → band (§4). Phrases are matched in the order notAchieved, partial, achieved. */
  qualitativePhrases: z
    .object({ achieved: z.array(z.string()), partial: z.array(z.string()), notAchieved: z.array(z.string()) })
    .default({
      achieved: ['完成', '达到', '达成', '已完成', '满意', '实现'],
      partial: [
        '部分完成',
        '基本完成',
        '部分达成',
        '基本达成',
        '部分达到',
        '基本达到',
        '部分实现',
        '基本实现',
      ],
      notAchieved: ['未完成', '未开展', '未达成', '未达到', '没有完成', '未实现'],
    }),
  qualitativeBands: z.object({ achieved: bandSchema, partial: bandSchema, notAchieved: bandSchema }).default({
    achieved: { min: 0.8, max: 1, maxInclusive: true },
    partial: { min: 0.6, max: 0.8, maxInclusive: false },
    notAchieved: { min: 0, max: 0.6, maxInclusive: false },
  }),
  /** 满意度 actuals meaning the survey was not done (compared whitespace-free), and markers found in any cell. */
  notSurveyed: z.object({ values: z.array(z.string()), markers: z.array(z.string()) }).default({
    values: ['未做', '未做问卷', '无', '未调查', '未开展'],
    markers: ['未做', '未开展满意度调查', '未调查'],
  }),
  /** LOW_EXECUTION_NO_REASON below this rate (percent). */
  lowExecutionRate: z.number().default(90),
  /** Per-code severity overrides; 'off' silences a code. */
  severities: z.partialRecord(z.enum(FINDING_CODES), severityOrOff).default({}),
});

export type ScoringRules = z.infer<typeof scoringRulesSchema>;
export type ScoringRulesInput = z.input<typeof scoringRulesSchema>;

/** Parses a (partial) rules object from tenant config; throws ConfigInvalid listing every problem. */
export function parseRules(obj: unknown): ScoringRules {
  const parsed = scoringRulesSchema.safeParse(obj ?? {});
  if (!parsed.success) {
    throw new ConfigInvalid('CONFIG_INVALID', `评分规则配置有误：\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const DEFAULT_RULES: ScoringRules = parseRules({});

/**
 * Evidence of the rule behind each code (SCORING.md status tags): [V] an official text, the template itself or
 * plain arithmetic on the form's cells; [P] practice (published forms, a vendor); [U] unverified. A [P] or [U]
 * rule never raises an error by default: it asks or suggests. src/score/README.md gives the reason for each.
 */
export const RULE_TAGS: Record<FindingCode, 'V' | 'P' | 'U'> = {
  TOTAL_MISMATCH: 'V',
  TOTAL_MISSING: 'V',
  WEIGHT_SUM: 'V',
  TOTAL_WEIGHT_NOT_100: 'V',
  SCORE_ABOVE_WEIGHT: 'V',
  SCORE_NEGATIVE: 'V',
  RATE_MISMATCH: 'V',
  BUDGET_SCORE_MISMATCH: 'P',
  BUDGET_WEIGHT_HOLDS_SCORE: 'P',
  EXECUTED_EXCEEDS_BUDGET: 'P',
  FUNDS_MISSING: 'V',
  FUNDS_UNREADABLE: 'V',
  QUAL_SCORE_OUT_OF_BAND: 'U',
  RATE_ROUNDED_UP_TO_FULL: 'V',
  BUDGET_WEIGHT_NONSTANDARD: 'V',
  LEVEL1_WEIGHTS_NONSTANDARD: 'V',
  SATISFACTION_MISSING: 'U',
  SATISFACTION_NOT_SURVEYED: 'P',
  BENEFIT_MISSING: 'P',
  DEVIATION_MISSING: 'V',
  INDICATOR_SCORE_DIFFERS: 'P',
  REVERSE_SCORED_AS_POSITIVE: 'P',
  OVER_ACHIEVEMENT: 'U',
  ACTUAL_EMPTY: 'V',
  FUNDS_UNIT_SUSPECT: 'P',
  PHONE_FORMAT: 'P',
  LOW_EXECUTION_NO_REASON: 'V',
  BUDGET_ADJUSTED_NO_REASON: 'V',
  SATISFACTION_NO_EVIDENCE: 'V',
  DEVIATION_ON_FULL_SCORE: 'P',
  PLACEHOLDER_ROWS: 'P',
  FIELD_MISSING: 'V',
  FORM_INCOMPLETE: 'V',
};

/** Default severities of SCORING.md §8; the Sichuan-only reason rules are warnings under ruleSet 'sichuan'. */
const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  TOTAL_MISMATCH: 'error',
  TOTAL_MISSING: 'error',
  WEIGHT_SUM: 'error',
  TOTAL_WEIGHT_NOT_100: 'error',
  SCORE_ABOVE_WEIGHT: 'error',
  SCORE_NEGATIVE: 'error',
  RATE_MISMATCH: 'error',
  BUDGET_SCORE_MISMATCH: 'warning',
  BUDGET_WEIGHT_HOLDS_SCORE: 'warning',
  EXECUTED_EXCEEDS_BUDGET: 'warning',
  FUNDS_MISSING: 'error',
  FUNDS_UNREADABLE: 'error',
  QUAL_SCORE_OUT_OF_BAND: 'warning',
  RATE_ROUNDED_UP_TO_FULL: 'warning',
  BUDGET_WEIGHT_NONSTANDARD: 'info',
  LEVEL1_WEIGHTS_NONSTANDARD: 'info',
  SATISFACTION_MISSING: 'warning',
  SATISFACTION_NOT_SURVEYED: 'warning',
  BENEFIT_MISSING: 'warning',
  DEVIATION_MISSING: 'warning',
  INDICATOR_SCORE_DIFFERS: 'warning',
  REVERSE_SCORED_AS_POSITIVE: 'warning',
  OVER_ACHIEVEMENT: 'warning',
  ACTUAL_EMPTY: 'warning',
  FUNDS_UNIT_SUSPECT: 'warning',
  PHONE_FORMAT: 'warning',
  LOW_EXECUTION_NO_REASON: 'info',
  BUDGET_ADJUSTED_NO_REASON: 'info',
  SATISFACTION_NO_EVIDENCE: 'info',
  DEVIATION_ON_FULL_SCORE: 'info',
  PLACEHOLDER_ROWS: 'info',
  FIELD_MISSING: 'warning',
  FORM_INCOMPLETE: 'error',
};

const SICHUAN_WARNINGS: ReadonlySet<FindingCode> = new Set([
  'LOW_EXECUTION_NO_REASON',
  'BUDGET_ADJUSTED_NO_REASON',
]);

/** Severity of a code under these rules, or null when the tenant switched it off. */
export function severityOf(code: FindingCode, rules: ScoringRules): Severity | null {
  const override = rules.severities[code];
  if (override === 'off') return null;
  if (override) return override;
  if (rules.ruleSet === 'sichuan' && SICHUAN_WARNINGS.has(code)) return 'warning';
  return DEFAULT_SEVERITY[code];
}

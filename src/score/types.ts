/** Output contracts of the scorer and validators (SCORING.md §6–§9). Codes are stable API. */
export const FINDING_CODES = [
  'TOTAL_MISMATCH',
  'TOTAL_MISSING',
  'WEIGHT_SUM',
  'TOTAL_WEIGHT_NOT_100',
  'SCORE_ABOVE_WEIGHT',
  'SCORE_NEGATIVE',
  'RATE_MISMATCH',
  'BUDGET_SCORE_MISMATCH',
  'BUDGET_WEIGHT_HOLDS_SCORE',
  'EXECUTED_EXCEEDS_BUDGET',
  'FUNDS_MISSING',
  'FUNDS_UNREADABLE',
  'QUAL_SCORE_OUT_OF_BAND',
  'RATE_ROUNDED_UP_TO_FULL',
  'BUDGET_WEIGHT_NONSTANDARD',
  'LEVEL1_WEIGHTS_NONSTANDARD',
  'SATISFACTION_MISSING',
  'SATISFACTION_NOT_SURVEYED',
  'BENEFIT_MISSING',
  'DEVIATION_MISSING',
  'INDICATOR_SCORE_DIFFERS',
  'REVERSE_SCORED_AS_POSITIVE',
  'OVER_ACHIEVEMENT',
  'ACTUAL_EMPTY',
  'FUNDS_UNIT_SUSPECT',
  'PHONE_FORMAT',
  'LOW_EXECUTION_NO_REASON',
  'BUDGET_ADJUSTED_NO_REASON',
  'SATISFACTION_NO_EVIDENCE',
  'DEVIATION_ON_FULL_SCORE',
  'PLACEHOLDER_ROWS',
  /** Required field blank or absent (SCORING.md §9); one finding per field. */
  'FIELD_MISSING',
  /** The reader could not read part of the form (cut off, unreadable rows); detail says what. */
  'FORM_INCOMPLETE',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Record field path: `funds.total.rate`, `indicators[4].score`, `totalScore`. */
  path: string;
  stated?: string | number | null;
  expected?: string | number | null;
  /** What to fix, in Chinese, for the user. */
  message: string;
  /** Machine-readable nuance, e.g. `wrongBase` on RATE_MISMATCH, `sumOnly` on TOTAL_MISMATCH. */
  detail?: string;
  /**
   * The cell edits that make the form consistent again (the "应为" values), `expected` being the one of `path`.
   * An error's edits assume the other errors' edits are applied too; a warning's edits go on top of those.
   * Absent when no value can be proposed (missing data, a note that only asks for a reason).
   */
  fixes?: CellEdit[];
  /** Every code found for this cell, worst first, when several causes were combined into this one finding. */
  causes?: FindingCode[];
}

/** One cell changed by a fix: the record path, the number (null = blank) and the text to write. */
export interface CellEdit {
  path: string;
  value: number | null;
  raw: string;
}

export type IndicatorKind = 'positive' | 'reverse' | 'equality' | 'grade' | 'qualitative' | 'unknown';

export interface IndicatorScore {
  /** Index into record.indicators. */
  index: number;
  level1: string;
  level2: string;
  name: string;
  kind: IndicatorKind;
  weight: number | null;
  stated: number | null;
  /** What the rules give; null when they cannot decide (qualitative rows, unreadable numbers). */
  computed: number | null;
}

export interface Level1Score {
  /** Canonical 一级 name: 产出指标 | 效益指标 | 满意度指标 (or as written when unknown). */
  level1: string;
  weight: number;
  stated: number;
  /** Sum over rows where a computed value exists, else the stated score. */
  computed: number;
}

export type Grade = '优' | '良' | '中' | '差';

export interface ScoreBreakdown {
  /** The weighting scheme the form follows as filled (src/score/schemes.ts); null when its weights do not add up. */
  scheme: 'standard' | 'budgetUnscored' | 'statedBudget' | null;
  /**
   * Where the form states its weights: its cells, the 一级指标 labels (`产出指标(60分)`) or the block headers
   * (`预算执行情况(20分)`); null when it states none (src/score/schemes.ts).
   */
  weightsFrom?: {
    budget: 'cells' | 'level1Labels' | 'blockLabel' | null;
    indicators: 'cells' | 'level1Labels' | 'blockLabel' | null;
  };
  budget: {
    /** w_b counted in the total (0 when the budget row is not scored). */
    weight: number;
    /** The column the rate divides by: 全年预算数, or 年初预算数 where the form's formula (B/A) names it A. */
    base?: 'initialBudget' | 'annualBudget';
    /** E / B × 100, or null when B is missing or 0. */
    rate: number | null;
    statedRate: number | null;
    computed: number | null;
    stated: number | null;
  };
  levels: Level1Score[];
  indicators: IndicatorScore[];
  total: {
    stated: number | null;
    /**
     * 总分 of the form once its arithmetic errors are corrected (the stated total when the form is consistent),
     * never above `weight`; null when the budget row counts but cannot be scored.
     */
    computed: number | null;
    /** The same with the rules' scores for every row and the budget (a suggestion, never the form's total). */
    byRules: number | null;
    weight: number;
  };
  /** 参考等级 of the computed total; null when there is none. */
  grade: Grade | null;
  /** Decimals for computed values of this form (those its score cells write, at least 2). */
  precision: number;
}

/** A required field the bot asks for (SCORING.md §9), in form order. */
export interface MissingField {
  path: string;
  /** Chinese label as on the form, e.g. 项目负责人. */
  label: string;
  /** Group of §9 (1 header … 6 总分): one group per message. */
  group: 1 | 2 | 3 | 4 | 5 | 6;
}

export interface CheckResult {
  score: ScoreBreakdown;
  findings: Finding[];
  missing: MissingField[];
}

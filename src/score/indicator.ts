import type { Indicator } from '../record/record.ts';
import { canonicalLevel1, SATISFACTION } from './level1.ts';
import { compact } from './numeric.ts';
import {
  type Operator,
  operatorFromNature,
  parseQuantity,
  type Quantity,
  unitsCompatible,
} from './quantity.ts';
import type { Band, ScoringRules } from './rules.ts';
import type { IndicatorKind } from './types.ts';

/**
 * One indicator row as the rules see it (SCORING.md §3–§5): its kind, the numbers read from target and actual,
 * what the rules give, and the label band a stated score must lie in.
 */

export type GradeLabel = '优' | '良' | '中' | '差';
export type QualLabel = 'achieved' | 'partial' | 'notAchieved';

export interface RowAnalysis {
  index: number;
  row: Indicator;
  /** Canonical 一级 group (grouping only). */
  group: string;
  placeholder: boolean;
  /** Marked 不适用/不考核: not assessed, left out of the re-based total. */
  notApplicable: boolean;
  /** 满意度 row whose survey was not done (§5): scored 0. */
  notSurveyed: boolean;
  kind: IndicatorKind;
  /** Numbers of target and actual when both read and comparable. */
  target: number | null;
  actual: number | null;
  /** What the rules give, or null when they cannot decide (qualitative rows, unreadable numbers). */
  computed: number | null;
  /** Label of the actual (grade letter or qualitative phrase) and the band of scores it allows. */
  label: GradeLabel | QualLabel | null;
  band: Band | null;
}

/** Optional 指标性质 column (Sichuan form); read when a reader supplies it. */
type WithNature = Indicator & { nature?: string | null };

const GRADE_TARGET_RE = /优.?良.?中.?差/;
const GRADE_ACTUAL_RE = /^([优良中差])(?:[（(].*)?$/;
const NOT_APPLICABLE_RE = /^(不适用|不考核)/;

export function isPlaceholder(row: Indicator): boolean {
  return row.placeholder === true;
}

export function isNotApplicable(row: Indicator): boolean {
  return [row.target, row.actual, row.scoreRaw, row.weightRaw].some((c) =>
    NOT_APPLICABLE_RE.test(compact(c)),
  );
}

export function gradeLabel(actual: string): GradeLabel | null {
  const m = GRADE_ACTUAL_RE.exec(compact(actual));
  return (m?.[1] as GradeLabel | undefined) ?? null;
}

export function qualitativeLabel(actual: string, rules: ScoringRules): QualLabel | null {
  const a = compact(actual);
  if (a === '') return null;
  const p = rules.qualitativePhrases;
  if (p.notAchieved.some((w) => a.includes(w))) return 'notAchieved';
  if (p.partial.some((w) => a.includes(w))) return 'partial';
  if (p.achieved.some((w) => a.includes(w))) return 'achieved';
  return null;
}

function hasNotSurveyedMarker(row: Indicator, rules: ScoringRules): boolean {
  const cells = [compact(row.actual), compact(row.deviation), compact(row.scoreRaw)];
  return rules.notSurveyed.markers.some((m) => cells.some((c) => c.includes(m)));
}

function isNotSurveyed(row: Indicator, group: string, rules: ScoringRules): boolean {
  if (group !== SATISFACTION) return false;
  const actual = compact(row.actual);
  if (rules.notSurveyed.values.includes(actual) || hasNotSurveyedMarker(row, rules)) return true;
  // An empty actual is "not surveyed" only when the form scored it 0; otherwise the value is just missing.
  return actual === '' && row.score === 0;
}

/**
 * The group of a row: its canonical 一级, except that a row about 满意度 marked "survey not done" is a
 * satisfaction row wherever its 一级 label landed (pdf-text readings shift it into the 效益 block).
 */
function groupOf(row: Indicator, rules: ScoringRules): string {
  const group = canonicalLevel1(row.level1, row.level2);
  if (group === SATISFACTION) return group;
  const mentions = /满意/.test(compact(row.name + row.target + row.actual));
  return mentions && hasNotSurveyedMarker(row, rules) ? SATISFACTION : group;
}

/** Positive: A ≥ T → w, else A/T × w. Negative actuals count as 0. */
export function scorePositive(a: number, t: number, w: number): number {
  const A = Math.max(a, 0);
  if (A >= t || t <= 0) return w;
  return (A / t) * w;
}

/** Reverse: A ≤ T → w; else T/A × w ('ratio') or (2 − A/T) × w, 0 from 2T ('linear'). */
export function scoreReverse(
  a: number,
  t: number,
  w: number,
  formula: ScoringRules['reverseFormula'],
): number {
  const A = Math.max(a, 0);
  if (A <= t) return w;
  if (t <= 0) return 0;
  if (formula === 'linear') return A >= 2 * t ? 0 : (2 - A / t) * w;
  return (t / A) * w;
}

/** Equality: as positive; with T = 0, A ≤ 0 → w, else 0. */
export function scoreEquality(a: number, t: number, w: number): number {
  if (t === 0) return Math.max(a, 0) <= 0 ? w : 0;
  return scorePositive(a, t, w);
}

function scoreBy(op: Operator, a: number, t: number, w: number, rules: ScoringRules): number {
  if (op === 'reverse') return scoreReverse(a, t, w, rules.reverseFormula);
  if (op === 'equality') return scoreEquality(a, t, w);
  return scorePositive(a, t, w);
}

/** The operator of a row: 指标性质 first, then the target text; a bare number is positive, or the cost default. */
export function detectKind(
  row: WithNature,
  rules: ScoringRules,
  q: Quantity | null = parseQuantity(row.target),
): IndicatorKind {
  const nature = operatorFromNature(row.nature ?? '');
  if (nature) return nature;
  const target = compact(row.target);
  if (GRADE_TARGET_RE.test(target)) return 'grade';
  if (!q) return target === '' ? 'unknown' : 'qualitative';
  if (q.operator) return q.operator;
  return compact(row.level2).includes('成本') ? rules.costDefaultOperator : 'positive';
}

export function analyseRow(row: Indicator, index: number, rules: ScoringRules): RowAnalysis {
  const group = groupOf(row, rules);
  const base: RowAnalysis = {
    index,
    row,
    group,
    placeholder: isPlaceholder(row),
    notApplicable: isNotApplicable(row),
    notSurveyed: false,
    kind: 'unknown',
    target: null,
    actual: null,
    computed: null,
    label: null,
    band: null,
  };
  if (base.placeholder || base.notApplicable) return base;
  const targetQuantity = parseQuantity(row.target);
  const kind = detectKind(row, rules, targetQuantity);
  const notSurveyed = isNotSurveyed(row, group, rules);
  const w = row.weight;
  const out: RowAnalysis = { ...base, kind, notSurveyed };
  if (notSurveyed) {
    out.computed = w === null ? null : 0;
    return out;
  }
  const grade = gradeLabel(row.actual);
  if (grade) {
    const g = rules.gradeTargets[grade];
    out.label = grade;
    out.band = g.band;
    if (kind === 'grade' && w !== null) out.computed = g.point * w;
    return out;
  }
  if (kind === 'positive' || kind === 'reverse' || kind === 'equality') {
    const t = targetQuantity;
    const a = parseQuantity(row.actual);
    if (t && a && unitsCompatible(t.unit, a.unit)) {
      out.target = t.value;
      out.actual = a.value;
      if (w !== null) out.computed = scoreBy(kind, a.value, t.value, w, rules);
      return out;
    }
  }
  const qual = qualitativeLabel(row.actual, rules);
  if (qual) {
    out.label = qual;
    out.band = rules.qualitativeBands[qual];
  }
  return out;
}

/** Is s inside the band of weight w, with the score tolerance on the edges? */
export function inBand(s: number, w: number, band: Band, tolerance: number): boolean {
  const lo = band.min * w - tolerance;
  const hi = band.max * w;
  return s >= lo - 1e-9 && (band.maxInclusive ? s <= hi + tolerance + 1e-9 : s < hi - 1e-9);
}

/** A row needs a 偏差原因: scored below its weight, or graded below 优 (§4). */
export function needsDeviation(r: RowAnalysis): boolean {
  if (r.placeholder || r.notApplicable) return false;
  const { score, weight } = r.row;
  const below = score !== null && weight !== null && score < weight - 1e-9;
  return below || r.label === '良' || r.label === '中' || r.label === '差';
}

/** `无`, `/`, `—` or blank say "no deviation". */
export function hasDeviationText(deviation: string): boolean {
  return !/^(无|无偏差|没有偏差|不适用|[—–\-－/／]*)$/.test(compact(deviation));
}

import { type FindingList, presentRows, type ScoreContext } from './context.ts';
import { BENEFIT, LEVEL1_ORDER, OUTPUT, SATISFACTION, standardGroup, writtenLevel1 } from './level1.ts';
import { messages } from './messages.ts';
import { groupPath } from './missing.ts';
import { fmt, sum } from './numeric.ts';
import { labelledGroups } from './weights.ts';

/** 一级 groups (SCORING.md §5, §6): the standard 10/50/30/10 split, 效益 and 满意度 present. */

export function validateLevel1Weights(ctx: ScoreContext, out: FindingList): void {
  // Only under the standard scheme: any other weighting gets one notice (validateWeights) or one weights error.
  if (ctx.weights.match?.scheme.id !== 'standard') return;
  const rows = presentRows(ctx).filter((r) => !r.notApplicable);
  if (!rows.some((r) => r.row.weight !== null)) return;
  const weights = new Map<string, number>();
  for (const r of rows) {
    const g = standardGroup(r.group);
    weights.set(g, (weights.get(g) ?? 0) + (r.row.weight ?? 0));
  }
  const standard = ctx.rules.level1Weights;
  const known = [OUTPUT, BENEFIT, SATISFACTION] as const;
  const matches =
    known.every((g) => Math.abs((weights.get(g) ?? 0) - standard[g]) < 1e-6) &&
    [...weights.keys()].every((g) => (known as readonly string[]).includes(g));
  if (matches) return;
  const order = (g: string) => (LEVEL1_ORDER.includes(g) ? LEVEL1_ORDER.indexOf(g) : LEVEL1_ORDER.length);
  const actual = [...new Set([...known, ...weights.keys()])]
    .sort((a, b) => order(a) - order(b))
    .map((g) => `${g.replace('指标', '')}${fmt(weights.get(g) ?? 0)}`)
    .join('/');
  const expected = known.map((g) => `${g.replace('指标', '')}${fmt(standard[g])}`).join('/');
  out.add(
    'LEVEL1_WEIGHTS_NONSTANDARD',
    'indicators.level1',
    messages.level1WeightsNonstandard(actual, expected),
    { stated: actual },
  );
}

/**
 * No 效益指标 rows: none at all ('noRow'), or 效益 二级 rows with no 一级 label 效益指标 above them
 * ('level1Label': the 一级 cell was left blank and the rows sit under 产出指标).
 */
export function validateBenefitPresent(ctx: ScoreContext, out: FindingList): void {
  const rows = presentRows(ctx).filter((r) => r.group === BENEFIT);
  if (rows.length === 0) {
    out.add('BENEFIT_MISSING', groupPath(BENEFIT), messages.benefitMissing(), { detail: 'noRow' });
  } else if (!rows.some((r) => writtenLevel1(r.row.level1) === BENEFIT)) {
    const first = rows[0];
    out.add(
      'BENEFIT_MISSING',
      `indicators[${first?.index ?? 0}].level1`,
      messages.benefitLevel1Missing(first?.row.level2 ?? ''),
      {
        stated: first?.row.level1 ?? '',
        detail: 'level1Label',
      },
    );
  }
}

export function validateSatisfactionPresent(ctx: ScoreContext, out: FindingList): void {
  const rows = presentRows(ctx).filter((r) => r.group === SATISFACTION);
  if (rows.length === 0) {
    out.add('SATISFACTION_MISSING', groupPath(SATISFACTION), messages.satisfactionMissing(true), {
      detail: 'noRow',
    });
  } else if (
    sum(rows.map((r) => r.row.weight ?? 0)) <= 0 &&
    (ctx.totals.levels.find((l) => l.level1 === SATISFACTION)?.weight ?? 0) <= 0 // 满意度指标(10分)
  ) {
    out.add(
      'SATISFACTION_MISSING',
      `indicators[${rows[0]?.index ?? 0}].weight`,
      messages.satisfactionMissing(false),
      {
        stated: 0,
        detail: 'zeroWeight',
      },
    );
  }
}

/**
 * Forms that weigh their indicators in the 一级指标 labels (`产出指标(60分)`, no weight column): a group whose
 * scores add up to more than its label states is the same error as a row scored above its 分值.
 */
export function validateLabelledGroupScores(ctx: ScoreContext, out: FindingList): void {
  if (ctx.weights.facts.indicatorWeightsFrom !== 'level1Labels') return;
  for (const { level1, rows, weight } of labelledGroups(ctx.record, presentRows(ctx))) {
    const stated = sum(rows.map((r) => r.row.score ?? 0));
    if (stated > weight + 1e-9) {
      out.add(
        'SCORE_ABOVE_WEIGHT',
        `indicators[${rows[0]?.index ?? 0}].level1`,
        messages.groupScoreAboveWeight(level1, stated, weight),
        { stated },
      );
    }
  }
}

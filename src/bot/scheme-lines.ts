import { templateDescription } from '../extract/templates/descriptions.ts';
import type { FormRecord } from '../record/record.ts';
import { fmt, roundTo, sum } from '../score/numeric.ts';
import { formatScore } from '../score/present.ts';
import type { ScoreBreakdown } from '../score/types.ts';

/**
 * The lines of a breakdown that name the form's template and the scheme it was scored on (issue 16): the
 * budget row's points and the indicators' as the form states them, and the budget score's formula in the
 * template's own words and order (四川 2023: 预算执行率 × 权重). Forms of the 财政部 2020 template, which the
 * whole corpus follows, get none: their reply stays as it was.
 */
export function schemeLines(record: Pick<FormRecord, 'template'>, score: ScoreBreakdown): string[] {
  const template = templateDescription(record.template);
  if (!template || template.id === 'mof-2020') return [];
  const { budget } = score;
  const indicators = sum(score.levels.map((l) => l.weight));
  const split =
    budget.weight > 0
      ? `预算执行 ${fmt(budget.weight)} 分 + 绩效指标 ${fmt(indicators)} 分`
      : `预算执行不计分，绩效指标 ${fmt(indicators)} 分`;
  const lines = [`按${template.name}核算：${split}。`];
  if (budget.weight > 0 && budget.rate !== null && budget.computed !== null) {
    const formula = template.budgetFormula
      .replace('{rate}', `${roundTo(budget.rate, 2)}%`)
      .replace('{weight}', fmt(budget.weight));
    const stated = budget.stated === null ? '' : `（表中 ${formatScore(budget.stated, score.precision)}）`;
    lines.push(`预算执行得分 = ${formula} = ${formatScore(budget.computed, score.precision)}${stated}。`);
  }
  return lines;
}

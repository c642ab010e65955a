import { templateDescription } from '../extract/templates/descriptions.ts';
import type { FundsCell } from '../record/record.ts';
import { isBlankCell, rateBaseOf } from './budget.ts';
import { presentRows, type ScoreContext } from './context.ts';
import { hasDeviationText, needsDeviation, type RowAnalysis } from './indicator.ts';
import { BENEFIT, OUTPUT, SATISFACTION } from './level1.ts';
import { rowLabel } from './messages.ts';
import { compact } from './numeric.ts';
import type { MissingField } from './types.ts';

/**
 * Required fields the bot asks for (SCORING.md §9), in form order and grouped one message per group.
 * Placeholder rows never count as present; 不适用 rows need nothing.
 */

export function groupPath(level1: string): string {
  return `indicators[level1=${level1}]`;
}

const blank = (s: string | null) => s === null || compact(s) === '';
const blankAmount = (c: FundsCell) => c.value === null && isBlankCell(c);

function header(ctx: ScoreContext): MissingField[] {
  const r = ctx.record;
  const fields: Array<[string, string, boolean]> = [
    ['projectName', '项目名称', blank(r.projectName)],
    ['department', '主管部门', blank(r.department)],
    ['implementingUnit', '实施单位', blank(r.implementingUnit)],
    ['owner', '项目负责人', blank(r.owner)],
    ['phone', '联系电话', blank(r.phone)],
    ['year', '年度', r.year === null],
  ];
  return fields.filter(([, , miss]) => miss).map(([path, label]) => ({ path, label, group: 1 }));
}

function funds(ctx: ScoreContext): MissingField[] {
  const t = ctx.record.funds.total;
  // a form whose printed formula divides by 年初预算数(A) has no 全年预算数 column to fill (北京 2016)
  const annual = rateBaseOf(ctx.record) === 'annualBudget';
  const fields: Array<[string, string, boolean]> = [
    ['funds.total.initialBudget', '年初预算数', blankAmount(t.initialBudget)],
    ['funds.total.annualBudget', '全年预算数', annual && blankAmount(t.annualBudget)],
    ['funds.total.executed', '全年执行数', blankAmount(t.executed)],
  ];
  return fields.filter(([, , miss]) => miss).map(([path, label]) => ({ path, label, group: 2 }));
}

function goals(ctx: ScoreContext): MissingField[] {
  const g = ctx.record.goals;
  const out: MissingField[] = [];
  if (blank(g.expected)) out.push({ path: 'goals.expected', label: '年度总体目标：预期目标', group: 3 });
  if (blank(g.actual)) out.push({ path: 'goals.actual', label: '年度总体目标：实际完成情况', group: 3 });
  return out;
}

/** `perRow`: the form weighs each row (a weight column), not its 一级指标 labels or blocks (保山). */
function rowFields(r: RowAnalysis, perRow: boolean): MissingField[] {
  const row = r.row;
  const at = rowLabel(row, r.index);
  const fields: Array<[string, string, boolean]> = [
    ['name', '三级指标', blank(row.name)],
    ['target', '年度指标值', blank(row.target)],
    ['actual', '实际完成值', blank(row.actual) && !r.notSurveyed],
    ['weight', '分值', perRow && row.weight === null],
    ['score', '得分', row.score === null && !r.notSurveyed],
  ];
  return fields
    .filter(([, , miss]) => miss)
    .map(([field, label]) => ({
      path: `indicators[${r.index}].${field}`,
      label: `${at}的${label}`,
      group: 4,
    }));
}

function indicators(ctx: ScoreContext): MissingField[] {
  const rows = presentRows(ctx);
  const out: MissingField[] = [];
  const labels: Record<string, string> = {
    [OUTPUT]: '产出指标（至少一项）',
    [BENEFIT]: '效益指标（至少一项）',
    [SATISFACTION]: '满意度指标（至少一项；未做调查可回复“未做”）',
  };
  for (const level1 of [OUTPUT, BENEFIT, SATISFACTION]) {
    // 成本指标 written as its own 一级 still counts as 产出 (10号 template).
    const has = rows.some((r) => r.group === level1 || (level1 === OUTPUT && r.group === '成本指标'));
    if (!has) out.push({ path: groupPath(level1), label: labels[level1] ?? level1, group: 4 });
  }
  const from = ctx.weights.facts.indicatorWeightsFrom;
  const perRow = from === null || from === 'cells';
  for (const r of rows) if (!r.notApplicable) out.push(...rowFields(r, perRow));
  return out;
}

function deviations(ctx: ScoreContext): MissingField[] {
  return presentRows(ctx)
    .filter((r) => needsDeviation(r) && !hasDeviationText(r.row.deviation))
    .map((r) => ({
      path: `indicators[${r.index}].deviation`,
      label: `${rowLabel(r.row, r.index)}的偏差原因分析及改进措施`,
      group: 5 as const,
    }));
}

export function missingFields(ctx: ScoreContext): MissingField[] {
  const total: MissingField[] =
    ctx.record.totalScore === null ? [{ path: 'totalScore', label: '总分', group: 6 }] : [];
  // a field the form's template has no place for is not missing (docs/RECORD.md: absent where no slot)
  const lacks = templateDescription(ctx.record.template)?.lacks ?? [];
  const placed = (m: MissingField) => !lacks.some((l) => m.path === l || m.path.startsWith(`${l}.`));
  return [
    ...header(ctx),
    ...funds(ctx),
    ...goals(ctx),
    ...indicators(ctx),
    ...deviations(ctx),
    ...total,
  ].filter(placed);
}

import type { FundsColumn, FundsRowKey } from '../record/record.ts';

/**
 * The synonym dictionary of the label-anchored mapper (EXTRACTION.md §3 step 4). Keys are label keys
 * (NFKC, no whitespace, no trailing colon); the first rule that matches wins, so order matters.
 */

export type HeaderField = 'projectName' | 'department' | 'implementingUnit' | 'owner' | 'phone';

export const HEADER_LABELS: ReadonlyArray<readonly [HeaderField, readonly string[]]> = [
  ['projectName', ['项目名称']],
  ['department', ['主管部门', '主管单位']],
  ['implementingUnit', ['实施单位', '执行单位']],
  ['owner', ['项目负责人', '负责人']],
  ['phone', ['联系电话', '电话']],
];

/** The header field a label cell names, with an inline value when written `项目名称：xxx`. */
export function headerLabel(key: string): { field: HeaderField; inline?: string } | undefined {
  for (const [field, labels] of HEADER_LABELS) {
    for (const label of labels) {
      if (key === label) return { field };
      if (key.startsWith(`${label}:`)) return { field, inline: key.slice(label.length + 1) };
    }
  }
  return undefined;
}

/** Funds column of a header cell (年初预算数 …); 执行率 before 执行数, 预算执行数 before 预算数. */
export function fundsColumn(key: string): FundsColumn | undefined {
  if (key.includes('执行率')) return 'rate';
  if (key.includes('执行数')) return 'executed';
  if (key.includes('年初预算')) return 'initialBudget';
  if (key.includes('全年预算') || key.includes('调整后预算') || key === '预算数') return 'annualBudget';
  if (key === '得分' || key.startsWith('得分(')) return 'score';
  if (key === '分值' || key === '权重' || key.startsWith('分值(') || key.startsWith('权重(')) return 'weight';
  return undefined;
}

/** Funds row of a label cell (年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金). */
export function fundsRowKey(key: string): FundsRowKey | undefined {
  if (key.includes('资金总额')) return 'total';
  if (key.includes('财政拨款')) return 'fiscal';
  if (key.includes('上年结转')) return 'carryOver';
  if (key.includes('其他资金')) return 'other';
  return undefined;
}

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation';

/** Indicator column of a header cell; extra columns (指标性质, 度量单位 …) give undefined. */
export function indicatorColumn(key: string): IndicatorColumn | undefined {
  if (key.startsWith('一级指标')) return 'level1';
  if (key.startsWith('二级指标')) return 'level2';
  if (key.startsWith('三级指标')) return 'name';
  if (key.includes('偏差原因') || key.includes('未完成原因') || key.includes('原因分析')) return 'deviation';
  if (key.includes('实际完成') || key === '实际值' || key === '完成值') return 'actual';
  if (key.includes('指标值') || key === '目标值') return 'target';
  if (key === '得分' || key.startsWith('得分(')) return 'score';
  if (key === '分值' || key === '权重' || key.startsWith('分值(') || key.startsWith('权重(')) return 'weight';
  return undefined;
}

export function isIndicatorHeader(keys: readonly string[]): boolean {
  if (!keys.some((k) => k.startsWith('三级指标'))) return false;
  const columns = new Set(keys.map(indicatorColumn));
  return columns.has('name') && (columns.has('deviation') || (columns.has('weight') && columns.has('score')));
}

export function isFundsHeader(keys: readonly string[]): boolean {
  const columns = new Set(keys.map(fundsColumn));
  return columns.has('initialBudget') || (columns.has('annualBudget') && columns.has('executed'));
}

export function isTotalLabel(key: string): boolean {
  return key === '总分' || key === '合计' || key === '总计' || key.startsWith('总分(');
}

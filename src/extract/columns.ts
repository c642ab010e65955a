import type { FundsColumn, FundsRowKey } from '../record/record.ts';

/**
 * The synonym dictionary of the label-anchored mapper (EXTRACTION.md §3 step 4). Keys are label keys
 * (NFKC, no whitespace, no trailing colon); the first rule that matches wins, so order matters.
 */

export type HeaderField = 'projectName' | 'department' | 'implementingUnit' | 'owner' | 'phone';

/** `ownerPhone`: 项目负责人及电话 in one cell (the name, then the number as written). */
export type HeaderLabelField = HeaderField | 'ownerPhone';

export const HEADER_LABELS: ReadonlyArray<readonly [HeaderLabelField, readonly string[]]> = [
  ['projectName', ['项目名称']],
  ['department', ['主管部门', '主管单位']],
  ['implementingUnit', ['实施单位', '执行单位', '项目实施单位', '实施单位(盖章)']],
  ['ownerPhone', ['项目负责人及电话', '项目负责人及联系电话']],
  ['owner', ['项目负责人', '负责人']],
  ['phone', ['联系电话', '电话']],
];

/** The header field a label cell names, with an inline value when written `项目名称：xxx`. */
export function headerLabel(key: string): { field: HeaderLabelField; inline?: string } | undefined {
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
  // 得分(20分*执行率) is the score
  if (key === '得分' || key.startsWith('得分(') || key === '自评得分') return 'score';
  if (key.includes('执行率')) return 'rate';
  if (key.includes('执行数')) return 'executed';
  if (key.includes('年初预算')) return 'initialBudget';
  if (key.includes('全年预算') || key.includes('调整后预算') || key === '预算数' || key.startsWith('预算数('))
    return 'annualBudget';
  if (key === '分值' || key === '权重' || key.startsWith('分值(') || key.startsWith('权重(')) return 'weight';
  return undefined;
}

/** The funds rows a form may have: the core four and the other templates' named rows (docs/RECORD.md). */
export type AnyFundsRowKey = FundsRowKey | 'specialAccount' | 'unitFunds';

/** Longest key taken as a funds row label: a longer cell is text (a hint such as `3.其他资金包括:…`). */
const FUNDS_LABEL_MAX = 16;

/**
 * Funds row of a label cell: 年度资金总额 / 总额 / 年度财政资金总额, 其中：当年财政拨款 / 本年财政拨款 / 财政资金,
 * 上年结转资金, 其他资金, 财政专户管理资金, 单位资金.
 */
export function fundsRowKey(key: string): AnyFundsRowKey | undefined {
  if (key.length > FUNDS_LABEL_MAX) return undefined;
  const label = key.replace(/^其中[:,]?/, '');
  if (label.includes('财政专户')) return 'specialAccount';
  if (label === '单位资金' || label === '单位自有资金') return 'unitFunds';
  if (label.includes('资金总额') || label === '总额' || label === '合计') return 'total';
  if (label.includes('财政拨款') || label === '财政资金') return 'fiscal';
  if (label.includes('上年结转')) return 'carryOver';
  if (label.includes('其他资金')) return 'other';
  return undefined;
}

/** The unit a funds block states in its label or header (`项目资金（万元）`, `年度预算数(万元)`, `（元）`). */
export function statedUnit(key: string): '元' | '万元' | undefined {
  const match = /\((万元|元)\)|单位:(万元|元)/.exec(key);
  return (match?.[1] ?? match?.[2]) as '元' | '万元' | undefined;
}

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation'
  /** A target split into 指标性质 | 指标值 | 度量单位 (the 指标值 column is then `target`). */
  | 'nature'
  | 'unit';

/**
 * Indicator column of a header cell; columns with no slot (完成情况, 权重占比, 折算得分 …) give undefined.
 * 年度指标值 / 指标值 / 年初目标值(A) / 预期指标值 → target; 实际完成值 / 完成值 / 全年实际值 → actual;
 * 分值 / 权重 / 指标分值 → weight; 得分 / 自评得分 → score.
 */
export function indicatorColumn(key: string): IndicatorColumn | undefined {
  if (key.startsWith('一级指标')) return 'level1';
  if (key.startsWith('二级指标')) return 'level2';
  if (key.startsWith('三级指标')) return 'name';
  if (key.includes('偏差原因') || key.includes('未完成原因') || key.includes('原因分析')) return 'deviation';
  if (key === '指标性质') return 'nature';
  if (key === '度量单位' || key === '计量单位') return 'unit';
  if (key.includes('实际完成') || key.includes('实际值') || key === '完成值') return 'actual';
  if (key.includes('指标值') || key.includes('目标值')) return 'target';
  if (key === '得分' || key.startsWith('得分(') || key === '自评得分') return 'score';
  if (
    key === '分值' ||
    key === '权重' ||
    key === '指标分值' ||
    key.startsWith('分值(') ||
    key.startsWith('权重(')
  )
    return 'weight';
  return undefined;
}

export function isIndicatorHeader(keys: readonly string[]): boolean {
  if (!keys.some((k) => k.startsWith('三级指标'))) return false;
  const columns = new Set(keys.map(indicatorColumn));
  // a header without a weight or deviation column (保山: weights in the 一级 labels) still has target and actual
  return (
    columns.has('name') &&
    (columns.has('deviation') ||
      (columns.has('weight') && columns.has('score')) ||
      (columns.has('target') && columns.has('actual')))
  );
}

/**
 * A row naming at least three indicator columns that is no indicator header by isIndicatorHeader: the header of
 * an indicator table that lost a required label (三级指标, or every one of 偏差原因 / 分值+得分 / 指标值+完成值).
 * The funds header names at most two (分值, 得分) and is never taken for it.
 */
export function isPartialIndicatorHeader(keys: readonly string[]): boolean {
  if (isIndicatorHeader(keys) || isFundsHeader(keys)) return false;
  return new Set(keys.map(indicatorColumn).filter((c) => c !== undefined)).size >= 3;
}

export function isFundsHeader(keys: readonly string[]): boolean {
  const columns = new Set(keys.map(fundsColumn));
  return columns.has('initialBudget') || (columns.has('annualBudget') && columns.has('executed'));
}

/** Goals columns: 预期目标 | 实际完成情况; 项目年度目标 | 年度目标完成情况; 年初设定目标 | 年度总体目标完成情况综述. */
export function isExpectedGoalLabel(key: string): boolean {
  return key.startsWith('预期目标') || key === '项目年度目标' || key === '年初设定目标' || key === '年度目标';
}

export function isActualGoalLabel(key: string): boolean {
  return key.startsWith('实际完成') || key === '年度目标完成情况' || key === '年度总体目标完成情况综述';
}

/**
 * Index of the goals column in a header row: the first key that `test` accepts, preferring the 财政部 words
 * (a block label written `年度总体目标完成情况` may stand left of the columns).
 */
export function goalColumn(keys: readonly string[], test: (key: string) => boolean, plain: string): number {
  const first = keys.findIndex((k) => k.startsWith(plain));
  return first >= 0 ? first : keys.findIndex(test);
}

export function isTotalLabel(key: string): boolean {
  return key === '总分' || key === '合计' || key === '总计' || key.startsWith('总分(');
}

/**
 * A row naming at least two funds columns, one of them an amount or the rate, that is no funds header by
 * isFundsHeader: the funds header that lost 年初预算数 and one of 全年预算数 / 全年执行数. The indicator header's
 * 分值 and 得分 alone never make one.
 */
export function isPartialFundsHeader(keys: readonly string[]): boolean {
  if (isFundsHeader(keys) || isIndicatorHeader(keys)) return false;
  const columns = new Set(keys.map(fundsColumn).filter((c) => c !== undefined));
  const amountOrRate = ['initialBudget', 'annualBudget', 'executed', 'rate'] as const;
  return columns.size >= 2 && amountOrRate.some((c) => columns.has(c));
}

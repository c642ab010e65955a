import type { FundsColumn, FundsRowKey } from './record.ts';

/** The form's own Chinese labels for record fields: one table for messages, questions, exports and prompts. */
export const HEADER_LABEL = {
  year: '年度',
  projectName: '项目名称',
  department: '主管部门',
  implementingUnit: '实施单位',
  owner: '项目负责人',
  phone: '联系电话',
} as const;

export const FUNDS_ROW_LABEL: Readonly<Record<FundsRowKey, string>> = {
  total: '年度资金总额',
  fiscal: '当年财政拨款',
  carryOver: '上年结转资金',
  other: '其他资金',
};

export const FUNDS_COLUMN_LABEL: Readonly<Record<FundsColumn, string>> = {
  initialBudget: '年初预算数',
  annualBudget: '全年预算数',
  executed: '全年执行数',
  weight: '分值',
  rate: '执行率',
  score: '得分',
};

/** The cells of an indicator row, in form order. */
export const INDICATOR_CELLS = [
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
] as const;
export type IndicatorCell = (typeof INDICATOR_CELLS)[number];

export const INDICATOR_LABEL: Readonly<Record<IndicatorCell, string>> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  deviation: '偏差原因分析及改进措施',
};

/** A label by a key read out of a field path; undefined when the key is not a field of that table. */
export function labelOf(
  table: Readonly<Record<string, string>>,
  key: string | undefined,
): string | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

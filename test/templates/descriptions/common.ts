/** Labels several templates share (the 财政部 2020 family prints them all). */
import type { FieldRowSpec, FundsSpec, GoalsSpec, IndicatorsSpec } from '../layout.ts';

export const MOF_FIELDS: FieldRowSpec[] = [
  { pairs: [['项目名称', 'projectName']] },
  {
    pairs: [
      ['主管部门', 'department'],
      ['实施单位', 'implementingUnit'],
    ],
  },
  {
    pairs: [
      ['项目负责人', 'owner'],
      ['联系电话', 'phone'],
    ],
  },
];

/** `年初\n预算数` as the Word template breaks it, or on one line. */
export const broken = (text: string, at: number, yes: boolean): string =>
  yes ? `${text.slice(0, at)}\n${text.slice(at)}` : text;

export function mofFundsColumns(breakLabels: boolean): FundsSpec['columns'] {
  return [
    { key: 'initialBudget', label: broken('年初预算数', 2, breakLabels) },
    { key: 'annualBudget', label: broken('全年预算数', 2, breakLabels) },
    { key: 'executed', label: broken('全年执行数', 2, breakLabels) },
    { key: 'weight', label: '分值' },
    { key: 'rate', label: '执行率' },
    { key: 'score', label: '得分' },
  ];
}

export const MOF_FUNDS_ROWS: FundsSpec['rows'] = [
  { key: 'total', label: '年度资金总额' },
  { key: 'fiscal', label: '其中：当年财政拨款' },
  { key: 'carryOver', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
];

export const MOF_GOALS: GoalsSpec = { label: '年度总体目标', expected: '预期目标', actual: '实际完成情况' };

export function mofIndicatorColumns(breakLabels: boolean): IndicatorsSpec['columns'] {
  return [
    { key: 'level1', label: '一级指标' },
    { key: 'level2', label: '二级指标' },
    { key: 'name', label: '三级指标' },
    { key: 'target', label: broken('年度指标值', 2, breakLabels) },
    { key: 'actual', label: broken('实际完成值', 2, breakLabels) },
    { key: 'weight', label: '分值' },
    { key: 'score', label: '得分' },
    { key: 'deviation', label: '偏差原因分析及改进措施' },
  ];
}

export const GRADES = ['优', '良', '中', '差'] as const;

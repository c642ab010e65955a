/** What several templates share: the 财政部 2020 family's labels, and the defaults of a description. */
import type { ContentNeeds } from '../content.ts';
import type { FieldRowSpec, FundsSpec, GoalsSpec, IndicatorsSpec, LineSpec } from '../layout.ts';
import type { MoneyStyle } from '../print.ts';

export const GRADES = ['优', '良', '中', '差'] as const;

/** Content needs with the usual defaults: budget row 10, indicators 90, the four 财政部 funds rows. */
export function needs(own: Pick<ContentNeeds, 'regions' | 'years'> & Partial<ContentNeeds>): ContentNeeds {
  return {
    budgetWeight: 10,
    indicatorPoints: 90,
    level1Splits: [
      [50, 30, 10],
      [60, 20, 10],
    ],
    fundsRows: ['total', 'fiscal', 'carryOver', 'other'],
    placeholders: false,
    codePrefix: false,
    grades: GRADES,
    ...own,
  };
}

export const title = (text: string): LineSpec => ({ kind: 'title', segments: [text] });
export const yearLine = (text = '（{year}年度）'): LineSpec => ({
  kind: 'text',
  align: 'center',
  segments: [text],
});

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
const broken = (text: string, at: number, yes: boolean): string =>
  yes ? `${text.slice(0, at)}\n${text.slice(at)}` : text;

export const MOF_FUNDS_ROWS: FundsSpec['rows'] = [
  { key: 'total', label: '年度资金总额' },
  { key: 'fiscal', label: '其中：当年财政拨款' },
  { key: 'carryOver', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
];

/** The 财政部 2020 funds block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, `—` below the total. */
export function mofFunds(
  label: string,
  money: MoneyStyle[],
  breakLabels: boolean,
  rows: FundsSpec['rows'] = MOF_FUNDS_ROWS,
): FundsSpec {
  return {
    label,
    statesUnit: money[0]!.unit,
    corner: '',
    columns: [
      { key: 'initialBudget', label: broken('年初预算数', 2, breakLabels) },
      { key: 'annualBudget', label: broken('全年预算数', 2, breakLabels) },
      { key: 'executed', label: broken('全年执行数', 2, breakLabels) },
      { key: 'weight', label: '分值' },
      { key: 'rate', label: '执行率' },
      { key: 'score', label: '得分' },
    ],
    rows,
    subRowMark: '—',
    money,
  };
}

export const WAN: MoneyStyle[] = [
  { unit: '万元', look: 'plain' },
  { unit: '万元', look: 'fixed2' },
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

/** An indicator table with the target split into 指标性质 | 指标值 | 度量单位 (Sichuan 2023, 公开14表). */
export function splitTargetColumns(
  actual: string,
  weight: string,
  deviation: string,
): IndicatorsSpec['columns'] {
  return [
    { key: 'level1', label: '一级指标' },
    { key: 'level2', label: '二级指标' },
    { key: 'name', label: '三级指标' },
    { key: 'nature', label: '指标性质' },
    { key: 'targetValue', label: '指标值' },
    { key: 'unit', label: '度量单位' },
    { key: 'actual', label: actual },
    { key: 'weight', label: weight },
    { key: 'score', label: '得分' },
    { key: 'deviation', label: deviation },
  ];
}

/**
 * 北京 2016 项目支出绩效自评表: 年初预算数(A) | 全年执行数(B) | 执行率(B/A) | 分值(10分) | 得分, with 得分计算方法
 * beside the budget rows; no 全年预算数 column.
 */
import type { TemplateDescription } from '../layout.ts';
import { MOF_FIELDS, mofIndicatorColumns, needs, title, yearLine } from './common.ts';

export const beijing2016: TemplateDescription = {
  id: 'beijing-2016',
  name: '北京 2016 项目支出绩效自评表',
  needs: needs({
    regions: ['beijing'],
    years: [2016, 2017],
    fundsRows: ['total', 'fiscal', 'other'],
    placeholders: true,
    initialIsBudget: true,
  }),
  layout: ({ flags }) => ({
    id: 'beijing-2016',
    width: 9,
    above: [title('项目支出绩效自评表'), yearLine()],
    fields: MOF_FIELDS,
    funds: {
      label: '项目资金（万元）',
      statesUnit: '万元',
      corner: '',
      columns: [
        { key: 'initialBudget', label: '年初预算数(A)' },
        { key: 'executed', label: '全年执行数(B)' },
        { key: 'rate', label: '执行率(B/A)' },
        { key: 'weight', label: '分值(10分)' },
        { key: 'score', label: '得分' },
      ],
      rows: [
        { key: 'total', label: '年度资金总额' },
        { key: 'fiscal', label: '其中：当年财政拨款' },
        { key: 'other', label: '其他资金' },
      ],
      subRowMark: '—',
      side: { label: '得分计算方法', text: '执行率×分值，执行率100%得满分' },
      money: [{ unit: '万元', look: 'plain' }],
    },
    goals: { label: '年度总体目标完成情况', expected: '预期目标', actual: '实际完成情况' },
    indicators: { label: '绩效指标', columns: mofIndicatorColumns(flags.b), level1Points: false },
    total: { label: '总分', weight: true },
    texts: [],
    below: [],
    verticalBlockLabels: flags.a,
    fullWidthPoints: false,
  }),
};

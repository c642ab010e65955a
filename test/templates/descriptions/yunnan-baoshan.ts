/**
 * 云南 保山 项目支出绩效自评表 (市级 and counties): 单位名称 / 填报日期 above the table, 项目类别 and 项目属性 as
 * check boxes, 预算执行情况(万元)(20分) with one row and no weight column, no goals block, 年度绩效目标(80分)
 * with the weights in the 一级指标 labels and no weight or deviation column, 总分(100分) | 自评等级, and the
 * form-level 偏差大或目标未完成原因分析 / 改进措施及结果应用方案.
 */
import type { TemplateDescription } from '../layout.ts';
import { needs, title, WAN, yearLine } from './common.ts';

export const yunnanBaoshan: TemplateDescription = {
  id: 'yunnan-baoshan',
  name: '云南 保山 项目支出绩效自评表',
  needs: needs({
    regions: ['baoshan'],
    years: [2021, 2022, 2023],
    budgetWeight: 20,
    indicatorPoints: 80,
    level1Splits: [
      [60, 10, 10],
      [50, 20, 10],
    ],
    fundsRows: ['total'],
  }),
  layout: ({ flags }) => ({
    id: 'yunnan-baoshan',
    width: 7,
    above: [
      title(flags.a ? '{city}项目支出绩效自评表' : '项目支出绩效自评表'),
      yearLine(),
      {
        kind: 'text',
        segments: [
          { label: '单位名称：', field: 'reportingUnit' },
          { label: '填报日期：', field: 'fillDate' },
        ],
      },
    ],
    fields: [
      { pairs: [['项目名称', 'projectName']] },
      {
        pairs: [
          ['主管部门', 'department'],
          ['项目实施单位', 'implementingUnit'],
        ],
      },
      { pairs: [['项目类别', 'projectCategory']] },
      { pairs: [['项目属性', 'projectAttribute']] },
    ],
    funds: {
      label: flags.b ? '预算执行情况（万元）（20分）' : '预算执行情况(万元)(20分)',
      blockPoints: 20,
      statesUnit: '万元',
      corner: '',
      columns: [
        { key: 'annualBudget', label: '预算数(A)' },
        { key: 'executed', label: '执行数(B)' },
        { key: 'rate', label: '执行率(B/A)' },
        { key: 'score', label: '得分(20分*执行率)' },
      ],
      rows: [{ key: 'total', label: '年度财政资金总额' }],
      subRowMark: '',
      money: WAN,
    },
    indicators: {
      label: '年度绩效目标(80分)',
      blockPoints: 80,
      columns: [
        { key: 'level1', label: '一级指标' },
        { key: 'level2', label: '二级指标' },
        { key: 'name', label: '三级指标' },
        { key: 'target', label: '年初目标值(A)' },
        { key: 'actual', label: '实际完成值(B)' },
        { key: 'score', label: '得分' },
      ],
      level1Points: true,
    },
    total: { label: '总分(100分)', weight: false, grade: { label: '自评等级' } },
    texts: [
      { label: '偏差大或目标未完成原因分析', field: 'deviationSummary' },
      { label: '改进措施及结果应用方案', field: 'improvements' },
    ],
    below: [],
    verticalBlockLabels: false,
    fullWidthPoints: flags.b,
  }),
};

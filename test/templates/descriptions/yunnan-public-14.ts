/**
 * 云南 决算公开 公开14表 项目支出绩效自评表: amounts in 元, the target split into 指标性质 | 指标值 | 度量单位,
 * `总分 | 100 | 96 | 优` (grade after the score) and a closing 其他需要说明事项.
 */
import type { TemplateDescription } from '../layout.ts';
import { GRADES, MOF_FIELDS, MOF_FUNDS_ROWS, MOF_GOALS, mofFundsColumns } from './common.ts';

export const yunnanPublic14: TemplateDescription = {
  id: 'yunnan-public-14',
  name: '云南 公开14表 项目支出绩效自评表',
  needs: {
    regions: ['yunnan'],
    years: [2021, 2022, 2023, 2024],
    budgetWeight: 10,
    indicatorPoints: 90,
    level1Splits: [
      [50, 30, 10],
      [60, 20, 10],
      [40, 40, 10],
    ],
    fundsRows: ['total', 'fiscal', 'carryOver', 'other'],
    placeholders: false,
    codePrefix: false,
    grades: GRADES,
  },
  layout: ({ flags }) => ({
    id: 'yunnan-public-14',
    width: 11,
    above: [
      { kind: 'text', align: 'right', segments: ['公开14表'] },
      { kind: 'title', segments: ['项目支出绩效自评表'] },
      { kind: 'text', align: 'center', segments: ['（{year}年度）'] },
    ],
    fields: MOF_FIELDS,
    funds: {
      label: '项目资金（元）',
      statesUnit: '元',
      corner: '',
      columns: mofFundsColumns(flags.b),
      rows: MOF_FUNDS_ROWS,
      subRowMark: '—',
      money: [
        { unit: '元', look: 'fixed2' },
        { unit: '元', look: 'comma2' },
      ],
    },
    goals: MOF_GOALS,
    indicators: {
      label: '绩效指标',
      columns: [
        { key: 'level1', label: '一级指标' },
        { key: 'level2', label: '二级指标' },
        { key: 'name', label: '三级指标' },
        { key: 'nature', label: '指标性质' },
        { key: 'targetValue', label: '指标值' },
        { key: 'unit', label: '度量单位' },
        { key: 'actual', label: '实际完成值' },
        { key: 'weight', label: '分值' },
        { key: 'score', label: '得分' },
        { key: 'deviation', label: '偏差原因分析及改进措施' },
      ],
      level1Points: false,
    },
    total: { label: '总分', weight: true, grade: 'after-score' },
    texts: [{ label: '其他需要说明事项', field: 'otherNotes' }],
    below: [],
    verticalBlockLabels: flags.a,
    fullWidthPoints: false,
  }),
};

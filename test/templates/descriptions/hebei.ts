/**
 * 河北 年度预算项目绩效自评表, as far as TEMPLATES.md describes it: the indicator columns 指标分值 | 预期指标值 |
 * 单项指标实际完成值 | 完成情况 | 自评得分 | 权重占比 | 折算得分. Assumed (not seen): the header, funds and goals
 * blocks as in the 财政部 2020 template, a deviation column at the end, `合计` as the total row, 权重占比 = the
 * row's points as a percentage and 折算得分 = the score (columns the record has no slot for).
 */
import type { TemplateDescription } from '../layout.ts';
import { GRADES, MOF_FIELDS, MOF_FUNDS_ROWS, MOF_GOALS, mofFundsColumns } from './common.ts';

export const hebei: TemplateDescription = {
  id: 'hebei',
  name: '河北 年度预算项目绩效自评表',
  needs: {
    regions: ['hebei'],
    years: [2021, 2022, 2023],
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
  },
  layout: ({ flags }) => ({
    id: 'hebei',
    width: 12,
    above: flags.a
      ? [{ kind: 'title', segments: ['{year}年度预算项目绩效自评表'] }]
      : [
          { kind: 'title', segments: ['年度预算项目绩效自评表'] },
          { kind: 'text', align: 'center', segments: ['（{year}年度）'] },
        ],
    fields: MOF_FIELDS,
    funds: {
      label: '项目资金（万元）',
      statesUnit: '万元',
      corner: '',
      columns: mofFundsColumns(flags.b),
      rows: MOF_FUNDS_ROWS,
      subRowMark: '—',
      money: [
        { unit: '万元', look: 'plain' },
        { unit: '万元', look: 'fixed2' },
      ],
    },
    goals: MOF_GOALS,
    indicators: {
      label: '绩效指标',
      columns: [
        { key: 'level1', label: '一级指标' },
        { key: 'level2', label: '二级指标' },
        { key: 'name', label: '三级指标' },
        { key: 'weight', label: '指标分值' },
        { key: 'target', label: '预期指标值' },
        { key: 'actual', label: '单项指标实际完成值' },
        { key: 'completion', label: '完成情况' },
        { key: 'score', label: '自评得分' },
        { key: 'weightShare', label: '权重占比' },
        { key: 'convertedScore', label: '折算得分' },
        { key: 'deviation', label: '偏差原因分析及改进措施' },
      ],
      level1Points: false,
    },
    total: { label: '合计', weight: true },
    texts: [],
    below: [],
    verticalBlockLabels: flags.c,
    fullWidthPoints: false,
  }),
};

/**
 * 河北 年度预算项目绩效自评表, as far as TEMPLATES.md describes it: the indicator columns 指标分值 | 预期指标值 |
 * 单项指标实际完成值 | 完成情况 | 自评得分 | 权重占比 | 折算得分. Assumed (not seen): the header, funds and goals
 * blocks as in the 财政部 2020 template, a deviation column at the end, `合计` as the total row, 权重占比 = the
 * row's points as a percentage and 折算得分 = the score (columns the record has no slot for).
 */
import type { TemplateDescription } from '../layout.ts';
import { MOF_FIELDS, MOF_GOALS, mofFunds, needs, title, WAN, yearLine } from './common.ts';

export const hebei: TemplateDescription = {
  id: 'hebei',
  name: '河北 年度预算项目绩效自评表',
  needs: needs({ regions: ['hebei'], years: [2021, 2022, 2023] }),
  layout: ({ flags }) => ({
    id: 'hebei',
    width: 12,
    above: flags.a ? [title('{year}年度预算项目绩效自评表')] : [title('年度预算项目绩效自评表'), yearLine()],
    fields: MOF_FIELDS,
    funds: mofFunds('项目资金（万元）', WAN, flags.b),
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

/**
 * 四川 财政衔接资金项目 绩效目标自评表: 项目负责人及电话 in one cell, 资金情况(万元) without 年初预算数
 * (全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分), goals 年初设定目标 | 年度总体目标完成情况综述, and the
 * indicator table with the weight before the target (分值 | 年度指标值 | 全年实际值).
 */
import type { TemplateDescription } from '../layout.ts';
import { needs, title, WAN, yearLine } from './common.ts';

export const sichuanLinkage: TemplateDescription = {
  id: 'sichuan-linkage',
  name: '四川 财政衔接资金项目 绩效目标自评表',
  needs: needs({
    regions: ['sichuanRural'],
    years: [2021, 2022, 2023],
    fundsRows: ['total', 'fiscal', 'other'],
    placeholders: true,
  }),
  layout: ({ variant, flags }) => ({
    id: 'sichuan-linkage',
    width: 9,
    above:
      variant === 2
        ? [title('{county}{year}年财政衔接资金项目绩效目标自评表')]
        : [title('绩效目标自评表'), yearLine(flags.c ? '({year}年度)' : '（{year}年度）')],
    fields: [
      {
        pairs: [
          ['项目名称', 'projectName'],
          ['项目负责人及电话', 'ownerPhone'],
        ],
      },
      {
        pairs: [
          ['主管部门', 'department'],
          ['实施单位', 'implementingUnit'],
        ],
      },
    ],
    funds: {
      label: flags.b ? '资金情况(万元)' : '资金情况（万元）',
      statesUnit: '万元',
      corner: '',
      columns: [
        { key: 'annualBudget', label: '全年预算数(A)' },
        { key: 'executed', label: '全年执行数(B)' },
        { key: 'weight', label: '分值' },
        { key: 'rate', label: '执行率(B/A)' },
        { key: 'score', label: '得分' },
      ],
      rows: [
        { key: 'total', label: '年度资金总额：' },
        { key: 'fiscal', label: '其中：本年财政拨款' },
        { key: 'other', label: '其他资金' },
      ],
      subRowMark: '',
      money: WAN,
    },
    goals: { label: '年度总体目标', expected: '年初设定目标', actual: '年度总体目标完成情况综述' },
    indicators: {
      label: '绩效指标',
      columns: [
        { key: 'level1', label: '一级指标' },
        { key: 'level2', label: '二级指标' },
        { key: 'name', label: '三级指标' },
        { key: 'weight', label: '分值' },
        { key: 'target', label: '年度指标值' },
        { key: 'actual', label: '全年实际值' },
        { key: 'score', label: '得分' },
        { key: 'deviation', label: '未完成原因及拟采取的改进措施' },
      ],
      level1Points: variant !== 0,
    },
    total: { label: '总分', weight: true },
    texts: [],
    below: flags.a
      ? [
          {
            kind: 'text',
            segments: [
              '注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分，各部门根据各项指标重要程度确定三级指标的分值。',
            ],
          },
        ]
      : [],
    verticalBlockLabels: false,
    fullWidthPoints: flags.c,
  }),
};

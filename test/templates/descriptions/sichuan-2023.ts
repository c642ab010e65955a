/**
 * 四川 2023 部门预算项目支出绩效自评表 (报表编号 510000_0013zp): 预算执行情况(10分) with rate before weight, rows
 * 总额 / 其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 (`/` in weight and score below the total), the target
 * split into 指标性质 | 指标值 | 度量单位, 绩效指标(90分), 合计, 评价结论 / 存在问题 / 改进措施, `项目负责人:` /
 * `财务负责人:` in the last row or under the table. Template hints are often left in the cells.
 */
import type { TemplateDescription } from '../layout.ts';
import { needs, splitTargetColumns } from './common.ts';

export const SICHUAN_HINTS = {
  actual: '对照年度目标,说明相关任务目标的完成情况(100字以内)',
  reason:
    '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.',
  conclusion: '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)',
  problems: '结合自评情况,分析存在的问题及原因。(200字以内)',
  improvements: '针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)',
};

export const sichuan2023: TemplateDescription = {
  id: 'sichuan-2023',
  name: '四川 2023 部门预算项目支出绩效自评表',
  needs: needs({
    regions: ['sichuan'],
    years: [2023, 2024],
    level1Splits: [
      [50, 30, 10],
      [60, 20, 10],
      [60, 30, 0],
    ],
    fundsRows: ['total', 'fiscal', 'specialAccount', 'unitFunds', 'other'],
    codePrefix: true,
  }),
  layout: ({ flags }) => ({
    id: 'sichuan-2023',
    width: 11,
    above: [
      {
        kind: 'text',
        align: 'right',
        segments: [flags.b ? '报表编号:510000_0013zp' : '报表编号：510000_0013zp'],
      },
      {
        kind: 'title',
        segments: [
          flags.c ? '部门预算项目支出绩效自评表({year}年度)' : '部门预算项目支出绩效自评表（{year}年度）',
        ],
      },
    ],
    fields: [
      { pairs: [['项目名称', 'projectName']] },
      { pairs: [['主管部门', 'department']] },
      { pairs: [[flags.b ? '实施单位 (盖章)' : '实施单位（盖章）', 'implementingUnit']] },
    ],
    funds: {
      label: '预算执行情况(10分)',
      blockPoints: 10,
      statesUnit: '万元',
      corner: '年度预算数(万元)',
      columns: [
        { key: 'initialBudget', label: '年初预算' },
        { key: 'annualBudget', label: '调整后预算数' },
        { key: 'executed', label: '预算执行数' },
        { key: 'rate', label: '预算执行率' },
        { key: 'weight', label: '权重' },
        { key: 'score', label: '得分' },
      ],
      rows: [
        { key: 'total', label: '总额' },
        { key: 'fiscal', label: flags.b ? '其中:财政资金' : '其中：财政资金' },
        { key: 'specialAccount', label: '财政专户管理资金' },
        { key: 'unitFunds', label: '单位资金' },
        { key: 'other', label: '其他资金' },
      ],
      subRowMark: '/',
      side: { label: '原因', text: '', hint: SICHUAN_HINTS.reason, field: 'budgetReason' },
      money: [{ unit: '万元', look: 'fixed2' }],
    },
    goals: {
      label: '项目基本情况',
      subLabel: '1.项目年度目标完成情况',
      expected: '项目年度目标',
      actual: '年度目标完成情况',
      actualHint: SICHUAN_HINTS.actual,
      summary: { label: '2.项目实施内容及过程概述' },
    },
    indicators: {
      label: '绩效指标(90分)',
      blockPoints: 90,
      columns: splitTargetColumns('完成值', '权重', '未完成原因分析'),
      level1Points: false,
    },
    total: { label: '合计', weight: true },
    texts: [
      { label: '评价结论', field: 'conclusion', hint: SICHUAN_HINTS.conclusion },
      { label: '存在问题', field: 'problems', hint: SICHUAN_HINTS.problems },
      { label: '改进措施', field: 'improvements', hint: SICHUAN_HINTS.improvements },
    ],
    signatures: {
      placement: flags.a ? 'below' : 'row',
      items: [
        [flags.c ? '项目负责人:' : '项目负责人：', 'owner'],
        [flags.c ? '财务负责人:' : '财务负责人：', 'financeOwner'],
      ],
    },
    below: [],
    verticalBlockLabels: false,
    fullWidthPoints: false,
  }),
};

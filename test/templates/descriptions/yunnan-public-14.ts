/**
 * 云南 决算公开 公开14表 项目支出绩效自评表: amounts in 元, the target split into 指标性质 | 指标值 | 度量单位,
 * `总分 | 100 | 96 | 优` (grade after the score) and a closing 其他需要说明事项.
 */
import type { TemplateDescription } from '../layout.ts';
import { MOF_FIELDS, MOF_GOALS, mofFunds, needs, splitTargetColumns, title, yearLine } from './common.ts';

export const yunnanPublic14: TemplateDescription = {
  id: 'yunnan-public-14',
  name: '云南 公开14表 项目支出绩效自评表',
  needs: needs({
    regions: ['yunnan'],
    years: [2021, 2022, 2023, 2024],
    level1Splits: [
      [50, 30, 10],
      [60, 20, 10],
      [40, 40, 10],
    ],
  }),
  layout: ({ flags }) => ({
    id: 'yunnan-public-14',
    width: 11,
    above: [
      { kind: 'text', align: 'right', segments: ['公开14表'] },
      title('项目支出绩效自评表'),
      yearLine(),
    ],
    fields: MOF_FIELDS,
    funds: mofFunds(
      '项目资金（元）',
      [
        { unit: '元', look: 'fixed2' },
        { unit: '元', look: 'comma2' },
      ],
      flags.b,
    ),
    goals: MOF_GOALS,
    indicators: {
      label: '绩效指标',
      columns: splitTargetColumns('实际完成值', '分值', '偏差原因分析及改进措施'),
      level1Points: false,
    },
    total: { label: '总分', weight: true, grade: 'after-score' },
    texts: [{ label: '其他需要说明事项', field: 'otherNotes' }],
    below: [],
    verticalBlockLabels: flags.a,
    fullWidthPoints: false,
  }),
};

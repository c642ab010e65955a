/** 上海 财政项目支出绩效自评表: amounts in 元 (`250000.00`, `215,457.6`), no 项目负责人 row. */
import type { TemplateDescription } from '../layout.ts';
import { MOF_GOALS, mofFunds, mofIndicatorColumns, needs, title, yearLine } from './common.ts';

export const shanghai: TemplateDescription = {
  id: 'shanghai',
  name: '上海 财政项目支出绩效自评表',
  needs: needs({ regions: ['shanghai'], years: [2021, 2022, 2023] }),
  layout: ({ flags }) => ({
    id: 'shanghai',
    width: 9,
    above: [title('财政项目支出绩效自评表'), yearLine(flags.c ? '（{year} 年度）' : '({year}年度)')],
    fields: [
      { pairs: [['项目名称', 'projectName']] },
      {
        pairs: [
          ['主管部门', 'department'],
          ['实施单位', 'implementingUnit'],
        ],
      },
    ],
    funds: mofFunds(
      flags.a ? '项目资金\n（元）' : '项目资金（元）',
      [
        { unit: '元', look: 'fixed2' },
        { unit: '元', look: 'comma2' },
        { unit: '元', look: 'plain' },
        { unit: '元', look: 'comma' },
      ],
      flags.b,
    ),
    goals: MOF_GOALS,
    indicators: { label: '绩效指标', columns: mofIndicatorColumns(flags.b), level1Points: false },
    total: { label: '总分', weight: true },
    texts: [],
    below: [],
    verticalBlockLabels: flags.a,
    fullWidthPoints: false,
  }),
};

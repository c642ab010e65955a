/**
 * 财政部 2020 项目支出绩效自评表 as Beijing, 攀枝花, 山西, 安徽 and 云南 counties fill it. Variants in turn:
 * plain (the dev corpus), 一级指标 with points (`产出指标(50分)`, funds rows `年度资金总额：` / `其中：本年财政拨款`),
 * and the title prefixed with the county.
 */
import type { TemplateDescription } from '../layout.ts';
import {
  MOF_FIELDS,
  MOF_FUNDS_ROWS,
  MOF_GOALS,
  mofFunds,
  mofIndicatorColumns,
  needs,
  title,
  WAN,
  yearLine,
} from './common.ts';

const POINTS_ROWS = [
  { key: 'total', label: '年度资金总额：' },
  { key: 'fiscal', label: '其中：本年财政拨款' },
  { key: 'carryOver', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
] as const;

export const mof2020: TemplateDescription = {
  id: 'mof-2020',
  name: '财政部 2020 项目支出绩效自评表',
  needs: needs({
    regions: ['beijing', 'panzhihua', 'shanxi', 'anhui', 'yunnan'],
    years: [2020, 2021, 2022, 2023],
    level1Splits: [
      [50, 30, 10],
      [60, 20, 10],
      [40, 40, 10],
    ],
    placeholders: true,
  }),
  layout: ({ variant, flags }) => ({
    id: 'mof-2020',
    width: 9,
    above: [
      title(variant === 2 ? '{county}项目支出绩效自评表' : '项目支出绩效自评表'),
      yearLine(flags.c ? '（  {year}  年度）' : '({year}年度)'),
    ],
    fields: MOF_FIELDS,
    funds: mofFunds('项目资金（万元）', WAN, flags.b, variant === 1 ? [...POINTS_ROWS] : MOF_FUNDS_ROWS),
    goals: MOF_GOALS,
    indicators: { label: '绩效指标', columns: mofIndicatorColumns(flags.b), level1Points: variant === 1 },
    total: { label: '总分', weight: true },
    texts: [],
    below: [],
    verticalBlockLabels: flags.a,
    fullWidthPoints: flags.c,
  }),
};

/**
 * 上海 财政项目支出绩效自评表 of 上海市普陀区体育事业管理中心 (2022, 普陀体育中心与委托运营方结算费用), from the
 * PDF text at https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html (pdftotext order, cells out of place).
 * Rebuilt by hand on the template's grid: every value is in the published text; where a value belongs is read
 * from the template and the sums (indicator weights 90 + budget 10 = 100, scores 90 + 8.62 = 98.62). Not certain:
 * which sub-row cells hold the two 0s and the single `—` (taken as 年初/全年预算数 and 分值), and that the
 * 预期目标 cell is blank (no text for it in the PDF).
 */
import type { PrintedForm } from '../model.ts';
import { gridFrom } from './grid-from.ts';

export const printed: PrintedForm = {
  above: [
    { kind: 'title', segments: ['财政项目支出绩效自评表'] },
    { kind: 'text', align: 'center', segments: ['(2022 年度)'] },
  ],
  table: gridFrom(9, [
    ['项目名称', ['普陀体育中心与委托运营方结算费用', 8]],
    ['主管部门', ['上海市普陀区体育局', 4], '实施单位', ['上海市普陀区体育事业管理中心', 3]],
    [['项目资金\n(元)', 1, 5], ['', 2], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [['年度资金总额', 2], '250000.00', '250000.00', '215,457.6', '10', '86.19%', '8.62'],
    [['其中:当年财政拨款', 2], '250000.00', '250000.00', '215457.6', '—', '', ''],
    [['上年结转资金', 2], '0', '0', '', '—', '', ''],
    [['其他资金', 2], '0', '0', '', '—', '', ''],
    [
      ['年度总体目标', 1, 2],
      ['预期目标', 4],
      ['实际完成情况', 4],
    ],
    [
      ['', 4],
      ['已完成普陀体育中心与委托运营方费用结算。', 4],
    ],
    [
      ['绩效指标', 1, 6],
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [['产出指标', 1, 3], '数量指标', '与委托运营方结算完成率', '=100%', '100%', '10', '10', ''],
    ['质量指标', '合同结算条款完成率', '=100%', '100%', '20', '20', ''],
    ['时效指标', '费用结算及时性', '及时', '及时', '20', '20', ''],
    ['效益指标', '社会效益指标', '与委托运营方合同完成率', '=100%', '100%', '30', '30', ''],
    ['满意度指标', '服务对象满意度指标', '场馆开放满意度', '>=90%', '100%', '10', '10', ''],
    [['总分', 6], '100', '98.62', ''],
  ]),
  below: [],
};

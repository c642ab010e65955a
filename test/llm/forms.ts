/** A small word-text form (the corpus layout: a TAB before every cell, a blank line after every row). */
import type { ParsedForm } from '../../src/ingest/document.ts';
import { readTextForms } from '../../src/ingest/text.ts';
import type { FundsRowKey } from '../../src/record/record.ts';

export const FORM_ROWS: string[][] = [
  ['项目支出绩效自评表'],
  ['（ 2023 年度）'],
  ['项目名称', '统计所经费'],
  ['主管部门', '北京市通州区潞源街道办事处', '实施单位', '北京市通州区潞源街道办事处'],
  ['项目负责人', '周蕾莹', '联系电话', '80856942'],
  ['项目资金（万元）', '', '年初 预算数', '全年 预算数', '全年 执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', '10', '12', '11.4', '10', '95%', '9.5'],
  ['', '其中：当年财政拨款', '10', '12', '11.4', '—', '95%', '—'],
  ['', '上年结转资金', '', '', '', '—', '', '—'],
  ['', '其他资金', '', '', '', '—', '', '—'],
  ['年度总体目标', '预期目标', '实际完成情况'],
  ['', '聘用一名统计调查员，辅助完成统计调查及日常工作', '预期目标已完成'],
  [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度 指标值',
    '实际 完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  ['', '产出指标', '数量指标', '聘用统计调查员', '1人', '1人', '45', '45', ''],
  ['', '效益指标', '社会效益指标', '保障统计工作顺利开展', '有效保障', '有效保障', '30', '30', ''],
  ['', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', '15', '15', ''],
  ['总分', '100', '99.5'],
];

export function wordText(rows: string[][] = FORM_ROWS): string {
  return `${rows.map((row) => row.map((cell) => `\t${cell}`).join('\n')).join('\n\n')}\n`;
}

/** The form as the real word-text reader reads it. */
export function readForm(rows: string[][] = FORM_ROWS): ParsedForm {
  const form = readTextForms(wordText(rows)).forms[0];
  if (!form) throw new Error('the word-text reader found no form');
  return form;
}

/** Simulates a mapping failure on a field: the value and its provenance gone. */
export function forget(form: ParsedForm, ...paths: string[]): ParsedForm {
  const copy = structuredClone(form);
  for (const path of paths) {
    for (const key of Object.keys(copy.provenance)) {
      if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`))
        delete copy.provenance[key];
    }
    const r = copy.record as unknown as Record<string, unknown>;
    if (path.startsWith('funds.')) {
      const row = copy.record.funds[path.slice(6) as FundsRowKey];
      for (const cell of Object.values(row)) {
        cell.raw = '';
        cell.value = null;
        delete cell.unit;
      }
    } else if (path.startsWith('goals.')) {
      copy.record.goals[path.slice(6) as 'expected' | 'actual'] = null;
    } else if (path === 'indicators') {
      copy.record.indicators = [];
    } else {
      r[path] = null;
    }
  }
  return copy;
}

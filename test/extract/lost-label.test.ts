/**
 * Labels that fell off (issue 12, refuse rather than guess): a header row that lost a label the mapper finds it
 * by, and a blank header cell over values a missing column would hold. Paraphrased tables of our own, not corpus
 * lines; the generated variants are in test/variants/shifted.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  isFundsHeader,
  isIndicatorHeader,
  isPartialFundsHeader,
  isPartialIndicatorHeader,
} from '../../src/extract/columns.ts';
import { fundsCellFits, indicatorCellFits } from '../../src/extract/confidence.ts';
import { lostLabels } from '../../src/extract/lost-label.ts';
import { mapRowsToForms } from '../../src/extract/map-rows.ts';
import type { Row } from '../../src/extract/rows.ts';

function rows(...texts: string[][]): Row[] {
  return texts.map((row, r) => row.map((text, c) => ({ text, ref: `R${r + 1}C${c + 1}` })));
}

const TOP = [
  ['（2022年度）'],
  ['项目名称', '社区环境整治'],
  ['主管部门', '某区城管委', '实施单位', '某街道'],
];
const FUNDS = [
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额', '40', '40', '38', '10', '95%', '9.5'],
  ['', '其中：当年财政拨款', '40', '40', '38', '—', '95%', '—'],
];
const GOALS = [
  ['年度总体目标', '预期目标', '实际完成情况'],
  ['', '整治背街小巷12条', '完成12条'],
];
const IND = [
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const BODY = [
  ['', '产出指标', '数量指标', '整治街巷数', '12条', '12条', '40', '40', ''],
  ['', '', '时效指标', '完工时间', '11月底', '12月中旬', '20', '18', '雨季延误，已调整工期'],
  ['', '效益指标', '社会效益指标', '居民投诉减少', '减少', '减少', '20', '20', ''],
  ['', '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '93%', '10', '10', ''],
];
const TOTAL = ['总分', '100', '97.5', ''];

const read = (...table: string[][]) => {
  const forms = mapRowsToForms(rows(...TOP, ...table));
  expect(forms).toHaveLength(1);
  return forms[0]!;
};

describe('a header that lost a label the mapper finds it by', () => {
  it('the indicator header without 三级指标: no rows read, the section unread, the missing label named', () => {
    const header = IND.map((k) => (k === '三级指标' ? '' : k));
    const form = read(...FUNDS, ...GOALS, header, ...BODY, TOTAL);
    expect(form.record.indicators).toEqual([]);
    expect(form.record.unreadSections).toEqual(['indicators']);
    expect(form.notes.join('\n')).toContain('绩效指标表的表头缺少“三级指标”');
    // the rest of the form is read
    expect(form.record.funds.total.executed.value).toBe(38);
    expect(form.record.goals.actual).toBe('完成12条');
  });

  it('the funds header without 年初预算数 and 全年执行数: the funds unread, the indicators read', () => {
    const funds = FUNDS.map((r) => [...r]);
    funds[0] = ['项目资金（万元）', '', '', '全年预算数', '', '分值', '执行率', '得分'];
    const form = read(...funds, ...GOALS, IND, ...BODY, TOTAL);
    expect(form.record.unreadSections).toEqual(['funds']);
    expect(form.notes.join('\n')).toContain('项目资金表的表头缺少“年初预算数、全年执行数”');
    expect(form.record.indicators).toHaveLength(4);
  });

  it('a form with no indicator table at all is not marked (nothing there to ask for by its header)', () => {
    const form = read(...FUNDS, ...GOALS);
    expect(form.record.unreadSections).toBeUndefined();
  });

  it('tells partial headers from the other header rows', () => {
    const goals = GOALS[0]!;
    const funds = FUNDS[0]!;
    expect(isPartialIndicatorHeader(IND)).toBe(false); // whole
    expect(isPartialIndicatorHeader(funds)).toBe(false); // 分值 and 得分 only
    expect(isPartialIndicatorHeader(goals)).toBe(false);
    expect(isPartialIndicatorHeader(['一级指标', '二级指标', '', '指标值', '完成值'])).toBe(true);
    expect(isPartialFundsHeader(funds)).toBe(false);
    expect(isPartialFundsHeader(IND)).toBe(false);
    expect(isPartialFundsHeader(['资金', '预算数', '分值'])).toBe(true); // 执行数 lost
    expect(isFundsHeader(['资金', '预算数', '执行数'])).toBe(true);
    expect(isPartialFundsHeader(['', '全年预算数', '权重', '得分'])).toBe(true);
    expect(isIndicatorHeader(['一级指标', '二级指标', '三级指标', '指标值', '完成值'])).toBe(true);
  });
});

describe('a column whose label fell off', () => {
  it('偏差原因 blank over reasons: the section unread, the column and what it could be named', () => {
    const header = IND.map((k) => (k.startsWith('偏差') ? '' : k));
    const form = read(...FUNDS, ...GOALS, header, ...BODY, TOTAL);
    expect(form.record.unreadSections).toEqual(['indicators']);
    expect(form.record.indicators).toEqual([]);
    expect(form.notes.join('\n')).toContain(
      '“得分”右边一栏没有栏目名却填有内容（可能是“偏差原因分析及改进措施”）',
    );
    // the 总分 row stands under labelled columns and is read
    expect([form.record.totalWeight, form.record.totalScore]).toEqual([100, 97.5]);
  });

  it('the same column blank over nothing: nothing lost, the rows read', () => {
    const header = IND.map((k) => (k.startsWith('偏差') ? '' : k));
    const body = BODY.map((r) => [...r.slice(0, -1), '']);
    const form = read(...FUNDS, ...GOALS, header, ...body, TOTAL);
    expect(form.record.unreadSections).toBeUndefined();
    expect(form.record.indicators).toHaveLength(4);
  });

  it('the funds 得分 blank over scores: the funds unread', () => {
    const funds = FUNDS.map((r) => [...r]);
    funds[0] = funds[0]!.map((k) => (k === '得分' ? '' : k));
    const form = read(...funds, ...GOALS, IND, ...BODY, TOTAL);
    expect(form.record.unreadSections).toEqual(['funds']);
    expect(form.record.funds.total.executed.raw).toBe('');
    expect(form.notes.join('\n')).toContain('“执行率”右边一栏没有栏目名却填有内容（可能是“得分”）');
  });

  it('a blank-headed column of the office’s own, in a header that lacks nothing, is left alone', () => {
    const header = [...IND, ''];
    const body = BODY.map((r) => [...r, '已核实']);
    const form = read(...FUNDS, ...GOALS, header, ...body, [...TOTAL, '']);
    expect(form.record.unreadSections).toBeUndefined();
    expect(form.record.indicators.map((i) => i.deviation)).toEqual(['', '雨季延误，已调整工期', '', '']);
  });
});

describe('lostLabels', () => {
  const order = ['a', 'b', 'c', 'd'] as const;
  type C = (typeof order)[number];
  const slot = (column: C | undefined, blank = column === undefined) => ({ column, blank });
  const numbersOnly = (column: C, key: string) => column !== 'd' || /^\d+$/.test(key);

  it('names the missing columns that fit the values by type and by place between the labels', () => {
    const header = [slot('a'), slot(undefined), slot('c')];
    // b and d are missing; only b lies between a and c
    expect(lostLabels({ order, header, cellsAt: () => ['x', ''], fits: numbersOnly })).toEqual([
      { position: 1, columns: ['b'] },
    ]);
    // after the last label: d, if the values are of its type
    const tail = [slot('a'), slot('b'), slot('c'), slot(undefined)];
    expect(lostLabels({ order, header: tail, cellsAt: () => ['12', '3'], fits: numbersOnly })).toEqual([
      { position: 3, columns: ['d'] },
    ]);
    expect(lostLabels({ order, header: tail, cellsAt: () => ['见附件', '3'], fits: numbersOnly })).toEqual(
      [],
    );
  });

  it('ignores an empty or punctuation-only column, a label of no known column, a header that lacks nothing', () => {
    const header = [slot('a'), slot(undefined), slot('c')];
    expect(lostLabels({ order, header, cellsAt: () => ['', '—', '：'], fits: () => true })).toEqual([]);
    const unknown = [slot('a'), slot(undefined, false), slot('c')];
    expect(lostLabels({ order, header: unknown, cellsAt: () => ['x'], fits: () => true })).toEqual([]);
    const whole = [slot('a'), slot('b'), slot(undefined), slot('c'), slot('d')];
    expect(lostLabels({ order, header: whole, cellsAt: () => ['x'], fits: () => true })).toEqual([]);
    // `无` is a value: a column of them lost its label too
    expect(lostLabels({ order, header, cellsAt: () => ['无', '无'], fits: () => true })).toHaveLength(1);
  });

  it('types: level labels, numbers, words for reasons; amounts and rates for funds', () => {
    expect(indicatorCellFits('level2', '社会效益指标')).toBe(true);
    expect(indicatorCellFits('level2', '居民满意度调查')).toBe(false);
    expect(indicatorCellFits('weight', '20')).toBe(true);
    expect(indicatorCellFits('score', '见附件')).toBe(false);
    expect(indicatorCellFits('deviation', '8.5')).toBe(false);
    expect(indicatorCellFits('deviation', '无')).toBe(true);
    expect(fundsCellFits('executed', '1,196,000.00元')).toBe(true);
    expect(fundsCellFits('executed', '按进度拨付')).toBe(false);
    expect(fundsCellFits('rate', '95%')).toBe(true);
    expect(fundsCellFits('score', '—')).toBe(true);
  });
});

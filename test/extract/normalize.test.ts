import { describe, expect, it } from 'vitest';
import {
  isPlaceholderName,
  isPlaceholderRow,
  labelHas,
  labelIs,
  labelKey,
  parseFundsCell,
  parseScore,
  parseYear,
} from '../../src/extract/normalize.ts';
import { emptyRecord } from '../../src/record/record.ts';
import { compareRecordLists, compareRecords } from '../helpers/compare-records.ts';

describe('normalize', () => {
  it('matches labels across full width and spaces inside CJK runs', () => {
    expect(labelKey('年初     预算数')).toBe('年初预算数');
    expect(labelIs('其中：当年财政拨款', '其中:当年财政拨款')).toBe(true);
    expect(labelHas('偏差原因分析及改进措施', '偏差原因')).toBe(true);
    expect(labelIs('年初预算', '年初预算数')).toBe(false);
  });

  it('reads funds cells keeping raw, value and written unit', () => {
    expect(parseFundsCell('1,196,000.00元')).toEqual({ raw: '1,196,000.00元', value: 1196000, unit: '元' });
    expect(parseFundsCell('150万元')).toEqual({ raw: '150万元', value: 150, unit: '万元' });
    expect(parseFundsCell('1,863,180')).toEqual({ raw: '1,863,180', value: 1863180 });
    expect(parseFundsCell(' 12.5 ')).toEqual({ raw: '12.5', value: 12.5 });
    expect(parseFundsCell('100%')).toEqual({ raw: '100%', value: 100 });
    expect(parseFundsCell('100%%')).toEqual({ raw: '100%%', value: 100 });
    expect(parseFundsCell('100%\n\n%')).toEqual({ raw: '100%\n\n%', value: 100 });
    expect(parseFundsCell('99.9％')).toEqual({ raw: '99.9％', value: 99.9 });
    expect(parseFundsCell('—')).toEqual({ raw: '—', value: null });
    expect(parseFundsCell('-')).toEqual({ raw: '-', value: null });
    expect(parseFundsCell('')).toEqual({ raw: '', value: null });
    expect(parseFundsCell('1年')).toEqual({ raw: '1年', value: null });
    expect(parseFundsCell('12,34')).toEqual({ raw: '12,34', value: null });
  });

  it('reads scores and years', () => {
    expect(parseScore('20')).toBe(20);
    expect(parseScore('4.5分')).toBe(4.5);
    expect(parseScore('')).toBeNull();
    expect(parseScore('—')).toBeNull();
    expect(parseScore('优')).toBeNull();
    expect(parseYear('（  2023  年度）')).toBe(2023);
    expect(parseYear('项目支出绩效自评表（2020年度）')).toBe(2020);
    expect(parseYear('项目支出绩效自评表')).toBeNull();
    expect(parseYear('2023年6月前，完成聘用')).toBeNull();
  });

  it('recognises template rows', () => {
    for (const name of ['指标2：', '指标1:', '……', '— — — — —', '无', ''])
      expect(isPlaceholderName(name)).toBe(true);
    expect(isPlaceholderName('聘用统计调查员')).toBe(false);
    const row = { name: '指标2：', target: '', actual: '', weightRaw: '', scoreRaw: '', deviation: '' };
    expect(isPlaceholderRow(row)).toBe(true);
    expect(isPlaceholderRow({ ...row, weightRaw: '5' })).toBe(false);
  });
});

describe('compareRecords', () => {
  it('counts fields, ignores whitespace in strings, tells null from ""', () => {
    const a = { ...emptyRecord(), id: 'x', projectName: '统计 所经费', owner: '' };
    const b = { ...emptyRecord(), id: 'y', projectName: '统计所经费', owner: null };
    const result = compareRecords(a, b);
    expect(result.total).toBe(6 + 48 + 2 + 2);
    expect(result.disagreements.map((d) => d.path)).toEqual(['owner']);
  });

  it('counts a missing indicator or form as disagreeing fields', () => {
    const ind = {
      level1: '产出指标',
      level2: '数量指标',
      name: 'n',
      target: '',
      actual: '',
      weight: 5,
      score: 5,
      deviation: '',
      weightRaw: '5',
      scoreRaw: '5',
    };
    const a = { ...emptyRecord(), indicators: [ind] };
    const b = { ...emptyRecord(), indicators: [ind, { ...ind, placeholder: true }] };
    const result = compareRecords(a, b);
    expect(result.total).toBe(58 + 22);
    expect(result.agree).toBe(58 + 11);
    const lists = compareRecordLists([a], [a, b]);
    expect(lists.total).toBe(69 + 80);
    expect(lists.agree).toBe(69);
  });
});

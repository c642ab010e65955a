/**
 * Issue 10: a question about what to write in a field (须写什么 / 该写什么 / 怎么填 / 什么意思 / 指的是什么) is answered
 * with the field's definition, not with a portfolio query nor "没有看懂"; a question about projects, or one that
 * names a project, unit or person, is left to the parser. Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { fieldDefinition } from '../../src/query/field-definitions.ts';

const none = () => false;

describe('what goes in a field: its definition', () => {
  it.each<[string, string, RegExp]>([
    ['偏差原因须写什么', '偏差原因分析及改进措施', /得分低于分值/],
    ['我这个项目的偏差原因该写点什么？', '偏差原因分析及改进措施', /改进措施/],
    ['实际完成值怎么填', '实际完成值', /同口径、同单位/],
    ['年度指标值是什么意思', '年度指标值', /正向指标/],
    ['目标值指的是什么', '年度指标值', /年初/],
    ['执行率怎么算', '执行率', /全年执行数 ÷ 全年预算数/],
    ['满意度指标应该填什么', '满意度指标', /未做/],
    ['分值是啥意思', '分值', /合计 100 分/],
    ['联系电话要填什么格式', '联系电话', /11 位手机号/],
    ['全年预算数和年初预算数怎么理解', '全年预算数', /年初批复/],
    ['总分如何计算', '总分', /预算执行得分 ＋ 各项指标得分/],
  ])('%s → 「%s」', (q, label, says) => {
    const text = fieldDefinition(q, none);
    expect(text, q).not.toBeNull();
    expect(text!).toContain(`「${label}」：`);
    expect(text!).toMatch(says);
  });

  it('two fields asked together are both defined', () => {
    const text = fieldDefinition('年度指标值和实际完成值分别是什么意思', none)!;
    expect(text).toContain('「年度指标值」');
    expect(text).toContain('「实际完成值」');
  });

  it('offers the portfolio question about the same field', () => {
    expect(fieldDefinition('偏差原因该写什么', none)).toContain('「缺少偏差原因的项目」');
  });
});

describe('not a definition question: left to the parser', () => {
  it.each([
    '偏差原因没写的项目有哪些',
    '哪些项目的实际完成值没填',
    '执行率低于90%的有几个',
    '按部门统计执行率怎么算的平均值',
    '实际完成值没填的项目一共几个',
    '总分最低的项目',
  ])('%s', (q) => {
    expect(fieldDefinition(q, none)).toBeNull();
  });

  it('a question that names a stored project is a lookup, not a definition', () => {
    expect(fieldDefinition('垃圾分类驿站的负责人是什么意思', () => true)).toBeNull();
  });

  it('a meaning asked of no field is no definition', () => {
    expect(fieldDefinition('这是什么意思', none)).toBeNull();
  });
});

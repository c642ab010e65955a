import { describe, expect, it } from 'vitest';
import { namedFields } from '../../src/bot/correction.ts';
import { looksLike } from '../../src/bot/wrong-kind.ts';
import { readForm } from '../llm/forms.ts';

const { record } = readForm();

describe('namedFields: the field a correction is about', () => {
  it.each([
    ['刚才手机号打错了', ['phone']],
    ['联系人写错了，是李强', ['owner']],
    ['年初预算数填错了', ['funds.total.initialBudget']],
    ['执行率不对', ['funds.total.rate']],
    ['不对，应该是王丽', []],
  ])('%s → %j', (text, paths) => {
    expect(namedFields(text, record)).toEqual(paths);
  });

  it('an indicator row by its own name on the form, the column by its word', () => {
    const row = record.indicators.findIndex((i) => i.name === '聘用统计调查员');
    expect(namedFields('聘用统计调查员那行写错了', record)).toEqual([`indicators[${row}].actual`]);
    expect(namedFields('聘用统计调查员的得分打错了', record)).toEqual([`indicators[${row}].score`]);
    const sat = record.indicators.findIndex((i) => /满意/.test(i.level1));
    expect(namedFields('满意度刚才写错了', record)).toEqual([`indicators[${sat}].actual`]);
  });
});

describe('looksLike: what a reply that does not fit the field is instead', () => {
  it.each([
    ['张建国', '人名'],
    ['0812-2345678', '电话号码'],
    ['13700001111', '电话号码'],
    ['三十二万元', '金额'],
    ['12.5万', '金额'],
    ['百分之九十', '百分比'],
    ['88%', '百分比'],
    ['八十分', '分数'],
    ['2024年5月', '日期'],
    ['2023年', '年份'],
    ['还行吧就那样', null],
  ])('%s → %s', (typed, shape) => {
    expect(looksLike(typed)).toBe(shape);
  });
});

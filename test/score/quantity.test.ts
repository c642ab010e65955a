import { describe, expect, it } from 'vitest';
import { operatorFromNature, parseQuantity, unitsCompatible } from '../../src/score/quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['≥5450㎡', 5450, '平方米', 'positive'],
    ['≥ 35次', 35, '次', 'positive'],
    ['≤43人', 43, '人', 'reverse'],
    ['≤430万元', 430, '万元', 'reverse'],
    ['10万元', 10, '万元', null],
    ['1,863,180', 1863180, '', null],
    ['达到 95%', 95, '%', 'positive'],
    ['满意度超过 90%', 90, '%', 'positive'],
    ['90%以上', 90, '%', 'positive'],
    ['不超过200万', 200, '万元', 'reverse'],
    ['不超预算数14.63万元', 14.63, '万元', 'reverse'],
    ['控制在10万元以内', 10, '万元', 'reverse'],
    ['不低于98%', 98, '%', 'positive'],
    ['＞95％', 95, '%', 'positive'],
    ['>=80%', 80, '%', 'positive'],
    ['=1', 1, '', 'equality'],
    ['95%（有效问卷120份）', 95, '%', null],
    ['项目完成，共计14.63万元', 14.63, '万元', null],
    ['1亿元以上', 1, '亿元', 'positive'],
  ])('%s → %d %s %s', (text, value, unit, operator) => {
    expect(parseQuantity(text)).toEqual({ value, unit, operator });
  });

  it.each([
    ['2023年12月前开展'],
    ['2024年2月份之前完成施工'],
    ['12月前完成'],
    ['2023年完成'],
    ['≤1年1年'],
    ['达到90%0'],
    ['6人6人'],
    ['35名调查人员'],
    ['优良中差'],
    ['达到目标'],
    [''],
    ['用于机关及19个社区2个村'],
  ])('%s is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('unitsCompatible', () => {
  it.each([
    ['次', '次', true],
    ['次', '', true],
    ['', '人', true],
    ['%', '', false],
    ['', '%', false],
    ['年', '个月', false],
    ['万元', '元', false],
  ])('%s vs %s → %s', (a, b, ok) => {
    expect(unitsCompatible(a, b)).toBe(ok);
  });
});

describe('operatorFromNature (指标性质)', () => {
  it.each([
    ['≥', 'positive'],
    ['≤', 'reverse'],
    ['=', 'equality'],
    ['正向', 'positive'],
    ['反向', 'reverse'],
    ['定性', 'qualitative'],
    ['', null],
  ])('%s → %s', (nature, op) => {
    expect(operatorFromNature(nature)).toBe(op);
  });
});

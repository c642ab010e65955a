import { describe, expect, it } from 'vitest';
import {
  normaliseDates,
  normalisePhone,
  parseAmount,
  parseChineseNumber,
  parsePercent,
  parsePlainNumber,
} from '../../src/bot/values.ts';

describe('values as staff type them', () => {
  it.each([
    ['112.12万', 112.12],
    ['112.12万元', 112.12],
    ['1,196,000元', 119.6],
    ['1196000元', 119.6],
    ['一百万', 100],
    ['一百万元', 100],
    ['十万八千', 10.8],
    ['1.2亿', 12000],
    ['３千元', 0.3],
    ['120.5', 120.5],
    ['约50万左右', 50],
  ])('amount %s → %s 万元', (typed, wan) => {
    expect(parseAmount(typed)?.wan).toBe(wan);
  });

  it('says how an amount was converted, and not for a bare number in 万元', () => {
    expect(parseAmount('1,196,000元')?.conversion).toBe('「1,196,000元」= 119.6 万元');
    expect(parseAmount('112.12万')?.conversion).toBe('「112.12万」按万元记为 112.12');
    expect(parseAmount('120.5')?.conversion).toBeUndefined();
    expect(parseAmount('很多')).toBeNull();
  });

  it.each([
    ['九十五', 95],
    ['一百', 100],
    ['十二', 12],
    ['三千零五', 3005],
    ['九十五点五', 95.5],
    ['两万', 20000],
    ['九五', null],
    ['abc', null],
  ])('Chinese numeral %s → %s', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each([
    ['九十五分', 95],
    ['8分', 8],
    ['7.5', 7.5],
    ['得分9.5', 9.5],
    ['十五', 15],
  ])('score %s → %s', (text, n) => {
    expect(parsePlainNumber(text)).toBe(n);
  });

  it.each([
    ['95%', 95],
    ['95％', 95],
    ['百分之九十五', 95],
    ['98.86', 98.86],
  ])('percent %s → %s', (text, n) => {
    expect(parsePercent(text)).toBe(n);
  });

  it.each([
    ['138 1234 5678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['0812 1234567', '0812-1234567'],
    ['(0812)1234567', '0812-1234567'],
    ['010 67270330', '010-67270330'],
    ['08121234567', '0812-1234567'],
    ['67270330', '67270330'],
  ])('phone %s → %s', (typed, phone) => {
    expect(normalisePhone(typed)).toBe(phone);
  });

  it('dates with dots, dashes or slashes become 年月日 inside a text', () => {
    expect(normaliseDates('2024.6.30前完成')).toBe('2024年6月30日前完成');
    expect(normaliseDates('2024-06-30')).toBe('2024年6月30日');
    expect(normaliseDates('12月底前')).toBe('12月底前');
  });
});

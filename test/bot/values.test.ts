import { describe, expect, it } from 'vitest';
import {
  findPhone,
  normaliseCount,
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

  it.each([
    ['2025年3月8号', '2025年3月8日'],
    ['2022 年 7 月 1 日', '2022年7月1日'],
    ['２０２５年３月８号验收', '2025年3月8日验收'],
    ['于2021年11月 30号前完成', '于2021年11月30日前完成'],
  ])('a date with 号 or spaces between its parts: %s → %s', (typed, value) => {
    expect(normaliseDates(typed)).toBe(value);
  });

  it.each(['3号楼', '2025年3月', '第8号文件', '12月8日'])('%s is no full date and stays', (typed) => {
    expect(normaliseDates(typed)).toBe(typed);
  });
});

describe('values typed with spaces, Chinese numerals and extensions', () => {
  it.each([
    ['2 480 000 元', 248],
    ['2，480，000元', 248],
    ['３６．５万', 36.5],
    ['二十四万八千元', 24.8],
    ['三百万', 300],
    ['两千五百元', 0.25],
    ['四点二万', 4.2],
    ['一共248万元', 248],
    ['248万整', 248],
    ['24万8千元', 24.8],
    ['1亿500万', 10500],
    ['3万5千5百元', 3.55],
  ])('amount %s → %s 万元', (typed, wan) => {
    expect(parseAmount(typed)?.wan).toBe(wan);
  });

  it('an approximate amount with 多 is not a number', () => {
    expect(parseAmount('200万多')).toBeNull();
  });

  it.each([
    ['办公室电话 (0571) 8765-4321 转 66', '0571-87654321转66'],
    ['手机 +86 139-0571-2468，谢谢', '13905712468'],
    ['座机 025 - 8443 2211', '025-84432211'],
    ['6532 1098', '65321098'],
  ])('finds the phone number in %s', (text, phone) => {
    const found = findPhone(text);
    expect(found && normalisePhone(found)).toBe(phone);
  });

  it.each([
    ['八九五三八六七五', '89538675'],
    ['电话是六九五四七七五七', '69547757'],
    ['幺三八 一二三四 五六七八', '13812345678'],
    ['零一零八零八五六九四二', '010-80856942'],
  ])('a number read out digit by digit (voice input): %s', (text, phone) => {
    const found = findPhone(text);
    expect(found && normalisePhone(found)).toBe(phone);
  });

  it('digit words with a unit among them are an amount or a year, not a phone number', () => {
    for (const text of ['一百二十万', '二〇二三年', '三千五百六十七万八千', '第一二三条'])
      expect(findPhone(text)).toBeNull();
  });

  it('a year, an amount or a percentage is no phone number', () => {
    for (const text of ['2023年度', '执行率98.5%', '1,196,000元', '共计120万'])
      expect(findPhone(text)).toBeNull();
  });
});

describe('a 实际完成值 typed in words or with a full-width sign', () => {
  it.each([
    ['百分之八十八', '88%'],
    ['88％', '88%'],
    ['≥九十%', '≥90%'],
    ['十五场', '15场'],
    ['三百二十户', '320户'],
    ['两千人次', '2000人次'],
    ['３５场', '35场'],
    ['≥８户', '≥8户'],
    ['７ 人次', '7人次'],
    ['１２３', '123'],
  ])('%s → %s', (typed, value) => {
    expect(normaliseCount(typed)).toBe(value);
  });

  it.each(['已完成', '15场', '88%', '一般', '十分满意', '基本达到预期', '３５个百分点'])(
    '%s stays as typed',
    (typed) => {
      expect(normaliseCount(typed)).toBeNull();
    },
  );

  it('a year and month alone is a date only on a time row', () => {
    expect(normaliseDates('2024.11', true)).toBe('2024年11月');
    expect(normaliseDates('2024.11')).toBe('2024.11');
    expect(normaliseDates('２０２４／１１／０５前验收')).toBe('2024年11月5日前验收');
    expect(normaliseDates('2024/13', true)).toBe('2024/13');
  });
});

describe('Chinese numerals and digits with units share one reading of 亿/万 sections', () => {
  it.each([
    ['一亿二千万', 120_000_000],
    ['三万零五百', 30_500],
    ['万', 10_000],
    ['十万零八', 100_008],
  ])('numeral %s → %s', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each([
    ['1亿2000万元', 12_000],
    ['3万5千', 3.5],
    ['2万3千4百元', 2.34],
  ])('digits with units %s → %s 万元', (typed, wan) => {
    expect(parseAmount(typed)?.wan).toBe(wan);
  });

  it('a unit with no digits before it is no amount in digits (万3000)', () => {
    expect(parseAmount('万3000元')).toBeNull();
  });
});

describe('values with their unit in words, and capital numerals of finance', () => {
  it.each([
    ['八十六万元整', 86],
    ['两百零五万元', 205],
    ['叁拾肆万伍仟元整', 34.5],
    ['壹佰万元', 100],
    ['大概一百二十万左右', 120],
  ])('amount %s → %s 万元', (typed, wan) => {
    expect(parseAmount(typed)?.wan).toBe(wan);
  });

  it.each([
    ['八十八点五分', 88.5],
    ['玖拾分', 90],
    ['七分半', null],
  ])('score %s → %s', (typed, n) => {
    expect(parsePlainNumber(typed)).toBe(n);
  });

  it.each([
    ['百分之九十一点二', 91.2],
    ['百分之百', 100],
    ['百分之玖拾', 90],
  ])('percentage %s → %s', (typed, n) => {
    expect(parsePercent(typed)).toBe(n);
  });

  it('a family name that is also a capital numeral is not read as a number (陆, 伍)', () => {
    expect(parseChineseNumber('陆明')).toBeNull();
    expect(normalisePhone('陆明')).toBe('陆明');
  });
});

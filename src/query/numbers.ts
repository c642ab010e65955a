/** Chinese numerals in questions (前三, 九十分, 百分之八十五, 九成) as digits, so one parser reads both. */

import { CHINESE_DIGITS, CHINESE_SMALL_UNITS } from '../record/chinese-numerals.ts';

const DIGIT = CHINESE_DIGITS;
const UNIT = CHINESE_SMALL_UNITS;

/** 九十五 → 95, 十 → 10, 一百 → 100, 三 → 3; null when not a numeral. */
export function chineseNumber(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else {
      total += (digit ?? 1) * UNIT[c]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
/** Where a numeral is a number: after 前/后/第/倒数 or a comparison word, or before a unit. */
const BEFORE = '(前|后|第|倒数|低于|高于|超过|不足|不到|小于|大于|少于|多于|达到|等于|到|至)';
const AFTER = '(个|项|名|位|分|成|%|％|万元|万|元)';

/** Rewrites the numerals of a question as digits; 九成 → 90%, 百分之八十 → 80%. */
export function digitsForNumerals(text: string): string {
  return (
    text
      // 二〇二三年 / 二零二零年度 / 二三年: a year spelled digit by digit.
      .replace(/([零〇一二三四五六七八九]{2}|[零〇一二三四五六七八九]{4})(?=年)/gu, (m: string) =>
        [...m].map((c) => DIGIT[c]).join(''),
      )
      // 上千万 / 上百万 / 过亿: more than that much.
      .replace(
        /(?:上|过)(千万|百万|亿)/gu,
        (_, u: string) => `超过${u === '千万' ? 1000 : u === '百万' ? 100 : 10000}万`,
      )
      .replace(
        /(\d+(?:\.\d+)?)\s*(千万|亿)/gu,
        (_, n: string, u: string) => `${Number(n) * (u === '亿' ? 10000 : 1000)}万`,
      )
      .replace(
        new RegExp(`百分之(${NUMERAL}|\\d+(?:\\.\\d+)?)`, 'gu'),
        (_, n: string) => `${chineseNumber(n) ?? n}%`,
      )
      .replace(new RegExp(`(${NUMERAL}|\\d+)成(?![本果员])`, 'gu'), (m, n: string) => {
        const v = chineseNumber(n) ?? Number(n);
        return Number.isFinite(v) && v <= 10 ? `${v * 10}%` : m;
      })
      .replace(new RegExp(`${BEFORE}(${NUMERAL})`, 'gu'), (m, w: string, n: string) => {
        const v = chineseNumber(n);
        return v === null ? m : `${w}${v}`;
      })
      .replace(new RegExp(`(${NUMERAL})${AFTER}`, 'gu'), (m, n: string, u: string) => {
        const v = chineseNumber(n);
        // 一个/一项 are articles ("有一个项目"), not numbers worth a token.
        return v === null || (v === 1 && /^(个|项|位)$/.test(u)) ? m : `${v}${u}`;
      })
  );
}

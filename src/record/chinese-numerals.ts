/** The characters of numbers written in Chinese (九十五, 一百二十): shared by typed values and questions. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The units below 万. */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The capital numerals of finance (大写: 壹佰贰拾万元整) → the common ones, so both read alike. */
const CAPITALS: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  億: '亿',
  圆: '元',
  圓: '元',
  貳: '二',
  參: '三',
  陸: '六',
};
const CAPITAL = new RegExp(`[${Object.keys(CAPITALS).join('')}]`, 'g');
export const fromCapitals = (text: string) => text.replace(CAPITAL, (c) => CAPITALS[c] ?? c);

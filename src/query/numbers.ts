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
/** 分 of a fraction (百分之几, 百分比, 三分之一, 百分点) is no score: 百分 is not "100 points". */
const AFTER = '(个|项|名|位|分(?![之比点率])|成|%|％|万元|万|元)';

/** 九十五点五 → 95.5: a numeral with a decimal part read digit by digit. */
function withDecimals(text: string): number | null {
  const [whole, part] = text.split('点');
  const n = chineseNumber(whole!);
  if (n === null || part === undefined) return n;
  const digits = [...part].map((c) => DIGIT[c]);
  return digits.every((d) => d !== undefined) ? Number(`${n}.${digits.join('')}`) : null;
}

const DECIMAL = `${NUMERAL}(?:点[零〇一二三四五六七八九]+)?`;

/** English number words (five, ninety-five): small cardinals, as staff type them in an English question. */
const EN_UNITS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** English amounts and number words as the Chinese the parser reads: 100 wan yuan → 100万元, 2 million → 200万. */
export function englishNumbers(text: string): string {
  return (
    text
      .replace(
        /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)\b/g,
        (_, t: string, u: string) => String(EN_UNITS[t]! + (EN_UNITS[u] ?? 1)),
      )
      .replace(/\b(?:one )?hundred\b/g, '100')
      .replace(
        /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/g,
        (w: string) => String(EN_UNITS[w]),
      )
      // top one / the first one: a count only after a ranking word.
      .replace(/\b(top|bottom|first|last|lowest|highest) one\b/g, '$1 1')
      .replace(/(\d+(?:\.\d+)?)\s*million\s*(?:yuan|rmb|cny)?/g, (_, n: string) => `${Number(n) * 100}万元`)
      .replace(/(\d)\s*(?:wan yuan|wan|ten thousand yuan|10k yuan)\b/g, '$1万元')
      .replace(/(\d)\s*(?:yuan|rmb|cny)\b/g, '$1元')
  );
}

/** 几十万 and its kin: the band of amounts (in 万) the words cover, from one unit of the order to ten. */
const VAGUE_BANDS: Record<string, [number, number]> = {
  几万: [1, 10],
  几十万: [10, 100],
  几百万: [100, 1000],
  几千万: [1000, 10000],
};
// 级别 / 量级 after one says the same band (几十万级别的项目), read with it.
const VAGUE_AMOUNT =
  /(?<![十百千万])(几十万|几百万|几千万|几万)(?:元|块钱?)?(?![元块]?(?:以上|以下|以内|多|左右))(?:(?:这个|的)?(?:级别|量级|档次))?/gu;

/** 几十万 → 10万～100万: the vague amounts of a question with the range each was read as (said back in the answer). */
export function vagueAmounts(text: string): Array<[string, string]> {
  return [...text.matchAll(VAGUE_AMOUNT)].map((m) => {
    const [lo, hi] = VAGUE_BANDS[m[1]!]!;
    return [m[0], `${lo}万～${hi}万元`];
  });
}

/** Rewrites the numerals of a question as digits; 九成 → 90%, 百分之八十 → 80%, 九成五 → 95%, 九十五点五 → 95.5. */
export function digitsForNumerals(text: string): string {
  return (
    text
      // 二〇二三年 / 二零二零年度 / 二三年: a year spelled digit by digit.
      .replace(/([零〇一二三四五六七八九]{2}|[零〇一二三四五六七八九]{4})(?=年)/gu, (m: string) =>
        [...m].map((c) => DIGIT[c]).join(''),
      )
      // 50w / 1.5W: 万 as typed on a phone.
      .replace(/(\d+(?:\.\d+)?)\s*w(?![a-z])/gu, '$1万')
      // 3百万 / 5千万 / 2十万: digits with a Chinese unit of 万.
      .replace(
        /(\d+(?:\.\d+)?)\s*(十|百|千)万/gu,
        (_, n: string, u: string) => `${Number(n) * (u === '十' ? 10 : u === '百' ? 100 : 1000)}万`,
      )
      // 5千 / 3百 / 1.5千: digits with a Chinese unit (never 5千万, 3百分之…, handled below).
      .replace(/(\d+(?:\.\d+)?)\s*(千|百)(?![万亿分])/gu, (_, n: string, u: string) =>
        String(Number(n) * (u === '千' ? 1000 : 100)),
      )
      // 五千块 / 300块钱: 元 (一块 alone is "together", not one yuan).
      .replace(new RegExp(`(${NUMERAL}|\\d+(?:\\.\\d+)?)块钱?`, 'gu'), (m, n: string) =>
        n === '一' && !m.endsWith('钱') ? m : `${n}元`,
      )
      // 几十万 / 几百万 / 几万 / 几千万: a band, said back as the range used (vagueAmounts).
      .replace(VAGUE_AMOUNT, (_, u: string) => {
        const [lo, hi] = VAGUE_BANDS[u]!;
        return `在${lo}万到${hi}万之间`;
      })
      // 上千万 / 上百万 / 过亿: more than that much.
      .replace(
        /(?:上|过)(千万|百万|亿)/gu,
        (_, u: string) => `超过${u === '千万' ? 1000 : u === '百万' ? 100 : 10000}万`,
      )
      // 一个亿 / 两千万 / 1.5亿: amounts in 万.
      .replace(new RegExp(`(${NUMERAL})个?(千万|亿)`, 'gu'), (m, n: string, u: string) => {
        const v = chineseNumber(n);
        return v === null ? m : `${v}${u}`;
      })
      .replace(
        /(\d+(?:\.\d+)?)\s*个?(千万|亿)/gu,
        (_, n: string, u: string) => `${Number(n) * (u === '亿' ? 10000 : 1000)}万`,
      )
      // 百分百 / 百分之百: all of it.
      .replace(/百分百/gu, '100%')
      .replace(
        new RegExp(`百分之(${DECIMAL}|\\d+(?:\\.\\d+)?)`, 'gu'),
        (_, n: string) => `${withDecimals(n) ?? n}%`,
      )
      // 九成 / 八成五 / 8成5 / 七成半: tenths, with a second digit or 半 for the hundredths.
      .replace(
        new RegExp(`(${NUMERAL}|\\d+)成([一二三四五六七八九半]|\\d)?(?![本果员])`, 'gu'),
        (m, n: string, d?: string) => {
          const v = chineseNumber(n) ?? Number(n);
          const extra = d === undefined ? 0 : d === '半' ? 5 : (DIGIT[d] ?? Number(d));
          return Number.isFinite(v) && v <= 10 && (extra === 0 || v < 10) ? `${v * 10 + extra}%` : m;
        },
      )
      // 在九十到九十五之间: the low end of a range.
      .replace(new RegExp(`在(${DECIMAL})(?=[到至~-])`, 'gu'), (m, n: string) => {
        const v = withDecimals(n);
        return v === null ? m : `在${v}`;
      })
      .replace(new RegExp(`${BEFORE}(${DECIMAL})`, 'gu'), (m, w: string, n: string) => {
        const v = withDecimals(n);
        return v === null ? m : `${w}${v}`;
      })
      .replace(
        new RegExp(`(${DECIMAL})${AFTER}`, 'gu'),
        (m, n: string, u: string, at: number, all: string) => {
          const v = withDecimals(n);
          // 一个/一项 are articles ("有一个项目"), not numbers worth a token.
          if (v === null || (v === 1 && /^(个|项|位)$/.test(u))) return m;
          // 2023两个年度: a numeral right after digits is a number of its own, never more digits of theirs.
          return `${/\d/.test(all[at - 1] ?? '') ? ' ' : ''}${v}${u}`;
        },
      )
      // 没满100 / 未满60分 / 不满90: short of the number (never 没满分, which is no number).
      .replace(/(?:没|未|不)满(?=\s*\d)/gu, '不到')
      // 预算过1.2亿 / 执行率过90%: 过 right after a field (its last character) and before a number is 超过.
      .replace(/(?<=[算数额分率值])过(?=\s*\d)/gu, '超过')
  );
}

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
// (以上 / 以下 / 以内 bound the number said before them: 总分九十以下.)
const AFTER = '(个|项|名|位|张|份|笔|分(?![之比点率])|成|%|％|万元|万|元|以上|以下|以内)';

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
  /(?<![十百千万小])(几十万|几百万|几千万|几万)(?:元|块钱?)?(?![元块]?(?:以上|以下|以内|多|左右))(?:(?:这个|的)?(?:级别|量级|档次))?/gu;

const ASKED_IN_ORDER =
  /(?<=(?:写的|填的|写了|填了|写着|是|有|为|花了|用了|剩了|剩下|执行了|报了)\s*)(?:几十万|几百万|几千万|几万)(?:元|块钱?)?(?=\s*(?:呢|啊|呀|吧|来着)?\s*(?:[?？。!！,，;；]|$))/gu;

/** 几十万 → 10万～100万: the vague amounts of a question with the range each was read as (said back in the answer). */
export function vagueAmounts(said: string): Array<[string, string]> {
  const text = said.replace(ASKED_IN_ORDER, '多少万');
  return [
    ...[...text.matchAll(VAGUE_AMOUNT)].map((m): [string, string] => {
      const [lo, hi] = VAGUE_BANDS[m[1]!]!;
      return [m[0], `${lo}万～${hi}万元`];
    }),
    ...roughAmounts(text).map(({ said, lo, hi, bound }): [string, string] => [
      said,
      bound === '>' ? `${hi}万元以上` : bound === '<' ? `${lo}万元以下` : `${lo}万～${hi}万元`,
    ]),
    ...roughFigures(text).map(({ said, lo, hi, unit }): [string, string] => [
      said,
      `不低于${lo}${unit}、低于${hi}${unit}`,
    ]),
  ];
}

/** The value of a numeral or of digits (四百 → 400, 30 → 30); null for anything else. */
const numeralOrDigits = (n: string) => (/^\d+$/.test(n) ? Number(n) : chineseNumber(n));

/** 400 → 100: the place of a round number's last non-zero digit (the step 多 adds up to); null when not round. */
function placeOf(n: number): number | null {
  if (!Number.isInteger(n) || n < 10 || n % 10 !== 0) return null;
  let place = 1;
  while (n % (place * 10) === 0) place *= 10;
  return place;
}

const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = '一二两三四五六七八九';

/**
 * Amounts said roughly, each the band of 万 it covers: 四百多万 / 三十几万 / 三十来万 / 1000余万 (a round number and up to one
 * step of its last digit more; 来 half of the number more), 三五十万 / 两三百万 (two neighbouring digits: from the one
 * to the other), 小几十万 (the low third of 几十万). 以上 / 以下 after it bounds at its far / near end.
 */
const ROUGH: Array<{
  pattern: RegExp;
  band: (m: RegExpMatchArray) => [number, number] | null;
}> = [
  {
    // (三十几万 as 三十多万: 30 to 40)
    pattern: new RegExp(`(${NUMERAL}|\\d+)(多|来|余|几)万`, 'u'),
    band: (m) => {
      const n = numeralOrDigits(m[1]!);
      const place = n === null ? null : placeOf(n);
      if (n === null || place === null) return null;
      return m[2] === '来' ? [n, n + n / 2] : [n, n + place];
    },
  },
  {
    pattern: new RegExp(`([${DIGIT_CHARS}])([${DIGIT_CHARS}])([十百千])万`, 'u'),
    band: (m) => {
      const [a, b] = [chineseNumber(m[1]!)!, chineseNumber(m[2]!)!];
      const place = PLACE[m[3]!]!;
      return b > a && b - a <= 2 ? [a * place, b * place] : null;
    },
  },
  {
    pattern: /小几(十|百|千)?万/u,
    band: (m) => {
      const place = m[1] ? PLACE[m[1]]! : 1;
      return [place, 3 * place];
    },
  },
  // 几千块 / 几千元: thousands of yuan (0.1万 to 1万).
  { pattern: /几千(?=块|元)/u, band: () => [0.1, 1] },
];

/** The rough amounts of a text, where each stands, the band read and a bound said right after it. */
function roughAmounts(text: string) {
  const found: Array<{ at: number; said: string; lo: number; hi: number; bound?: '>' | '<' }> = [];
  for (const { pattern, band } of ROUGH) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'gu'))) {
      const range = band(m);
      if (!range) continue;
      const tail = /^(?:元|块钱?)?(以上|以下)?/u.exec(text.slice(m.index! + m[0].length))!;
      const bound = tail[1] === '以上' ? '>' : tail[1] === '以下' ? '<' : undefined;
      found.push({
        at: m.index!,
        said: m[0] + tail[0],
        lo: range[0],
        hi: range[1],
        ...(bound ? { bound } : {}),
      });
    }
  }
  return found;
}

/**
 * A figure said roughly, with no 万 (执行率八十几, 总分九十多分, 七十来分, 得了80多): a round number of at least ten and
 * up to one step of its last digit more, the step itself left out (八十几 is 80 to 89.x, never 90). Not a count (十几个,
 * 二十多年: a measure word follows) nor a rank (前十几), nor after a comparison word (低于八十多 says no band).
 */
const ROUGH_FIGURE = new RegExp(
  `(?<![\\d零〇一二两三四五六七八九十百千几前第后于过到足])(${NUMERAL}|\\d+)(几|多|来|余)(分|%|％)?(?![万亿千百十几\\d个项年天次人位家名件月周岁期批条笔张份倍遍回])`,
  'gu',
);

/** The rough figures of a text: where each stands, as said, and the band [lo, hi) with its unit. */
function roughFigures(text: string) {
  const found: Array<{ at: number; said: string; lo: number; hi: number; unit: string }> = [];
  for (const m of text.matchAll(ROUGH_FIGURE)) {
    const n = numeralOrDigits(m[1]!);
    const place = n === null ? null : placeOf(n);
    if (n === null || place === null) continue;
    found.push({ at: m.index!, said: m[0], lo: n, hi: n + place, unit: m[3] ?? '' });
  }
  return found;
}

/** The rough amounts of a text written as the bands the parser reads (在400万到500万之间, 超过300万). */
function roughAsBands(text: string): string {
  let out = text;
  for (const r of roughFigures(text).sort((a, b) => b.at - a.at)) {
    const said = `在${r.lo}${r.unit}到不足${r.hi}${r.unit}之间`;
    out = out.slice(0, r.at) + said + out.slice(r.at + r.said.length);
  }
  for (const r of roughAmounts(text).sort((a, b) => b.at - a.at)) {
    const said =
      r.bound === '>' ? `超过${r.hi}万` : r.bound === '<' ? `不到${r.lo}万` : `在${r.lo}万到${r.hi}万之间`;
    out = out.slice(0, r.at) + said + out.slice(r.at + r.said.length);
  }
  return out;
}

/** Words of a bound said before a share: 不到一半 / 超过预算的三分之一 / 低于全年预算一半. */
const SHARE_BOUND_BEFORE =
  '(?:不到|不足|不够|低于|少于|小于|超过|超出|高于|多于|大于|达到|达不到|没到|未到|没达到|未达到|不超过|不低于|少了|多了|少|多)';
/** A share: 一半 / 半数 / 三分之一 / 3分之2 (百分之… is a percent of its own, read below). */
const SHARE = `(一半|半数|(?<!百)(?:${NUMERAL}|\\d+)分之(?:${NUMERAL}|\\d+))`;
const SHARE_AFTER_BOUND = new RegExp(
  `(?<=${SHARE_BOUND_BEFORE}(?:[^，,。；;？?！!]{0,12}?的|[^，,。；;？?！!的项目]{0,10}?)?)${SHARE}`,
  'gu',
);
const SHARE_BEFORE_BOUND = new RegExp(`${SHARE}(?=以上|以下|以内)`, 'gu');

/** 一半 → 50, 三分之一 → 33.3333 (four places, as a rate is compared), 3分之2 → 66.6667; null when no share. */
function sharePercent(said: string): number | null {
  if (said === '一半' || said === '半数') return 50;
  const [whole, part] = said.split('分之');
  // 百分之九十九点五: a percent, read whole below (its decimals too).
  if (whole === '百' || whole === '一百' || whole === '100') return null;
  const n = chineseNumber(whole!) ?? Number(whole);
  const m = chineseNumber(part!) ?? Number(part);
  return n > 0 && m > 0 && m <= n ? Number(((m / n) * 100).toFixed(4)) : null;
}

/**
 * A share said as a bound, as a percent (执行率不到一半 → 不到50%, 执行数不到预算的三分之一 → …的33.3333%, 过半 → 超过50%,
 * 没过半 → 不超过50%): only where a word of a bound is before it in the clause or 以上 / 以下 after it, so 一半的项目 (half
 * the projects, no bound) keeps its words. Read by the parser as a rate's bound or as a part of the amount named before
 * it (parse.ts `partOf`).
 */
function sharesAsPercent(text: string): string {
  const asPercent = (m: string) => {
    const v = sharePercent(m);
    return v === null ? m : `${v}%`;
  };
  return (
    text
      .replace(/(?:没|未|不)过半(?:数)?(?![年天月个])/gu, '不超过50%')
      .replace(/(?<![超经通越])过半(?:数)?(?![年天月个])/gu, '超过50%')
      .replace(SHARE_AFTER_BOUND, asPercent)
      .replace(SHARE_BEFORE_BOUND, asPercent)
      // 执行数超过预算一半: a part of the budget, not the overrun check (the lexicon's 执行数超过预算).
      .replace(/(?<=执行数|支出)(超过|超出|高于)预算(?=的?\d+(?:\.\d+)?%)/gu, '$1全年预算')
  );
}

/** Rewrites the numerals of a question as digits; 九成 → 90%, 百分之八十 → 80%, 九成五 → 95%, 九十五点五 → 95.5. */
export function digitsForNumerals(text: string): string {
  return (
    // 百分之九十几 / 百分之八十多: a rough percentage, read as the band 九十几% is (百分之 before it left the band unread).
    sharesAsPercent(
      roughAsBands(text.replace(/百分之([零〇一二两三四五六七八九十百]+|\d+)(几|多)(?![万个项])/gu, '$1$2%')),
    )
      // 5k / 2.5K: thousands of yuan, as typed on a phone.
      .replace(/(\d+(?:\.\d+)?)\s*k(?![a-z])/giu, (_, n: string) => `${Number(n) * 1000}元`)
      // 10万块 / 20万块钱: 万元.
      .replace(/万块钱?/gu, '万元')
      // 半个亿 / 半亿: 5000万.
      .replace(/半个?亿/gu, '5000万')
      // 二〇二三年 / 二零二零年度 / 二三年: a year spelled digit by digit.
      .replace(/([零〇一二三四五六七八九]{2}|[零〇一二三四五六七八九]{4})(?=年)/gu, (m: string) =>
        [...m].map((c) => DIGIT[c]).join(''),
      )
      // 50w / 1.5W / 一共多少w: 万 as typed on a phone (0.5个w: the count word said with it).
      .replace(/(\d+(?:\.\d+)?|多少|几)\s*(?:个\s*)?w(?![a-z])/gu, '$1万')
      .replace(/(\d+(?:\.\d+)?|多少|几)\s*个\s*万(?![元块])/gu, '$1万')
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
      // 全年预算写的几万 / 执行数是几十万？: an amount asked in its order of magnitude, as 多少万 — after a verb of
      // writing or being, at the end of a clause (预算几万的项目 stays a band).
      .replace(ASKED_IN_ORDER, '多少万')
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
      // 一个亿 / 两千万 / 1.5亿 / 零点五个亿: amounts in 万.
      .replace(new RegExp(`(${DECIMAL})个?(千万|亿)`, 'gu'), (m, n: string, u: string) => {
        const v = withDecimals(n);
        return v === null ? m : `${v}${u}`;
      })
      .replace(
        /(\d+(?:\.\d+)?)\s*个?(千万|亿)/gu,
        (_, n: string, u: string) => `${Number(n) * (u === '亿' ? 10000 : 1000)}万`,
      )
      // 年初预算是零的 / 得分为九十五 / 填的是一百: a bare numeral said as a cell's value, ending the clause (or before
      // the 但 / 却 of a second condition: 年初预算为零但全年有预算的).
      .replace(
        new RegExp(
          `(是|为|等于|填了?|写了?|写成|填成)(${DECIMAL})(?=的|$|[，,。？?！!吗呢\\s]|但|却|而|且)`,
          'gu',
        ),
        (m, w: string, n: string) => {
          const v = withDecimals(n);
          return v === null ? m : `${w}${v}`;
        },
      )
      // 执行数是负数的 / 结余为负的: a cell below zero (得分是负数 is a check of its own, check-phrases.ts).
      .replace(
        /(?<!得分|分数|负分)(?:是|为)(?:负数|负值|负的)|(?<!得分|分数)为负(?=的|$|[，,。？?！!吗呢\s])/gu,
        '小于0',
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
          if (v === null || (v === 1 && /^(个|项|位|张|份|笔)$/.test(u))) return m;
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

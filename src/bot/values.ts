/**
 * Values as staff type them (issue 10 item 2): 112.12万, 1,196,000元, 一百万, 95%, 九十五分, 138 1234 5678,
 * 2024.6.30 → the number or text the form holds, with the conversion said back to the user.
 */

import { CHINESE_DIGITS, CHINESE_SMALL_UNITS, fromCapitals } from '../record/chinese-numerals.ts';

const DIGIT = CHINESE_DIGITS;
const SMALL_UNIT = CHINESE_SMALL_UNITS;
const CN_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿点]+$/;

export { fromCapitals };

/** A number below 万 written in characters: 九十五, 一百二十, 三千零五, 十二. */
function cnSection(text: string): number | null {
  if (text === '') return 0;
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in DIGIT) {
      if (digit !== null && digit !== 0) return null; // 九五: not a numeral
      digit = DIGIT[c] ?? 0;
    } else if (c in SMALL_UNIT) {
      total += (digit ?? 1) * (SMALL_UNIT[c] ?? 1);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * A number split at 亿 and 万, each section below 万 read by `section` and the sections added up: the one loop
 * behind Chinese numerals (一亿二千万) and digits with units (1亿2000万). `bareUnit`: the section a unit stands for
 * with nothing before it (万 alone is 一万 in characters; in digits 万3000 is not a number, so null).
 */
function bySections(
  text: string,
  section: (part: string) => number | null,
  bareUnit: 1 | null,
): number | null {
  let value = 0;
  let rest = text;
  for (const [unit, size] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const part = at === 0 ? bareUnit : section(rest.slice(0, at));
    if (part === null) return null;
    value += part * size;
    rest = rest.slice(at + 1);
  }
  const tail = section(rest);
  return tail === null ? null : value + tail;
}

/** A number written in Chinese characters, with 万/亿 and 点: 一百万 → 1000000, 九十五点五 → 95.5; null if not one. */
export function parseChineseNumber(typed: string): number | null {
  const text = fromCapitals(typed);
  if (!CN_NUMERAL.test(text)) return null;
  const [whole = '', fraction] = text.split('点');
  const value = bySections(whole, cnSection, 1);
  if (value === null) return null;
  if (fraction === undefined) return value;
  if (fraction === '' || ![...fraction].every((c) => c in DIGIT)) return null;
  return value + Number(`0.${[...fraction].map((c) => DIGIT[c]).join('')}`);
}

const toHalfWidth = (text: string) => text.normalize('NFKC');
/** A typed number in half-width digits and common numerals. */
const numeric = (text: string) => fromCapitals(toHalfWidth(text));
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Digits as typed ("1,196,000", "112.12"), or Chinese numerals; null if neither. */
function plainNumber(text: string): number | null {
  const t = text.replace(/[,，\s]/g, '');
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

export interface Amount {
  /** In 万元, the unit of the form's funds block. */
  wan: number;
  /** How the typed amount became 万元, when it was not already a bare number in 万元. */
  conversion?: string;
}

/** Words around an amount that do not change it: 约50万左右, 一共120万元, 大概十一万四千元. */
const AMOUNT_LEAD =
  /^(?:约|大约|大概|大致|差不多|将近|共|共计|合计|总计|一共|总共|是|为|执行了?|花了|支出了?|用了)+/;
const AMOUNT_TAIL = /(?:左右|上下|整)+$/;
const UNIT_SIZE: Record<string, number> = { 亿元: 1e4, 亿: 1e4, 万元: 1, 万: 1, 千元: 0.1, 元: 1e-4 };

/**
 * A number written in characters, in 元 unless it ends in 万/亿 of its own: 一百二十万 → 120, 十一万四千元 → 11.4,
 * 三点五万 → 3.5, 两百万元 → 200. The 千 of 四千 is part of the numeral, never the unit 千元.
 */
function chineseAmountWan(text: string): number | null {
  const t = text.replace(/元$/, '');
  const whole = parseChineseNumber(t);
  if (whole !== null) return whole / 10_000;
  const m = /^(.+?)(亿|万)$/.exec(t);
  const part = m?.[1] ? parseChineseNumber(m[1]) : null;
  return part === null || !m ? null : part * (m[2] === '亿' ? 10_000 : 1);
}

/** A section below 万 in digits with 千/百 between them: 3千5百 → 3500, 3千 → 3000, 350 → 350. */
function mixedSection(text: string): number | null {
  if (text === '') return 0;
  const m = /^(?:(\d+(?:\.\d+)?)千)?(?:(\d+(?:\.\d+)?)百)?(\d+(?:\.\d+)?)?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 1000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}

/** Digits with 亿/万/千/百 between them, in 元: 12万3千 → 123000, 1亿2000万 → 120000000; null otherwise. */
const mixedNumber = (text: string) => bySections(text, mixedSection, null);

/** An amount as typed → 万元; null when it is not an amount. A bare number is already in 万元 (the form's unit). */
export function parseAmount(typed: string): Amount | null {
  const t = numeric(typed)
    .trim()
    .replace(/[。.]$/, '')
    .replace(AMOUNT_LEAD, '')
    .replace(AMOUNT_TAIL, '')
    .trim();
  if (t === '') return null;
  const shown = typed.trim();
  const said = (wan: number) => ({ wan: round6(wan), conversion: `「${shown}」= ${formatNumber(wan)} 万元` });
  if (!/\d/.test(t)) {
    const wan = chineseAmountWan(t.replace(/\s/g, ''));
    return wan === null ? null : said(wan);
  }
  // 12万3千元, 1亿2000万: digits with units between them.
  const compact = t.replace(/[\s,，]/g, '').replace(/元$/, '');
  if (/[亿万千百]\d/.test(compact)) {
    const yuan = mixedNumber(compact);
    return yuan === null ? null : said(yuan / 10_000);
  }
  const m = /^(.+?)\s*(亿元|亿|万元|万|千元|元)?$/.exec(t);
  if (!m?.[1]) return null;
  const number = plainNumber(m[1]);
  if (number === null) return null;
  const unit = m[2] ?? '';
  if (unit === '') return { wan: number };
  const wan = round6(number * (UNIT_SIZE[unit] ?? 1));
  return unit === '万元' || unit === '万'
    ? { wan, conversion: `「${shown}」按万元记为 ${formatNumber(wan)}` }
    : said(wan);
}

/** A score or other plain number: 95, 9.5分, 九十五分, 满分 is not read here (it depends on the row). */
export function parsePlainNumber(typed: string): number | null {
  const t = numeric(typed)
    .trim()
    .replace(/^(?:得分|得|打|给|填|记)?/, '')
    .replace(/(?:分|点|个)?[。.]?$/, '');
  return plainNumber(t);
}

/** A percentage: 95%, 95％, 百分之九十五, 九十五% → 95. */
export function parsePercent(typed: string): number | null {
  const t = numeric(typed)
    .trim()
    .replace(/[。.]$/, '');
  const m = /^(?:百分之)(.+)$/.exec(t) ?? /^(.+?)\s*%$/.exec(t) ?? /^([\d.]+)$/.exec(t);
  return m?.[1] ? plainNumber(m[1]) : null;
}

/**
 * A number read out digit by digit (voice input: 八九五三八六七五, 幺三八…): seven or more digit words in a row, with no
 * unit word (十, 百, 万) among them, are the digits of a phone number, not an amount.
 */
const SPOKEN_DIGITS = /[零〇一二三四五六七八九幺](?:\s?[零〇一二三四五六七八九幺]){6,}/g;
const spokenDigits = (text: string) => spokenDigitsRead(text).read;

/** The text with its spoken digit runs as digits, and where in the text each character read came from. */
function spokenDigitsRead(text: string): { read: string; from: number[] } {
  let read = '';
  const from: number[] = [];
  const keep = (i: number, c: string) => {
    read += c;
    from.push(i);
  };
  let last = 0;
  for (const run of text.matchAll(SPOKEN_DIGITS)) {
    for (let i = last; i < run.index; i++) keep(i, text[i] ?? '');
    for (let i = run.index; i < run.index + run[0].length; i++) {
      const d = text[i] ?? '';
      if (!/\s/.test(d)) keep(i, d === '幺' ? '1' : String(DIGIT[d]));
    }
    last = run.index + run[0].length;
  }
  for (let i = last; i < text.length; i++) keep(i, text[i] ?? '');
  return { read, from };
}

/** Mobile numbers without separators; landlines as 区号-号码; extensions kept. Unchanged when it is neither. */
export function normalisePhone(typed: string): string {
  const t = spokenDigits(toHalfWidth(typed)).trim();
  const compact = t.replace(/[\s\-－—–()（）]/g, '').replace(/^\+?86(?=1[3-9]\d{9}$)/, '');
  if (/^1[3-9]\d{9}$/.test(compact)) return compact;
  const m = /^(?:(0(?:[12]\d|[3-9]\d{2}))(\d{7,8})|([2-9]\d{6,7}))(?:(?:转|分机|ext\.?|x)(\d{1,6}))?$/i.exec(
    compact,
  );
  if (!m) return t;
  const local = m[1] ? `${m[1]}-${m[2]}` : (m[3] ?? '');
  return m[4] ? `${local}转${m[4]}` : local;
}

/**
 * The first phone number inside a text as typed, with its separators (+86 138 1234 5678, (010) 8953-6281 转 204,
 * 0812 - 2345678, 8953 6281); null when there is none. Separators may be spaces, dashes and brackets.
 */
const PHONE_IN_TEXT = new RegExp(
  [
    // mobile: 11 digits starting 1[3-9], optionally +86, with spaces or dashes anywhere
    String.raw`(?:\+?\s*86[\s\-]*)?1[3-9](?:[\s\-]*\d){9}`,
    // landline with area code: (0xx) / 0xxx, a separator, 7–8 digits, an extension
    String.raw`[(（]?\s*0\d{2,3}\s*[)）]?\s*[\-－—–]?\s*[2-9](?:[\s\-]?\d){6,7}(?:\s*(?:转|分机|ext\.?|x)\s*\d{1,6})?`,
    // local number: 7–8 digits, maybe split in two
    String.raw`[2-9]\d{2,3}[\s\-]?\d{4}(?:\s*(?:转|分机)\s*\d{1,6})?`,
  ]
    .map((p) => `(?<![\\d.])${p}(?![\\d.%％])`)
    .join('|'),
  'i',
);

export function findPhone(text: string): string | null {
  return phoneSpan(text)?.phone ?? null;
}

/**
 * The first phone number inside a text: as read (half-width digits, spoken digits as digits) and as typed, the span
 * of the text it came from — a value must be quoted in the user's own words (「八九五三八六七五」, not 89538675).
 */
export function phoneSpan(text: string): { phone: string; typed: string } | null {
  // the reading of spokenDigits(toHalfWidth(text)), remembering which typed character each character came from
  let half = '';
  const halfFrom: number[] = [];
  let at = 0;
  for (const c of text) {
    for (const h of toHalfWidth(c)) {
      half += h;
      halfFrom.push(at);
    }
    at += c.length;
  }
  const { read: spoken, from } = spokenDigitsRead(half);
  const spokenFrom = from.map((i) => halfFrom[i] ?? 0);
  const m = PHONE_IN_TEXT.exec(spoken);
  if (!m) return null;
  const phone = m[0].trim();
  const start = m.index + m[0].indexOf(phone);
  const first = spokenFrom[start] ?? 0;
  const lastChar = spokenFrom[start + phone.length - 1] ?? first;
  const typed = text.slice(first, lastChar + ([...text.slice(lastChar)][0]?.length ?? 1));
  return { phone, typed };
}

/**
 * Dates written with dots, dashes or slashes → 2024年6月30日, inside any text; full-width digits too. With
 * `yearMonth` (a time row), a year and month alone (2023.3, 2023/03) → 2023年3月: elsewhere 2023.3 may be a number.
 */
export function normaliseDates(text: string, yearMonth = false): string {
  const t = /[０-９．／－]/.test(text) ? toHalfWidth(text) : text;
  const day = (_: string, y: string, mo: string, d: string) => `${y}年${Number(mo)}月${Number(d)}日`;
  const days = t
    .replace(/(?<![\d.])((?:19|20)\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?![\d.])/g, day)
    // 2024年1月20号, 2023 年 12 月 15 日: 号 and the spaces typed between the parts.
    .replace(/(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, day);
  const out = yearMonth
    ? days.replace(
        /(?<![\d.])((?:19|20)\d{2})\s*[.\-/]\s*(\d{1,2})(?![\d.])/g,
        (whole: string, y: string, mo: string) =>
          Number(mo) >= 1 && Number(mo) <= 12 ? `${y}年${Number(mo)}月` : whole,
      )
    : days;
  return out === t ? text : out;
}

/** Units after a count in a 实际完成值 (人, 次, 场…). */
const COUNT_UNIT =
  /^(?:|人|人次|次|个|项|场|户|家|天|日|月|年|周|篇|期|份|件|台|套|座|所|名|位|批|批次|条|处|例|起|本|册|张|辆|棵|株|间|栋|班|节|课时|小时|公里|千米|米|平方米|亩|吨|元|万元|万人|万人次|分)$/;

/**
 * A 实际完成值 typed as a whole percentage or count in words → digits, as the form writes them: 百分之九十六 / 96％ →
 * 96%, 十二次 → 12次, ≥九十五% → ≥95%. null when the text is anything else (a sentence stays as typed).
 */
export function normaliseCount(typed: string): string | null {
  const t = numeric(typed)
    .trim()
    .replace(/[。.]$/, '');
  const percent = /^([≥≤><]?)\s*百分之(.+)$/.exec(t) ?? /^([≥≤><]?)\s*(.+?)\s*%$/.exec(t);
  if (percent?.[2]) {
    const n = plainNumber(percent[2]);
    const value = n === null ? null : `${percent[1]}${formatNumber(n)}%`;
    return value === null || value === typed.trim() ? null : value;
  }
  // Digits typed full-width (１２次): as the form writes them.
  const digits = /^([≥≤><]?)\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(t);
  if (digits && COUNT_UNIT.test(digits[3] ?? '')) {
    const value = `${digits[1]}${digits[2]}${digits[3]}`;
    return value === typed.trim() ? null : value;
  }
  const count = /^([≥≤><]?)([零〇一二两三四五六七八九十百千万点]+)(.*)$/.exec(t);
  if (!count?.[2] || !COUNT_UNIT.test(count[3] ?? '')) return null;
  const n = parseChineseNumber(count[2]);
  return n === null ? null : `${count[1]}${formatNumber(n)}${count[3]}`;
}

/** A number as shown to the user: at most six decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(round6(n));
}

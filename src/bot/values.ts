/**
 * Values as staff type them (issue 10 item 2): 112.12万, 1,196,000元, 一百万, 95%, 九十五分, 138 1234 5678,
 * 2024.6.30 → the number or text the form holds, with the conversion said back to the user.
 */

import { CHINESE_DIGITS, CHINESE_SMALL_UNITS } from '../record/chinese-numerals.ts';

const DIGIT = CHINESE_DIGITS;
const SMALL_UNIT = CHINESE_SMALL_UNITS;
const CN_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿点]+$/;

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

/** A number written in Chinese characters, with 万/亿 and 点: 一百万 → 1000000, 九十五点五 → 95.5; null if not one. */
export function parseChineseNumber(text: string): number | null {
  if (!CN_NUMERAL.test(text)) return null;
  const [whole = '', fraction] = text.split('点');
  let value = 0;
  let rest = whole;
  for (const [unit, size] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const part = cnSection(rest.slice(0, at));
    if (part === null) return null;
    value += (at === 0 ? 1 : part) * size;
    rest = rest.slice(at + 1);
  }
  const tail = cnSection(rest);
  if (tail === null) return null;
  value += tail;
  if (fraction !== undefined) {
    if (fraction === '' || ![...fraction].every((c) => c in DIGIT)) return null;
    value += Number(`0.${[...fraction].map((c) => DIGIT[c]).join('')}`);
  }
  return value;
}

const toHalfWidth = (text: string) => text.normalize('NFKC');
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

const AMOUNT = /^(?:约|大约|共|合计|总计)?(.+?)\s*(亿元|亿|万元|万|千元|元)?(?:左右)?$/;

/** An amount as typed → 万元; null when it is not an amount. A bare number is already in 万元 (the form's unit). */
export function parseAmount(typed: string): Amount | null {
  const t = toHalfWidth(typed)
    .trim()
    .replace(/[。.]$/, '');
  const m = AMOUNT.exec(t);
  if (!m?.[1]) return null;
  const digits = m[1].trim();
  const unit = m[2] ?? '';
  const number = plainNumber(digits);
  if (number === null) return null;
  // A Chinese numeral carries its own 万/亿 ("一百万" is 1 000 000 元) unless a 万 unit follows.
  const cnAbsolute = /^[^\d]*[万亿]/.test(digits) && parseChineseNumber(digits) !== null;
  let wan: number;
  if (unit === '亿元' || unit === '亿') wan = number * 10_000;
  else if (unit === '万元' || unit === '万') wan = number;
  else if (unit === '千元') wan = number / 10;
  else if (unit === '元' || cnAbsolute) wan = number / 10_000;
  else return { wan: number };
  wan = round6(wan);
  const shown = typed.trim();
  return unit === '万元' || unit === '万'
    ? { wan, conversion: `「${shown}」按万元记为 ${formatNumber(wan)}` }
    : { wan, conversion: `「${shown}」= ${formatNumber(wan)} 万元` };
}

/** A score or other plain number: 95, 9.5分, 九十五分, 满分 is not read here (it depends on the row). */
export function parsePlainNumber(typed: string): number | null {
  const t = toHalfWidth(typed)
    .trim()
    .replace(/^(?:得分|得|打|给|填|记)?/, '')
    .replace(/(?:分|点|个)?[。.]?$/, '');
  return plainNumber(t);
}

/** A percentage: 95%, 95％, 百分之九十五, 九十五% → 95. */
export function parsePercent(typed: string): number | null {
  const t = toHalfWidth(typed)
    .trim()
    .replace(/[。.]$/, '');
  const m = /^(?:百分之)(.+)$/.exec(t) ?? /^(.+?)\s*%$/.exec(t) ?? /^([\d.]+)$/.exec(t);
  return m?.[1] ? plainNumber(m[1]) : null;
}

/** Mobile numbers without separators; landlines as 区号-号码; extensions kept. Unchanged when it is neither. */
export function normalisePhone(typed: string): string {
  const t = toHalfWidth(typed).trim();
  const ext = /(?:转|ext\.?|x|-)(\d{1,6})$/i.exec(t.replace(/\s/g, ''));
  const digits = t.replace(/^\+?\s*86[\s-]*(?=1[3-9])/, '').replace(/[\s\-()（）]/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  const landline = /^(0(?:[12]\d|\d{3}))(\d{7,8})$/.exec(digits);
  if (landline) return `${landline[1]}-${landline[2]}`;
  const withExt = ext ? /^(0(?:[12]\d|\d{3}))(\d{7,8})(?:转|ext\.?|x)\d+$/i.exec(digits) : null;
  if (withExt && ext) return `${withExt[1]}-${withExt[2]}转${ext[1]}`;
  return t;
}

/** Dates written with dots, dashes or slashes → 2024年6月30日, inside any text. */
export function normaliseDates(text: string): string {
  return text.replace(
    /(?<!\d)((?:19|20)\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?!\d)/g,
    (_, y: string, mo: string, d: string) => `${y}年${Number(mo)}月${Number(d)}日`,
  );
}

/** A number as shown to the user: at most six decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(round6(n));
}

/**
 * Figures as they are said aloud (voice input, issue 10): the unit after the last digit left out, and a figure said
 * as the asker's guess before the real one is asked.
 *
 * - `spokenAmounts`: 七十九万一 is 79.1万, 两万五 2.5万, 一万零三百六 1.036万 (10360), 三万二千五 3.25万 — after 万, a
 *   lone digit is the thousands (万一 → .1万), and a digit after 千 / 百 is the next unit down (三百六 = 360, never 306;
 *   三百零六 stays 306). Only a numeral before 万, and only ending where a figure ends (a pause, a particle, 元, the end):
 *   万一 as "in case" has no numeral before it, 十万一个 is a count after.
 * - `guessBeforeAsked`: 预算是三百多万吧，具体多少 — the figure said with 吧 (or 左右 / 大概) and then 具体 / 到底 / 准确
 *   多少 asked: the guess is no bound on the projects (it had been read as 300–400 万 and answered with a count); the field
 *   before it is what is asked. Said back in the answer.
 */
import { CHINESE_DIGITS, CHINESE_SMALL_UNITS } from '../record/chinese-numerals.ts';

const DIGIT = '[一二两三四五六七八九]';
const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
/** The part below 万: 一 / 五 / 零三百六 / 三千五 / 二千 (never a unit alone). */
const BELOW = `零?${DIGIT}(?:[千百十](?:零?${DIGIT})?)*[千百十]?`;
const SPOKEN = new RegExp(
  `(?<![\\d零〇一二两三四五六七八九十百千万.])(\\d+|${NUMERAL})万(${BELOW})(?=元|块|$|[\\s，,。？?！!；;吧吗呢啊呀嘛对是的了还]|左右)`,
  'gu',
);

/** 三百六 → 360, 零三百六 → 360, 一 → 1000 (after 万), 三千五 → 3500, 三百零六 → 306. */
function belowWan(text: string): number | null {
  const body = text.replace(/^零/u, '');
  if (new RegExp(`^${DIGIT}$`, 'u').test(body) && !text.startsWith('零')) return CHINESE_DIGITS[body]! * 1000;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  let zero = false;
  for (const c of body) {
    if (c === '零' || c === '〇') {
      zero = true;
      continue;
    }
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c]!;
    else {
      const unit = CHINESE_SMALL_UNITS[c]!;
      if (unit >= lastUnit) return null;
      total += (digit ?? 1) * unit;
      lastUnit = unit;
      digit = null;
      zero = false;
    }
  }
  // A digit left after a unit with no 零 between is the next unit down (三百六 = 三百六十).
  if (digit !== null) total += zero || lastUnit === 10000 ? digit : digit * (lastUnit / 10);
  return total;
}

function numeralValue(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c]!;
    else {
      total += (digit ?? 1) * CHINESE_SMALL_UNITS[c]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

/** 七十九万一 → 79.1万: see the head of this file. */
export function spokenAmounts(text: string): string {
  return text.replace(SPOKEN, (m, whole: string, below: string) => {
    const w = numeralValue(whole);
    const b = belowWan(below);
    if (w === null || b === null || b >= 10000) return m;
    return `${Number((w + b / 10000).toFixed(4))}万`;
  });
}

/** A figure said roughly or exactly, digits or numerals, with its unit and 多 / 来 / 几 / 左右. */
const FIGURE =
  '(?:[\\d.]+|[零〇一二两三四五六七八九十百千几])+(?:多|来|余)?(?:万|千|百)?(?:多|来|余)?(?:元|块钱?|分|%)?(?:左右)?';
const GUESS = new RegExp(
  `(?:(?:是|有|大概|大约|差不多|好像|应该)+)?(${FIGURE})吧[，,\\s]*(?:那)?(?=(?:具体|到底|准确|确切|实际)(?:是|有)?多少)`,
  'gu',
);

/** 预算是三百多万吧具体多少 → 预算具体多少, with what was set aside (said back). */
export function guessBeforeAsked(text: string): { text: string; said: string[] } {
  const said: string[] = [];
  const out = text.replace(GUESS, (m) => {
    said.push(m.trim());
    return '';
  });
  return { text: out, said };
}

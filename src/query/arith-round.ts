/**
 * How a result is to be rounded, said after the question (2023年执行数合计，四舍五入到万位 / 保留两位小数 / 取整 /
 * 精确到千元): a place of money (个位 … 亿位, or a unit: 精确到千元) or a number of decimals. It restricts nothing; the
 * answer gives the exact figure and then the rounded one. A place of money is only read of an amount; said of a
 * rate or a count the question is not understood (arithmetic.ts answers nothing).
 */
import { chineseNumber } from './numbers.ts';

export interface Rounding {
  /** The words as said (四舍五入到万位), to say back. */
  said: string;
  /** The place in 元 (万位 = 10 000), or null when a number of decimals is asked. */
  place: number | null;
  /** Decimals kept when no place is asked. */
  decimals: number;
}

const PLACES: Record<string, number> = {
  个: 1,
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};
/** Units of money as places (精确到千元 = 千位). */

/** Sizes of the units a money result is shown in, in 元. */
const UNIT_SIZE: Record<string, number> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  十万元: 1e5,
  百万元: 1e6,
  千万元: 1e7,
  亿元: 1e8,
};
/** The places a rounding to a unit of money keeps: the units' sizes, 块 / 块钱 being 元. */
const UNIT_PLACES: Record<string, number> = { ...UNIT_SIZE, 块: 1, 块钱: 1 };

const ROUND =
  /[，,；;]?\s*(?:请|麻烦|结果)?(?:按|用)?(?:四舍五入|取整到|取整|保留|精确|舍入|取(?=\d位|[一两二三四]位))(?:一下)?(?:到|至|成)?(?:(个|十|百|千|万|十万|百万|千万|亿)位|(元|块钱|块|千元|万元|十万元|百万元|千万元|亿元)|(\d|[一两二三四])位(?:小数)?|小数点后(\d|[一两二三四])位|(整数|整))?(?:就行|就可以|就好|即可|吧|就行了)?$/u;

/** The rounding asked at the end of the text, and the text without it; null when none is asked. */
export function roundingAsked(text: string): { text: string; rounding: Rounding } | null {
  const m = text.match(ROUND);
  if (!m || m[0].replace(/^[，,；;\s]+/u, '') === '') return null;
  const said = m[0].replace(/^[，,；;\s]+/u, '');
  const count = (s: string) => (/^\d$/u.test(s) ? Number(s) : (chineseNumber(s) ?? 0));
  let rounding: Rounding;
  if (m[1]) rounding = { said, place: PLACES[m[1]]!, decimals: 0 };
  else if (m[2]) rounding = { said, place: UNIT_PLACES[m[2]]!, decimals: 0 };
  else if (m[3] || m[4]) rounding = { said, place: null, decimals: count(m[3] ?? m[4]!) };
  else if (m[5] || /取整/u.test(said)) rounding = { said, place: null, decimals: 0 };
  // 保留 / 精确 alone says nothing of where.
  else if (/四舍五入/u.test(said)) rounding = { said, place: null, decimals: 0 };
  else return null;
  return { text: text.slice(0, m.index).trim(), rounding };
}

/**
 * The decimals to keep of a result shown in `unit`; null when a place of money is asked of a result that is no
 * amount (a rate, a count).
 */
export function decimalsOf(r: Rounding, unit: string): number | null {
  if (r.place === null) return r.decimals;
  const size = UNIT_SIZE[unit];
  if (!size) return null;
  return Math.round(Math.log10(size / r.place));
}

/** n rounded half away from zero to `decimals` places (negative: tens, hundreds…). */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = (Math.sign(n) * Math.round(Math.abs(n) * f)) / f;
  return Object.is(r, -0) ? 0 : Number(r.toFixed(Math.max(0, decimals)));
}

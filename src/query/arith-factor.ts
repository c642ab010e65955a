/**
 * A figure cut or raised by a part of itself, and how many times one figure covers another (arithmetic.ts reads the
 * sides):
 *
 * - 砍掉一成 / 压减20% / 减两成 / 下调百分之十五 → the figure × (1 − p); 涨10% / 上调一成 / 提高百分之五 → × (1 + p);
 *   打八折 / 打八五折 → × 0.8 / 0.85. Built from the verbs of cutting and of raising and the ways a part is said (N成,
 *   N%, 百分之N, 一半), not from sentences. The words are said back with the factor (× 0.9（砍掉一成）).
 * - X够付几年的Y / X够发几次Y / X能付Y几年: the whole times Y goes into X — the quotient rounded down, said with the
 *   exact quotient.
 *
 * Only the cut; which figure each side is (and that it is an amount) is arithmetic.ts's to judge.
 */
import type { Cut } from './arith-shapes.ts';
import { chineseNumber } from './numbers.ts';

const CUT = '(?:砍掉|砍去|砍|削减|削掉|压减|压缩|核减|缩减|减掉|减去|减少|减|降低|降|下调|调减|少给|少拨|少)';
const RAISE = '(?:增加|增长|提高|提升|上调|调增|追加|上涨|涨|多给|多拨|加)';
/** A part said as tenths, a percentage or a half. */
const PART =
  '(?:([一二两三四五六七八九]|\\d)成(半)?|(\\d+(?:\\.\\d+)?)\\s*%|百分之(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百点]+)|(一半|半数))';
const IF = '(?:要是|如果|若是|若|假如|假设|倘若|比如)?';
/** How the question ends: what is left or what it comes to. */
const RESULT_ASK =
  '(?:的话)?[，,]?\\s*(?:那么|那|则|就)?(?:以后|之后|后)?(?:还剩|剩下|还有|剩|就是|变成|成了|会是|能有|就)?(?:是|为|有)?(?:多少|几)?(?:钱|万元|万|元|块钱)?(?:呢|啊)?$';
const SCALE = new RegExp(
  `^(.+?)${IF}(?:再|都|全|统一|一律)?((${CUT}|${RAISE})(?:了)?${PART})${RESULT_ASK}`,
  'u',
);
/** 打八折 / 打八五折 / 打9折 / 打个八折. */
const DISCOUNT = new RegExp(
  `^(.+?)${IF}(?:再|都|全|统一|一律)?(打(?:个)?([一二两三四五六七八九]{1,2}|\\d(?:\\.\\d)?)折)${RESULT_ASK}`,
  'u',
);

const digitOf = (c: string) => '零一二三四五六七八九'.indexOf(c === '两' ? '二' : c);

/** 百分之十五 / 百分之12.5 → 15 / 12.5. */
function percentWords(s: string): number | null {
  if (/^\d/u.test(s)) return Number(s);
  const [whole, part] = s.split('点');
  const n = chineseNumber(whole!);
  if (n === null) return null;
  if (part === undefined) return n;
  const digits = [...part].map(digitOf);
  return digits.every((d) => d >= 0) ? Number(`${n}.${digits.join('')}`) : null;
}

/** The part said, in percent. */
function partOf(m: RegExpMatchArray, at: number): number | null {
  const [tenths, half, pct, words, whole] = [m[at], m[at + 1], m[at + 2], m[at + 3], m[at + 4]];
  if (tenths) {
    const n = /^\d$/u.test(tenths) ? Number(tenths) : digitOf(tenths);
    return n < 0 ? null : n * 10 + (half ? 5 : 0);
  }
  if (pct) return Number(pct);
  if (words) return percentWords(words);
  if (whole) return 50;
  return null;
}

/** The factor as a short decimal (0.9, 1.15). */
const factorText = (f: number) => String(Math.round(f * 1e6) / 1e6);

/** A figure cut or raised by a part of itself: X × (1 ∓ p), the words kept to say back. */
export function scaleCut(text: string): Cut | null {
  const d = text.match(DISCOUNT);
  if (d) {
    const said = d[3]!;
    const tenths = /^\d/u.test(said)
      ? Number(said)
      : said.length === 2
        ? digitOf(said[0]!) + digitOf(said[1]!) / 10
        : digitOf(said);
    if (!(tenths > 0 && tenths < 10)) return null;
    return {
      op: 'times',
      left: d[1]!,
      right: factorText(tenths / 10),
      scale: d[2]!,
    };
  }
  const m = text.match(SCALE);
  if (!m) return null;
  const p = partOf(m, 4);
  if (p === null || p <= 0 || p >= 1000) return null;
  const cut = new RegExp(`^${CUT}$`, 'u').test(m[3]!);
  if (cut && p >= 100) return null;
  return { op: 'times', left: m[1]!, right: factorText(cut ? 1 - p / 100 : 1 + p / 100), scale: m[2]! };
}

/** 够付几年的 / 够发几次 / 能付几个月: the whole times the other figure goes into this one. */
const TIMES_UNIT = '(?:年|次|回|期|个月|月|批|轮|个|份|人)';
const PAY = '(?:付|支付|发|发放|用|开支|拨|拨付|给|覆盖|维持|撑|供|买|补)';
const ENOUGH = '(?:能够|能|可以|足够|够|够得上)';
const COVER_AFTER = new RegExp(
  `^(.+?)[，,]?\\s*(?:一共|总共)?${ENOUGH}${PAY}?(?:几|多少)(${TIMES_UNIT})(?:的)?(.+?)(?:呢|啊|吗)?$`,
  'u',
);
/** X能付Y几年 / X够发Y多少次. */
const COVER_BEFORE = new RegExp(
  `^(.+?)[，,]?\\s*(?:一共|总共)?${ENOUGH}${PAY}(.+?)(?:几|多少)(${TIMES_UNIT})(?:的)?(?:呢|啊|吗)?$`,
  'u',
);

export function coverCut(text: string): Cut | null {
  const after = text.match(COVER_AFTER);
  if (after) return { op: 'ratio', left: after[1]!, right: after[3]!, floor: after[2]! };
  const before = text.match(COVER_BEFORE);
  if (before) return { op: 'ratio', left: before[1]!, right: before[2]!, floor: before[3]! };
  return null;
}

/**
 * 晨光路拆迁那笔钱 / 这笔资金 / X的钱: a project's money said as a noun of money, no field named — the figure is then
 * its 全年预算数 (as money-ask.ts reads 多少钱), said back. The side without those words, and the words.
 */
const MONEY_NOUN = /(?:的|那|这)?(?:一)?(?:笔|项|部分)?(?:钱|资金|款|款项|经费)$/u;
export function moneyNounOf(side: string): { text: string; said: string } | null {
  const m = side.match(MONEY_NOUN);
  if (!m || m.index === 0 || !/(?:笔|钱|款)/u.test(m[0])) return null;
  return { text: side.slice(0, m.index), said: m[0].replace(/^的/u, '') };
}

/**
 * 去掉最大的那一个以后，平均每个多少 / 去掉一个最高、一个最低，再平均 / 最高最低各去一个算平均: the mean of a set with its
 * top or bottom value (or both) left out — how staff take an average that one large project would swamp. One value
 * at each end at most; the figure and the projects are the words before (王丽的项目预算), read by arithmetic.ts.
 */
const LEAVE_OUT = '(?:去掉|去除|除去|刨去|刨掉|扣掉|扣除|拿掉|剔除|排除|不算|不计)';
const END = '(最大|最高|最多|最小|最低|最少)';
const ONE = '(?:的)?(?:那|这)?(?:一|1)?(?:个|项|笔)?(?:项目)?';
const AVERAGE_ASK =
  '(?:以后|之后|后)?[，,]?\\s*(?:再|然后)?(?:算|求|取)?(?:个|一下)?(?:平均|均值)(?:一下|下来)?(?:的话)?[，,]?\\s*(?:每个|每项|每一个|一个)?(?:项目)?(?:是|有|为)?(?:多少|几)?(?:万元|万|元|分|%)?(?:呢|啊)?$';
const TRIM_SHAPES = [
  // 去掉最大的那一个（和最小的那一个）以后，平均每个多少.
  new RegExp(
    `^(.+?)[，,]?\\s*${LEAVE_OUT}${END}${ONE}(?:(?:和|跟|与|、|以及|，|,)${LEAVE_OUT}?${END}${ONE})?${AVERAGE_ASK}`,
    'u',
  ),
  // 去掉一个最高、一个最低 / 去掉一个最大的.
  new RegExp(
    `^(.+?)[，,]?\\s*${LEAVE_OUT}(?:一|1)个${END}(?:的)?(?:值|分)?(?:(?:和|跟|与|、|，|,)${LEAVE_OUT}?(?:一|1)个${END}(?:的)?(?:值|分)?)?${AVERAGE_ASK}`,
    'u',
  ),
  // 最高最低各去一个 / 最大和最小的各去掉一个.
  new RegExp(
    `^(.+?)[，,]?\\s*${END}(?:的)?(?:和|跟|与|、)?${END}(?:的)?各${LEAVE_OUT.replace('(?:', '(?:去|')}(?:一|1)(?:个|项)${AVERAGE_ASK}`,
    'u',
  ),
];
const isTop = (w: string) => /大|高|多/u.test(w);

export interface TrimCut {
  text: string;
  top: number;
  bottom: number;
  said: string;
}

export function trimCut(text: string): TrimCut | null {
  for (const shape of TRIM_SHAPES) {
    const m = text.match(shape);
    if (!m) continue;
    const ends = [m[2], m[3]].filter((e): e is string => !!e);
    const top = ends.filter(isTop).length;
    const bottom = ends.length - top;
    if (top > 1 || bottom > 1) return null;
    const said = text
      .slice(m[1]!.length)
      .replace(/^[，,\s]+/u, '')
      .replace(new RegExp(AVERAGE_ASK, 'u'), '');
    return { text: m[1]!, top, bottom, said };
  }
  return null;
}

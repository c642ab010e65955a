/**
 * Amounts written in the capital numerals of financial documents (壹佰万元, 叁拾伍万, 玖拾伍分): the ordinary numerals,
 * which every reader of figures knows. Only a run of two or more such characters, or one before a unit — 伍 alone is a
 * surname (伍敏) and stays. The characters' table is the one typed values are read with (record/chinese-numerals.ts).
 */
import { fromCapitals } from '../record/chinese-numerals.ts';

const RUN =
  /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億][零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万亿]+|[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟](?=万|亿|元|圆|分|条|个|项|%)/gu;

export function capitalNumerals(text: string): string {
  return text.replace(RUN, fromCapitals).replace(/(?<=[一二三四五六七八九十百千万亿])圆/gu, '元');
}

/**
 * Amounts written in the capital numerals of financial documents (壹佰万元, 叁拾伍万, 玖拾伍分): the ordinary numerals,
 * which every reader of figures knows. Only a run of two or more such characters, or one before a unit — 伍 alone is a
 * surname (伍敏) and stays.
 */
const CAPITAL: Record<string, string> = {
  零: '零',
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  億: '亿',
};
const RUN =
  /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億][零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万亿]+|[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟](?=万|亿|元|圆|分|条|个|项|%)/gu;

export function capitalNumerals(text: string): string {
  return text
    .replace(RUN, (run) => [...run].map((c) => CAPITAL[c] ?? c).join(''))
    .replace(/(?<=[一二三四五六七八九十百千万亿])圆/gu, '元');
}

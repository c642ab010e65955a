/**
 * A field compared with a number said with 比 (总分比九十五分低的项目, 预算比100万多的, 执行率比百分之九十高): the
 * comparison 低于 / 高于 the number, as the lexicon reads it. Only when the direction word follows the number itself;
 * 比95分低多少 / 低出几分 asks for an amount (arithmetic), and 比年初预算多的 compares two fields (lexicon).
 */
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿点]+';
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${NUMERAL}|百分之(?:\\d+(?:\\.\\d+)?|${NUMERAL}))`;
const UNIT = '(?:个百分点|百分点|%|％|分|万元|万块|万|亿元|亿|千元|元|块钱|块)?';
const DIRECTION = '(低|少|小|高|多|大)';
/** Not an amount asked (多少 / 几 / 出 / 了多少) nor a degree (一点 / 一些 / 得多). */
const NOT_ASKED = '(?!多|少|几|出|了?(?:多少|几)|一点|一些|些|点|得多|很多|不少)';
const THAN_NUMBER = new RegExp(`比(${NUMBER}${UNIT})(?:还|要|再|更)?${DIRECTION}${NOT_ASKED}`, 'gu');

export function rewriteThanNumber(text: string): string {
  return text.replace(THAN_NUMBER, (m, number: string, direction: string) =>
    // 比两个多 / 比三项少: a count of something, not a field's value.
    /[个项]$/u.test(number) ? m : `${/[低少小]/u.test(direction) ? '低于' : '高于'}${number}`,
  );
}

/**
 * 哪些项目全年执行数比全年预算数少 / 执行数比预算高？/ 有没有项目年初预算比全年预算大: a field compared with another
 * field by a bare 少 / 多 / 高 / 低 / 大 / 小 that ends the clause. Read as the lexicon's 更少 / 更多 (a condition on each
 * project), never as the amount of the difference: that needs 多少 / 几 after the word (X比Y多多少, arith-shapes.ts),
 * and a word of more or less before a number is the gap's (比预算高出20万以上, parse.ts). Only between two field words:
 * 大红门的预算比潞源多 compares two sets and stays the arithmetic's.
 */
import { anyFieldPattern } from './fields.ts';

const FIELD = `(?:${anyFieldPattern()})`;
/** The end of a clause: punctuation, the end, or a particle of asking or tone. */
const CLAUSE_END = '(?=$|[，,。；;？?！!\\s]|[吗呢吧啊呀嘛])';

const BARE_MORE = new RegExp(
  `(${FIELD}(?:的)?比${FIELD})(?:还|要|更)?[多高大](?:了|一些|一点)?${CLAUSE_END}`,
  'gu',
);
const BARE_LESS = new RegExp(
  `(${FIELD}(?:的)?比${FIELD})(?:还|要|更)?[少低小](?:了|一些|一点)?${CLAUSE_END}`,
  'gu',
);

export function rewriteBareThan(text: string): string {
  return text.replace(BARE_MORE, '$1更多').replace(BARE_LESS, '$1更少');
}

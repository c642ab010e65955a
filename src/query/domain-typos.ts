/**
 * The form's own words typed with a homophone (只标 for 指标, 偏插原因 for 偏差原因, 年处 for 年初, 电画 for 电话), read
 * as the word before any reader sees the message: the readers of rows, cells and checks key on the words as printed on
 * the form, and the tokenizer's own correction (tokens.ts) comes after them — 聘用统计调查员那条只标值多少 had been
 * "not understood". Every character must sound as the word's does; the typed characters must be no word of general
 * Chinese; a two-character word is never read in 纸表 / 分之 shapes (a paper form, a fraction). What was read so is
 * said with the answer (never a silent guess).
 */
import type { Reply } from '../bot/messages.ts';
import { isGeneralWord } from './harmless.ts';
import { syllables } from './similar.ts';

/** The printed words the readers of the raw text key on, longest first. */
const WORDS = [
  '实际完成值',
  '偏差原因',
  '年初预算',
  '全年预算',
  '联系电话',
  '指标值',
  '完成值',
  '满意度',
  '执行率',
  '执行数',
  '指标',
  '偏差',
  '年初',
  '电话',
];
const SOUNDS = WORDS.map((word) => ({ word, sounds: syllables(word) }));

/** Two typed characters that are something else: a paper form (纸表), a fraction (之), a word of "only" before 表. */
const PAIR_NOT_TYPO = /表$|之/u;

/** What follows a cell's name: a pause or the end, or a word asking or saying what it holds. */
const AFTER_WORD =
  /^(?:$|[\s，,。.？?！!、；;：:）)]|是|为|有|多少|几|的|呢|吗|写|填|栏|那|号|都|也|没|不|和|跟|与|或|里|中|一|多|少|高|低|比|大|小)/u;

/** Words of "only", "directly", "after" that a last character typed begins with the next (指标只有1条, 指标直接). */
const WORD_WITH_NEXT =
  /^(?:只有|只是|只要|只能|只需|只剩|只占|直接|之后|之前|之内|之外|之间|之中|值得|至少|知道)/u;

export interface TyposRead {
  text: string;
  said: Array<[typed: string, word: string]>;
}

export function domainTypos(text: string): TyposRead {
  const said: Array<[string, string]> = [];
  if (!/\p{Script=Han}/u.test(text)) return { text, said };
  const sounds = syllables(text);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const found = SOUNDS.find(({ word, sounds: s }) => {
      const typed = text.slice(i, i + word.length);
      if (typed.length !== word.length || typed === word || !/^\p{Script=Han}+$/u.test(typed)) return false;
      if (s.some((syllable, j) => sounds[i + j] !== syllable)) return false;
      if (isGeneralWord(typed) || (word.length === 2 && PAIR_NOT_TYPO.test(typed))) return false;
      // (指标直接 / 指标只有1条: the last character typed differently may begin a word with the next one — 直接,
      // 只有 —, so only before a pause or a word that follows a cell's name, and no such word, is it the word's own)
      return (
        typed.at(-1) === word.at(-1) ||
        (AFTER_WORD.test(text.slice(i + word.length)) &&
          !WORD_WITH_NEXT.test(text.slice(i + word.length - 1)) &&
          !isGeneralWord(text.slice(i + word.length - 1, i + word.length + 1)))
      );
    });
    if (!found) {
      out += text[i]!;
      i++;
      continue;
    }
    said.push([text.slice(i, i + found.word.length), found.word]);
    out += found.word;
    i += found.word.length;
  }
  return { text: out, said };
}

/** The answer, with the words read as the form's said after its first reply's text. */
export function withTyposSaid(replies: Reply | Reply[], said: TyposRead['said']): Reply | Reply[] {
  if (!said.length) return replies;
  const note = `（${said.map(([typed, word]) => `「${typed}」按「${word}」理解`).join('，')}）`;
  const list = [replies].flat();
  const [first, ...rest] = list;
  if (!first || (first.text ?? '').includes(note)) return replies;
  const out = [{ ...first, text: `${first.text ?? ''}\n${note}` }, ...rest];
  return Array.isArray(replies) ? out : out[0]!;
}

/**
 * What quick typing changes without changing the question, undone on the message before anything reads it (the
 * question hook in answer.ts): a space typed beside a figure (全年预算 300 万元以上, 排第 4 的, 扣了 1 分), 得 typed for
 * 的 (de-typed.ts) and the other nouns of the projects, 事项 and the measure word 项 (project-nouns.ts), a question typed
 * in Cantonese or Sichuanese said in Mandarin (cantonese-words.ts, sichuanese-words.ts), a company's accounting words
 * said as the form's (accounting-words.ts), an amount asked in k (多少k: 千元), a difference or a unit said
 * in other words (差了多少, 折合多少元: arith-words.ts), the survey said not done in the cell's words (满意度指标填写为“未做”),
 * a field typed by its pinyin initials (ys, zxl), chat slang (木有: net-slang.ts).
 * Every reader
 * — the parser, arithmetic, rankings, follow-ups — then sees the question as if typed plainly.
 */
import { accountingAsFormWords } from './accounting-words.ts';
import { plainDifferenceWords } from './arith-words.ts';
import { cantoneseAsMandarin } from './cantonese-words.ts';
import { changeSaidAgain } from './change-words.ts';
import { surveyNotDoneSaid } from './colloquial-words.ts';
import { deTypedAsDe } from './de-typed.ts';
import { figureSaidTwice } from './figure-twice.ts';
import { netSlangAsWords } from './net-slang.ts';
import { projectNouns } from './project-nouns.ts';
import { expandSharedHeads } from './shared-head.ts';
import { sichuaneseAsMandarin } from './sichuanese-words.ts';

/** A space between a figure and the Chinese beside it; a pause between words stays where no figure stands, and
 * before a year (最低的 2023年项目: the year starts a phrase of its own, it is no count of the superlative). */
const SPACE_BESIDE_FIGURE =
  /(?<=\d%?)[ \t\u3000]+(?=\p{Script=Han})|(?<=\p{Script=Han})[ \t\u3000]+(?=\d)(?!\d*\s*年)/gu;

/** 满意度指标分值 得分各多少: two cells of a row with a pause between them are listed, as with 和. */
const ROW_CELL = '分值|得分|年度指标值|指标值|目标值|实际完成值|完成值|实际值|偏差原因';
const CELLS_PAUSED = new RegExp(`(${ROW_CELL})[ \\t\u3000]+(?=(?:${ROW_CELL}))`, 'gu');

/**
 * X还有那个Y两个加起来多少: a count right before the verb of adding up restates the projects just named — said as 这两个,
 * which every reader takes as pointing, with the count checked against the projects found (count-said.ts). Not after 的
 * or 前 (预算最多的两个加起来: the ranking's first N).
 */
const COUNT_ADDED_UP =
  /(?<![这那几前的\d两二三四五六七八九十])([两二三四五六七八九]|\d)个(?=(?:项目)?(?:都)?(?:加起来|加在一起|加一起|加到一起|合起来|一共|总共|合计))/gu;

/** 全年预算多少k啊: an amount asked in thousands of yuan as typed on a phone, asked so before the computation reads it. */
const ASKED_IN_K = /(多少|几)\s*[kK](?![a-zA-Z])/gu;

/**
 * The words of another register said as the form's (Cantonese, Sichuanese, a company's accounting words) and the budget's
 * change said again taken off: read on the whole message (answer.ts) and again on each of its asks, as they arrive.
 */
export function othersWordsAsForm(message: string): string {
  return changeSaidAgain(
    accountingAsFormWords(sichuaneseAsMandarin(cantoneseAsMandarin(netSlangAsWords(message)))),
  );
}

/** 经济大脑ys多少 / zxl最低的: a field typed by its pinyin initials on a phone, beside Chinese (never inside a word). */
const PINYIN_INITIALS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![A-Za-z])zxl(?![A-Za-z])/giu, '执行率'],
  [/(?<![A-Za-z])zxs(?![A-Za-z])/giu, '执行数'],
  [/(?<![A-Za-z])ys(?![A-Za-z])/giu, '预算'],
  [/(?<![A-Za-z])fzr(?![A-Za-z])/giu, '负责人'],
];
const initialsAsWords = (text: string) =>
  PINYIN_INITIALS.reduce((t, [initials, word]) => t.replace(initials, word), text);

/** “2023年第三批‘小微项目惠民生’资金”: quotes inside a name typed as single ones — the forms write them “ ” (read as the
 * name's end, the name had been matched loosely to its sister projects). */
const SINGLE_QUOTED = /‘(\p{Script=Han}[^‘’“”]{0,20})’/gu;

export function looseTyping(message: string): string {
  const typed = initialsAsWords(othersWordsAsForm(message))
    .replace(SINGLE_QUOTED, '“$1”')
    .replace(SPACE_BESIDE_FIGURE, '')
    .replace(CELLS_PAUSED, '$1和')
    .replace(COUNT_ADDED_UP, '这$1个')
    .replace(ASKED_IN_K, '$1千元');
  // 年初和全年预算差多少: two field names sharing their head, said whole for every reader (the arithmetic reader had cut
  // the question at 和 into 年初 and 全年预算)
  return figureSaidTwice(
    expandSharedHeads(surveyNotDoneSaid(plainDifferenceWords(projectNouns(deTypedAsDe(typed))))),
  );
}

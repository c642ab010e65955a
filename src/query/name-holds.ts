/**
 * 项目名称里带“培训”的 / 名字中包含补贴的有几个 / 标题带党建的: words the project's name is said to hold become that
 * condition (the stored name contains the words), whether or not some stored name holds them: none → the empty list
 * with the echo 项目名称含「培训」; some → those projects. (Left to the ordinary reading, words that are also a place —
 * 名字里有社区的 — were read as an office's name, or not at all.)
 *
 * Never widening: only right after the project's name's label (项目名称, or 名字 starting the clause — 负责人名字里带王 is
 * a person's) and a verb of holding; words about how a name is written
 * (错别字, 空格, 数字, 英文, 括号) are a question about the writing, not words to look for, and are left to the rest.
 */
import { nameKey, namesContaining } from './names.ts';
import type { LeafFilter } from './query.ts';

type NameHolds = Extract<LeafFilter, { type: 'name' }>;

const HOLDS =
  /(?:项目|(?<=^|\P{Script=Han}|[查找看问列搜]|[查找看问列搜]一?下))(?:名称|名字|题目|标题)(?:里面|里头|里|中间|当中|中)?(?:带有|带着|带|包含|包括|含有|含|有)\s*[“"「『‘']?(\p{Script=Han}{2,10}?)(?<!的)[”"」』’']?(?:这?(?:两|三|四|几|2|3|4)个字|字样)?(?=的|[，,。？?！!；;\s]|项目|有|$)/gu;
/** Above this many names holding the words, the condition is the words (LIKE), not the list of names. */
const MAX_LISTED = 500;

/** Words that say how a name is written, not what it says. */
const ABOUT_WRITING = /字|空格|括号|标点|符号|英文|字母|数字|年份|错|重复|特殊|什么|啥|哪/u;

/** The question with each name-holds phrase whose words no stored name holds taken out, and the conditions. */
export function readNameHolds(text: string, projectNames: string[]): { text: string; filters: NameHolds[] } {
  const filters: NameHolds[] = [];
  const out = text.replace(HOLDS, (whole, words: string) => {
    if (ABOUT_WRITING.test(words)) return whole;
    const key = nameKey(words);
    if (key.length < 2) return whole;
    // The names holding the words, when few enough to list (the condition is then read on the indexed name column);
    // else the words themselves (LIKE).
    const held = namesContaining(projectNames, key);
    filters.push({
      type: 'name',
      field: 'projectName',
      term: words,
      ...(held.length && held.length <= MAX_LISTED ? { values: held } : {}),
    });
    return ' ';
  });
  return { text: out, filters };
}

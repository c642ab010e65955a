/**
 * Yes/no questions (是不是 / 有没有 / 是否 / …吗 / 填了没有): answered 是 or 否 with the evidence, never with a bare
 * list. Two kinds:
 * - about named projects (X的联系电话填了没有, X的执行率是不是低于90%, X有没有填总分): each project named is looked up
 *   with the fields the condition reads, and said to meet the condition or not;
 * - about the portfolio (有没有总分低于60的项目): 有 (how many) or 没有, then the list as usual.
 * The tails that only ask (填了没有 → 填了, 有没有填 → 已填, 是不是空的 → 空的) are rewritten before the question is
 * split into words, so that 没有 in 填了没有 is no "empty" and 有没有填X is no "X not filled".
 */
import type { Filter, PortfolioQuery } from './query.ts';

const ENTER = '(?:填写|填报|填|写|录入|录)';
// A pause of voice input (a space between two clauses: 钱花完了没有 执行率多少) ends a clause too.
const END = '(?=\\s*[?？。!！~～]*\\s*$|\\s*[,，;；]|\\s+(?=\\p{Script=Han}))';

/** [pattern, replacement]: the asking tail as a plain statement. */
const TAILS: Array<[RegExp, string]> = [
  // 填没填 / 写没写 / 填了没填
  [new RegExp(`(${ENTER})了?没\\1`, 'gu'), '$1了'],
  // 填了没有 / 写上了没 / 填过没有 / 填了吗 / 填上了吧
  [new RegExp(`(${ENTER})(上)?(了|过)(?:没有|没|吗|么|吧|没呢)${END}`, 'gu'), '$1$2$3'],
  // 有没有填 / 是否填写 / 有无填写 → 已填
  [new RegExp(`(?:有没有|是否|是不是|有无)(?:已经|已)?(?=${ENTER})`, 'gu'), '已'],
  // 有被扣分的没有 / 潞源有执行率低于90%的项目没 → 有没有…: the 有 asked, its 没有 said at the end (not 还有 / 所有 / 没有,
  // nor a clause that asks something else: 有哪些没有).
  [
    new RegExp(
      `(?<![没还所拥具只含])有(?!没有)((?:(?!几|多少|哪|谁|什么|没有)[^，,。；;？?！!]){1,30}?)(?:没有|没)${END}`,
      'gu',
    ),
    '有没有$1',
  ],
  // 加起来超过1000万没有 / 执行率到95%了没 / 总分过90了没有: a bound, then its 没有 asked at the end (→ 吗).
  [
    new RegExp(
      `((?:超过|超出|高于|低于|少于|多于|达到|到|过|突破|不到|够)[^，,。；;？?！!]{0,12}?(?:\\d|[一二三四五六七八九十百千万亿])(?:[^，,。；;？?！!没]{0,3}?))了?(?:没有|没)${END}`,
      'gu',
    ),
    '$1吗',
  ],
  // 满意度调查做了没 / 满意度调查搞了吗 / 做没做满意度调查: whether the survey was done, asked as 有没有做 (the survey is
  // the one thing done that a form records)
  // — said as done, asked (做了满意度调查吗; 开展 / 搞 / 进行 are 做): 有没有做 read 没 as the survey not done, and 是 / 否 answered the opposite
  // of what was asked (法律顾问有没有做满意度调查 → 否, meaning it was done).
  [new RegExp(`(满意度调查)(?:都)?(做|搞|开展|进行)(?:了|过)?(?:没有|没|吗|么)${END}`, 'gu'), '做了$1吗'],
  [/(做|搞|开展|进行)(?:了)?没\1(?:过)?(满意度调查)/gu, '做了$2吗'],
  [
    /(?:有没有|是否|是不是|有无)(?:已经|已)?(做|搞|开展|进行|组织)(?:了|过)?(满意度(?:调查|测评)|问卷调查)/gu,
    '做了满意度调查吗',
  ],
  // 钱花完了没有 / 整改完了没 / 用光没有: a verb of finishing, then its 没有 asked (no 没有 of an empty cell).
  // (钱花完了 is already the condition 全年执行数不低于全年预算数 here: derived-words.ts.)
  [new RegExp(`(完|光|掉|干净|全年执行数不低于全年预算数)(了)?(?:没有|没)${END}`, 'gu'), '$1$2'],
  // 预算七十九万一 对吗 / 花了225万对吧 / 是331万是吧: a figure said, then confirmation asked — the figure asked yes or no.
  [
    new RegExp(`\\s*[，,]?\\s*(?:对吧|对吗|对么|对不对|对不|是吧|是吗|没错吧|没错吗|没说错吧)${END}`, 'gu'),
    '吗',
  ],
  // 是不是空的 / 是否为空 / 是不是没填
  [/(?:是不是|是否)(?=空|为空|没|未|漏)/gu, ''],
  // 空着吗 / 是空的吗 / 空白吗
  [new RegExp(`(空着|空的|为空|空白|留空)(?:吗|么|吧|呢)${END}`, 'gu'), '$1'],
];

/** Words that make a question a yes/no question (么 as 吗, not the 么 of 什么 / 怎么 / 这么). */
const ASKS_YES_NO =
  /是不是|是否|有没有|有无|(?:吗|(?<![什怎这那多要])么)\s*[?？]?\s*$|\bis there\b|\bare there\b|\bdoes\b|\bdo any\b/iu;

export interface YesNoReading {
  text: string;
  yesNo: boolean;
  /** 是不是都… / 全都…了吗 / 是否全部…: asked of every project in scope, answered 是 or 否 with the exceptions. */
  all?: boolean;
}

/** 全都 / 全部都 / 是不是全 / 统统 / 一律 / 无一例外: "all of them" (全 alone before a verb, never 全年). */
const ALL_WORDS: Array<[RegExp, string]> = [
  [/全部都|全都|统统都?|一律都?|无一例外地?都?|通通都?/gu, '都'],
  [/(是不是|是否)全(?:部)?(?![年额年度])/gu, '$1都'],
];
/** Asking whether some exist (有没有, 哪些, 几个) is no "all" question, whatever 都 says. */
const ASKS_WHICH = /有没有|有无|是否有|有哪些|哪些|哪个|哪几|几个|多少|列出|名单/u;

/** Rewrites the asking tails of a normalised question and says whether it asks yes or no. */
export function readYesNo(text: string): YesNoReading {
  let out = text;
  let yesNo = ASKS_YES_NO.test(text);
  for (const [re, to] of TAILS) {
    const next = out.replace(re, to);
    if (next !== out) yesNo = true;
    out = next;
  }
  for (const [re, to] of ALL_WORDS) out = out.replace(re, to);
  const all = yesNo && /都/u.test(out) && !ASKS_WHICH.test(out);
  return { text: out, yesNo, ...(all ? { all } : {}) };
}

/** A filter that says which projects are meant (a project's name, a year), not what is asked of them. */
// (a project said as left out — 他还负责别的项目吗: not that one — names none to look up; it had looked up every other)
const identifies = (f: Filter) =>
  (f.type === 'name' && f.field === 'projectName' && !f.starts && !f.negate) ||
  (f.type === 'compare' && f.field === 'year' && f.op === '=');

/**
 * A yes/no question about named projects: the lookup (the projects, with the fields the condition reads) and the
 * conditions asked. Null when no project is named or nothing is asked of it (then it is a question about the
 * portfolio: 有 / 没有).
 */
export function splitYesNo(
  query: PortfolioQuery,
  shown: (q: PortfolioQuery) => string[],
): { lookup: PortfolioQuery; conditions: Filter[] } | null {
  if (query.measures?.length || query.groupBy || query.order) return null;
  const named = query.filters.filter(identifies);
  const conditions = query.filters.filter((f) => !identifies(f));
  if (!named.some((f) => f.type === 'name') || conditions.length === 0) return null;
  // The fields the condition reads are shown, so the answer carries its evidence.
  const fields = shown({ filters: conditions });
  const select = [...new Set([...(query.select ?? []), ...fields])] as PortfolioQuery['select'];
  return { lookup: { filters: named, select }, conditions };
}

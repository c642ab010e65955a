/** Splits a question into meaningful tokens (lexicon.ts) and free runs of text (names, or words not understood). */

import { pinyin } from 'pinyin-pro';
import { plainAskingShortcuts, plainPronouns, satisfactionAddedUp } from './colloquial-words.ts';
import { COMMON_NOUNS } from './common-nouns.ts';
import { englishOfficeNames } from './english-orgs.ts';
import { TRADITIONAL } from './general-words.ts';
import { isGeneralWord } from './harmless.ts';
import { LEXICON, type LexEntry, type Token } from './lexicon.ts';
import { digitsForNumerals, englishNumbers } from './numbers.ts';
import { pinyinFieldWords } from './pinyin-fields.ts';
import type { Op } from './query.ts';
import { withoutScopeCount } from './scope-count.ts';
import { syllables } from './similar.ts';
import { guessBeforeAsked, spokenAmounts } from './spoken-figures.ts';
import { plainAsking } from './spoken-shapes.ts';

export interface Span {
  /** The question's text this token stands for. */
  text: string;
  start: number;
  tokens: Token[];
  /** Text the lexicon does not know: a name to resolve against the store, or a word not understood. */
  free?: boolean;
  /** Read as a lexicon word with a typo (满意读 → 满意度). */
  corrected?: string;
}

/** English nouns written right after a Chinese word are its head noun: 满意度 indicator = 满意度指标. */
const HEAD_NOUNS: Record<string, string> = {
  indicator: '指标',
  indicators: '指标',
  survey: '调查',
  score: '得分',
  weight: '分值',
  reason: '原因',
  reasons: '原因',
};

/** Traditional characters as their simplified form (總分沒填的項目 = 总分没填的项目); general-words.ts. */
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) SIMPLIFIED.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

/** The message in simplified characters (its traditional ones mapped by the table; every other character kept). */
export function simplifiedCharacters(text: string): string {
  return particleOfTraditional(text.normalize('NFKC')).replace(
    /\p{Script=Han}/gu,
    (c) => SIMPLIFIED.get(c) ?? c,
  );
}

/**
 * 著 is a simplified character too (著名, 显著), so the table leaves it; in a question typed in traditional characters
 * it is most often the particle 着 (空著, 写著).
 */
function particleOfTraditional(question: string): string {
  if (![...question].some((c) => SIMPLIFIED.has(c))) return question;
  return question.replace(/(?<![显土])著(?![名作称述者])/gu, '着');
}

/**
 * 2020、2023两个年度 / 2021年和2022年这两年: the count after a list of years says again how many were listed — no
 * count asked, no condition; dropped when it is the number of years listed (any other number stays and is reported).
 */
function withoutRestatedCount(text: string): string {
  return text.replace(
    /((?:20\d{2}(?:年度|年)?\s*[、,，和与及跟]\s*)+20\d{2}(?:年度|年)?)\s*(?:这|那)?\s*(\d+|[两二三四五六七八九])\s*个?(年度|年份|年)/gu,
    (m, list: string, n: string, word: string) =>
      list.match(/20\d{2}/gu)?.length === (SMALL_NUMERALS.indexOf(n) + 1 || Number(n))
        ? `${list}${/年/u.test(list.slice(-1)) ? '' : word}`
        : m,
  );
}
const SMALL_NUMERALS = ['一', '两', '三', '四', '五', '六', '七', '八', '九'];

export function normalise(question: string): string {
  const plain = plainAskingShortcuts(plainPronouns(simplifiedCharacters(question)))
    // Typographic apostrophes: didn’t = didn't.
    .replace(/[‘’]/g, "'")
    // 😂 / 😄 in a chat message: a pause between words, never part of a name or a condition.
    .replace(/\p{Extended_Pictographic}/gu, ' ')
    // zhixinglv / fuzeren: a field's word left in pinyin by a phone keyboard (pinyin-fields.ts).
    .replace(/[a-z]{3,}/giu, (w) => pinyinFieldWords(w))
    // [捂脸] / [微笑] / [OK]: WeChat's and DingTalk's stickers as their text codes, the same pause.
    .replace(/\[(?:\p{Script=Han}{1,4}|[A-Za-z]{1,8})\]/gu, ' ')
    // 有几条指表: 指标 typed by its sound (no word of its own), which the readers of rows look for before the
    // tokenizer corrects a word — not where the label is said misspelt so on the form (效益指表写错了的项目).
    .replace(/指表(?![^，,。？?]{0,4}(?:写错|写成|错了|错字|错别字|笔误|有误|不对))/gu, '指标')
    // 哪一条绩效指标扣了分 / 各项绩效指标分值 (colloquial-words.ts)
    .replace(/绩效指标/gu, '指标')
    // 二级指标为时效指标的 / 一级指标中没有“效益指标”: the level said before the kind named says nothing more (the kind is
    // read at every level it is written in).
    .replace(
      /(?:一级|二级|三级)指标(?:栏|列)?(?:(?:中|里|里面|当中)(?=(?:没有|缺少|缺)[“"「]?(?:产出|效益|满意度)指标)|(?:为|是|属于)(?=(?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|服务对象满意度)(?:类)?指标))/gu,
      '',
    )
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    // @小助手 潞源…: who a group-chat message is addressed to, typed before it.
    .replace(/^(?:[@＠][^\s@＠]{1,20}\s+)+/u, '')
    .replace(
      /(\p{Script=Han})\s*(indicators?|survey|score|weight|reasons?)\b/gu,
      (_, han: string, noun: string) => `${han}${HEAD_NOUNS[noun]}`,
    )
    // the 3 projects of 河门口 with the lowest 总分 / the 3 lowest: the number said with the end of the ranking, as
    // "the lowest 3" is read.
    .replace(
      /\bthe (\d{1,3}) (projects?\b.*?\bwith (?:the )?)(lowest|highest|smallest|largest|biggest|least|most)\b/gu,
      'the $2$3 $1',
    )
    .replace(/\bthe (\d{1,3}) (lowest|highest|smallest|largest|biggest)\b/gu, 'the $2 $1')
    // 双井 street / 潞源 subdistrict / 河门口 street office: the kind of place said in English after its Chinese name.
    .replace(
      /(\p{Script=Han})\s*(?:sub-?districts?|streets?)(\s+offices?)?\b/gu,
      (_m, han: string, office?: string) => (office ? `${han}街道办事处` : `${han}街道`),
    );
  // 河门口9个项目的…: a count restating the scope, checked against the projects found (count-said.ts).
  return withoutScopeCount(
    withoutRestatedCount(
      // 七十九万一 / 三百多万吧，具体多少: figures as said aloud (spoken-figures.ts).
      // 满意度指标加起来超过十分: the satisfaction rows' 分值 summed (colloquial-words.ts).
      satisfactionAddedUp(
        digitsForNumerals(
          spokenAmounts(guessBeforeAsked(englishNumbers(englishOfficeNames(plainAsking(plain)))).text),
        ),
      ),
    )
      // 总分分别多少 / 执行率各自是多少 / 执行数 各多少: a field's value of each project, as 各是多少 (分别有多少个项目 stays a count).
      .replace(/(?<=[分率额数算值])\s*(?:分别|各自|各)(?:是|为)?多少(?![个项家份张])/gu, '各是多少')
      // 年份2023，地点潞源——符合条件的项目 / 满足以上条件的: the conditions said before, pointed back at (不符合 stays).
      .replace(
        /(?<!不)(?:符合|满足)(?:以上|上述|这些|前面|上面)?(?:的)?条件的|(?<=^|[，,。；;！!—\s])(?:符合|满足)(?:以上|上述|这些)?的(?=项目)/gu,
        '',
      )
      // 那两个项目 / 这几个 / 那几张表: pointing at projects (forms are counted in 张 and 份), not a count.
      .replace(/([那这])(\d+|几)(个|项|张|份|笔)/gu, '$1些')
      // 区级资金那笔城乡基层…经费 / 这笔统计所经费: one project's money pointed at in 笔, as 那个 (这笔钱 stays money).
      .replace(/([那这])(?:一)?笔(?![钱款账帐]|资金|经费)/gu, '$1个')
      // 李哲那两批小微项目: projects of batches pointed at, one project a batch (the count checked like 那两个).
      .replace(/([那这])(\d+|几|[两二三四五六七八九])批(?=[^，,。；;？?！!]{0,12}?项目)/gu, '$1些')
      // 抽总分最低的5个项目，告诉我是哪5个: which of the N said before, pointing back — not a second count.
      .replace(/(?<=(\d+)\s*(?:个|项)[\s\S]*?)哪\s*\1\s*(?:个|项)/gu, '哪些')
      // 这仨 / 那俩: the same pointing, the count said in one word (仨 = 三个, 俩 = 两个).
      .replace(/([那这])(?:仨|俩)(?:个|项(?!目))?/gu, '$1些'),
  );
}

const NUMBER =
  /^(\d+(?:,\d{3})*(?:\.\d+)?)\s*(%|percent|分|points?|万元|万|元|个|项(?!目)|名|位|年度|年|projects?\b|items?\b|[张份笔](?=表|项目|的|[，,。？?！!；;\s]|$))?/;
/**
 * English counted nouns are the Chinese measure words: 5 projects = 5个. A form is counted in 张 / 份 and a project's
 * money in 笔 (预算最大的三张, 那三笔): counts of projects too.
 */
const UNIT_OF: Record<string, string> = {
  project: '个',
  projects: '个',
  item: '个',
  items: '个',
  张: '个',
  份: '个',
  笔: '个',
};
const RELATIVE_YEAR: Record<string, number> = {
  今年: 0,
  本年: 0,
  本年度: 0,
  去年: -1,
  上年: -1,
  上年度: -1,
  上一年: -1,
  前年: -2,
};
/** The lexicon's words that begin with a year word (上年结转全年预算数): read whole, before the year. */
const YEAR_HEADED_WORDS = LEXICON.map((e) => e.word).filter(
  (w) => w.length > 3 && Object.keys(RELATIVE_YEAR).some((y) => w.startsWith(y)),
);
/** Times before or after now said with 上 / 下 (上周, 上上周, 下个月, 上次, 下午); 上年 is a year (above). */
const ASKING_TIME = /^(?:上上|下下|上|下)(?:个)?(?:周|星期|礼拜|月|回|次|午|旬|半月|半天)/u;
const GRADE_CHAR = /^(优秀|良好|中等|优|良|中|差)/;
const GRADE_OF: Record<string, '优' | '良' | '中' | '差'> = {
  优秀: '优',
  良好: '良',
  中等: '中',
  优: '优',
  良: '良',
  中: '中',
  差: '差',
};

/** Latin words must stand alone: "over" is not the start of "overall". */
const wordEnds = (text: string, end: number) =>
  !/[a-z]/.test(text[end] ?? '') || !/[a-z]$/.test(text.slice(0, end));

/** Single English words of the lexicon, for their plural forms. */
const LATIN_WORDS = new Map(LEXICON.filter((e) => /^[a-z]+$/.test(e.word)).map((e) => [e.word, e]));

/** An English plural of a lexicon word (rates, deviations, budgets, penalties) read as the word. */
function pluralAt(text: string, i: number): LexEntry | null {
  if (/[a-z]/.test(text[i - 1] ?? '')) return null;
  const word = /^[a-z]+/.exec(text.slice(i))?.[0];
  if (!word || word.length < 4 || !word.endsWith('s')) return null;
  const stems = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`];
  const stem = stems.find((w) => LATIN_WORDS.has(w) && w.length >= 3);
  return stem ? { word, tokens: LATIN_WORDS.get(stem)!.tokens } : null;
}

/** The lexicon's words by their first character, each list in the lexicon's order (longest first). */
const LEXICON_BY_FIRST = new Map<string, LexEntry[]>();
for (const entry of LEXICON) {
  const first = entry.word[0] ?? '';
  const list = LEXICON_BY_FIRST.get(first);
  if (list) list.push(entry);
  else LEXICON_BY_FIRST.set(first, [entry]);
}

/** Every lexicon word that starts at `i`, longest first. */
function lexiconAllAt(text: string, i: number): LexEntry[] {
  const out: LexEntry[] = [];
  // only the words of the character there: the whole lexicon tested at every place was most of a question's reading
  for (const entry of LEXICON_BY_FIRST.get(text[i] ?? '') ?? []) {
    if (!text.startsWith(entry.word, i)) continue;
    const latin = /^[a-z]/.test(entry.word);
    if (latin && /[a-z]/.test(text[i - 1] ?? '')) continue;
    const end = i + entry.word.length;
    if (wordEnds(text, end)) out.push(entry);
    // English phrases in the plural: annual budgets, deviation reasons.
    else if (latin && entry.word.includes(' ') && text[end] === 's' && wordEnds(text, end + 1))
      out.push({ word: `${entry.word}s`, tokens: entry.tokens });
  }
  const plural = out.length ? null : pluralAt(text, i);
  return plural ? [plural] : out;
}

function lexiconAt(text: string, i: number): LexEntry | null {
  return lexiconAllAt(text, i)[0] ?? null;
}

/**
 * The word at `i` by maximum matching with one word of lookahead (as MMSEG does): the longest word, unless it leaves
 * a Chinese character no word starts with while a shorter word is followed by one that reaches further — 项目名单
 * is 项目 + 名单, not 项目名 + 单.
 */
function bestWordAt(text: string, i: number): LexEntry | null {
  const all = lexiconAllAt(text, i);
  const longest = all[0];
  if (!longest || all.length < 2) return longest ?? null;
  const end = i + longest.word.length;
  if (!/^\p{Script=Han}/u.test(text.slice(end, end + 1)) || lexiconAt(text, end)) return longest;
  let best: LexEntry = longest;
  let reach = end;
  for (const shorter of all.slice(1)) {
    const next = lexiconAt(text, i + shorter.word.length);
    const to = i + shorter.word.length + (next?.word.length ?? 0);
    if (next && to > reach) {
      best = shorter;
      reach = to;
    }
  }
  return best;
}

/**
 * A word of asking that runs into a time said with 上 / 下 (说下午三点前, 查下周的: 说下 + 午 would leave 午三点前)
 * yields to it: the shorter word that ends where the time begins.
 */
function beforeTime(text: string, i: number, entry: LexEntry | null): LexEntry | null {
  if (!entry?.tokens.every((t) => t.k === 'filler')) return entry;
  for (let k = entry.word.length - 1; k >= 1; k--) {
    if (!ASKING_TIME.test(text.slice(i + k))) continue;
    // The head of a filler word is a filler too (说 of 说下).
    return lexiconAllAt(text, i).find((e) => e.word.length === k) ?? { ...entry, word: text.slice(i, i + k) };
  }
  return entry;
}

/** Lexicon words typed with a homophone (满意读, 执行律; two-character words only with their first character right:
 * 总份, 最底), by their first syllable. */
const SOUND_WORDS = new Map<string, LexEntry[]>();
for (const entry of LEXICON) {
  if (!/^\p{Script=Han}{2,}$/u.test(entry.word)) continue;
  const first = syllables(entry.word)[0]!;
  SOUND_WORDS.set(first, [...(SOUND_WORDS.get(first) ?? []), entry]);
}

/**
 * A two-character word with its first character mistyped (底于 for 低于, 纵分 for 总分) is read as the lexicon word
 * only when the two characters are no word of general Chinese and what is around them makes it the word: a number
 * or a comparison after it; for a total or an average (和计 for 合计), the asking word after it (多少, 几) or the end
 * of the question; for an empty test (为做 for 未做), a field or a condition right before it (满意度为做).
 */
function confidentPair(text: string, i: number, entry: LexEntry, afterCondition: boolean): boolean {
  if (isGeneralWord(text.slice(i, i + 2))) return false;
  const next = lexiconAt(text, i + 2);
  if (
    /^\s*\d/.test(text.slice(i + 2)) ||
    next?.tokens.some((t) => t.k === 'op' || t.k === 'empty' || t.k === 'opAfter' || t.k === 'sup')
  )
    return true;
  const total = entry.tokens.some((t) => t.k === 'agg' && t.fn !== 'count');
  if (
    total &&
    (/^\s*[?？。!！]?\s*$/u.test(text.slice(i + 2)) ||
      next?.tokens.some((t) => t.k === 'ask' || (t.k === 'agg' && t.fn === 'count')))
  )
    return true;
  return afterCondition && entry.tokens.some((t) => t.k === 'empty');
}

/** `sounds`: the question's syllables, one per character; `afterCondition`: a field or condition comes right before. */
function soundAlikeAt(text: string, i: number, sounds: string[], afterCondition = false): LexEntry | null {
  if (!/^\p{Script=Han}{2}/u.test(text.slice(i, i + 2))) return null;
  for (const entry of SOUND_WORDS.get(sounds[i]!) ?? []) {
    const n = entry.word.length;
    if (i + n > text.length) continue;
    // With its first character wrong, only a word of a condition (低于, 总分) or a total (合计), not a question word
    // (那格 is no 哪个).
    const content = entry.tokens.some(
      (t) => ['op', 'opAfter', 'field', 'empty', 'sup'].includes(t.k) || (t.k === 'agg' && t.fn !== 'count'),
    );
    if (n === 2 && text[i] !== entry.word[0] && !(content && confidentPair(text, i, entry, afterCondition)))
      continue;
    if (text.startsWith(entry.word, i)) continue;
    // A word of general Chinese is itself, except a field's homophone asked right away (电化多少: 电化 is never asked).
    if (isGeneralWord(text.slice(i, i + n)) && !(isField(entry) && ASKED_AFTER.test(text.slice(i + n))))
      continue;
    // 总分只有70: the last character begins a word of "only" with the next (只有, 只是: left out of the manner
    // words), so 总分只 is 总分 and that word, not 总分值. (联系电化为空 is still 联系电话: 化为 is no such word.)
    const tail = text.slice(i + n - 1, i + n + 1);
    if (text[i + n - 1] !== entry.word[n - 1] && ONLY_WORDS.test(tail)) continue;
    const word = syllables(entry.word);
    let same = true;
    for (let j = 0; j < n && same; j++) same = sounds[i + j] === word[j];
    if (same) return entry;
  }
  return null;
}

/** Asked right after a field: 多少, 是多少, 是啥, 是谁 (负责任是谁: the 负责人). */
const ASKED_AFTER = /^\s*(?:是|为)?(?:多少|几|啥|什么|谁|哪位)/u;
const isField = (entry: LexEntry) => entry.tokens.some((t) => t.k === 'field');

const NOUNS = new Set(COMMON_NOUNS.split(' '));
/** A pair of characters that is a word of its own: a verb, manner word or homophone, or a common noun (名字). */
const ownPair = (pair: string) => isGeneralWord(pair) || NOUNS.has(pair);

/** Words of "only" before a figure or a verb (只有70, 只是, 仅有). */
const ONLY_WORDS = /^(?:只有|只是|只要|只剩|仅有|仅是)$/u;

/** A lexicon word read from text typed with one character wrong, left out or doubled: `typedLength` characters. */
type Typo = LexEntry & { typedLength?: number };

/** Chinese lexicon words of three characters or more, longest first, for one mistyped character (满意痩, 联系电活). */
const LONG_WORDS = LEXICON.filter(
  // Words that carry no meaning are not guessed at: 请问医 is 请问 and a word not understood, not 请问下.
  (e) => /^\p{Script=Han}{3,}$/u.test(e.word) && !e.tokens.every((t) => t.k === 'filler'),
);

/**
 * Words that say a direction (最少的, 不低于, 高于): the character that differs in a mistyped one is most often the very
 * one that says which way (最猛的 is not 最少的), so a replaced character is never read as a slip there — the word is
 * reported as not understood instead of answering the opposite question.
 */
function namesDirection(entry: LexEntry): boolean {
  // 是整数 / 带小数 likewise: 是小数 is the opposite of 是整数, one character apart.
  return entry.tokens.some(
    (t) => t.k === 'sup' || t.k === 'op' || t.k === 'more' || t.k === 'less' || t.k === 'fraction',
  );
}

/**
 * A lexicon word of three characters or more typed with one character wrong — a slip of the hand or a character
 * that looks alike (负责入 for 负责人) — when exactly one meaning fits; two words that fit with different meanings
 * (执行书: 执行数 or 执行率?) are no reading at all, and the text stays free.
 */
function editAlikeAt(text: string, i: number): Typo | null {
  // Text that reads as words already is no typo: 哪几张 is 哪几 + 张, not 哪几个.
  const readsAsWords = (n: number) => {
    let j = i;
    while (j < i + n) {
      const word = lexiconAt(text, j);
      if (!word) return false;
      j += word.word.length;
    }
    return true;
  };
  let found: Typo | null = null;
  let ambiguous = false;
  const consider = (entry: LexEntry, typedLength: number) => {
    if (readsAsWords(typedLength) || crossedByWord(text, i, i + typedLength, i + typedLength - 1, entry))
      return;
    if (!found || typedLength > found.typedLength!) {
      found = { ...entry, typedLength };
      ambiguous = false;
    } else if (typedLength === found.typedLength && entry.word !== found.word) ambiguous = true;
  };
  // Whether the `n` characters from i are all Chinese: tested once per length, not once per word of the lexicon (the
  // loop below runs over every long word at every place a question is read).
  const hanRuns = new Map<number, boolean>();
  const hanRun = (n: number) => {
    let run = hanRuns.get(n);
    if (run === undefined) {
      const typed = text.slice(i, i + n);
      run = typed.length === n && /^\p{Script=Han}+$/u.test(typed);
      hanRuns.set(n, run);
    }
    return run;
  };
  for (const entry of LONG_WORDS) {
    const word = entry.word;
    // Each reading below keeps the word's first character (one left out or doubled is never the first) or, one
    // replaced, its first or second: a word matching neither is passed over before any text is cut.
    if (word[0] !== text[i] && word[1] !== text[i + 1]) continue;
    const n = word.length;
    // One character replaced (a slip, or a character that looks alike).
    const typed = text.slice(i, i + n);
    if (hanRun(n)) {
      let differ = 0;
      let at = -1;
      for (let j = 0; j < n && differ < 2; j++) {
        if (typed[j] !== word[j]) {
          differ++;
          at = j;
        }
      }
      // A three-character word keeps its first character: 莹负责 (the end of a name and 负责) is not 谁负责.
      // A word and one character more is that word and the start of another (总分咋这么低, 没写东西), not a typo.
      const wordAndMore = at === n - 1 && lexiconAt(text, i)?.word.length === n - 1;
      // So is one character and a word (讲执行数: the end of a verb, then 执行数 — not 未执行数).
      const moreAndWord = at === 0 && lexiconAt(text, i + 1)?.word.length === n - 1;
      // The differing character makes a word of general Chinese with its neighbour (指标计量: 计量 is a word, not a
      // slip for 指标数量): another word was meant, so it is reported, never read as the lexicon's word.
      const ownWord =
        differ === 1 &&
        ((at > 0 && ownPair(typed.slice(at - 1, at + 1))) ||
          (at < n - 1 && ownPair(typed.slice(at, at + 2))));
      // A numeral is never a slip for another character (年初预算填的是零的: 零, not 是空的).
      const numeral = differ === 1 && NUMERAL.test(typed[at]!) && !NUMERAL.test(word[at]!);
      // A slip either sounds like the character meant (pinyin input) or is a character the domain's words never use
      // (预箅, a look-alike): 钱剩得 is not 钱花得 — 剩 says something else, and answering for 花 would be wrong.
      const unlike = differ === 1 && !slipOf(typed[at]!, word[at]!);
      // A word of more or less typed where another character was meant changes what is asked, never a slip:
      // 分别多了多少 after a comparison is how much more, not 打了多少 (the score).
      const comparative =
        differ === 1 && /[多少高低超增减]/u.test(typed[at]!) && !/[多少高低超增减]/u.test(word[at]!);
      // The particle 的 ending a word is said or left out at will; another character in its place starts the next
      // word (计算河门口…: 计算 and 河门口, not 计算的).
      // (着 / 得 / 地 in its place are particles of the same kind: 表上写着 is 表上写的.)
      const particle = differ === 1 && word[at] === '的' && at === n - 1 && !/[着得地]/u.test(typed[at]!);
      // The differing character sits inside a word that starts within the typed text (资金执行数).
      const insideWord = differ === 1 && crossedByWord(text, i, i + at, i + at, entry);
      if (
        differ === 1 &&
        !(n === 3 && at === 0) &&
        !wordAndMore &&
        !moreAndWord &&
        !ownWord &&
        !numeral &&
        !comparative &&
        !particle &&
        !unlike &&
        !insideWord &&
        !namesDirection(entry)
      )
        consider(entry, n);
    }
    // One character left out of a word of four or more (满意指标), never its first.
    const short = text.slice(i, i + n - 1);
    if (n >= 4 && hanRun(n - 1)) {
      for (let k = 1; k < n; k++) {
        // 钱花完 is no 钱没花完 with 没 left out: a negation left out says the opposite, never a slip.
        if (word.slice(0, k) + word.slice(k + 1) === short && !NEGATION_CHARACTER.test(word[k]!)) {
          consider(entry, n - 1);
          break;
        }
      }
    }
    // One character typed twice (执行行率).
    const long = text.slice(i, i + n + 1);
    if (hanRun(n + 1)) {
      for (let k = 1; k <= n; k++) {
        if (long[k] === long[k - 1] && long.slice(0, k) + long.slice(k + 1) === word) {
          consider(entry, n + 1);
          break;
        }
      }
    }
  }
  return ambiguous ? null : found;
}

/** Every character the lexicon's words use: a typed character among them says a word of its own. */
const DOMAIN_CHARACTERS = new Set(
  LEXICON.map((e) => e.word)
    .join('')
    .replace(/[^\p{Script=Han}]/gu, ''),
);

/** Pairs of initials and of finals a hurried pinyin typist mixes up (zh/z, n/l, ing/in …). */
const LOOSE_SOUNDS: Record<string, string> = {
  zh: 'z',
  ch: 'c',
  sh: 's',
  n: 'l',
  f: 'h',
  ang: 'an',
  eng: 'en',
  ing: 'in',
  uang: 'uan',
};
const loose = (part: string) => LOOSE_SOUNDS[part] ?? part;

/** How many words of general Chinese (the common nouns) each character stands in: a rare one is seldom meant. */
const GENERAL_USES = new Map<string, number>();
for (const c of COMMON_NOUNS.replace(/[^\p{Script=Han}]/gu, ''))
  GENERAL_USES.set(c, (GENERAL_USES.get(c) ?? 0) + 1);

/** A character a clerk hardly ever means: in no word of the domain and in two common nouns at most (箅, 顸, 痩; not 星). */
const rareCharacter = (c: string) => !DOMAIN_CHARACTERS.has(c) && (GENERAL_USES.get(c) ?? 0) <= 2;

/** Whether `typed` can be a slip for `meant`: alike in sound (one of initial or final, loosely), or a rare character (a
 * look-alike picked from a handwriting or shape input: 箅 for 算, 痩 for 度) — 绩效星级 is no 绩效等级. */
function slipOf(typed: string, meant: string): boolean {
  if (rareCharacter(typed)) return true;
  const part = (c: string, pattern: 'initial' | 'final') =>
    loose(pinyin(c, { pattern, toneType: 'none', v: true }));
  const initial = part(typed, 'initial');
  return (
    (initial !== '' && initial === part(meant, 'initial')) || part(typed, 'final') === part(meant, 'final')
  );
}

/** Characters of numbers, Chinese and Arabic. */
const NUMERAL = /[0-9零〇一二两三四五六七八九十百千万亿]/u;

/**
 * Whether a lexicon word naming a field or a concept other than the typo's word, of two characters or more and
 * starting after `from` but not after `lastStart`, covers position `at`: the typed text reads as that word there.
 * Inside the typed text (资金执行数 is 资金 + 执行数, not a slip for 资金执行率), or across its end (资金执行 read as
 * 资金执行率 would cut 执行数 in two). One of the same meaning cuts nothing that matters (全年执行了: 全年执行数, 执行了).
 */
function crossedByWord(text: string, from: number, at: number, lastStart: number, typo: LexEntry): boolean {
  const meanings = new Set(typo.tokens.map(meaningOf));
  for (let j = from + 1; j <= lastStart; j++) {
    const word = lexiconAt(text, j);
    if (!word || word.word.length < 2 || j + word.word.length <= at) continue;
    const names = word.tokens.some((t) => t.k === 'field' || t.k === 'concept');
    if (names && !word.tokens.some((t) => meanings.has(meaningOf(t)))) return true;
  }
  return false;
}
const meaningOf = (t: Token): string => (t.k === 'field' ? `field:${t.id}` : t.k);

/**
 * After an exact word of three characters or more, a character no word starts with is read with it as one slip when
 * that makes a word with its last character typed twice (执行率率) or one character left out (满意度指 for 满意度指标) —
 * never a character replaced (总分咋 stays 总分 + 咋).
 */
function slipAfterWord(text: string, i: number, entry: LexEntry, sounds: string[]): Typo | null {
  const end = i + entry.word.length;
  if (!/^\p{Script=Han}$/u.test(text[end] ?? '') || lexiconAt(text, end) || soundAlikeAt(text, end, sounds))
    return null;
  const typed = text.slice(i, end + 1);
  const fits = LONG_WORDS.filter((e) => {
    const w = e.word;
    if (w.length === typed.length + 1) return w.startsWith(typed.slice(0, -1)) && dropsOne(w, typed);
    return w.length === typed.length - 1 && typed.at(-1) === typed.at(-2) && typed.slice(0, -1) === w;
  });
  const meanings = new Set(fits.map((e) => JSON.stringify(e.tokens)));
  return fits.length && meanings.size === 1 ? { ...fits[0]!, typedLength: typed.length } : null;
}

/** Characters of negation: one of them left out of a word turns it into its opposite (钱没花完 / 钱花完). */
const NEGATION_CHARACTER = /^[没不未无非别否]$/u;

/** Whether `typed` is `word` with one character (not its first, nor a negation) left out. */
function dropsOne(word: string, typed: string): boolean {
  for (let k = 1; k < word.length; k++)
    if (word.slice(0, k) + word.slice(k + 1) === typed && !NEGATION_CHARACTER.test(word[k]!)) return true;
  return false;
}

/** 2020财年 / 2020会计年度 / 23财政年度: the unit of a year as finance offices write it (the longest first). */
const YEAR_UNIT = '(?:财政年度|会计年度|预算年度|财年|年度|年)';
/**
 * A bound said right after a year (2021年以后, 2022年之前, 2020年及以前): the year and the words after it or before it
 * (以后/之后/以来 count the year itself, as 以上 does; 以前/之前 do not, as 以下; 及以前 does). Elsewhere 之前 is a time
 * adverb (之前有个叫X的项目) and stays what it was.
 */
const YEAR_BOUND = '(及以后|及之后|或以后|以后|之后|往后|以来|起|及以前|及之前|或以前|以前|之前)?';
const BOUND_OP: Record<string, Op> = { 及以前: '<=', 及之前: '<=', 或以前: '<=', 以前: '<', 之前: '<' };
function yearToken(value: number, bound: string | undefined): Token {
  if (!bound) return { k: 'year', value };
  return { k: 'year', value, op: BOUND_OP[bound] ?? '>=' };
}

/** Words ending in a character that alone joins two things (与 / 同 / 及): 参与, 合同, 涉及 are words of their own. */
const BOUND_JOINERS = new Set([
  '参与',
  '给与',
  '赋与',
  '授与',
  '合同',
  '共同',
  '协同',
  '陪同',
  '会同',
  '如同',
  '涉及',
  '普及',
  '危及',
  '顾及',
  '提及',
  '波及',
]);
const inFreeRun = (spans: Span[]) => !!spans.at(-1)?.free;

/**
 * Tokens of a normalised question, left to right. `names` are long stored names (projects, departments) matched
 * whole first, so a name that holds a year or a lexicon word stays one name.
 */
export function tokenize(text: string, names: string[] = [], clockYear = new Date().getFullYear()): Span[] {
  const spans: Span[] = [];
  const push = (span: Span) => {
    const last = spans.at(-1);
    if (span.free && last?.free) {
      last.text += span.text;
      return;
    }
    spans.push(span);
  };
  const sounds = syllables(text);
  const meaningful = () => spans.filter((s) => !s.tokens.every((t) => t.k === 'filler')).at(-1);
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const name = names.find((n) => rest.startsWith(n));
    if (name) {
      spans.push({ text: name, start: i, tokens: [], free: true });
      spans.push({ text: '', start: i + name.length, tokens: [{ k: 'filler' }] });
      i += name.length;
      continue;
    }
    const year = new RegExp(`^(20\\d{2})\\s*(${YEAR_UNIT})?${YEAR_BOUND}`, 'u').exec(rest);
    // 2000万 / 2020元 are amounts, not years.
    if (year && !/^\d/.test(rest.slice(4, 5)) && !/^\s*(万|元|%|分|个|项|亿|千|百)/.test(rest.slice(4))) {
      push({ text: year[0], start: i, tokens: [yearToken(Number(year[1]), year[3])] });
      i += year[0].length;
      continue;
    }
    // 23年 / 23年度 / 23财年: a year of this century, not a count of years (23年以内 is a span of time).
    const short = new RegExp(
      `^(\\d{2})\\s*(${YEAR_UNIT})(?:(?!\\d|来|内|以)|(?=以[后前]))${YEAR_BOUND}`,
      'u',
    ).exec(rest);
    if (short && !/\d/.test(text[i - 1] ?? '') && 2000 + Number(short[1]) <= clockYear) {
      push({ text: short[0], start: i, tokens: [yearToken(2000 + Number(short[1]), short[3])] });
      i += short[0].length;
      continue;
    }
    const relative = Object.keys(RELATIVE_YEAR).find((w) => rest.startsWith(w));
    // 上年结转全年执行数: a word of the lexicon that begins with a year word (the 上年结转 row of the funds block) is
    // that word, not the year before and words after it.
    if (relative && !YEAR_HEADED_WORDS.some((w) => rest.startsWith(w))) {
      push({
        text: relative,
        start: i,
        tokens: [{ k: 'year', value: clockYear + RELATIVE_YEAR[relative]! }],
      });
      i += relative.length;
      continue;
    }
    // 上周 / 下午 / 上个月 / 上次: a time of the asking or of a story, kept whole as text not understood, which a story
    // reads as when something happened. 上 and 下 alone are words of place (表上, 底下) that would split it and leave
    // 周开会 / 午三点前 over, a run no story can read.
    const when = ASKING_TIME.exec(rest);
    if (when) {
      push({ text: when[0], start: i, tokens: [], free: true });
      i += when[0].length;
      continue;
    }
    // 前三大 / 前五高: the largest.
    const top = /^(?:前|top\s*|头|排名前|最高的?|highest\s*)(\d+)\s*(?:名|个|位|项(?!目)|大|高)?/.exec(rest);
    const bottom =
      // 倒数前五 / 排最后3名: the last N, said from the far end of the ranking.
      /^(?:后|倒数第(?=1(?!\d))|倒数前|倒数|bottom\s*|末|最后的?|最低的?|lowest\s*)(\d+)\s*(?:名|个|位|项(?!目))?/.exec(
        rest,
      );
    if (top || bottom) {
      const m = (top ?? bottom)!;
      push({
        text: m[0],
        start: i,
        tokens: [{ k: 'top', n: Number(m[1]), ...(bottom ? { dir: 'asc' as const } : {}) }],
      });
      i += m[0].length;
      continue;
    }
    // 负10万: a negative amount (预算调整数不高于负10万, written so by change-words.ts for a cut of 10万 or more).
    const negative = /^负(?=\d)/u.test(rest) ? 1 : 0;
    const number = NUMBER.exec(rest.slice(negative));
    // 第三批 / 第2期: a project's batch, part of its name, no amount (第3批 read as 3万 had found nothing).
    const batch = text[i - 1] === '第' && /^\d+(?:批|期|届|轮|阶段)/u.test(rest);
    if (number && !batch && !/[a-z]/.test(text[i - 1] ?? '')) {
      push({
        text: rest.slice(0, negative) + number[0],
        start: i,
        tokens: [
          {
            k: 'num',
            value: (negative ? -1 : 1) * Number(number[1]!.replace(/,/g, '')),
            ...(number[2] ? { unit: UNIT_OF[number[2]] ?? number[2] } : {}),
          },
        ],
      });
      i += negative + number[0].length;
      continue;
    }
    const prev = meaningful();
    if (prev?.tokens.some((t) => (t.k === 'field' && t.id === 'grade') || (t.k === 'op' && t.weak))) {
      const grade = GRADE_CHAR.exec(rest);
      if (
        grade &&
        (prev.tokens[0]?.k === 'field' ||
          spans.some((s) => s.tokens.some((t) => t.k === 'field' && t.id === 'grade')))
      ) {
        push({ text: grade[0], start: i, tokens: [{ k: 'grade', value: GRADE_OF[grade[1]!]! }] });
        i += grade[0].length;
        continue;
      }
    }
    // 参与人数 / 合同金额 / 涉及: a joining character that ends a word with the name before it is that word's, no
    // conjunction (参 + 与 + 人数 had left 参 and 人数 over).
    if (inFreeRun(spans) && BOUND_JOINERS.has(`${text[i - 1] ?? ''}${text[i]}`)) {
      push({ text: text[i]!, start: i, tokens: [], free: true });
      i += 1;
      continue;
    }
    const entry = beforeTime(text, i, bestWordAt(text, i));
    // A homophone of a longer word wins over a short exact one (负责仁 is 负责人, not 负责 + 仁).
    // One character wrong is looked for only at the start of a word, never inside text not understood (a name).
    const inFree = !!spans.at(-1)?.free && /\p{Script=Han}/u.test(text[i - 1] ?? '');
    // (预算执行得份 is 预算执行得分, not 预算执行 + 得份.)
    const homophone = soundAlikeAt(
      text,
      i,
      sounds,
      !!meaningful()?.tokens.some((t) => t.k === 'field' || t.k === 'concept'),
    );
    const typo: Typo | null =
      // Inside text not understood, a first character that differs is more likely the end of a name than a slip
      // (发改委执行数 is 发改委 + 执行数, not 发改 + 未执行数).
      (inFree && homophone && text[i] !== homophone.word[0] ? null : homophone) ??
      (inFree
        ? null
        : entry && entry.word.length >= 3
          ? slipAfterWord(text, i, entry, sounds)
          : editAlikeAt(text, i));
    const typoLength = typo ? (typo.typedLength ?? typo.word.length) : 0;
    // The exact word stands when it and the word after it reach as far as the typo (平均 + 执行率 is not 平均值 +
    // 行率; 联系 + 电 is 联系电活 misread).
    const end = i + (entry?.word.length ?? 0);
    const following = end < text.length ? (lexiconAt(text, end) ?? soundAlikeAt(text, end, sounds)) : null;
    const exactFits =
      entry !== null &&
      (end >= text.length || (following !== null && end + following.word.length >= i + typoLength));
    const chosen = typo && (!entry || (typoLength > entry.word.length && !exactFits)) ? typo : entry;
    if (chosen) {
      const length = chosen === typo ? typoLength : chosen.word.length;
      push({
        text: text.slice(i, i + length),
        start: i,
        tokens: chosen.tokens,
        ...(chosen === typo ? { corrected: chosen.word } : {}),
      });
      i += length;
      continue;
    }
    push({ text: text[i]!, start: i, tokens: [], free: true });
    i += 1;
  }
  return spans.filter((s) => s.text !== '' || !s.tokens.every((t) => t.k === 'filler'));
}

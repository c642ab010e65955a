/**
 * The ask of a long message read on its own (区里前两天发了通知，说要做个通报，科长让我弄清楚，请问大红门街道所有项目的全年执行数
 * 合计是多少？麻烦您了。): when the whole message leaves words unplaced, the clauses that ask (a question word, 请问, 列出…)
 * are read alone, and the clauses around them are the story of why the clerk asks. The names the story mentions
 * (the project or office it is about: 2023年社区公益事业补助资金好像没有花完，……这个项目还差多少钱没花出去) are kept, as
 * the question's scope; everything else in it is said back as background, never used as a condition.
 *
 * Never widening — the story is set aside only when
 * - it excludes nothing (no 除了 / 以外 / 不含…, no negated name): an exclusion told first would be turned around;
 * - it computes or compares nothing (加上, 减, 扣掉, 占, 比…), corrects nothing (不对, 说错了) and names no unit the
 *   answer is wanted in (我要按元填): those are the question's operands, its correction or its unit;
 * - no clause of it ends in 的 with words of its own (一级指标填得不规范的，有哪几个项目): such a clause describes what
 *   is asked about (是这样的，… does not);
 * - no word of it left unread holds a figure (目标定的600份), could be a name the store lacks (西城区, 教育局, a person's
 *   name where a name stands), is said of projects (重点项目, 彩票公益金的项目) or stands beside a project's name it
 *   may be more of (控违拆迁那三批专项资金): any of these may be the scope;
 * - it states no condition of its own (执行率低于90%的，…) unless of the one project the ask points back at (这个项目),
 *   and a clause of it read whole, every word placed, as a grouping or ranking is a question, not a story;
 * - it names no figure the ask does not (当年财政拨款拨付的那部分，全年实际支出合计: the story says which money);
 * - the asking clauses ask something of their own (not 请逐一列示 / 这是哪个项目 alone), and with the story's names
 *   read with no word left over.
 * A clause before the ask that reads whole as a condition is the ask's own, and a clause after it that explains it
 * (我也不太懂，是不是… / 就是…) is the asker's gloss.
 */
import { looksLikePersonName } from '../bot/person-name.ts';
import type { Filter } from './query.ts';
import { substringDistance } from './similar.ts';

/** What a parse of some text gives that this reading needs (parse.ts Parsed). */
interface Reading {
  query: {
    filters: Filter[];
    groupBy?: unknown;
    order?: unknown;
    measures?: unknown[];
    select?: unknown[];
  } | null;
  unplaced: string[];
  names: Array<{ term: string }>;
  setAside?: string[];
}

/** A clause that asks: a question word or mark, or a request to be told, listed or counted. */
const ASKS =
  /[？?]|多少|几(?![天年月日周号])|哪|谁|什么|啥|咋|怎么|如何|是否|是不是|有没有|有无|(?:吗|么|呢)\s*$|请问|想问|问一下|问下|列出|列一下|列个|列示|列明|逐一|逐项|说明|说下|说一下|讲一下|写出|给出|提供|顺便|统计一下|算一下|算算|查一下|查查|告诉我|排一下|排个|\b(?:how|what|which|who|list|show)\b/iu;

/** A clause that explains the question just asked (我也不太懂，是不是… / 就是… / 也就是说… / 我说的是…). */
const EXPLAINING =
  /^\s*(?:我也不太懂|我不太懂|不太懂|也就是说|也就是|就是说|就是|即|我说的是|我的意思是|意思是)/u;

/** A computation or a comparison said in the story (…的全年预算加上…的全年预算，一共多少 / 两个街道比，哪边…): the
 * story is the question's operands, which the arithmetic reader takes. */
const COMPUTING =
  /加上|加起来|相加|减|扣掉|扣除|砍掉|除|乘|占|比例|比重|百分比|倍|差额|相差|之差|差距|还剩|剩下|平均|比(?!如)/u;
/** The ask pointing back at a project the story named (这个项目 / 该项目 / 它 / 这两个项目 / 他们). */
const POINTS_BACK = /这个项目|该项目|此项目|这项目|那个项目|这两个项目|这几个项目|它|其|他们|她们/u;

/** A correction said in the story: read by the self-correction reader, never set aside. */
const CORRECTING = /不对|说错|打错|写错|更正|纠正/u;

/** The unit the answer is wanted in, said in the story (…预算是多少 我要按元填): the ask's own, never background. */
const UNIT_WANTED =
  /(?:按|以|用|换成|换算成|折合|折成|填成|写成)\s*(?:人民币)?(?:元|万元|亿元?|千元)|元为单位|块钱/u;

/** An exclusion said in the story: set aside, it would be turned into the opposite scope. */
const EXCLUDING = /除了|除去|以外|之外|不含|不包括|排除|去掉|不算|不要|不是|并非|非/u;

/** Characters that end the names of places, offices and projects. */
const NAME_END =
  /(?:省|市|区|县|旗|镇|乡|村|街道|社区|局|委|办|厅|处|科|中心|所|站|队|院|校|公司|集团|项目|资金|经费|工程)$/u;

/**
 * A word not understood that could name a place, an office, a project or a person the store does not hold. A word
 * shaped like a person's name is one where a name stands: not after 的 (的时候), and not closing its clause (做个通报，)
 * unless after a verb that takes a person (找王丽，).
 */
function mayNameSomething(word: string, story: string): boolean {
  const w = word.trim();
  if ((w.length >= 3 && NAME_END.test(w)) || /[A-Za-z]{2,}/.test(w)) return true;
  if (!looksLikePersonName(w)) return false;
  for (let at = story.indexOf(w); at >= 0; at = story.indexOf(w, at + 1)) {
    const before = story.slice(0, at);
    const after = story.slice(at + w.length);
    if (/的\s*$/u.test(before)) continue;
    if (/^\s*(?:[，,。；;！!？?、]|$)/u.test(after) && !/(?:找|问|是|跟|和|给|联系|负责人)\s*$/u.test(before))
      continue;
    return true;
  }
  return false;
}

/** A word said of projects: right before 项目 / 的项目 / 的表 (重点项目, 彩票公益金的项目), or holding a name with a place's
 * or an office's ending (海淀区, 教育局; not 社区 or 区里 alone). */
function describesProjects(word: string, story: string): boolean {
  const w = word.trim();
  if (/\p{Script=Han}{2,}[省市区县镇乡局委厅]/u.test(w)) return true;
  const at = story.indexOf(w);
  return at >= 0 && /^\s*(?:的)?(?:项目|表|资金|经费|专项)/u.test(story.slice(at + w.length));
}

/** Clauses with their closing punctuation. */
const clausesOf = (text: string) => text.split(/(?<=[，,。；;！!？?\n])/u).filter((c) => c.trim());

const isYear = (f: Filter) => f.type === 'compare' && f.field === 'year';
/** A name, or one of several fields holding it (a place: 主管部门 or 实施单位). */
const isName = (f: Filter): boolean => f.type === 'name' || (f.type === 'any' && f.filters.every(isName));

/** The message cut into what asks (the asking clauses, with the conditions said before them) and the story around. */
function askAndStory(
  question: string,
  parse: (text: string) => Reading,
): { ask: string; story: string[] } | null {
  const clauses = clausesOf(question);
  const asking = clauses.map((c) => ASKS.test(c.replace(/[，,。；;！!\n]\s*$/u, '')));
  const first = asking.indexOf(true);
  if (first < 0) return null;
  // …还剩多少钱没花呀？我也不太懂，是不是每个预算减执行数再加起来: what follows an explanation is the asker's own
  // gloss of the question, not another ask
  const explained = clauses.findIndex((c, i) => i > first && EXPLAINING.test(c));
  const last = explained < 0 ? asking.lastIndexOf(true) : asking.lastIndexOf(true, explained - 1);
  // 执行率没到100%的那些项目，一共还剩多少钱没花: a clause before the ask that reads whole as a condition is the ask's
  const leading = clauses.slice(0, first);
  const bound = leading.map((c) => {
    const r = parse(c);
    return !r.unplaced.length && !!r.query?.filters.length;
  });
  const story = [...leading.filter((_, i) => !bound[i]), ...clauses.slice(last + 1)];
  if (!story.length) return null;
  return { ask: [...leading.filter((_, i) => bound[i]), ...clauses.slice(first, last + 1)].join(''), story };
}

/** The figures a reading asks for: its measures' fields and the cells it shows. */
const figuresOf = (q: NonNullable<Reading['query']>) => [
  ...(q.measures ?? []).map((m) => (m as { field?: string }).field).filter(Boolean),
  ...(q.select ?? []),
];

/** Whether the story may be set aside: the guards of the head of this file, in order. */
function onlyStory(
  story: string[],
  told: Reading,
  ask: string,
  own: NonNullable<Reading['query']>,
  leftWhole: string[],
  parse: (text: string) => Reading,
): boolean {
  const storyText = story.join('');
  if ([EXCLUDING, COMPUTING, CORRECTING, UNIT_WANTED].some((words) => words.test(storyText))) return false;
  // 一级指标填得不规范的，有哪几个项目: a clause ending in 的 describes what is asked about — a condition
  // (是这样的，… opens a story and describes nothing)
  const describes = (c: string) => {
    if (!/的\s*[，,。；;！!？?]?\s*$/u.test(c)) return false;
    const r = parse(c);
    return r.unplaced.length > 0 || !!r.query?.filters.length;
  };
  if (story.some(describes)) return false;
  // (目标定的600份，结果只发了521份: figures the asker gives are what the projects are to be found by)
  // (海淀区教育局刘局来过了，… / 彩票公益金的项目，… / 主任嫌重点项目太多，…: what the whole message left unread in the
  // story, read as a name or said of the projects, may be the scope)
  const left = [...told.unplaced, ...leftWhole.filter((w) => storyText.includes(w))];
  if (left.some((w) => mayNameSomething(w, storyText) || /\d/u.test(w) || describesProjects(w, storyText)))
    return false;
  const filters = told.query?.filters ?? [];
  const leaves = filters.flatMap((f) => (f.type === 'any' ? f.filters : [f]));
  if (leaves.some((f) => 'negate' in f && f.negate)) return false;
  // (控违拆迁那三批专项资金，预算加一块是多少: a word left beside a project's name may be more of that name, mistyped —
  // kept as the scope, the name's common part alone had summed every 专项资金)
  // (only a word right before the name, a pointer or a count of batches between: 统计所经费和统计站（室）这两个项目
  // are named whole, 口径 and 报 elsewhere in the story are the story's)
  // (最底生活保障 found 城市居民最低生活保障: a word every found name holds within one edit — similar.ts — is that name's, typed —
  // 控违拆迁 is in three of the six 专项资金 found, and stays)
  const found = leaves.flatMap((f) => (f.type === 'name' && f.field === 'projectName' ? [f] : []));
  const moreOfName = (w: string) =>
    found.some(
      (f) =>
        beforeName(w, f.term, storyText) &&
        !(f.values?.length && f.values.every((v) => substringDistance(w, v) <= 1)),
    );
  if (told.unplaced.some(moreOfName)) return false;
  const conditions = filters.filter((f) => !isName(f) && !isYear(f));
  // (…反映X好像没有花完，…这个项目还剩多少: a condition told of the one project the ask points back at is moot)
  const oneProject =
    filters.some((f) => f.type === 'name' && f.field === 'projectName') && POINTS_BACK.test(ask);
  if (conditions.length && !oneProject) return false;
  const q = told.query;
  if (!told.unplaced.length && (conditions.length || q?.groupBy || q?.order || q?.measures?.length))
    return false;
  // 河门口街道当年财政拨款拨付的那部分，全年实际支出合计多少: a figure the story names that the ask does not is what
  // the ask is about (the story's own figures, said again by the ask, are the story's: 资金执行情况…执行数合计)
  const asked = new Set(figuresOf(own));
  return !q || figuresOf(q).every((f) => asked.has(f));
}

/** 控违拆迁那三批专项资金: the word right before the name, at most a pointer and a count of batches between. */
function beforeName(word: string, name: string, text: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  const between = text.slice(at + word.length, text.indexOf(name, at + word.length));
  return (
    text.includes(name, at + word.length) &&
    /^(?:那|这|的)?(?:[一二两三四五六七八九十几\d]?[批个项期笔])?(?:的)?$/u.test(between)
  );
}

/**
 * The message's asking clauses read alone, with the names of the story around them as their scope; null when the
 * message is no story and a question, or the story may hold a condition (see the head of this file).
 */
export function askReadAlone<P extends Reading>(
  question: string,
  parse: (text: string) => P,
  leftWhole: string[] = [],
): P | null {
  const cut = askAndStory(question, parse);
  if (!cut) return null;
  const { ask, story } = cut;
  // 请逐一列示 / 这是哪个项目: an ask that names nothing it wants — what is asked was in the story
  const own = parse(ask).query;
  if (!own || !(own.filters.length || own.measures?.length || own.select?.length || own.order || own.groupBy))
    return null;
  const told = parse(story.join(''));
  if (!onlyStory(story, told, ask, own, leftWhole, parse)) return null;
  const years = /(?:19|20)\d{2}\s*年/u.test(ask)
    ? []
    : (told.query?.filters ?? []).filter(isYear).map((f) => (f.type === 'compare' ? `${f.value}年` : ''));
  const names = told.names.map((n) => n.term.trim()).filter((t) => t && !ask.includes(t));
  const scope = [...new Set([...years, ...names])];
  const alone = parse(`${scope.join('、')}${scope.length ? '，' : ''}${ask}`);
  if (!alone.query || alone.unplaced.length) return null;
  // said back: the story's clauses that held words (a closing 谢谢 is no background worth naming)
  const background = story
    .filter((c) => {
      const r = parse(c);
      return r.unplaced.length > 0 || r.names.length > 0 || r.query !== null;
    })
    .map((c) => c.replace(/[，,。；;！!？?\s]+$/u, '').trim())
    .filter(Boolean);
  return { ...alone, setAside: [...(alone.setAside ?? []), ...background] };
}

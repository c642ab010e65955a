/**
 * The ask of a long message read on its own (区里前两天发了通知，说要做个通报，科长让我弄清楚，请问大红门街道所有项目的全年执行数
 * 合计是多少？麻烦您了。): when the whole message leaves words unplaced, the clauses that ask (a question word, 请问, 列出…)
 * are read alone, and the clauses around them are the story of why the clerk asks. The names the story mentions
 * (the project or office it is about: 2023年社区公益事业补助资金好像没有花完，……这个项目还差多少钱没花出去) are kept, as
 * the question's scope; everything else in it is said back as background, never used as a condition.
 *
 * Never widening — the story is set aside only when
 * - it excludes nothing (no 除了 / 以外 / 不含…, no negated name): an exclusion told first would be turned around;
 * - no clause of it ends in 的 (一级指标填得不规范的，有哪几个项目): such a clause describes what is asked about;
 * - no word of it that was not understood could be a name the store lacks (西城区, 财政局, 张伟): such a word may be
 *   meant as the scope and stays reported;
 * - it states no condition of its own (执行率低于90%的，…) unless it names one project, whose facts are then what is
 *   asked; and a clause read whole, every word placed, as a grouping or ranking is a question, not a story;
 * - the asking clauses, with the story's names, read with no word left over.
 */
import { looksLikePersonName } from '../bot/person-name.ts';
import type { Filter } from './query.ts';

/** What a parse of some text gives that this reading needs (parse.ts Parsed). */
interface Reading {
  query: { filters: Filter[]; groupBy?: unknown; order?: unknown; measures?: unknown[] } | null;
  unplaced: string[];
  names: Array<{ term: string }>;
  setAside?: string[];
}

/** A clause that asks: a question word or mark, or a request to be told, listed or counted. */
const ASKS =
  /[？?]|多少|几(?![天年月日周号])|哪|谁|什么|啥|咋|怎么|如何|是否|是不是|有没有|有无|(?:吗|么|呢)\s*$|请问|想问|问一下|问下|列出|列一下|列个|统计一下|算一下|算算|查一下|查查|告诉我|排一下|排个|\b(?:how|what|which|who|list|show)\b/iu;

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

/** Clauses with their closing punctuation. */
const clausesOf = (text: string) => text.split(/(?<=[，,。；;！!？?\n])/u).filter((c) => c.trim());

const isYear = (f: Filter) => f.type === 'compare' && f.field === 'year';
/** A name, or one of several fields holding it (a place: 主管部门 or 实施单位). */
const isName = (f: Filter): boolean => f.type === 'name' || (f.type === 'any' && f.filters.every(isName));

/**
 * The message's asking clauses read alone, with the names of the story around them as their scope; null when the
 * message is no story and a question, or the story may hold a condition (see the head of this file).
 */
export function askReadAlone<P extends Reading>(question: string, parse: (text: string) => P): P | null {
  const clauses = clausesOf(question);
  const asking = clauses.map((c) => ASKS.test(c.replace(/[，,。；;！!\n]\s*$/u, '')));
  const first = asking.indexOf(true);
  const last = asking.lastIndexOf(true);
  if (first < 0) return null;
  const story = clauses.filter((_, i) => i < first || i > last);
  if (!story.length) return null;
  const storyText = story.join('');
  if (EXCLUDING.test(storyText)) return null;
  // 一级指标填得不规范的，有哪几个项目: a clause ending in 的 describes what is asked about — a condition
  if (story.some((c) => /的\s*[，,。；;！!？?]?\s*$/u.test(c))) return null;
  const told = parse(storyText);
  if (told.unplaced.some((w) => mayNameSomething(w, storyText))) return null;
  const filters = told.query?.filters ?? [];
  if (filters.flatMap((f) => (f.type === 'any' ? f.filters : [f])).some((f) => 'negate' in f && f.negate))
    return null;
  const conditions = filters.filter((f) => !isName(f) && !isYear(f));
  const oneProject = filters.some((f) => f.type === 'name' && f.field === 'projectName');
  if (conditions.length && !oneProject) return null;
  const q = told.query;
  if (!told.unplaced.length && (conditions.length || q?.groupBy || q?.order || q?.measures?.length))
    return null;
  const ask = clauses.slice(first, last + 1).join('');
  const years = /(?:19|20)\d{2}\s*年/u.test(ask)
    ? []
    : filters.filter(isYear).map((f) => (f.type === 'compare' ? `${f.value}年` : ''));
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

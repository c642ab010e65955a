/**
 * A question told as a story (issue 10): a message is clauses; some carry the question and its conditions, others
 * tell who asks, why, when or what happened (昨天审计的人来了，问我…; 年底了各科室都在催，帮我算一下…; 会上领导点名批评了
 * 执行率低的项目，执行率最低的三个是哪些). narrative.ts and context.ts set aside the frames they know by shape; this
 * reads what is left clause by clause, when the whole message has words the parser could not place.
 *
 * A clause is narrative when, read alone, it
 * - has words not understood (otherwise it is no problem to begin with),
 * - is a statement: it has a subject that is a person or an institution (我, 同事, 领导, 审计), a time (昨天, 年底),
 *   a verb that is done or going on (来了, 问过, 开完, 在查, 要写) or a verb of saying — a bare noun phrase or
 *   attribute (彩票公益金的项目, PPP模式, 没验收的) describes projects and is never narrative,
 * - asks nothing (no 多少 / 几 / 哪 / 谁 / 吗 / ？: a reported question 领导在群里问大红门有多少个项目 is the question),
 * - holds no condition but a stored place or office and a year, no word of leaving out or limiting (除了, 只),
 * - and no word it did not understand names an office or a place (西城区, 教育局: a condition the store does not
 *   know) or holds a stored name run together with other words (听说河门口).
 * Never widening: a place or office of the store or a year named in a narrative clause stays a condition (the
 * clause is replaced by those names); the rest of the message must then be understood whole and ask something of
 * its own, or nothing changes (the words stay reported unplaced). What is set aside is said back in the answer.
 */

import { surnameOf } from '../bot/person-name.ts';
import { TIME_WORDS } from './general-words.ts';
import { isGeneralWord, onlyOccasion, PART_OF_YEAR } from './harmless.ts';
import { LEXICON } from './lexicon.ts';
import { TELLS } from './multi-ask.ts';
import { looseProjectMatch, type NameMatch, nameKey } from './names.ts';
import { GENERIC_ROLE } from './narrative.ts';
import type { LeafFilter, PortfolioQuery } from './query.ts';
import { leaves } from './query.ts';
import { isClassWord } from './scope.ts';

/** The parts of a parse this reader looks at (parse.ts `Parsed`). */
export interface StoryParse {
  query: PortfolioQuery | null;
  unplaced: string[];
  names: Array<{ term: string; match: NameMatch }>;
  setAside?: string[];
}

/**
 * Clause ends (not the point or comma inside a number — 1,000 / 80.5, a digit on both sides; NFKC makes the Chinese
 * comma a Latin one, so 不扯了，2020年的项目 is two clauses; 、 lists, it does not end a clause); an emoji ends one too.
 */
const CLAUSE_END =
  /[，。？！；：!?;:\n]|[,.](?!\d)|(?<!\d)[,.]|——|…+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|\s*\p{Extended_Pictographic}+\s*/gu;
/** Sentence ends: a long story is told in sentences, each a statement of its own (麻烦您了😂 ends one). */
const SENTENCE_END = /[。？！；!?;\n]|\.(?!\d)|(?<!\d)\.|…+|\s*\p{Extended_Pictographic}+\s*/gu;

/** A person or an institution as a subject: who asks, who came, who said. */
const SUBJECT =
  /区里|市里|局里|所里|科里|处里|委里|办里|我|你|您|他|她|咱|同事|领导|科长|处长|局长|主任|书记|部长|区长|老师|专家|上级|上面|上头|财务|会计|出纳|审计|财政|纪检|纪委|监察|巡视|巡察|督查|检查组|考核组|评审|人大|政协|老板|大家|别人|人家/u;
const TIMES = new Set(TIME_WORDS.split(' '));
/** Short time words the dictionary list leaves out. */
const TIME =
  /刚才|刚刚|刚|今天|昨天|明天|前天|后天|上上周|上周|下周|这周|本周|上次|下次|上个月|下个月|上礼拜|月底|年底|年初|之前|以前|最近|前两天|前几天|待会|马上|赶紧|(?:周|星期|礼拜)[一二三四五六日天]/u;
/** A verb done or going on (来了, 问过, 开完, 在查, 要写) or a verb of saying. */
const PREDICATE =
  /\p{Script=Han}(?:了|过|完)|(?:什么|啥|谁|哪儿)(?:都|也)\p{Script=Han}|(?:在|正在|要|得|想|准备|打算|需要)\p{Script=Han}|说|问|讲|催|要求|通知|批评|交代|安排|提醒/u;
/** A verb of saying opening the clause after a story: what follows is what was asked for. */
const REPORTED = /^\s*(?:说|问|讲)(?=要|想|让|是|\p{Script=Han}{2})/u;
/** A request: what the clerk wants done (帮我算算, 给我列一下, 查一下, 统计). */
const REQUEST =
  /帮我|给我|帮忙|麻烦|请|算|查|统计|列|汇总|合计|总数|平均|找出|清单|名单|看看|需要|要一个|想知道/u;
/** Words asking for a list. */
const LIST_WORDS = /清单|名单|列表|明细|列出|列一下|列个|整理出来|找出来|拉出来/u;
/** Words that ask. */
const ASK_WORDS =
  /多少|几|哪|谁|什么|啥|是否|吗|有没有|多大|多长|多高|多远|多久|多重|[?？]|\b(?:which|what|how|who|whose|list|show|give)\b/iu;
/**
 * The same words when they ask nothing: an indefinite with 都 / 也 (啥都不懂, 什么也没说, 谁都知道, 哪儿都找不到), and
 * 几 pointing or counting roughly (那几张表, 这几天, 好几次, 几十个, 十几年).
 */
const NOT_ASKING = /(?:什么|啥|谁|哪儿|哪里|哪)(?:都|也)|[这那好]几|几[十百千万]|[十百千万]几/gu;
/** (A verb of telling the asker — 顺便说下X — asks too: multi-ask.ts.) */
/**
 * A yes/no tail asks too (审计整改完成了没有, 钱花完了没): the clause is a question, not a told event — set aside, the
 * asked thing (整改) vanished and the rest was answered. (V没V is no such tail: 领导最关心钱花没花完 tells a concern.)
 */
const ASKS_YES_NO_TAIL = /(?:了|过)(?:没有|没)\s*$/u;
const ASKS = {
  test: (c: string) =>
    ASK_WORDS.test(c.replace(NOT_ASKING, ' ')) ||
    TELLS.test(c) ||
    ASKS_YES_NO_TAIL.test(c.replace(/[，。？！；：!?;:\s]+$/u, '')),
};
/** Words that leave out or limit: a condition even inside a story. */
const RESTRICTS = /除了|除去|不算|不含|不包括|去掉|排除|剔除|以外|之外|只|仅/u;
/** Characters that end the names of offices and places (context.ts). */
const ORG_OR_PLACE = /局|委|办|科|处|厅|部|院|所|站|队|中心|区|市|县|镇|乡|村|街|省|州|旗/u;
/** A clause that is a noun phrase ending in 的 (没验收的, 上级下达的专项资金): it describes projects. */
const NOUN_PHRASE = /的(?:项目|资金|经费|款项|钱|那些|这些|那几个|这几个|部分)?(?:吧|呢|啊|呀)?$/u;

const hasTime = (text: string) => {
  // 上半年 / 三季度 said alone: the period the figures are asked for (harmless.ts), no time of a story
  if (PART_OF_YEAR.test(text.trim()) && text.trim().length <= 5) return false;
  if (TIME.test(text)) return true;
  for (let i = 0; i < text.length; i++)
    for (let n = 2; n <= 4 && i + n <= text.length; n++) if (TIMES.has(text.slice(i, i + n))) return true;
  return false;
};

/**
 * A degree adverb before a word: how something is (挺尴尬的, 时间特别紧, 说数额挺大的), an adjective as the predicate.
 * 很 and 太 also open 很多 / 太多, which are said of things, not of how they are: those are left out.
 */
const DEGREE = /(?:挺|很|太|真|特别|非常|比较|有点儿?|有些|蛮|怪|相当|实在|十分)(?!多|少)\p{Script=Han}/u;

/** Words of the forms: fields and the conditions the checks find (lexicon.ts). */
const FORM_WORDS = LEXICON.filter((e) =>
  e.tokens.some((t) => t.k === 'field' || t.k === 'concept' || t.k === 'weight'),
).map((e) => e.word);
const namesFormWord = (clause: string) => {
  const lower = clause.toLowerCase();
  return FORM_WORDS.some((w) => lower.includes(w));
};

/** A statement: something happened or is said, by someone or at some time (not a description of projects). */
function statement(clause: string): boolean {
  const subject = SUBJECT.test(clause);
  if (NOUN_PHRASE.test(clause)) {
    // 会上领导点名批评了执行率低的项目: a done verb with its subject, whose object is a description. 挺尴尬的: how
    // the clerk feels, 的 ending the sentence.
    return (subject && /\p{Script=Han}了/u.test(clause)) || DEGREE_LAST.test(clause);
  }
  return subject || hasTime(clause) || PREDICATE.test(clause) || DEGREE.test(clause);
}
/** A degree adverb and its adjective right before the closing 的 (挺尴尬的, 数额挺大的; not 执行率很低的项目). */
const DEGREE_LAST = new RegExp(`${DEGREE.source}{1,3}的(?:吧|呢|啊|呀)?$`, 'u');

/** A year written in figures (2023年, 23年度): a year the clause may mean as a condition. */
const YEAR_IN_FIGURES = /(?:20)?\d{2}\s*年/u;

/** The conditions of a narrative clause that stay: stored places, offices and people, years (said again). */
function keptTerms(p: StoryParse, clause: string): Kept[] | null {
  const terms: Kept[] = [];
  for (const f of leaves(p.query?.filters ?? [])) {
    // 下周纪检要抽查大额资金 / 背景是…: a name found only by similarity or loosely (大额资金 in two pieces of a name, 北京
    // heard in 背景) is a word of the story, said back with it; a stored name typed as stored stays a condition.
    if (f.type === 'name' && !f.negate && looselyNamed(f.term, p.names)) continue;
    // 姚庆峰下个月就退休了，…他负责的…: a stored person stays too (and is who 他 points back to).
    if (f.type === 'name' && f.field !== 'projectName' && !f.negate)
      terms.push({ term: f.term, kind: kindOf(f) });
    else if (f.type === 'compare' && f.field === 'year' && f.op === '=') {
      // 小王去年负责这块，今年调走了: a year said only as 去年 / 今年 in a story is when it happened, said back
      // with the clause; a year written in figures (2023年审计来过一回) stays a condition.
      if (YEAR_IN_FIGURES.test(clause)) terms.push({ term: `${f.value}年`, kind: 'year' });
    } else return null;
  }
  return terms.filter((t, k) => terms.findIndex((u) => u.term === t.term) === k);
}

/**
 * Whether every reading of a term is by similarity or a loose project match (names.ts looseProjectMatch). An office
 * or a person found by similarity only because the term runs on past the stored name (民生保障办公室那摊: the whole
 * stored name, then 那摊) is typed as stored: it stays a condition.
 */
function looselyNamed(term: string, names: StoryParse['names']): boolean {
  const readings = names.filter((n) => n.term === term);
  return (
    readings.length > 0 &&
    readings.every(
      (n) => (n.match.how === 'similar' && !holdsStoredWhole(n)) || looseProjectMatch(n.term, n.match),
    )
  );
}

/** An office or a person read by similarity whose term holds one of the stored names whole. */
const holdsStoredWhole = (n: StoryParse['names'][number]) =>
  n.match.field !== 'projectName' && n.match.values.some((v) => nameKey(n.term).includes(nameKey(v)));

interface Clause {
  text: string;
  start: number;
  end: number;
}

function unitsOf(text: string, ends: RegExp): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(ends)) {
    out.push({ text: text.slice(start, m.index), start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ text: text.slice(start), start, end: text.length });
  return out.filter((c) => c.text.trim());
}

/** Whether a query asks something of its own (a bare 帮我查一下 would list every project). */
const asksSomething = (q: PortfolioQuery, text: string) =>
  q.filters.length > 0 ||
  !!q.measures?.length ||
  !!q.order ||
  !!q.groupBy ||
  !!q.select?.length ||
  /项目|所有|全部|一共|总共/u.test(text);

/**
 * A form or project pointed at in everyday words (那个城市低保的报表上 / 这个协管员的材料 / 政法委以奖代补那笔钱): what is
 * asked about, never a story — set aside, the office's every project had been answered.
 */
const POINTED_THING =
  /\p{Script=Han}{2}(?:那个|这个|那笔|这笔|那张|这张|那份|这份)|(?:那个|这个|那张|这张|那份|这份|那笔|这笔)[^，,。？?]{1,12}?(?:报表|材料|表|项目|经费|资金|钱)/u;
/**
 * A row's column said on its own, or (a row's figure) at the end of the words before it (参与人数的实际完成值). Not 偏差原因
 * at the end: a story tells of it (上面要求扣分的指标必须写偏差原因).
 */
const ROW_COLUMN =
  /^(?:年度指标值|指标值|目标值|实际完成值|完成值|偏差原因|偏差原因分析|分值|得分)$|(?:指标值|目标值|完成值)$/u;

/**
 * The message read with its narrative units set aside, or null when that does not give a whole question.
 * `parse` parses a text; `storedName` says whether a word names a stored office, place or person.
 */
export function readStory<P extends StoryParse>(
  question: string,
  unplaced: string[],
  parse: (text: string) => P,
  storedName: (word: string) => boolean,
): P | null {
  // A word no story may hold (西城区, 教育局, a stored name run into other words) stays whatever is set aside.
  const text = question.normalize('NFKC');
  if (unplaced.some((w) => unknownOffice(w, text) || holdsStoredName(w, storedName))) return null;
  // Clause by clause first; a story told in whole sentences (背景是…，…，…。) then sentence by sentence, the clauses
  // of the other sentences read as before.
  const clauses = unitsOf(text, CLAUSE_END);
  if (clauses.length < 2) return null;
  const story = (unit: Clause) =>
    storyOf(unit, text, parse, storedName) ?? reasonOf(unit, text, parse, storedName);
  const byClause = clauses.map(story);
  const first = readWithout(text, clauses, byClause, parse);
  if (first) return first;
  const sentences = unitsOf(text, SENTENCE_END);
  if (sentences.length < 2) return null;
  const bySentence = sentences.map(story);
  if (!bySentence.some(Boolean)) return null;
  const told = (c: Clause) => sentences.some((s, k) => bySentence[k] && c.start >= s.start && c.end <= s.end);
  const units: Array<{ unit: Clause; mark: Told | null }> = [
    ...sentences.flatMap((unit, k) => (bySentence[k] ? [{ unit, mark: bySentence[k] }] : [])),
    ...clauses.flatMap((unit, k) => (told(unit) ? [] : [{ unit, mark: byClause[k]! }])),
  ].sort((a, b) => a.unit.start - b.unit.start);
  return readWithout(
    text,
    units.map((u) => u.unit),
    units.map((u) => u.mark),
    parse,
  );
}

/** A condition a narrative unit keeps, as typed (a year as 2023年), and what it constrains. */
type Kept = { term: string; kind: ReturnType<typeof kindOf> };
/**
 * What a narrative unit keeps: its stored places, offices and people, its years; for a unit telling why the clerk asks
 * (说满意度没做的太多), the topics of the conditions it states — set aside only when the question asks about them too.
 */
type Told = { keep: Kept[]; topics?: string[] };

/** Whether a unit is narrative, read alone (see the head of this file). */
function storyOf<P extends StoryParse>(
  unit: Clause,
  text: string,
  parse: (text: string) => P,
  storedName: (word: string) => boolean,
): Told | null {
  const c = unit.text.trim();
  if ((ASKS.test(c) && !chitChatAsk(c)) || RESTRICTS.test(c) || !statement(c)) return null;
  const alone = parse(c);
  if (!alone.unplaced.length) return null;
  const keep = keptTerms(alone, c);
  if (!keep) return null;
  // 原来报过一个习风园的改造项目，我想问问这个项目…: the project the story names is what a later clause points back at
  if (alone.names.some((n) => n.match.field === 'projectName') && POINTS_BACK.test(text.slice(unit.end)))
    return null;
  // A figure, an order or a grouping is asked for, not told (全年执行数最高的前五个项目，领导要看): no story. A field
  // named alone is (昨天开会被批评执行率太低).
  const q = alone.query;
  if (q && (q.measures?.length || q.order || q.groupBy)) return null;
  // 执行率特别低 / 满意度挺差的: a field or a condition said to be so describes projects; only how things stand
  // for the clerk is told (挺尴尬的, 时间特别紧).
  if (!(SUBJECT.test(c) || hasTime(c) || PREDICATE.test(c)) && namesFormWord(c)) return null;
  // 说要双井街道2020年的项目清单: a stored name with something asked of it is the question, not its story.
  if (keep.length && (q?.select?.length || LIST_WORDS.test(c))) return null;
  if (alone.unplaced.some((w) => unknownOffice(w, text) || holdsStoredName(w, storedName))) return null;
  // 领导嫌重点项目太多: a word not understood right before 项目 describes projects — a condition, never the story's.
  if (alone.unplaced.some((w) => describesProjects(w, c))) return null;
  return { keep };
}

/**
 * Whether a word stands right before 项目 / 的项目 / 资金 in the clause (重点项目, 应急的资金): a kind of project. A
 * word ending in 的 (执行率低的项目) says how a field stands — the question's own words say it precisely.
 */
function describesProjects(word: string, clause: string): boolean {
  // (街道的项目不熟: a kind of office names no kind of project)
  if (word.endsWith('的') || isClassWord(word)) return false;
  for (let at = clause.indexOf(word); at >= 0; at = clause.indexOf(word, at + 1)) {
    // (应急项目: 急 alone is a filler word, read apart from 应.) A single adjective — 大项目 — names no kind.
    const m = /^([^\s的]?)\s*(?:的)?\s*(?:项目|资金|经费|专项)/u.exec(clause.slice(at + word.length));
    if (m && (word + m[1]).length > 1) return true;
  }
  return false;
}

/** A question reported as asked of the clerk (妈问我…干啥, 朋友问我忙不忙): 问 before the words that ask. */
const ASKED_OF_ME = /问(?:我|咱|我们)?\p{Script=Han}*?(?:多少|几|哪|谁|什么|啥|吗|有没有)/u;
/** Words of the forms a question may be about: projects, forms, money, a figure. */
const OF_THE_FORMS = /项目|表|资金|经费|钱|预算|分|率|\d/u;

/**
 * A question someone asked the clerk about nothing of the forms (我妈问我在单位天天干啥): chit-chat told before the
 * question, not the question. Never when it names a field, projects, forms, money or a figure (科长问我潞源有几个重点项目
 * is the question, its words not understood reported), nor when it holds a stored name (storyOf keeps those).
 */
function chitChatAsk(c: string): boolean {
  return ASKED_OF_ME.test(c) && !OF_THE_FORMS.test(c) && !namesFormWord(c);
}

/**
 * A unit that tells why the clerk asks and states conditions of its own (上个月报的数被退回来了，说满意度没做的太多。
 * 大红门满意度指标得0分的项目有几个; 刘书记点名说电话没写的要补，河门口有几个项目联系电话是空的): a statement that asks
 * nothing and requests nothing, whose conditions (topics: satisfaction, execution, a field) the question asks about
 * again in its own, precise words. It is the reason, said back; its stored names and years stay conditions. Whether
 * the question asks about the same is decided with the whole message (readWithout); a topic the question does not
 * name keeps the unit in the question (and its words, if not understood, reported).
 */
function reasonOf<P extends StoryParse>(
  unit: Clause,
  text: string,
  parse: (text: string) => P,
  storedName: (word: string) => boolean,
): Told | null {
  const c = unit.text.trim();
  if (ASKS.test(c) || RESTRICTS.test(c) || REQUEST.test(c) || LIST_WORDS.test(c) || !statement(c))
    return null;
  const alone = parse(c);
  const q = alone.query;
  if (!q || q.measures?.length || q.order || q.groupBy || q.select?.length) return null;
  const unknown = (w: string) =>
    unknownOffice(w, text) || holdsStoredName(w, storedName) || describesProjects(w, c);
  if (alone.unplaced.some(unknown)) return null;
  const keep: Kept[] = [];
  const topics: string[] = [];
  for (const f of leaves(q.filters)) {
    if (f.type === 'name') {
      // A project named, or a name left out, is what is asked about: no reason.
      if (f.negate || f.field === 'projectName') return null;
      keep.push({ term: f.term, kind: kindOf(f) });
    } else if (f.type === 'compare' && f.field === 'year') {
      if (f.op !== '=') return null;
      if (YEAR_IN_FIGURES.test(c)) keep.push({ term: `${f.value}年`, kind: 'year' });
    } else topics.push(topicOf(f));
  }
  if (!topics.some((t) => t !== VAGUE)) return null;
  return { keep: keep.filter((t, k) => keep.findIndex((u) => u.term === t.term) === k), topics };
}

/** A condition of no topic of its own (有问题: open findings), said of the topic beside it. */
const VAGUE = 'vague';
/** Fields of one topic: a reason told in one and asked in another (钱没花完 → 执行率低于100%) is one matter. */
const TOPIC: Partial<Record<string, string>> = {
  satisfactionScore: 'satisfaction',
  satisfactionWeight: 'satisfaction',
  executionRate: 'execution',
  statedRate: 'execution',
  executed: 'execution',
  remaining: 'execution',
  budgetScore: 'execution',
  budgetWeight: 'execution',
  totalScore: 'total',
  computedTotal: 'total',
  totalWeight: 'total',
  rowsBelowWeight: 'deduction',
};

/** What a condition is about. */
function topicOf(f: LeafFilter): string {
  switch (f.type) {
    case 'compare':
    case 'empty':
      return TOPIC[f.field] ?? f.field;
    case 'fields':
      return TOPIC[f.left] ?? f.left;
    case 'satisfactionGap':
      return 'satisfaction';
    case 'grade':
      return 'total';
    case 'finding':
      return f.codes.some((code) => code.startsWith('DEVIATION')) ? 'deduction' : `finding:${f.codes.join()}`;
    case 'status':
    case 'severity':
      return VAGUE;
    default:
      return f.type;
  }
}

/** A unit that tells and asks nothing: no ask, no request (readWithout). */
const tellsOnly = (u: Clause) => statement(u.text.trim()) && !ASKS.test(u.text) && !REQUEST.test(u.text);

/** The message with its narrative units replaced by what they keep, parsed; null unless wholly understood. */
function readWithout<P extends StoryParse>(
  text: string,
  units: Clause[],
  given: Array<Told | null>,
  parse: (text: string) => P,
): P | null {
  // A unit telling why stays a reason only when the question, read without every unit that tells, asks about each of
  // its topics (a vague one — 有问题 — goes with the others).
  let marks = given;
  if (given.some((m) => m?.topics)) {
    const bare = parse(
      restOf(
        text,
        units,
        given.map((m, k) => (m || tellsOnly(units[k]!) ? { keep: [] } : null)),
      ),
    );
    const asked = new Set(leaves(bare.query?.filters ?? []).map(topicOf));
    marks = given.map((m) => (m?.topics?.every((t) => t === VAGUE || asked.has(t)) === false ? null : m));
  }
  const told = marks.filter(Boolean).length;
  if (!told || told === units.length) return null;
  // A year, place or person of the story of a kind the question names itself is context (领导让我对比往年，不过2019年
  // 的表没录进来。…2020年的项目有几个): the question's own wins; the story's is said back.
  const own = marks.some((m) => m?.keep.length)
    ? parse(
        restOf(
          text,
          units,
          marks.map((m) => m && { keep: [] }),
        ),
      )
    : null;
  const kinds = new Set(leaves(own?.query?.filters ?? []).map(kindOf));
  const kept = marks.map((m) => m && { keep: m.keep.filter((t) => !kinds.has(t.kind)) });
  const read = parse(restOf(text, units, kept));
  if (read.unplaced.length || !read.query || !asksSomething(read.query, restOf(text, units, kept)))
    return null;
  // Once the story is set aside, a clause left that asks nothing must add no condition of its own: 又被退回来了，
  // 说是满意度那块有问题。…哪些没有满意度指标 — that clause tells what happened too, and read as conditions it would
  // change the answer (its words were the ones that made the whole message a refusal before).
  const asking = units.map((u, k) => kept[k] ?? (tellsOnly(u) ? { keep: [] } : null));
  const asked = parse(restOf(text, units, asking));
  const askedKinds = new Set(leaves(asked.query?.filters ?? []).map(filterKey));
  // A stored place, office, person or year there is kept as it would be from the story (就是咱们潞源2023年的项目里，…),
  // and a project the question points back to (主任提到过X，…它的执行数是多少).
  const pointsBack = POINTS_BACK.test(restOf(text, units, asking));
  const added = (f: LeafFilter) =>
    kindOf(f) === 'other' && !(pointsBack && f.type === 'name' && f.field === 'projectName');
  // 领导…发火了，说有个项目总分才90分，是哪个 / 据说要抽总分最低的5个项目，提前告诉我是哪5个: an ask with no condition of
  // its own asks about what the reported statement told — its conditions are the question's, read, never dropped.
  const askingText = restOf(text, units, asking);
  const onlyPointing = !leaves(asked.query?.filters ?? []).length && ASKS.test(askingText);
  // 说部分项目扣了分偏差原因却没写。帮我把河门口这类项目找出来: the ask names the kind told before it (这类, 这种,
  // 这样的) — the told conditions are the question's, read, never dropped.
  const pointsToKind = KIND_BACK.test(askingText);
  if (
    !onlyPointing &&
    !pointsToKind &&
    leaves(read.query.filters).some((f) => added(f) && !askedKinds.has(filterKey(f)))
  )
    return null;
  const said = units.flatMap((unit, k) =>
    kept[k] ? [kept[k]!.keep.reduce((s, t) => s.replace(t.term, ''), unit.text).trim()] : [],
  );
  // A row's column set aside (X 购买慰问品 实际完成值: the row was not found) is what is asked, never a story's word: the
  // project alone had been answered.
  if (said.some((t) => ROW_COLUMN.test(t) || POINTED_THING.test(t))) return null;
  return { ...read, setAside: [...(read.setAside ?? []), ...said.filter(Boolean)] };
}

/** Words pointing back to a kind of project told before (这类项目, 这种情况, 这样的项目, 类似的). */
const KIND_BACK = /(?:这|那|此)(?:一)?(?:类|种|样的)|类似的/u;

/** Words pointing back to a project named before (它的执行数, 这个项目的负责人). */
const POINTS_BACK = /它|(?:这|那|该)(?:个)?项目/u;

/** A filter's type and field, to tell which clause a condition came from. */
const filterKey = (f: LeafFilter) => `${f.type}:${'field' in f ? String(f.field) : ''}`;

/** What a filter constrains, as far as a kept term can: a year, a place or office, a person. */
const kindOf = (f: LeafFilter) =>
  f.type === 'compare' && f.field === 'year'
    ? 'year'
    : f.type === 'name' && f.field === 'owner'
      ? 'owner'
      : f.type === 'name' && f.field !== 'projectName'
        ? 'org'
        : 'other';

/** The text with the narrative units replaced by what they keep. */
function restOf(text: string, units: Clause[], marks: Array<Told | null>): string {
  let rest = '';
  let at = 0;
  let afterStory = false;
  for (const [k, unit] of units.entries()) {
    const story = marks[k];
    rest += text.slice(at, unit.start);
    if (story) rest += story.keep.map((t) => t.term).join(' ');
    // 区财政局的李老师来电话，说要…: the verb of saying after the story only introduces what they asked for.
    else rest += afterStory ? unit.text.replace(REPORTED, '') : unit.text;
    afterStory = !!story;
    at = unit.end;
  }
  return rest + text.slice(at);
}

/**
 * A word that looks like an office or a place and is no generic role (西城区, 教育局, 西城区财政局; not 区财政局,
 * 纪检组, 区委巡察组, nor 下周区审计局: the generic roles taken out, only times and verbs are left). Also no office:
 * a role after a preposition (向区财政局, 去区里), a person called by surname and title (李处, 刘局, 王科长), a verb
 * of general Chinese (经办), one character left over (区财政局干: no name of an office or a place is one character),
 * a meeting of a role (开党工委会). `text` is the whole message: by where the word stands in it, an office that only
 * says who someone is (see notAnOffice) is no office either.
 */
export function unknownOffice(word: string, text: string): boolean {
  // 科, 局 alone (科里, 局里 with 里 read apart): a role, no name.
  // (街道 / 单位 alone: a kind of office, no office the store might know)
  if (!ORG_OR_PLACE.test(word) || word.length === 1 || isClassWord(word)) return false;
  if (notAnOffice(word, text)) return false;
  let rest = '';
  let i = 0;
  while (i < word.length) {
    let n = 0;
    for (let j = word.length; j >= i + 2 && !n; j--) if (GENERIC_ROLE.test(word.slice(i, j))) n = j - i;
    // 开党工委会 / 召开办公会: a role's meeting is when something happened, with its verb.
    if (n && word[i + n] === '会') n += 1;
    if (!n) {
      const meeting = MEETING_VERB.exec(word.slice(i));
      const at = i + (meeting?.[0].length ?? 0);
      for (let j = word.length; meeting && j >= at + 2 && !n; j--)
        if (GENERIC_ROLE.test(word.slice(at, j)) && word[j] === '会') n = j + 1 - i;
    }
    // 去区 / 向区: a level alone after a verb of going or a preposition (去区里开会, 向区财政局报送).
    // 调去区里 / 派到市里: the verb of going with it (the verb alone, one character, names nothing).
    if (!n && LEVEL.test(word[i]!) && GOING.test(word[i - 1] ?? '')) {
      n = 1;
      rest = rest.slice(0, -1);
    }
    if (!n) n = titled(word, i);
    // 经办, 处理: a verb of general Chinese holding 办 or 处 names no office (经办人 is who handles it).
    if (!n && isGeneralWord(word.slice(i, i + 2))) n = 2;
    if (n) {
      i += n;
      rest += ' ';
    } else rest += word[i++];
  }
  return rest
    .split(' ')
    .some((piece) => ORG_OR_PLACE.test(piece) || (piece.length > 1 && !onlyOccasion(piece)));
}

/** A verb of holding or attending a meeting, before the role whose meeting it is (开党工委会). */
const MEETING_VERB = /^(?:召开|开|参加|列席)/u;
/** Quotation marks around a title or a slogan (“小钱办大事”, 「党群办」). */
const QUOTED = /[“「『"‘']([^”」』"’']+)[”」』"’']/gu;
/**
 * Who someone is after the office they work in, with 的: 党建办的小王, 街道办的老李, 财政所的同事, 民政局的李老师 (卫健委领导
 * run together may still be the office's projects asked for a leader: it stays reported).
 */
const PERSON_AFTER =
  /^的(?:(?:小|老)\p{Script=Han}(?!\p{Script=Han}*(?:项目|资金|经费))|同事|同志|领导|工作人员|那位|这位|人(?=[说问讲打来找])|(?:\p{Script=Han})(?:老师|科长|处长|局长|主任|书记|部长|主席|姐|哥))/u;
/** The asker's own institution: 我们街道工委, 咱们办, 我们单位. */
const OWN_BEFORE = /(?:我们|咱们|我|咱|本)$/u;

/**
 * Words shaped like an office that say who someone is or what something is called, never which projects: every place
 * the word stands in the message is inside quotation marks and the quoted words end in no kind of office (“小钱办大事”
 * is a slogan, “党群办” stays an office), right after 我们 / 咱们 (the asker's own institution), or right before
 * 的 and a person (党建办的小王: who called). A word found nowhere in the message (rewritten) is not excused.
 */
function notAnOffice(word: string, text: string): boolean {
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) places.push(at);
  if (!places.length) return false;
  const quotes = [...text.matchAll(QUOTED)].map((m) => ({
    start: m.index! + 1,
    end: m.index! + 1 + m[1]!.length,
    inner: m[1]!.trim(),
  }));
  return places.every((at) => {
    const quoted = quotes.find((q) => at >= q.start && at + word.length <= q.end);
    if (quoted) return !ORG_OR_PLACE.test(quoted.inner.at(-1) ?? '');
    const after = text.slice(at + word.length);
    return OWN_BEFORE.test(text.slice(0, at)) || PERSON_AFTER.test(after) || titledAfter(after);
  });
}

/** 的李处 / 的王科长 after an office: a person of it called by surname and title. */
function titledAfter(after: string): boolean {
  return after.startsWith('的') && titled(after.slice(1), 0) > 0;
}

/** The levels of government, alone: 区, 市. */
const LEVEL = /[区市县镇乡省]/u;
/** Going to, receiving or addressing someone, right before a role: 去区里, 向区财政局, 到市里, 迎接市里. */
const GOING = /[去到向往给跟找接陪]/u;
/** Titles a person is called by after the surname (李处, 刘局, 王科, 张主任). */
const TITLE = /^(?:处长|局长|科长|主任|书记|部长|处|局|科|总)/u;

/** The length of a surname and a title at `i` (李处 → 2), or 0. */
function titled(word: string, i: number): number {
  if (!surnameOf(word.slice(i, i + 2))) return 0;
  const title = TITLE.exec(word.slice(i + 1));
  return title ? 1 + title[0].length : 0;
}

/** A word run together with a stored name (听说河门口): the name may be meant as a condition. */
function holdsStoredName(word: string, storedName: (w: string) => boolean): boolean {
  for (let i = 0; i < word.length; i++)
    for (let n = word.length - i; n >= 2; n--) if (storedName(word.slice(i, i + n))) return true;
  return false;
}

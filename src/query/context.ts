/**
 * What surrounds a question: the clerk's own background clauses (below), and the chat's previous question that a
 * follow-up relies on (second half of this file).
 *
 * Background clauses: what a clerk says about themselves before or after the question (我在准备年底的材料，…;
 * 刚接手这块工作，不太熟悉，…; 年终考核前自查：…; I'm preparing the audit. …). Such a clause speaks of the asker (a
 * pronoun, who asked, when) or is a heading ended by a colon, and asks nothing the query language holds; another
 * clause does. Its words are context, not conditions: they are neither used nor reported. Never widening: a word of
 * such a clause that looks like an organisation or a place (财政局, 卫健委, 顺义区), or that says who the asker is
 * (我是…的), stays unplaced, and a stored place or office named in it is still a condition (河门口街道的表我还没看).
 */
import { z } from 'zod';
import { rewriteBareScore } from './bare-score.ts';
import { FIELD_OF_HAN_WORD, FIELDS, type FieldId, isNumeric, type NumericField } from './fields.ts';
import { SUB_ROW_AFTER_QIZHONG } from './funds-row-words.ts';
import { onlyOccasion } from './harmless.ts';
import { othersTakenIn } from './joint-owners.ts';
import type { Token } from './lexicon.ts';
import { likeThese } from './like-these.ts';
import { AGAIN_BESIDE } from './multi-ask.ts';
import { rewriteOrderWords } from './order-words.ts';
import { arithSchema, type Filter, leaves, type Measure, type PortfolioQuery, querySchema } from './query.ts';
import { placeSaidAlone } from './rank.ts';
import { rewriteRowCounts } from './row-count-words.ts';
import { grantedAsBudget } from './spoken-money.ts';
import { plainAsking } from './spoken-shapes.ts';
import { ASKER_WORDS } from './stopwords.ts';
import { normalise, type Span, simplifiedCharacters, tokenize } from './tokens.ts';

/** Token kinds a background clause may hold: negations and joins of its own verbs (还没细看, 不太熟悉), fillers. */
const BACKGROUND_KINDS = new Set<Token['k']>(['filler', 'empty', 'not', 'and', 'or', 'unit', 'dim', 'range']);

/** Clause ends: Chinese and Latin punctuation (not the point or comma inside a number). */
const CLAUSE_END = /[，。？！；：!?;:\n]|[,.](?!\d)/gu;

/** What a word right before it describes: projects, their funds (重点项目, 应急的资金). */
const DESCRIBES_PROJECTS = /^\s*(?:的)?\s*(?:项目|资金|经费|专项)/u;

/** A negation or a passive right before a verb (没验收, 未审核, 被退回, 还没有报): the verb describes projects. */
const NEGATED_OR_PASSIVE = /(?:没|未|没有|不|别|被|尚未|还没)\s*$/u;

/** Characters that end the names of offices and places. */
const ORG_OR_PLACE = /局|委|办|科|处|厅|部|院|所|站|队|中心|区|市|县|镇|乡|村|街|省|州|旗/u;
const asker = new RegExp(ASKER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')).join('|'), 'u');
const latinAsker = /\b(i|i'm|i'd|we|we're|my|our|us)\b/;

export interface Piece {
  span: Span;
  /** A name resolved in the store (kept as a condition if it names a place or an office). */
  entity?: { placeLike: boolean };
}

/** Words that turn the name after them into an exclusion (不要X的 / 除了X / 去掉X). */
const NEGATING = new Set<Token['k']>(['not', 'except', 'excludeEmpty']);

/**
 * 不要大红门的 reads like the asker's wish (要), but its 不 leaves the stored name after it out: a negation followed,
 * with nothing but fillers between, by a name that stays a condition stays too — dropping it would turn the
 * exclusion into the opposite condition.
 */
function negatesKeptName(piece: Piece, pieces: Piece[], after: number[]): boolean {
  if (piece.entity || piece.span.free || !piece.span.tokens.some((t) => NEGATING.has(t.k))) return false;
  const next = after
    .map((i) => pieces[i]!)
    .find(
      (p) =>
        p.entity || p.span.free || p.span.tokens.some((t) => t.k !== 'filler' && !(t.k === 'op' && t.weak)),
    );
  return next?.entity?.placeLike === true;
}

/** A piece of filler words only. */
const isFillerPiece = (p: Piece) =>
  !p.entity && !p.span.free && p.span.tokens.length > 0 && p.span.tokens.every((t) => t.k === 'filler');

/** The pieces (by index) of background clauses: dropped, neither used nor reported unplaced. */
export function backgroundPieces(text: string, pieces: Piece[]): Set<number> {
  const ends: Array<{ at: number; colon: boolean }> = [];
  for (const m of text.matchAll(CLAUSE_END)) ends.push({ at: m.index!, colon: /[：:]/.test(m[0]) });
  const clauseOf = (start: number) => {
    const k = ends.findIndex((e) => e.at >= start);
    return k < 0 ? ends.length : k;
  };
  const clauses = new Map<number, number[]>();
  pieces.forEach((p, i) => {
    const c = clauseOf(p.span.start);
    clauses.set(c, [...(clauses.get(c) ?? []), i]);
  });
  const content = (i: number) => {
    const p = pieces[i]!;
    if (p.entity || p.span.free) return false;
    return p.span.tokens.some((t) => !BACKGROUND_KINDS.has(t.k) && !(t.k === 'op' && t.weak));
  };
  const background: number[][] = [];
  let asking = false;
  for (const [c, members] of clauses) {
    const start = c === 0 ? 0 : ends[c - 1]!.at + 1;
    const end = ends[c]?.at ?? text.length;
    const clause = text.slice(start, end);
    if (members.some(content)) {
      asking = true;
      continue;
    }
    const heading = ends[c]?.colon === true;
    // A clause of nothing but what is done and when (年底考核，…): the occasion of the question.
    const frees = members.filter((i) => pieces[i]!.span.free);
    // 没验收的 / 被退回的 / 年底考核的: a verb negated or passive, or a clause ending in 的, describes projects — a
    // condition not understood (reported), never the occasion of the question.
    const describes = (i: number) =>
      NEGATED_OR_PASSIVE.test(text.slice(start, pieces[i]!.span.start)) || /的\s*$/u.test(clause);
    const occasion =
      frees.length > 0 &&
      members.every((i) => !pieces[i]!.entity) &&
      frees.every((i) => onlyOccasion(pieces[i]!.span.text) && !describes(i));
    if (heading || occasion || asker.test(clause) || latinAsker.test(clause)) background.push(members);
  }
  const drop = new Set<number>();
  if (!asking) return drop;
  for (const members of background) {
    for (const [n, i] of members.entries()) {
      const p = pieces[i]!;
      if (p.entity?.placeLike || negatesKeptName(p, pieces, members.slice(n + 1))) continue;
      if (p.span.free) {
        const word = p.span.text.trim();
        const before = text.slice(Math.max(0, p.span.start - 3), p.span.start);
        if (ORG_OR_PLACE.test(word) || /(我|我们|咱们)是$/.test(before)) continue;
        // 主任嫌重点项目太多: a word right before 项目 describes projects — a condition not understood, reported. (A
        // single adjective — 他们只看大项目 — names no kind of project; the question states its own bound.)
        // (应急项目: 急 alone is a filler word; a one-character filler between does not part the word from 项目.)
        const next = pieces.slice(i + 1).find((q) => !(q.span.text.trim().length === 1 && isFillerPiece(q)));
        const described = next ? text.slice(p.span.start, next.span.start).trim() : '';
        if (
          described.length > 1 &&
          !described.endsWith('的') &&
          DESCRIBES_PROJECTS.test(text.slice(next!.span.start))
        )
          continue;
      }
      drop.add(i);
    }
  }
  return drop;
}

/*
 * Follow-up questions in one chat (issue 10): 那2020年的呢, 只看潞源的, 按执行率排一下, 它们的平均总分, 她负责的…
 * An elliptical question is read against the chat's previous query: a filter of a kind already there replaces it
 * (that year instead of this one), a filter of a new kind narrows, a new measure or field keeps the filters, an
 * ordering re-sorts the same set, a pronoun stands for the previous answer's person or project set. Only an
 * elliptical message is merged, only with a question of the same chat that is not too old; a complete question
 * stands alone, and a follow-up with nothing to attach to is asked about, never answered for all projects.
 */

/** How long a chat's previous question can be followed up on. */
export const FOLLOW_UP_MAX_AGE_MS = 30 * 60_000;

/** A question answered in a chat, kept with the chat so that the next message may follow up on it. */
export const askedQuestionSchema = z.object({
  /** The query as answered (a follow-up's is the merged one). */
  query: querySchema,
  /** The message as typed, to say what a follow-up carries over. */
  text: z.string(),
  /** When it was answered (ISO 8601). */
  at: z.string(),
  /** The one person the question or its answer was about (for 他 / 她). */
  person: z.string().optional(),
  /** The one project the question or its answer was about (for 那个项目 / 该项目). */
  project: z.string().optional(),
  /** The unit the speaker said was theirs (我是双井街道的), for a later 我们单位 / 咱们街道 (own-unit.ts). */
  speaker: z.string().optional(),
  /**
   * Arithmetic on two figures (arithmetic.ts): a follow-up changes an operand (arith-follow.ts); `query` is then
   * empty and never merged with.
   */
  arith: arithSchema.optional(),
  /**
   * The projects a row answer listed (answer.ts listedProjectsAsked): followed up only when the message points at them
   * (这些里面… / 其中… / 它们…) — a question after a row answer otherwise stands alone, as it did before.
   */
  pointedOnly: z.boolean().optional(),
  /**
   * The one project whose rows were listed (answer.ts oneProjectsRows): the next message is about it, but a later ask
   * of the same message goes on from the rows, as before (…哪条指标被扣分了，扣了几分: a column of them).
   */
  rowsOfOne: z.boolean().optional(),
});
export type AskedQuestion = z.infer<typeof askedQuestionSchema>;

/** Whether a message opens by pointing at the set just answered (这些 / 其中 / 它们 / 这里面 / these). */
export const pointsAtSet = (message: string) =>
  SET_WORDS.test(message.normalize('NFKC').trim()) || SET_WORDS_EN.test(message.normalize('NFKC').trim());

/** What the bot hands the question hook for one chat: its previous question (as stored) and where to keep this one. */
export interface QuestionChat {
  previous: unknown;
  /** Null: nothing this chat can follow up on (an answer that is not a query). */
  remember(asked: AskedQuestion | null): void;
  /**
   * Within one message only (multi-ask.ts): the ask before this one was about indicator rows, with the scope of
   * forms it was read over (指标一共几条，扣了几条: the second ask counts rows of the same forms) and the rows' name
   * when it said one (数量指标一共多少条，有几条没完成: the second ask counts 数量指标 too).
   */
  rows?: { scope: Filter[]; term?: string | null } | null;
  /** Where a row answer leaves its scope (and the rows' name) for the next ask of the same message. */
  rememberRows?(scope: Filter[], term?: string | null): void;
}

/** The stored previous question, when it is one and recent enough to follow up on. */
export function recentQuestion(stored: unknown, now: Date): AskedQuestion | null {
  const parsed = askedQuestionSchema.safeParse(stored);
  if (!parsed.success) return null;
  const age = now.getTime() - Date.parse(parsed.data.at);
  return age >= 0 && age <= FOLLOW_UP_MAX_AGE_MS ? parsed.data : null;
}

type How = 'replace' | 'narrow' | 'refer' | 'widen';
/** A message opening with 都 (是不是都…, 是否全部…): "all of them", said of the set just answered. */
const ALL_OF_THEM_LEAD =
  /^(?:那|那么)?(?:(?:是不是|是否)(?:都|全都|全部都|全部|全)|都|全都)(?!部门|区|市|年|项目|是谁|是哪)/u;

export interface FollowUpReading {
  /** The message as typed. */
  message: string;
  /** The text to parse: the follow-up words taken off, a pronoun for a person replaced by the name. */
  text: string;
  /** Set when the message says it follows up (那…呢, 只看, 其中, 它们, 他负责的…). */
  how: How | null;
  /** A pronoun for a person was replaced by the person of the previous question. */
  person: boolean;
  /** An ordering alone (最少的呢, 倒过来排): the previous question's order changed. */
  /** `same`: no direction said (只要前三个): the previous answer's order kept, cut to the count. */
  /** `one`: the one at that end asked (最多的是哪个 after 最少的两个): one, not as many as before. */
  reorder?: {
    dir: 'asc' | 'desc' | 'flip' | 'same';
    limit?: number;
    superlative: boolean;
    which?: boolean;
    one?: boolean;
    /** 倒数第二的呢 after a ranking: the one at that place (rank.ts placeSaidAlone). */
    place?: number;
  };
  /** What to ask instead of answering: the message follows up on nothing it can be read against. */
  ask?: string;
  /** 她手上别的项目: the project the previous answer was about, left out of the person's projects. */
  others?: string;
  /** 又是哪张 / 又有几个: set against the question before — a condition it names takes the place of that one's. */
  contrast?: boolean;
}

/** 不对 / 错了 / 我说错了 before a correction of the previous question (a separator, or what was meant, follows); said
 * twice in a row (不对不对，/ 错了错了，) it is the same correction. */
const CORRECTION =
  /^(?:(?:不对|不是这样|错了|搞错了|弄错了|说错了|我说错了|写错了|搞反了|弄反了|说反了|排反了|不好意思|抱歉)(?:[，,。！!\s]+|(?=我|应该|要的|不对|错了|[说搞弄写打]错))|(?:sorry|no|nope|wrong|oops)[,.!;]\s*)+/iu;
/** 我要的是 / 我是说 / 应该是 / I meant: what the asker meant. */
const MEANT =
  /^(?:我(?:想)?要(?:的|看的)?是|我(?:想)?问的是|我是说|我的意思是|应该是|要的是|i meant|i mean|what i meant was|i wanted|actually)[，,\s]*/iu;

/**
 * 不对，我要的是最多的 / 我是说2022年 / 应该是300万: the message without its words of correction, and whether it
 * corrects (then it replaces what the previous question said, never narrows it). Without anything after them the
 * words are pushback, not a question: left as they are.
 */
export function correctionOf(text: string): { rest: string; corrected: boolean } {
  const lead = CORRECTION.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const meant = MEANT.exec(rest)?.[0] ?? '';
  const left = rest.slice(meant.length);
  if (!(lead || meant) || !left.trim()) return { rest: text, corrected: false };
  return { rest: left, corrected: true };
}

/**
 * Words before the follow-up proper: chit-chat and voice fillers (嗯 / 嗯对 / 然后, 那个 / 就是 said with a pause after
 * them), then 那 / 再 / and (this goes on from the last question).
 */
const LEAD_IN =
  /^(?:(?:好的?|ok|okay)[，,、\s]+|(?:(?:嗯|哦|噢|呃)+(?:对|是|好)?[，,、\s]*|(?:那个|就是|这个)[，,、\s]+|然后[，,、\s]*)+)?(那么|那就|那(?![些几个仨俩])|再(?=看|按|统计|查|列|算|问)|then\b|and\b|so\b)?[，,、\s]*/iu;
/**
 * A remark on the answer just given, before what to do with it (太多了，只留前三个 / 有点长，…): it says nothing
 * about which projects; what follows does. Only as a clause of its own, ended by a separator.
 */
const REMARK = /^(?:(?:太|有点|有些|好像|还是)(?:多|少|长|乱|杂)(?:了|啊|呀)?(?:点|些)?[，,、。！!\s]+)+/u;
/** 再筛一下 / 再过滤一遍，…: narrowing the set just shown (a bare 筛选出… may be a question of its own). */
const NARROW_VERB =
  /^(?:(?:再|还)(?:筛选?|过滤|挑)(?:一下|一遍|下)?|(?:筛选?|过滤)(?:一下|一遍)[，,、\s])[，,、\s]*/u;
/** 大红门的也查一下 / 潞源也一样 / 2022年的也看看: the same question again for what is named before 也. */
const ALSO_SAME =
  /^(.+?)(?:那边|这边)?(?:的)?也(?:一样|同样|照样)?(?:查|看|算|统计|列|问|来)?(?:一下|一查|一遍|看|看看|下)?$/u;
/**
 * 把发改委的也算上 / 潞源的也加进来 / 2022年的也包括进去: the previous set and these projects too — the condition of
 * that kind widened to either (a union), the rest kept.
 */
const ALSO_ADD =
  /^(?:把|将)?(.+?)(?:那边|这边)?(?:的)?(?:项目)?也(?:都)?(?:算上|算进去|算进来|算在内|加上|加进去|加进来|包括进来|包括进去|包含进来|包含进去|放进来|放进去|带上|一起算|一起统计|一起算上|列上|列出来|标上|写上|附上|显示出来|显示上)(?:吧|呢|啊)?$/u;
/** 加上双井呢 / 再算上2022年的: the same, said with the verb first. */
const ADD_FIRST =
  /^(?:那|那么)?(?:再)?(?:加上|算上|连同|加进|并上)(.+?)(?:那边|这边)?(?:的)?(?:项目)?(?:一起)?(?:呢|吧|啊)?[\s？?。！!]*$/u;
/** 又 right before 是 / 有 and a question word (又是哪个, 又有多少): contrast with the question before. */
const CONTRASTIVE_YOU = /又(?=(?:是|有|能有|该是)?(?:哪|谁|多少|几|什么|啥))/u;
/** 别的 / 其他 / 其余 before 项目 (她手上别的项目里, 他负责的其他项目): the person's projects but the one just asked about. */
const OTHER_PROJECTS = /(?:别的|其他的?|其它的?|其余的?|另外的)(?=项目)/u;
/** 他负责的 / 她名下的 / 他的项目: the person of the previous answer. */
const PERSON =
  /^(?:他|她|这个人|这人|此人|这位|那个人|那位|该负责人)(?:负责人)?(?:的)?(?:一共|总共|总计|共|都|还|又|另外|自己|本人|一个人|单独|现在|目前)*(?=负责|管|牵头|分管|名下|手上|手里|经手|的?项目|报了|报的|有几|有多少)/u;
/** 它们的 / 这些里面 / 这俩 / 这两个 / 其中 / 他的联系电话 / 那个项目花了多少钱: the previous answer's set of projects (其中当年财政拨款 is the
 * funds sub-row's printed label, 其中：当年财政拨款, not a set). */
const SET_WORDS = new RegExp(
  `^(?:它们|它|他们|她们|他|她|这些|这几个|这几项|那些|那几个|这俩|那俩|这仨|那仨|[这那](?:两|三|四|五|六|七|八|九|十|\\d+)(?:个|项)|其中(?!${SUB_ROW_AFTER_QIZHONG})|这里面|这里头|这里边|里面|里头|这当中|当中|以上|上面(?=的|这|那|几|列|项目|里|中|[，,、]|$)|上述|(?:刚才|刚刚)(?:的|那个|这个|那|这)项目|刚才(?=的|那|这|列|查|算|给|说的|问的)|该项目|这个项目|此项目|这项目|那个项目|那项目|那一个项目|(?:这个|那个)(?=是|的|呢|[？?]))(?:的|里面|里头|中间|当中|之中|中|里|项目)*`,
  'u',
);
/** A request's opening and verb (请补充列示, 麻烦再给出, 帮我查一下) with nothing between it and what it asks of. */
const REQUEST_BEFORE_SET =
  /^(?:请你?|麻烦你?|烦请|帮我|帮忙)?(?:再|另|补充|一并|顺便|同时)*(?:列示|列出|列一下|给出|提供|告诉我|查一下|查查|看一下|看看|说一下|报一下)(?:一下)?/u;
/** The set words that point at one project (那个项目, 该项目), not at a set. */
const ONE_PROJECT =
  /^(?:该项目|这个项目|此项目|这项目|那个项目|那项目|那一个项目|(?:这个|那个)(?=是|的|呢|[？?])|(?:刚才|刚刚)(?:的|那个|这个|那|这)项目)/u;
/** 它 alone (not 它们): one project, as 那个项目 is. */
const IT_ALONE = /^它(?!们)/u;
const SET_WORDS_EN =
  /^(?:these|those|them|they|their|its|it|his|her|of (?:these|those|them)|among (?:these|those|them))\b(?:\s+(?:projects?|ones))?/iu;
/** …of those / …for these projects after the figure asked (phone numbers of those pls). */
const SET_AFTER_EN =
  /^([A-Za-z][^?？]*?)\s+(?:of|for|among)\s+(these|those|them)(?:\s+(?:projects?|ones))?\b(?:\s*(?:pls|please|plz))?/iu;
/** 只看 / 只统计 / 仅 / 光看: keep the previous set, narrowed. */
const NARROW =
  /^(?:(?:只|仅)(?!有|是)(?:看|统计|算|要|列|查|留|显示|保留|限于?|看看|报|给|说)?|(?:光|单)看)(?:一下)?/u;
const NARROW_EN = /^(?:only|just)\b/iu;
/** 去掉双井的，剩下的… / 不要双井的， / 除了双井，其他的…: what to leave out of the set, then what to do with the rest. */
// (去掉 / 不要 presuppose the set shown; 除了X，其他街道… may ask anew — only 剩下的 / 其他的 with no noun of its own
// after it is the set shown; 刨去X，大红门的… names a set of its own and asks anew)
const LEAVE_OUT =
  /^(?:(?:去掉|去除|刨去|刨掉|不要|扣除)([^，,、\s]{1,12}?)(?:的)?(?:项目)?[，,、\s]+(?:(?:剩下|其他|其余|其它)(?:的)?(?:项目)?)?|(?:除了|除去|排除|不算)([^，,、\s]{1,12}?)(?:的)?(?:以外|之外)?(?:项目)?[，,、\s]+(?:剩下|其他|其余|其它)(?:的)?(?:项目)?)(?=按|排|列|再|呢|都|有|是|还|[，,？?]|$)/u;
/**
 * 去掉负责人是王丽的 said alone after a list: the list less those (nothing else asked) — a condition said with 是 only
 * (去掉牛艳维负责的 / 刨掉大红门的还剩几个 are read as before).
 */
const LEFT_OUT_ALONE =
  /^(?:去掉|去除|刨去|刨掉|扣除|排除|不要)([^，,、\s是为]{1,6}(?:是|为)[^，,、\s是为]{1,10}?)(?:的)?(?:项目)?(?:吧|呢)?[。！!？?]*$/u;
/**
 * 换成2020年 / 改成潞源: the previous question with this instead. 改成算全年预算合计 / 换成统计平均总分: a verb of working
 * out after it says how the new figure is had, not what (算上 / 算进 widen, and stay).
 */
const REPLACE = /^(?:换成|改成|换为|改为|换到|改看)(?:(?:算|计算|统计|求)(?![上进在])(?:一下|下)?)?/u;
const REPLACE_EN = /^(?:what about|how about|and for|and in|same for|same with)\b/iu;
/** 呢 at the end of a message that asks nothing of its own (执行率呢, 大红门的呢). */
const NE = /呢[\s？?。！!～~]*$/u;
/** 口径不变 / 其他条件不变 / 范围照旧, before what changes. */
const KEPT_AS_BEFORE =
  /^(?:其他|其余|别的)?(?:口径|条件|范围|统计口径)(?:都)?(?:不变|照旧|一样|保持不变)[，,、\s]*(?=\S)/u;
/** …情况如何 / 情况怎么样: how things stand there, asked after a question — the same question of it. */
const HOW_IS_IT = /(?:的)?情况(?:又)?(?:如何|怎么样|怎样|咋样)[？?。！!\s]*$/u;
const ASKS = /多少|几|哪|谁|什么|啥|怎么|是否|有没有|吗|how|what|which|who/iu;
/** The whole message says only which way to sort (倒过来, 反过来, 从高到低排). */
const FLIP = /倒过来|反过来|反之|倒序|反序|搞反了|弄反了|排反了|说反了|reverse/iu;

/**
 * Reads the follow-up words of a message. `previous` is the chat's recent question (or null); without it a message
 * that can only be read against one (它们, 她负责的, 执行率呢, 最少的呢) is asked about.
 */
/**
 * 再问一下，… / 另外问个问题：… / 还有个问题，…: the speaker says a new question begins — what follows is read as it
 * would be with nothing before it (a 那…呢 after it still follows up). 再算一下 / 再列一下 stay the previous question.
 */
const NEW_QUESTION =
  /^(?:(?:好的?|嗯|哦|ok|谢谢)[，,、\s]*)?(?:那|那么)?(?:我)?(?:(?:再|另外|顺便|还想|还要|还)(?:问|请教|咨询)(?:一下|下|一个|个|一句|两句)?(?:问题|事)?|(?:还有|另外|换)(?:一个|个)(?:问题|事))(?:啊|哈|呀)?[，,、：:。\s]+(?=\S)/iu;

/** A statistic of a set of figures, as said (平均数, 中位数, 合计, 最大值…); longest first. */
const STATISTIC = '平均数|平均值|平均|均值|中位数|中位值|合计|总和|总数|最大值|最小值|最高值|最低值';
/** 中位数呢 / 那平均下来每个项目是多少呢 / 最小值呢: another statistic alone, of the figure just asked. */
const STATISTIC_ALONE = new RegExp(
  `^(?:那|那么)?(?:它们的|这些的|这些项目的)?(${STATISTIC})(?:下来)?(?:每个项目|每项|一个项目)?(?:是|为|有)?(?:多少|几)?(?:呢|啊|吧)?[？?。]*$`,
  'u',
);

/** 有没有超过一个亿 / 是不是过3000万了 / 到没到一千万: a bound said alone, asked yes or no. */
const BOUND_ALONE =
  /^(?:那)?(?:是不是|是否|有没有|有无|能不能|够不够|到没到|超没超)(?:已经|都|快)?(?:超过|超出|过|达到|到|不到|低于|高于)?(?:了)?[\d一二两三四五六七八九十百千万亿.]+(?:个)?(?:万元|万|元|亿元|亿|个|项)?(?:了)?(?:吗|呢|吧)?[？?。！!]*$/u;
/** The figure's asking words closing the question before (一共多少 / 合计是多少). */
const FIGURE_ASKED_END =
  /(?:一共|合计|总共|加起来|共计|总计)?(?:是|有)?多少(?:钱|万元|万|元|个|项)?[？?。！!\s]*$/u;

/**
 * 大红门2023年全年预算一共多少？→ 有没有过一个亿: a bound said alone right after a total is said of that total (read
 * over the projects it had answered 没有 — no one project above 1亿 — while the total was 1.77亿): the question before,
 * its total checked against the bound (figure-check.ts). Null when the question before was no total.
 */
function boundOfTotal(message: string, previous: AskedQuestion | null): string | null {
  if (!previous || previous.arith || !totals(previous.query) || !BOUND_ALONE.test(message)) return null;
  if (!FIGURE_ASKED_END.test(previous.text)) return null;
  const figure = previous.query.measures!.every((m) => m.fn === 'count') ? '一共' : '合计';
  return `${previous.text.replace(FIGURE_ASKED_END, '')}${figure}${message.replace(/^那/u, '')}`;
}

/**
 * The previous question asked again with the statistic just said in place of its own (大红门项目全年预算数的平均数是
 * 多少 → 中位数呢: …的中位数是多少); null when the previous question said no statistic, or said more than one.
 */
function statisticSwapped(message: string, previous: AskedQuestion | null): string | null {
  const said = STATISTIC_ALONE.exec(message)?.[1];
  if (!said || !previous || previous.arith) return null;
  const found = previous.text.match(new RegExp(STATISTIC, 'gu')) ?? [];
  if (found.length !== 1 || found[0] === said) return null;
  return previous.text.replace(found[0]!, said);
}

/** 另外 opening a question (not 另外的 / 另外那几个: the others of a set). */
const ANOTHER = /^(?:那|那么)?另外(?![的那这几两三一个些外])[，,、\s]*(?=\S)/u;

export function readFollowUp(message: string, previous: AskedQuestion | null): FollowUpReading {
  // (倒過來呢: traditional characters read as the simplified ones the words below are written in)
  const typed = simplifiedCharacters(message.normalize('NFKC')).trim();
  const fresh = NEW_QUESTION.exec(typed);
  if (fresh) return readFollowUp(typed.slice(fresh[0].length), previous);
  // 另外执行率算错的又有哪些: another question — its 又 sets it beside the one before, it narrows nothing
  const another = ANOTHER.exec(typed);
  if (another) return readFollowUp(typed.slice(another[0].length).replace(AGAIN_BESIDE, ''), previous);
  const original = plainAsking(typed);
  const alone: FollowUpReading = { message: original, text: message, how: null, person: false };
  // 中位数呢 after …的平均数是多少: the previous question with the other statistic, read whole
  const swapped = statisticSwapped(original, previous) ?? boundOfTotal(original, previous);
  if (swapped) return { ...alone, text: swapped };
  let how: How | null = null;
  let person = false;
  let others: string | undefined;
  const lead = LEAD_IN.exec(original);
  // (phone numbers of those pls: the set pointed at after the figure, as English says it — read as said first)
  let text = original.slice(lead?.[0].length ?? 0).replace(SET_AFTER_EN, '$2 $1');
  if (lead?.[1]) how = 'replace';
  text = text.replace(REMARK, '');
  // 口径不变，换成2023年度: everything else kept, as a follow-up keeps it — said, it adds nothing.
  if (previous) text = text.replace(KEPT_AS_BEFORE, '');
  // 最低的又是哪个 / 那潞源的又有几个: 又 before the asking words sets this against the question before (contrast), it
  // says nothing of how often — only with a question before it.
  // (钱最少的三个又是哪几个 after 潞源预算最多的三个: the other end of the same projects — what it names replaces
  // the question's, the rest, its scope, stays)
  let contrast = false;
  if (previous && CONTRASTIVE_YOU.test(text)) {
    text = text.replace(CONTRASTIVE_YOU, '');
    how = how ?? 'replace';
    contrast = true;
  }
  // 金额呢，按全年预算算: the clause naming the figure comes after the 呢 of the follow-up.
  text = text.replace(/呢([，,]\s*(?:按|以|用)[^，,。？?]{2,8}?(?:来)?(?:算|计算|为准))[\s。.]*$/u, '$1呢');
  // 那大红门街道的呢，也是按全年预算数加起来的话: the same basis as before, said again — nothing more.
  text = text.replace(
    /呢[，,]\s*(?:也|还)(?:是)?(?:按|以|用)(?:照)?[^，,。？?]{2,8}?(?:来)?(?:算|计算|加起来|统计|为准)(?:的话)?[\s。.]*$/u,
    '呢',
  );
  // 反过来，预算小的排前面: the other way round, said with the order it wants.
  const flipLead = new RegExp(`^(?:${FLIP.source})[，,、。\\s]+(?=\\S)`, 'iu').exec(text)?.[0];
  if (flipLead) text = text.slice(flipLead.length);
  // 不对，我要的是最多的: the previous question corrected.
  const correction = correctionOf(text);
  if (correction.corrected) {
    text = correction.rest;
    how = 'replace';
  }
  // 为什么扣了5分 / 为啥没拿满分 / 扣在哪: nothing named but the deduction, of the projects just answered — the deducted rows
  // and the reasons written beside them (the figure restates what the answer before showed).
  if (WHY_DEDUCTED.test(text) || WHERE_DEDUCTED.test(text)) {
    const reading: FollowUpReading = { message: original, text: DEDUCTED_ROWS, how: 'refer', person: false };
    return previous ? reading : { ...reading, ask: noPrevious(original) };
  }
  if (PERSON.test(text)) {
    if (!previous?.person)
      return {
        ...alone,
        how: 'refer',
        ask: previous
          ? `「${text[0]}」指哪一位？上一个问题没有落到一位负责人上，请写出姓名再问。`
          : noPrevious(original),
      };
    text = text.replace(/^(?:他|她|这个人|这人|此人|这位|那个人|那位|该负责人)(?:负责人)?/u, previous.person);
    person = true;
    // 她手上别的项目 / 他负责的其他项目 after 城乡医疗救助资金谁负责: the person's projects but the one just asked about.
    if (previous.project && OTHER_PROJECTS.test(text)) {
      text = text.replace(OTHER_PROJECTS, '');
      others = previous.project;
    }
    // 她负责的这些项目: the set of the previous answer as well.
    if (/这些|这几个|其中|里面|它们|上面|以上|上述/u.test(text)) how = 'refer';
  } else {
    const verb = NARROW_VERB.exec(text)?.[0];
    if (verb) {
      how = 'narrow';
      text = text.slice(verb.length);
    }
    // 去掉双井的，剩下的按全年预算排 / 除了双井，其他的…: the set just shown less what is named (剩下的 there is the
    // projects left, never the money left — 结余 — it had been read as)
    const leaveOut = previous ? (LEAVE_OUT.exec(text) ?? LEFT_OUT_ALONE.exec(text)) : null;
    if (leaveOut && !how) {
      how = 'narrow';
      const rest = text.slice(leaveOut[0].length);
      const named = leaveOut[1] ?? leaveOut[2]!;
      // (去掉负责人是王丽的: a condition said with 是 is left out as its negation — 负责人不是王丽的)
      const copula = /^([^是]{1,6})(?:是|为)([^是]+)$/u.exec(named);
      text =
        !rest && copula ? `${copula[1]}不是${copula[2]}的` : `除了${named}${rest ? `，${rest}` : '以外的'}`;
    }
    // 请把它们的负责人也列出来: a word of asking before 把 and the set.
    const asking = /^(?:请你?|麻烦你?|帮我|帮忙)(?=把|将)/u.exec(text);
    if (asking && SET_WORDS.test(text.slice(asking[0].length + 1))) text = text.slice(asking[0].length);
    // 请补充列示上述项目的负责人 / 再给出这些项目的电话: the request's verb before the set, the set's cells what is asked.
    const requested = REQUEST_BEFORE_SET.exec(text);
    if (requested && SET_WORDS.test(text.slice(requested[0].length))) text = text.slice(requested[0].length);
    // 把它们按执行率排一下 / 将这些项目列出来: the set as the object of 把 / 将.
    const set = SET_WORDS.exec(text.replace(/^(?:把|将)/u, '')) ?? SET_WORDS_EN.exec(text);
    // 那个项目花了多少钱 after a list of many: one project is pointed at, and no answer before named one.
    if (set && ONE_PROJECT.test(set[0]) && previous && !previous.project)
      return {
        ...alone,
        how: 'refer',
        ask: `「${ONE_PROJECT.exec(set[0])![0]}」指哪一个项目？上一个问题没有落到一个项目上，请写出项目名称再问。`,
      };
    // 它的负责人是谁 after 大红门有几个项目: 它 is one project, and the answer before was about many (a count, a list);
    // after a superlative (limit 1) it is that one, ties and all.
    if (
      set &&
      IT_ALONE.test(set[0]) &&
      previous &&
      !previous.project &&
      !previous.arith &&
      previous.query.limit !== 1
    )
      return {
        ...alone,
        how: 'refer',
        ask: '「它」指哪一个项目？上一个问题说的不是一个项目，请写出项目名称再问（或说「它们」指上面这些项目）。',
      };
    if (set && /^(?:把|将)/u.test(text)) text = text.slice(1);
    const narrow = NARROW.exec(text) ?? NARROW_EN.exec(text);
    const replace = REPLACE.exec(text) ?? REPLACE_EN.exec(text);
    const word = set?.[0] ? set : narrow?.[0] ? narrow : replace?.[0] ? replace : null;
    // 只要潞源的，总分99.5以下的: the restriction of the question it begins, not of the one before.
    if (word && word === narrow && !set && !how && asksOnItsOwn(text.slice(word[0].length)))
      return { ...alone, text: text.slice(word[0].length) };
    if (word) {
      how = word === set ? 'refer' : word === narrow ? 'narrow' : 'replace';
      text = text.slice(word[0].length);
      // 这些里面只看潞源的: the narrowing word after the set word.
      const more = NARROW.exec(text) ?? NARROW_EN.exec(text);
      if (more?.[0]) {
        how = 'narrow';
        text = text.slice(more[0].length);
      }
    }
  }
  // 那加上双井呢: the 那 of a lead-in says nothing of how.
  const added =
    how && !(how === 'replace' && lead?.[1]) ? null : (ALSO_ADD.exec(text) ?? ADD_FIRST.exec(text));
  // 孟卓聪参与的项目，跟别人合管的也算上: the projects shared with others of the person named here (joint-owners.ts).
  if (added && !ASKS.test(added[1]!) && !othersTakenIn(text)) {
    // 把联系电话也带上 / 负责人也加上: a column of the same projects, shown beside the others — nothing to widen.
    const column = onlyFieldWords(added[1]!);
    how = column ? 'refer' : 'widen';
    text = added[1]!;
  }
  const also = how ? null : ALSO_SAME.exec(text);
  if (also && !ASKS.test(also[1]!)) {
    how = 'replace';
    text = also[1]!;
  }
  // 潞源有没有这样的: the previous question's conditions, where the message names (like-these.ts).
  const like = how ? null : likeThese(text);
  if (like) {
    how = 'replace';
    text = like.rest;
  }
  // 河门口街道情况如何 right after a question: that question asked of what it names, as 那河门口街道的呢 asks it.
  if (previous) text = text.replace(HOW_IS_IT, '呢');
  if (NE.test(text) && !ASKS.test(text.replace(NE, ''))) {
    how ??= 'replace';
    text = text.replace(NE, '');
  }
  text = text.replace(/^[的，,、\s]+/u, '');
  // 那张三和李四加起来呢 after a total: the previous figure again, summed over the ones named now — 加起来 says the sum
  // the previous question already takes (after an average it would be another figure: left, and reported).
  if (how && previous && totals(previous.query)) text = text.replace(SUMMED_TAIL, '');
  if (flipLead) how ??= 'refer';
  // 它的金额 / 这个数是多少: the one amount the previous question was about, by its name.
  if (how && previous) text = namedAmount(text, previous.query);
  // 谁负责的 / 电话多少 / 负责人是谁 right after an answer that came to one project: that project's field. Read alone it
  // was every project's (169 rows listed), which nobody asking it right after one project means.
  if (!how && !person && previous?.project && asksOnlyAField(text)) how = 'refer';
  // 负责人都是谁 / 电话分别是多少 right after a list: a field asked of each (都, 分别) with nothing named is the listed
  // projects' — read alone it listed every project's.
  if (!how && !person && previous && EACH_ASKED.test(text) && asksOnlyAField(text.replace(EACH_ASKED, '')))
    how = 'refer';
  // 是不是都不到1万元 / 是否全部填了负责人 right after a list: 都 with no one named before it is the projects just
  // listed (read alone it judged every project).
  if (!how && !person && previous && ALL_OF_THEM_LEAD.test(text)) how = 'refer';
  const place = previous ? placeSaidAlone(text, previous.query) : null;
  const reorder = place
    ? { order: { dir: place.dir, superlative: true, limit: 1, place: place.place }, field: false }
    : reorderOf(text);
  if (!how && !person && !(reorder && !reorder.field)) return alone;
  const reading: FollowUpReading = {
    message: original,
    text,
    how,
    person,
    ...(others ? { others } : {}),
    ...(contrast && how === 'replace' ? { contrast } : {}),
  };
  if (reorder && !reorder.field) {
    // Nothing else to read: the previous question, ordered this way.
    reading.how ??= 'refer';
    // 最低的又是哪个 after 总分最高分有几个项目并列: the projects at the other end asked for, not their count.
    reading.reorder = /哪|谁|which|who/iu.test(text)
      ? { ...reorder.order, which: true, ...(ONE_ASKED.test(text) ? { one: true } : {}) }
      : reorder.order;
    reading.text = '';
  }
  if (
    reading.how &&
    !previous &&
    (reading.how === 'refer' || reading.how === 'widen' || reading.reorder || like || !reading.text.trim())
  )
    reading.ask = noPrevious(original);
  return reading;
}

/** A total said again at the end of a follow-up (加起来, 合在一起, 一共). */
const SUMMED_TAIL =
  /(?:都|总共|一共)?(?:加起来|加在一起|加到一起|加一起|合起来|合在一起|合计|一共|总共)(?:是|有|算)?$/u;

/** A question whose figures are all totals or counts: summed again over another set, they are still that figure. */
const totals = (q: PortfolioQuery) =>
  !!q.measures?.length && !q.groupBy && q.measures.every((m) => m.fn === 'sum' || m.fn === 'count');

/** A whole message asking why points were lost, naming nothing else (为什么扣了5分, 为啥被扣分了, 怎么没拿满分). */
const WHY_DEDUCTED =
  /^(?:为什么|为啥|为何|怎么|咋|什么原因|啥原因)(?:会|又|还)?(?:被)?(?:扣(?:了|掉)?(?:\d+(?:\.\d+)?)?分|失(?:了)?分|丢(?:了)?分|没(?:有)?(?:拿|得)?满分)(?:了)?(?:呢|啊|呀)?[\s？?。!！]*$/u;
/** 扣在哪 / 哪里扣的分 / 哪几条扣了分: where the projects just answered lost their points — the same rows. */
const WHERE_DEDUCTED =
  /^(?:那|是)?(?:扣在(?:了)?哪(?:里|儿|些地方|几条|几项|条|项)?|(?:在)?哪(?:里|儿|些地方|几条|几项|条|项)(?:被)?扣(?:了)?(?:的)?分)(?:了)?(?:呢|啊|呀)?[\s？?。!！]*$/u;
/** The rows that lost points and the reasons written beside them (row-question.ts). */
const DEDUCTED_ROWS = '扣分的指标和偏差原因';

/** Words for "the amount" that name no field of their own. */
const GENERIC_AMOUNT = /^(?:金额|数额|钱数|那个数|这个数|数值)|(?<=的)(?:金额|数额|钱数|数值)/u;

/** The money fields the previous question ranked, totalled, compared or showed. */
function amountsInFocus(q: PortfolioQuery): NumericField[] {
  const out = new Set<NumericField>();
  const add = (f: unknown) => {
    if (typeof f === 'string' && isNumeric(f as NumericField) && FIELDS[f as NumericField].kind === 'money')
      out.add(f as NumericField);
  };
  add(q.order?.by);
  for (const m of q.measures ?? []) add(m.field);
  for (const s of q.select ?? []) add(s);
  for (const f of leaves(q.filters)) if (f.type === 'compare') add(f.field);
  return [...out];
}

/** 平均每个 / 每个平均多少 / 平均下来一个多少: an average asked with no figure named. */
const BARE_AVERAGE =
  /^(?:那|那么)?(?:平均|每个|每项|每一个|每个项目|每项目|一个项目|一个)*?(?:平均|均摊)(?:每个|每项|每一个|每个项目|一个|一个项目|下来)*(?:是|有|算)?(?:多少|几)?$/u;

/**
 * 平均每个呢 after 双井街道的项目全年预算合计: the mean of the one figure just totalled, over the same projects (it
 * named no figure and was not read).
 */
function averageOfTotal(text: string, previous: PortfolioQuery): string | null {
  if (!BARE_AVERAGE.test(text.trim()) || previous.groupBy) return null;
  const summed = (previous.measures ?? []).filter((m) => m.fn === 'sum' && m.field);
  return summed.length === 1 ? `平均${FIELDS[summed[0]!.field!].label}` : null;
}

function namedAmount(text: string, previous: PortfolioQuery): string {
  const averaged = averageOfTotal(text, previous);
  if (averaged) return averaged;
  const completed = completedField(text, previous);
  if (completed) return completed;
  if (!GENERIC_AMOUNT.test(text)) return text;
  // 金额呢，按全年预算算: the amount named by the clause after it.
  const named = AMOUNT_NAMED.exec(text);
  if (named) return text.replace(named[0], '').replace(GENERIC_AMOUNT, named[1]!);
  const focus = amountsInFocus(previous);
  return focus.length === 1 ? text.replace(GENERIC_AMOUNT, FIELDS[focus[0]!].label) : text;
}

/** 按全年预算算 / 以执行数为准 / 用年初预算来算 at the end of a follow-up: the figure meant. */
const AMOUNT_NAMED = /[，,\s]*(?:按|以|用)([^，,。？?]{2,8}?)(?:来)?(?:算|计算|为准)$/u;

/**
 * 年初呢 after 全年预算: a word that is no field alone, said instead of the modifier of a field the previous question
 * showed, ranked or totalled — with that field's head it is another field word (年初 + 预算 = 年初预算; 执行 + 数 = 执行数).
 */
function completedField(text: string, previous: PortfolioQuery): string | null {
  const word = text.trim();
  if (!/^\p{Script=Han}{2,3}$/u.test(word) || FIELD_OF_HAN_WORD.has(word)) return null;
  const inFocus = new Set<FieldId>();
  for (const f of [
    previous.order?.by,
    ...(previous.measures ?? []).map((m) => m.field),
    ...(previous.select ?? []),
  ])
    if (typeof f === 'string' && f in FIELDS) inFocus.add(f as FieldId);
  const found = new Set<string>();
  for (const id of inFocus)
    for (const w of FIELDS[id].words)
      for (let n = 1; n <= 3 && n < w.length; n++)
        if (FIELD_OF_HAN_WORD.has(word + w.slice(-n)) && FIELD_OF_HAN_WORD.get(word + w.slice(-n)) !== id)
          found.add(word + w.slice(-n));
  const fields = new Set([...found].map((w) => FIELD_OF_HAN_WORD.get(w)));
  return fields.size === 1 ? [...found].sort((a, b) => b.length - a.length)[0]! : null;
}

function noPrevious(message: string): string {
  return `「${message}」像是接着上一个问题问的，但这个对话里没有可以接着的问题（或上一个问题已超过${FOLLOW_UP_MAX_AGE_MS / 60_000}分钟），未作查询。请把问题说完整，例如「大红门街道2020年的项目有几个」。`;
}

/** Kinds of words that are a condition alone (缺满意度调查, 良, 扣了分). */
const CONDITION_KINDS = new Set(['concept', 'grade', 'deduct']);
/** Kinds of words that make a condition of a field or a number beside them (总分99.5以下, 负责人没写); 有 alone does not. */
const BOUND_KINDS = new Set(['op', 'opAfter', 'empty', 'between', 'range', 'orBelow', 'orAbove', 'same']);

/**
 * What follows 只要 / 仅限 / 只看 at the start of a message: a restriction, then (after a comma or colon) a clause with
 * a condition of its own (总分99.5以下的, 负责人没写的是哪些) — a whole question that the restriction belongs to. A
 * clause that only orders, counts or lists (按预算排一下, 有几个, 列出来), or words pointing at the last answer (这些,
 * 其中, …呢), leave it a follow-up (只看双井的).
 */
function asksOnItsOwn(rest: string): boolean {
  if (NE.test(rest) || /这些|那些|其中|里面|它们|上面|刚才|还|也/u.test(rest)) return false;
  const clause = /^[^，,：:；;。]+[，,：:；;。]\s*(\S.*)$/u.exec(rest)?.[1];
  if (!clause) return false;
  const tokens = tokenize(normalise(clause), []).flatMap((span) => span.tokens);
  if (tokens.some((t) => CONDITION_KINDS.has(t.k))) return true;
  const bound = tokens.some((t) => BOUND_KINDS.has(t.k) && !(t.k === 'op' && t.weak));
  return bound && tokens.some((t) => t.k === 'field' || t.k === 'num' || t.k === 'year');
}

/** Words that are nothing but form fields (联系电话, 负责人和执行率): what 也带上 / 也加上 shows, not projects to add. */
function onlyFieldWords(text: string): boolean {
  const tokens = tokenize(normalise(text.replace(/^(?:把|将)/u, '')), []).flatMap((span) =>
    span.free ? [null] : span.tokens,
  );
  return (
    tokens.some((t) => t?.k === 'field') &&
    tokens.every((t) => t !== null && (t.k === 'field' || t.k === 'and' || t.k === 'filler'))
  );
}

/** 谁负责的 / 是谁管的: the person asked by the verb of being in charge. */
const WHO_IN_CHARGE = /^(?:是)?谁(?:负责|管|牵头|经办|填|报)(?:的)?/u;
/** The asking words at the end of a field's question (是多少 / 是谁 / 呢 / 写的啥). */
const ASKING_TAIL = /(?:是|为|写的|填的)?(?:多少|几|什么|啥|谁|哪个|哪位|哪家)?(?:呀|啊|呢|哈)?[？?。.\s]*$/u;

/** 负责人是谁 / 电话多少 / 谁负责的: a field asked of nothing named — no project, office, condition or figure of its own. */
/** The one asked (哪个, 哪一个, 谁), not several (哪些, 哪几个). */
const ONE_ASKED = /哪(?:一)?个(?!们)|哪一项|哪项|谁|which one/iu;

/** 都 / 分别 / 各自 before the asking words: each of a set asked. */
const EACH_ASKED = /(?:都|分别|各自|各)(?=是谁|是多少|是啥|是什么|是哪|多少|几)/u;

function asksOnlyAField(text: string): boolean {
  // (批了多少: the budget asked by its verb)
  const field = grantedAsBudget(text).replace(WHO_IN_CHARGE, '负责人').replace(ASKING_TAIL, '').trim();
  return field !== '' && field !== text.trim() && onlyFieldWords(field);
}

/** A message that only says how to order (最少的, 前三名, 从低到高排, 倒过来): the direction, and whether a field is named. */
function reorderOf(text: string): { order: NonNullable<FollowUpReading['reorder']>; field: boolean } | null {
  if (!text.trim()) return null;
  // 倒过来 / 反过来排: the other way round, whatever the lexicon makes of its characters.
  const flip = FLIP.test(text);
  // 哪个分最低: the bare 分 is a score named (bare-score.ts), a field of its own — no re-sort of the list before; so is
  // 指标最多 (哪个项目的指标最多: the number of its rows, row-count-words.ts).
  const spans = tokenize(
    rewriteOrderWords(
      rewriteRowCounts(rewriteBareScore(normalise(text.replace(new RegExp(FLIP.source, 'giu'), ' ')))),
    ),
    [],
  );
  let dir: 'asc' | 'desc' | 'flip' | null = flip ? 'flip' : null;
  let limit: number | undefined;
  let field = false;
  let superlative = false;
  for (const s of spans) {
    if (s.free) return null;
    for (const t of s.tokens) {
      if (t.k === 'sup' || t.k === 'sort') {
        dir = t.dir ?? dir;
        superlative ||= t.k === 'sup';
      } else if (t.k === 'top') {
        limit = t.n;
        if (t.dir) dir = t.dir;
      } else if (t.k === 'num' && t.unit && /^(个|项|名|位)$/.test(t.unit) && Number.isInteger(t.value))
        limit = t.value;
      else if (t.k === 'field') field = true;
      else if (!['filler', 'ask', 'which', 'group'].includes(t.k) && !(t.k === 'op' && t.weak)) return null;
    }
  }
  if (!dir && limit === undefined) return null;
  // 只要前三个就行 after 全年预算最少的五个: a count with no direction is the first ones of the list as it was ordered (was:
  // the highest three, the other end of the list).
  return {
    order: {
      dir: dir ?? (limit !== undefined ? 'same' : 'desc'),
      superlative,
      ...(limit === undefined ? {} : { limit }),
    },
    field,
  };
}

/** What a filter constrains: a new filter of the same kind replaces the old one. */
function kindOf(f: Filter): string {
  if (f.type === 'any') return [...new Set(f.filters.map(kindOf))].sort().join('|');
  switch (f.type) {
    case 'name':
      // An exclusion (去掉大红门的) narrows; it never replaces the place asked about.
      return `${f.field === 'department' || f.field === 'implementingUnit' ? 'org' : f.field}${f.negate ? ':not' : ''}`;
    case 'compare':
      return `compare:${f.field}`;
    case 'fields':
      return `fields:${[f.left, f.right].sort().join(',')}`;
    case 'empty':
      return `empty:${f.field}`;
    case 'finding':
      return `finding:${[...f.codes].sort().join(',')}:${[...(f.paths ?? [])].sort().join(',')}`;
    case 'grade':
      return 'grade';
    case 'satisfactionGap':
      return 'satisfaction';
    case 'severity':
      return `severity:${f.value}`;
    case 'status':
      return 'status';
    case 'text':
      return `text:${f.field}`;
    case 'phone':
    case 'phoneKind':
      return 'phone';
    case 'sameText':
      return `sameText:${[f.left, f.right].sort().join(',')}`;
    case 'fraction':
      return `fraction:${f.field}`;
    case 'shared':
      return `shared:${f.field}`;
    case 'unitsSwapped':
      return 'unitsSwapped';
    case 'inGroups':
      return `inGroups:${f.group}`;
  }
}

const side = (f: Filter) =>
  f.type === 'compare'
    ? f.op === '<' || f.op === '<='
      ? 'below'
      : f.op === '>' || f.op === '>='
        ? 'above'
        : f.op
    : '';

/**
 * The previous filters with the new ones: same kind replaces, a new kind narrows. Inside the previous set (只看,
 * 其中) a bound on the other side of the same number (执行率低于90% → 其中高于50%的) makes a range instead.
 */
function mergeFilters(before: Filter[], added: Filter[], how: How, parallel = false): Filter[] {
  // 年初预算空着的有几个？总分空着的呢: the same test of another field, asked in its place.
  const sameKind = (f: Filter, old: Filter) =>
    kindOf(f) === kindOf(old) ||
    (parallel && f.type === 'empty' && old.type === 'empty' && f.empty === old.empty);
  const kept = before.filter(
    (old) =>
      !added.some(
        (f) =>
          sameKind(f, old) &&
          !(
            how !== 'replace' &&
            f.type === 'compare' &&
            side(f) !== side(old) &&
            /above|below/.test(side(f) + side(old))
          ),
      ),
  );
  return [...kept, ...added];
}

/** A figure over a set of projects: a total of money, an average of anything else. */
const aggregateOf = (field: NumericField): Measure => ({
  fn: FIELDS[field].kind === 'money' ? 'sum' : 'avg',
  field,
});

/** The previous query with the follow-up's parts in place of its own (see the head of this section). */
export function mergeFollowUp(
  previous: PortfolioQuery,
  next: PortfolioQuery | null,
  how: How,
  reorder?: FollowUpReading['reorder'],
  parallel = false,
): PortfolioQuery | null {
  const q = next ?? { filters: [] };
  // 那大红门总分最低那个 after 河门口总分97的有哪几个: a ranking by a figure the question before fixed to one value
  // ranks anew — that value is not kept (kept, nothing can rank: no project had been found).
  const ranked = typeof q.order?.by === 'string' ? q.order.by : null;
  const kept = ranked
    ? previous.filters.filter((f) => !(f.type === 'compare' && f.field === ranked && f.op === '='))
    : previous.filters;
  const out: PortfolioQuery = { filters: mergeFilters(kept, q.filters, how, parallel) };
  let measures = q.measures;
  let select = q.select;
  let groupBy = q.groupBy ?? previous.groupBy;
  if (!measures?.length) {
    if (select?.length && previous.measures?.length && select.every(isNumeric)) {
      // 各部门的项目数 → 预算呢: the figure per group (or over the set), not a list.
      measures = select.map((f) => aggregateOf(f as NumericField));
      select = undefined;
    } else if (select?.length) {
      // 晨光路拆迁资金的负责人是谁 → 他的联系电话呢: the same projects, the new fields.
      if (!q.groupBy) groupBy = undefined;
    } else {
      measures = previous.measures;
      select = previous.select;
    }
  }
  if (groupBy) out.groupBy = groupBy;
  if (measures?.length) out.measures = [...measures];
  if (select?.length) out.select = select;
  let order = q.order;
  let limit = q.order ? q.limit : previous.limit;
  let ties = q.order ? q.ties : previous.ties;
  // 换成总分最低的 after 全年执行数最少的5个: another ranking of as many projects (a bare superlative gives no count).
  if (q.order && limit === 1 && ties && previous.limit && previous.limit > 1 && how === 'replace') {
    limit = previous.limit;
    ties = previous.ties;
  }
  if (reorder?.which && !out.groupBy && out.measures?.every((m) => m.fn === 'count')) delete out.measures;
  if (reorder) {
    const by = previous.order?.by ?? defaultOrderBy(previous);
    if (by === null) return null;
    const dir =
      reorder.dir === 'flip'
        ? previous.order?.dir === 'asc'
          ? 'desc'
          : 'asc'
        : reorder.dir === 'same'
          ? (previous.order?.dir ?? 'desc')
          : reorder.dir;
    order = { by, dir };
    if (reorder.place !== undefined) {
      // 倒数第二的呢: that place alone, the ones tied at it listed together.
      limit = 1;
      ties = true;
    } else if (reorder.limit !== undefined) {
      // 前五名呢: five.
      limit = reorder.limit;
      ties = false;
    } else if (reorder.superlative && reorder.one) {
      // 最多的是哪个 after 最少的两个: the one at the other end
      limit = 1;
      ties = true;
    } else if (reorder.superlative) {
      // 最少的呢 after 最多的3个: as many as before, from the other end; after a plain list, the one at that end.
      limit = previous.limit ?? 1;
      ties = previous.limit ? previous.ties : true;
    } else {
      limit = previous.limit;
      ties = previous.ties;
    }
  } else order ??= previous.order;
  if (order) {
    // Grouped, an order by a field is by that field's figure per group.
    if (out.groupBy && typeof order.by === 'string') {
      const wanted = aggregateOf(order.by);
      out.measures ??= [];
      let m = out.measures.findIndex((x) => x.fn === wanted.fn && x.field === wanted.field);
      if (m < 0) m = out.measures.push(wanted) - 1;
      order = { by: { measure: m }, dir: order.dir };
    }
    const byMeasure = typeof order.by === 'object' ? order.by.measure : null;
    if (byMeasure === null || (out.groupBy && byMeasure < (out.measures?.length ?? 0))) {
      out.order = order;
      if (limit) {
        out.limit = limit;
        if (ties) out.ties = true;
        if (reorder?.place && reorder.place > 1) out.offset = reorder.place - 1;
        // 各街道最低的 → 最高的呢: still within each group.
        const per = q.order ? q.per : (q.per ?? previous.per);
        if (per && byMeasure === null && !out.groupBy) out.per = per;
      }
    }
  }
  return out;
}

/** 最少的呢 after a question without an order: by its one figure. */
function defaultOrderBy(q: PortfolioQuery): NonNullable<PortfolioQuery['order']>['by'] | null {
  if (q.groupBy && q.measures?.length) return { measure: 0 };
  const fields = [
    ...(q.measures ?? []).flatMap((m) => (m.field ? [m.field] : [])),
    ...(q.select ?? []),
  ].filter(isNumeric);
  if (fields.length === 1) return fields[0] as NumericField;
  if (fields.length) return null;
  // 哪个最低 after 执行率低于100%的项目有哪些: the one figure the question set a bound on (not a year)
  const bounded = [
    ...new Set(
      leaves(q.filters).flatMap((f) =>
        f.type === 'compare' && f.field !== 'year' && isNumeric(f.field) ? [f.field] : [],
      ),
    ),
  ];
  return bounded.length === 1 ? (bounded[0] as NumericField) : null;
}

/** A message opened by a word of totalling or averaging (after 那 / 那么 / 好的): 一共花了多少, 加起来多少钱. */
const TOTALLING_LEAD =
  /^(?:(?:那|那么|好的?|嗯|哦)[，,、\s]*)?(?:一共|总共|总计|共计|合计|加起来|加在一起|加一起|合起来|算下来|平均|总的)/u;

/**
 * A figure said with its field first and a spoken verb of adding up or averaging after it, and nothing else (预算加起来多少,
 * 总分平均多少, 执行数一共多少): as elliptical as 一共花了多少. The nouns of a total (全年预算合计是多少, 总和, 总额) name a
 * figure of their own and stand alone, as before.
 */
const FIELD_THEN_TOTALLING =
  /^(?:(?:那|那么|好的?|嗯|哦)[，,、\s]*)?[^\s，,。？?！!；;]{1,8}?(?:的)?(?:一共|总共|加起来|加在一起|加一起|合起来|算下来|平均)(?:是|有|能有|大概)?(?:多少|几)/u;

/**
 * Words that say a question has a scope of its own (项目, 所有, all, 咱们这些表 — the asker's forms, all of them; 系统里 /
 * 库里 / 全区 — everything stored): without a filter it still is complete. (一共多少张表 right after a list stays that
 * list's count, as 一共有几个 does.)
 */
const SCOPE_WORDS =
  /项目|project|所有|全部|全体|整体|全区|总体|系统里|系统中|系统上|库里|all\b|every|(?:咱们|我们|咱|本单位)(?:这些|的)?表/iu;

/**
 * 一共有几个 / 按部门统计一下个数 / 按执行率排一下 right after a list: a count with nothing named to count, or an
 * order with nothing named to order, can only be of the list just shown. So is a figure opened by a word of totalling
 * (一共花了多少, 加起来多少钱, 平均执行率多少) right after a list or a count: a clerk who has just seen 潞源's
 * projects and asks 一共花了多少 means theirs (it was answered over every project: a wrong figure). A figure that
 * opens with its field (全年预算合计是多少), names its own scope (项目, 全部, a place) or is a superlative (执行率最低的是
 * 哪个) names what it is about and stands alone: over a previous set it is asked with 这些 / 其中 / 它们.
 */
function operatesOnList(q: PortfolioQuery, previous: PortfolioQuery, text: string): boolean {
  const counted = !!previous.measures?.length && previous.measures.every((m) => m.fn === 'count');
  const set = (!previous.measures?.length || counted) && !previous.groupBy && !previous.limit;
  if (!set || q.filters.length || q.select?.length || SCOPE_WORDS.test(text)) return false;
  const counts = !counted && !!q.measures?.length && q.measures.every((m) => m.fn === 'count') && !q.order;
  const sorts = !counted && !!q.order && !q.limit && !q.measures?.length && !q.groupBy;
  const figures =
    previous.filters.length > 0 &&
    (TOTALLING_LEAD.test(text) || FIELD_THEN_TOTALLING.test(text)) &&
    !!q.measures?.length &&
    q.measures.every((m) => m.fn !== 'count') &&
    !q.order &&
    !q.groupBy;
  return counts || sorts || figures;
}

/** 列出来 / 都有哪些 / 具体是哪些 / 看看名单: the projects themselves asked for. */
const LIST_WORDS =
  /列出|列一下|列个|列下|列表|名单|清单|明细|哪些|哪几个|哪几项|是哪|具体|看看|展开|list|show|which/iu;

/** The projects themselves asked for by a question word (是哪些 / 哪几个 / which). */
const WHICH = /哪些|哪几个|哪几项|哪几张|是哪|列出|列一下|列下|列个|名单|清单|\bwhich\b|\blist\b/iu;

/** 哪个 / 哪一个 / 谁 asking the one at an end of a ranking. */
const WHICH_ONE_ASKED = /哪个|哪一个|哪一项|哪项|谁|which/iu;

/** 具体是哪几个项目 / 分别是哪些项目: the projects of the answer just given, though 项目 is named. */
const THOSE_PROJECTS = /具体|分别|都是/u;

/**
 * A lookup complete on its own: cells asked (no figure, order or grouping) of projects named by their person or their
 * name, with a question word and no 呢 or pointing word (它们 / 这些 make it about the set before).
 */
function ownLookup(q: PortfolioQuery | null, reading: FollowUpReading): boolean {
  if (!q?.select?.length || q.measures?.length || q.order || q.groupBy || q.limit) return false;
  if (NE.test(reading.message) || !ASKS.test(reading.text) || SET_WORDS.test(reading.text)) return false;
  return q.filters.some(
    (f) => f.type === 'name' && !f.negate && (f.field === 'owner' || f.field === 'projectName'),
  );
}

/** 全部 / 全都 / 所有 as an adverb of the verb of listing right after it (请全部列出, 所有都列出来). */
const ALL_OF_THEM_LISTED =
  /(?:全部|全都|所有)(?:都)?(?=(?:地)?(?:列出|列示|列明|列一下|列下|显示|展示|给出|写出))/gu;

/** A message asking for a list and nothing else: no condition, figure, field, order or grouping of its own. */
function listOnly(q: PortfolioQuery | null, text: string): boolean {
  // 请全部列出 / 全都列出来: 全部 right before the verb of listing says all of them, no scope of its own
  const said = text.replace(ALL_OF_THEM_LISTED, '');
  const scope = THOSE_PROJECTS.test(said) ? said.replace(/项目/gu, '') : said;
  if (!LIST_WORDS.test(text) || SCOPE_WORDS.test(scope)) return false;
  return !q || (!q.filters.length && !q.measures?.length && !q.select?.length && !q.order && !q.groupBy);
}

/**
 * A list asked for in an order and nothing else (列出来，按预算从高到低 / 从低到高列一下): no condition, figure,
 * field, count or scope word of its own — the list is of the set just asked about (only ever with one before it).
 */
function listSorted(q: PortfolioQuery | null, text: string): boolean {
  if (!q?.order || typeof q.order.by !== 'string' || q.limit !== undefined) return false;
  if (!LIST_WORDS.test(text) || SCOPE_WORDS.test(text)) return false;
  return !q.filters.length && !q.measures?.length && !q.select?.length && !q.groupBy;
}

/** The previous question's projects as a list (列出来看看 after 执行率低于100%的项目有几个). */
function listOf(previous: PortfolioQuery): PortfolioQuery {
  const out: PortfolioQuery = { filters: previous.filters };
  // A ranking of projects keeps its order and length; a figure's order (by a measure) means nothing for a list.
  if (previous.order && typeof previous.order.by === 'string' && !previous.groupBy) {
    out.order = previous.order;
    if (previous.limit) out.limit = previous.limit;
    if (previous.ties) out.ties = true;
  }
  return out;
}

/** 还剩几个 / 剩下的有多少: what is left of the set just shown. */
const LEFT_OF_SET = /还剩|剩下|剩余|其余|余下/u;

/**
 * 去掉大红门的 / 不含潞源的: nothing but exclusions, which narrow the previous set; with 还剩几个 (把大红门的除掉，还剩几个)
 * the count of what is left of it.
 */
const onlyExclusions = (q: PortfolioQuery | null, text: string) =>
  !!q?.filters.length &&
  q.filters.every(
    (f) =>
      (f.type === 'name' && f.negate) ||
      // 2020年的不要: a year left out narrows the set just shown too.
      (f.type === 'compare' && f.field === 'year' && f.op === '<>'),
  ) &&
  (!q.measures?.length || (LEFT_OF_SET.test(text) && q.measures.every((m) => m.fn === 'count'))) &&
  !q.select?.length &&
  !q.order &&
  !q.groupBy;

/**
 * 潞源街道负责人没填的项目 → 填了负责人的是哪些: a question without a noun of its own (no 项目, no scope word) whose
 * every condition is another state of a slot the previous question tested (filled for empty, another bound of the
 * same figure) is that question again with this state, its other conditions kept — as 那负责人填了的呢 would be.
 */
function otherStateOfSlot(q: PortfolioQuery, previous: PortfolioQuery, text: string): boolean {
  if (SCOPE_WORDS.test(text) || !q.filters.length || q.groupBy) return false;
  // 分值合计80分的表: the forms named as 表 are a noun of its own, as in conditionOnSet (表上执行率 is a cell)
  if (/(?:的|张|份|些|哪)表(?![上里中格栏])/u.test(normalise(text))) return false;
  if (previous.filters.length < 2) return false;
  const same = (a: Filter, b: Filter) => JSON.stringify(a) === JSON.stringify(b);
  return q.filters.every(
    (f) =>
      (f.type === 'empty' || (f.type === 'compare' && f.field !== 'year')) &&
      previous.filters.some((old) => kindOf(old) === kindOf(f) && !same(old, f)),
  );
}

/**
 * Which few, asked with no noun of its own: 是哪几个 / 哪几项 presuppose the set just shown. 有几个 / 有哪些 / 是哪些
 * ask as well of the whole portfolio (年初预算没填的有几个 after 牛艳维呢): they stand alone.
 */
const WHICH_OF_SET = /哪几个|哪几项|哪几张/u;

/** 那全部项目里呢 / 所有项目的呢 / 全区的呢: the question before, asked of every project. */
const WHOLE_PORTFOLIO_AGAIN =
  /^(?:那|那么)?(?:要是|如果)?(?:看)?(?:全部|所有|全区|全体|整体|总体)(?:的)?(?:项目|表|单位)?(?:里|里面|里头|中|当中|之中)?(?:的)?(?:呢|的话呢|怎么样)[？?。！!]*$/u;
const isYearFilter = (f: Filter) => f.type === 'compare' && f.field === 'year';

/** A filter that says whose or when (an office, a place, a person, a project, a year): a scope of its own. */
export const scopeFilter = (f: Filter): boolean =>
  f.type === 'name' ||
  (f.type === 'compare' && f.field === 'year') ||
  (f.type === 'any' && f.filters.some(scopeFilter));

/**
 * 偏差原因没写的是哪几个 right after 大红门扣了分的项目有哪些: a condition asked with no noun and no scope of its own
 * (no 项目, 表 or 全部, no office, place, person, project or year) — which few of them — is asked within the
 * scope of the set just shown or counted: its offices, places, people, projects and years, never its conditions (as
 * an ask after another in one message, multi-ask.ts). Answered over every project it listed 12 projects of all offices
 * where the clerk was looking at 大红门's (a wrong list). With a noun or a scope of its own (大红门偏差原因没写的是哪几个,
 * 偏差原因没写的项目有哪些), or after a question with no scope, it stands alone.
 */
/** A plain list (or a count) of a scope: the set a 哪几个 / 哪个…最低 after it picks from. */
function listOfScope(previous: PortfolioQuery): boolean {
  const counted = !!previous.measures?.length && previous.measures.every((m) => m.fn === 'count');
  return (
    (!previous.measures?.length || counted) &&
    !previous.groupBy &&
    !previous.limit &&
    previous.filters.some(scopeFilter)
  );
}

function conditionOnSet(q: PortfolioQuery, previous: PortfolioQuery, text: string): boolean {
  const set = listOfScope(previous);
  // 总分空着的表…要退的是哪几张: the forms named as 表 are a noun of its own too.
  const plain = normalise(text);
  if (!set || !q.filters.length || SCOPE_WORDS.test(plain) || /表/u.test(plain) || !WHICH_OF_SET.test(plain))
    return false;
  if (q.groupBy || q.order || q.select?.length || q.measures?.some((m) => m.fn !== 'count')) return false;
  return !q.filters.some(scopeFilter);
}

/** Only cells asked (谁负责的, 电话多少): no condition, figure, grouping, order or count of its own. */
function cellsOfNothing(q: PortfolioQuery): boolean {
  return (
    !q.filters.length &&
    !!q.select?.length &&
    !q.measures?.length &&
    !q.groupBy &&
    !q.order &&
    !q.limit &&
    !q.countGroups &&
    !q.per
  );
}

/**
 * The ranking that picked the one project an answer landed on (总分最低的项目是哪个，得了多少分): its scope alone is every
 * project — 得了多少分 had listed the 总分 of all 169 forms.
 */
function rankingOf(q: PortfolioQuery): Partial<PortfolioQuery> {
  if (!q.order || !q.limit || q.groupBy || q.measures?.length) return {};
  const { order, limit, ties, offset, per } = q;
  return { order, limit, ...(ties ? { ties } : {}), ...(offset ? { offset } : {}), ...(per ? { per } : {}) };
}

/** 其中 / 这里头 / 这当中 opening the message: among the projects just listed, as listed (their conditions too). */
const AMONG_THOSE = /^(?:那|那么)?(?:其中|这里面|这些里面?|这里头|这当中|这其中)/u;

/** 哪个分最低 / 其中哪一个执行率最高 / 谁预算最多: which one of a set, with no set of its own. */
const WHICH_ONE =
  /^(?:那|那么)?(?:其中|里面|这里面|这些里面?|这里头)?(?:的)?(?:哪个|哪一个|哪项|哪一项|哪几个|哪两个|哪三个|谁)/u;

/**
 * 哪个分最低 after 河门口街道的项目有哪些: the one at an end of a field, asked of the set just listed — within its scope
 * (offices, places, people, projects, years; never its conditions), as 哪几个 is. Only when the message names no
 * condition, scope or noun of projects of its own, and the previous question was a plain list (or a count) of a scope.
 */
function superlativeOnSet(q: PortfolioQuery, previous: PortfolioQuery, text: string): boolean {
  const set = listOfScope(previous);
  const plain = normalise(text);
  if (!set || SCOPE_WORDS.test(plain) || /表/u.test(plain) || !WHICH_ONE.test(plain)) return false;
  return (
    !q.filters.length &&
    !!q.order &&
    typeof q.order.by === 'string' &&
    !!q.limit &&
    !q.groupBy &&
    !q.measures?.length
  );
}

/**
 * A message that only asks for a grouping: 按部门分一下 / 分年度看看 / 再按负责人汇总一下 / 按街道统计下 / by department.
 * No figure, field, condition or scope of its own (按部门统计项目数 and 各部门的预算合计 name a figure: questions of their own).
 */
const REGROUP_ONLY =
  /^(?:那|那就|那么|再|然后|好的?|嗯)?[，,\s]*(?:请|麻烦|再请)?(?:再)?(?:按|按照|以|分)(?:一下)?(?:部门|主管部门|单位|实施单位|年度|年份|年|负责人|街道|科室|所属部门)(?:来)?(?:分别|各自)?(?:分|分组|分类|分开|拆开|拆分|统计|汇总|归类|列|看|排)?(?:一下|下|看看|看一下|一遍|开)?(?:吧|呢|呀|啊|看)?[\s？?。！!]*$|^(?:group|break(?: it| them)? down|split(?: it| them)?)\s+by\s+(?:department|year|owner|unit)\b/iu;
const regroupOnly = (text: string) => REGROUP_ONLY.test(text.normalize('NFKC').trim());

export type Attached =
  | { query: PortfolioQuery | null; carried: false }
  | { query: PortfolioQuery; carried: true }
  | { ask: string };

/**
 * The query to answer: the parsed one alone, or merged with the previous question when the message follows up
 * on it. A message with nothing of its own but an operation (一共有几个, 按部门统计一下个数, 按执行率排一下) follows
 * up too, when there is a recent question; without one it stands alone, as before.
 */
export function attachFollowUp(
  reading: FollowUpReading,
  parsed: PortfolioQuery | null,
  previous: AskedQuestion | null,
): Attached {
  const attached = attachedQuery(reading, parsed, previous);
  if (!reading.others || !('query' in attached) || !attached.query) return attached;
  // 她手上别的项目: the project the previous answer was about, left out (a negated name filter, said in the echo).
  const project = reading.others;
  const leftOut: Filter = {
    type: 'name',
    field: 'projectName',
    term: project,
    values: [project],
    negate: true,
  };
  return { ...attached, query: { ...attached.query, filters: [...attached.query.filters, leftOut] } };
}

function attachedQuery(
  reading: FollowUpReading,
  parsed: PortfolioQuery | null,
  previous: AskedQuestion | null,
): Attached {
  if (reading.ask) return { ask: reading.ask };
  if (listOnly(parsed, reading.text) && !reading.person) {
    // 列出来看看: the previous question's set; with nothing before it, never every project. After the top group of
    // a grouping (哪个街道的项目最多 → 那最少的呢) the set is that group's projects, which the query does not hold: asked.
    if (previous?.query.groupBy && previous.query.limit)
      return {
        ask: `上一问「${previous.text}」是按组统计后取了排在头里的组，要列哪一组的项目？请写出来再问，例如「列出双井街道的项目」。`,
      };
    if (previous) return { query: listOf(previous.query), carried: true };
    return { ask: noPrevious(reading.message) };
  }
  // 列出来，按全年预算从高到低 after 牛艳维负责的项目有几个: the set just counted, listed in that order.
  if (previous && !previous.query.limit && !reading.person && listSorted(parsed, reading.text))
    return { query: { ...listOf(previous.query), order: parsed!.order! }, carried: true };
  if (previous && onlyExclusions(parsed, reading.text) && !reading.how)
    return { query: mergeFollowUp(previous.query, parsed, 'narrow')!, carried: true };
  // 按部门分一下 / 分年度看看 / 再按负责人汇总一下 after a count, a total or a list: the same projects and figure, per
  // group (a count when the question before had no figure). Only a message that says nothing but the grouping.
  if (
    previous &&
    parsed?.groupBy &&
    !previous.query.limit &&
    !previous.query.groupBy &&
    regroupOnly(reading.text)
  ) {
    const figures = previous.query.measures?.length
      ? previous.query.measures
      : (parsed.measures ?? [{ fn: 'count' }]);
    return {
      query: { filters: previous.query.filters, groupBy: parsed.groupBy, measures: [...figures] },
      carried: true,
    };
  }
  // 那全部项目里呢 / 所有的呢 after 大红门执行率低于100%的项目: the same question over every office — the offices, places,
  // people and projects named before are let go, its conditions and year kept (kept whole, the answer repeated the last).
  if (previous && WHOLE_PORTFOLIO_AGAIN.test(reading.message.normalize('NFKC').trim()))
    return {
      query: {
        ...previous.query,
        filters: previous.query.filters.filter((f) => isYearFilter(f) || !scopeFilter(f)),
      },
      carried: true,
    };
  let how: How | null;
  if (reading.person) how = reading.how === 'refer' ? 'refer' : null;
  else if (reading.how) how = reading.how;
  else if (previous && parsed && operatesOnList(parsed, previous.query, reading.text)) how = 'refer';
  else how = previous && parsed && otherStateOfSlot(parsed, previous.query, reading.text) ? 'replace' : null;
  // 谁负责的？电话也给我 right after 晨光路拆迁的钱是多少: cells asked of nothing named, after an answer that landed on one
  // project, are that project's — never every project's (it had listed all 169 forms' people). After an answer of
  // many the ask stands alone, as before.
  if (!how && previous?.project && parsed && !reading.person && cellsOfNothing(parsed))
    return {
      query: { ...parsed, ...rankingOf(previous.query), filters: previous.query.filters },
      carried: true,
    };
  // 偏差原因没写的是哪几个 after 大红门扣了分的项目有哪些: within the scope of the set just shown.
  if (!how && previous && parsed && !reading.person && conditionOnSet(parsed, previous.query, reading.text)) {
    const scope: PortfolioQuery = { filters: previous.query.filters.filter(scopeFilter) };
    return { query: mergeFollowUp(scope, parsed, 'narrow')!, carried: true };
  }
  if (!how && previous && parsed && !reading.person && superlativeOnSet(parsed, previous.query, reading.text))
    return {
      // 这里头哪个预算最多: said to be among those just listed, the list's conditions too (总分不是100的)
      query: {
        ...parsed,
        filters: AMONG_THOSE.test(normalise(reading.text))
          ? previous.query.filters
          : previous.query.filters.filter(scopeFilter),
      },
      carried: true,
    };
  if (!how || !previous) {
    // 那大红门的项目有几个 with nothing before it is a question of its own; 执行率呢 is not.
    if (reading.how && !reading.person && !parsed?.filters.length)
      return { ask: noPrevious(reading.message) };
    return { query: parsed, carried: false };
  }
  if (how === 'widen') return widened(previous.query, parsed, reading.message);
  // 那李昌龙的电话是多少 after 总分99.99的是哪个: a cell asked of projects the message names by their person or name is a
  // question of its own — 那 there only goes on talking (那…呢 and a figure over the set still follow up).
  if (how === 'replace' && ownLookup(parsed, reading)) return { query: parsed, carried: false };
  const within = withinFirstN(previous.query, parsed, how, reading.message);
  if (within) return within;
  // 那…呢 with nothing that says "as well" (也, 还, 同时): a question parallel to the previous one.
  const parallel = how === 'replace' && !/也|还|同时|并且|而且|都/u.test(reading.text);
  // 总分分值写成1000的又是哪张 after 总分栏空着的有几张: a condition set against the one before takes its place (the
  // scope stays) — read with it, it asked for forms with both
  const contrasted =
    reading.contrast && parsed?.filters.some((f) => !scopeFilter(f))
      ? { ...previous.query, filters: previous.query.filters.filter(scopeFilter) }
      : previous.query;
  const merged = mergeFollowUp(contrasted, parsed, how, reading.reorder, parallel);
  // 那没满分的是哪些 after 满分的有几个: the projects are asked for now, not their count again; so are they after a
  // total (其中执行率不到100%的有哪些 after 她的项目一共花了多少钱), and the one at an end asked by 哪个 / 谁 (那这几个里
  // 哪个执行率最低 after a count).
  // (列出其中全年预算最高的三个 after a count: the first N of a ranking counted are N — the projects are asked)
  const firstNOfCount =
    !!parsed?.order &&
    !!parsed.limit &&
    !!merged?.measures?.length &&
    merged.measures.every((m) => m.fn === 'count');
  const asksWhich =
    WHICH.test(reading.text) ||
    firstNOfCount ||
    (!!parsed?.order && !!parsed.limit && WHICH_ONE_ASKED.test(reading.text));
  if (merged && !parsed?.measures?.length && !merged.groupBy && asksWhich && merged.measures?.length)
    delete merged.measures;
  if (!merged)
    return { ask: '要按哪一项排？上一个问题里没有可排的数，请写出字段，例如「按全年预算从高到低排」。' };
  return { query: oneProjectsFigure(merged, reading.message), carried: true };
}

/**
 * 它的全年预算是多少 after 总分最低的项目: 它 is one project, so its figure is looked up, never summed — the ranking's
 * first place may hold several tied projects (each then listed with its own figure), and a total over them answers
 * what was not asked. 它们 / 这些 (several) keep the total.
 */
function oneProjectsFigure(query: PortfolioQuery, text: string): PortfolioQuery {
  if (!/(?:^|[，,\s])(?:它|该项目|这个项目|此项目|那个项目)(?!们)/u.test(text) || query.groupBy) return query;
  const ms = query.measures ?? [];
  if (!ms.length || !ms.every((m) => (m.fn === 'sum' || m.fn === 'avg') && m.field)) return query;
  const { measures: _m, ...rest } = query;
  return { ...rest, select: [...new Set([...(query.select ?? []), ...ms.map((m) => m.field!)])] };
}

/**
 * 里面有几个是大红门的 / 其中2023年的有哪些 after 全年预算最多的前10个项目: a condition within the first N of a
 * ranking. The query language applies conditions before the first N are taken — that would be the first 10 of
 * 大红门's projects, a different set (10 where 8 of the first 10 are 大红门's) — so it is asked about, never answered
 * with that figure. A bare figure of the same set (它们的全年预算一共多少) keeps the ranking and is answered.
 */
function withinFirstN(
  previous: PortfolioQuery,
  parsed: PortfolioQuery | null,
  how: How,
  message: string,
): Attached | null {
  if (how !== 'refer' || !previous.limit || previous.groupBy || !parsed?.filters.length) return null;
  // 是不是都不到1万元: whether all of the N meet it is answered over the N themselves (all-of.ts allOfFirstN)
  if (ALL_OF_THEM_LEAD.test(message.trim())) return null;
  const n = previous.limit;
  const by = typeof previous.order?.by === 'string' ? FIELDS[previous.order.by].label : '';
  const end = previous.order?.dir === 'asc' ? '最低' : '最高';
  return {
    ask: `「${message.trim()}」是在上一问的前${n}个项目里再按条件挑，这一步还算不了（条件会在取前${n}个之前起作用，得数不对），未作查询。可以看上一问列出的${n}个项目，或把条件放进排名里问，例如「大红门街道${by}${end}的${n}个项目」。`,
  };
}

/**
 * 把发改委的也算上: each condition named is joined, as an alternative, to the previous condition of its kind (潞源 →
 * 潞源 or 发改委); everything else of the previous question stays. A condition with no counterpart to widen (the
 * previous question had no place at all) is asked about: "also" has nothing to be added to.
 */
function widened(previous: PortfolioQuery, parsed: PortfolioQuery | null, message: string): Attached {
  const added = parsed?.filters ?? [];
  const onlyFilters =
    parsed && !parsed.measures?.length && !parsed.order && !parsed.groupBy && !parsed.select;
  if (!added.length || !onlyFilters)
    return {
      ask: `「${message.trim()}」要把哪些项目也算上？请写出部门、地方、负责人或年份，例如「把潞源的也算上」。`,
    };
  let filters = [...previous.filters];
  for (const f of added) {
    const at = filters.findIndex((old) => kindOf(old) === kindOf(f));
    if (at < 0)
      return {
        ask: `上一问没有按${kindLabel(f)}限定范围，「${message.trim()}」不知道要加到哪里，未作查询。请把问题说完整再问。`,
      };
    const old = filters[at]!;
    filters = filters.map((x, i) =>
      i === at ? { type: 'any' as const, filters: [...leaves([old]), ...leaves([f])] } : x,
    );
  }
  return { query: { ...previous, filters }, carried: true };
}

const kindLabel = (f: Filter) => {
  const k = kindOf(f);
  return k.startsWith('org')
    ? '部门或地方'
    : k.startsWith('owner')
      ? '负责人'
      : k.includes('year')
        ? '年份'
        : '这一项';
};

/** The one project a question or its answer was about: the project it names, or the one project its rows show. */
export function projectOf(
  query: PortfolioQuery,
  rows: { columns: string[]; rows: unknown[][] } | null,
): string | undefined {
  const named = new Set<string>();
  for (const f of leaves(query.filters))
    if (f.type === 'name' && f.field === 'projectName' && !f.negate)
      for (const v of f.values ?? [f.term]) named.add(v);
  if (named.size === 1) return [...named][0];
  if (named.size > 1 || !rows || rows.rows.length !== 1) return undefined;
  const at = rows.columns.indexOf(FIELDS.projectName.label);
  const one = at < 0 ? '' : String(rows.rows[0]![at] ?? '').trim();
  return one || undefined;
}

/** The one person a question or its answer was about: the owner it names, or the one owner its rows show. */
export function personOf(
  query: PortfolioQuery,
  rows: { columns: string[]; rows: unknown[][] } | null,
): string | undefined {
  const owners = new Set<string>();
  for (const f of leaves(query.filters)) {
    if (f.type === 'name' && f.field === 'owner') for (const v of f.values ?? [f.term]) owners.add(v);
  }
  if (owners.size === 1) return [...owners][0];
  if (owners.size > 1 || !rows) return undefined;
  const at = rows.columns.indexOf(FIELDS.owner.label);
  if (at < 0) return undefined;
  const shown = new Set(rows.rows.map((r) => String(r[at] ?? '').trim()));
  const [one] = shown;
  return shown.size === 1 && one && !/[、,，/和及]/u.test(one) ? one : undefined;
}

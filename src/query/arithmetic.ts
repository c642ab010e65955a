/**
 * Arithmetic on figures of the portfolio (issue 10: the query language grows what staff ask): the difference, sum,
 * quotient or product of two figures, a share (占百分之几) and a multiple (几倍), where each figure is a count, a sum
 * or an average over a set of projects the ordinary language can select (or a plain number: 乘以10000).
 *
 * A question is cut at its arithmetic word into two sides; each side must be a question the ordinary parser
 * (parse.ts) understands whole. A side that names no figure takes the other side's (2023年的预算比2020年多多少:
 * the budget of 2020); a side that names no projects takes the other side's (…预算合计减去执行数合计), unless it
 * says 全部 / 所有 (then all projects). When a side has a word the parser does not place, this module answers
 * nothing and the ordinary reply names the words. The answer states what was computed, operand by operand.
 */

import type { Reply } from '../bot/messages.ts';
import type { Store } from '../store/store.ts';
import { type Chain, type ChainStep, chainOf } from './arith-chain.ts';
import { ASK_ONLY, ASKS, clauseReadings, comparedIn, frameText } from './arith-clauses.ts';
import { counterpartOf } from './arith-counterpart.ts';
import { coverageNote } from './arith-coverage.ts';
import { moneyNounOf, type TrimCut, trimCut } from './arith-factor.ts';
import { projectionOf } from './arith-projection.ts';
import { decimalsOf, roundingAsked, roundTo } from './arith-round.ts';
import { type ArithOp, type Cut, cuts, MONEY_UNITS, OVERALL_RATE, unitAsked } from './arith-shapes.ts';
import { rewriteArithWords } from './arith-words.ts';
import { rewriteBudgetPath } from './change-words.ts';
import { formulasOf } from './derived-fields.ts';
import { describeQuery } from './describe.ts';
import { executeQuery, measureLabel, type Viewer } from './execute.ts';
import { FIELDS, type FieldId, type GroupField, isNumeric, unitOf } from './fields.ts';
import { dropListCount } from './list-count.ts';
import { moneyAddedUp } from './money-ask.ts';
import { chineseNumber } from './numbers.ts';
import { parseQuestion } from './parse.ts';
import {
  type ArithQuery,
  type Filter,
  leaves,
  type Measure,
  type Operand,
  type PortfolioQuery,
} from './query.ts';
import { spreadLeadingModifiers } from './shared-name-head.ts';
import { spreadSharedTail } from './shared-tail.ts';
import type { Vocabulary } from './vocabulary.ts';

export type { ArithOp } from './arith-shapes.ts';

export type { ArithQuery, Operand };

export interface ArithParsed {
  query: ArithQuery;
  corrected: Array<[string, string]>;
}

/** One side of the question as the ordinary parser reads it. */
interface Side {
  filters: Filter[];
  measure?: Measure;
  /** 全部 / 所有 / 总: the side means every project, not the other side's. */
  whole: boolean;
  corrected: Array<[string, string]>;
  /** 最低的 alone: the other side's field, at this end. */
  extreme?: 'max' | 'min';
  /** 第二大的 / 预算第三多的项目: max or min that many places below the end (rank.ts's offset). */
  offset?: number;
  /** 合计 / 平均数 alone: the figure of the field the clause around it names. */
  aggregate?: 'sum' | 'avg';
  /** 全街道 / 整个部门: the whole of the projects the clause around it names. */
  inFrame?: boolean;
  /** 满分: the full mark of the other side's score. */
  fullMark?: boolean;
  /** 最低分 alone: the field its noun says when the other side names none (总分). */
  field?: Measure['field'];
  /** 各部门的… / 按年度: the figure per group. */
  groupBy?: GroupField;
  /** 他负责的: the projects of the person the other side names (none named there: not understood). */
  personBack?: boolean;
  /**
   * 执行数总和 / 预算总额: 总 said only in the noun of an aggregate. It says how the figure is taken, not over which
   * projects: the projects are the frame's (潞源…，用执行数总和除以预算总和 is 潞源's), except as the whole a share is
   * taken of (占总数的百分之几), where nothing else could be meant.
   */
  totalNoun?: boolean;
}

const EXTREME_ALONE =
  /^(?:表上)?(?:的)?(最高|最低|最多|最少|最大|最小)(?:的)?(?:那个|那一个|那项|一个|一项|项目)?$/u;
const EXTREME_FN = (w: string): 'max' | 'min' => (/高|多|大/u.test(w) ? 'max' : 'min');
/** 全年预算第二大的项目 / 潞源执行数第3高的那个: a place of a ranking after what is ranked. */
const PLACE_WITHIN =
  /^(.+?)第(\d{1,2}|[一二两三四五六七八九十]+)(?:名)?(高|低|多|少|大|小)(?:的)?(?:那个|那一个|那项|一个|一项|项目)?$/u;
/** 第二大的 / 第三多的那个 / 倒数第二的: a place of a ranking said alone. */
const PLACE_ALONE =
  /^(?:表上)?(?:的)?(倒数)?第(\d{1,2}|[二两三四五六七八九十]+)(?:名)?(高|低|多|少|大|小)?(?:的)?(?:那个|那一个|那项|一个|一项|项目)?$/u;
/** 整个大红门 / 全大红门: all of that office's projects, which the office's name says already. */
const WHOLE_OF = /^整个(?=\p{Script=Han}{2})/u;

const WHOLE = /全部|所有|全体|整体|总(?!分)|全区|一共|all\b|total/;
/** The nouns of an aggregate that hold 总 (总和 / 总额 / 总数…): no word of all projects by themselves. */
const TOTAL_NOUN = /(?:的)?(?:总和|总额|总数|总计|总金额|总量|之和)(?=$|的|是|为|有|[，,])/gu;
/** How a question ends when it asks for the figure: 是多少 / 等于多少 / 一共多少钱 / 扣除后还剩多少. */
const ASK_TAIL =
  /[，,]?\s*(?:那么|请问)?(?:以后|之后|后)?(?:一共|总共|共计|总计|合起来|还剩|剩下|剩余|还有|得到|得出|得)?(?:是|有|等于|为|约为|大约是|能有|会是)?(?:多少|几)(?:万元|亿元|元|万|钱|块钱|个百分点|百分点|个|项|分|倍|%)?(?:呢|啊|呀)?$/u;
const END_PUNCT = /[\s？?。.！!~～…]+$/u;
/** Words that join an operand to the arithmetic word and say nothing themselves. */
const GLUE_START = /^[\s，,、；;：:]*(?:再|然后|那么|就是|即|的)*/u;
const GLUE_END = /(?:的|再|是|等于|为|之后|以后|后)*[\s，,、；;：:]*$/u;

function trimGlue(s: string): string {
  return s.replace(GLUE_START, '').replace(GLUE_END, '').replace(ASK_TAIL, '').replace(GLUE_END, '');
}

/**
 * A plain number of the question (乘以10000, 乘以一万, 除以十二): digits or numerals; 万 / 亿 with no 元 after them
 * are the multiplier they say (一万 = 10000), an amount in 万元 keeps the figures' own unit.
 */
const NUMBER =
  /^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(万元|万|亿元|亿|元|倍|%|分)?$/u;

/** 一点一 → 1.1: a numeral with its decimal digits read one by one. */
function numeralWithDecimals(text: string): number | null {
  const [whole, part] = text.split('点');
  const n = chineseNumber(whole!);
  if (n === null || part === undefined) return n;
  const digits = [...part].map((c) => '零一二三四五六七八九'.indexOf(c.replace('〇', '零')));
  return digits.every((d) => d >= 0) ? Number(`${n}.${digits.join('')}`) : null;
}

/** A number of the question with the unit it was said in (none: a plain number). */
interface Value {
  value: number;
  unit?: string;
}

function numberOf(t: string): Value | null {
  const n = t.replace(/,/g, '').match(NUMBER);
  if (!n) return null;
  const value = /^\d/u.test(n[1]!) ? Number(n[1]) : numeralWithDecimals(n[1]!);
  if (value === null) return null;
  return n[2] ? { value, unit: n[2] } : { value };
}

/** A number as a factor (乘以一万 = 10000): 万 / 亿 with no 元 are the multiplier they say. */
const factorOf = (v: Value) => v.value * (v.unit === '万' ? 1e4 : v.unit === '亿' ? 1e8 : 1);

/**
 * A number added to or taken from a figure (执行率比100%低几个百分点, 预算减去100万): in the figure's unit, said in a
 * unit of its kind or in none; null when the units do not go together (a score minus 100万).
 */
function termOf(v: Value, kind: string): number | null {
  if (!v.unit) return v.value;
  if (kind === 'percent') return v.unit === '%' ? v.value : null;
  if (kind === 'score') return v.unit === '分' ? v.value : null;
  if (kind !== 'money') return null;
  const size: Record<string, number> = { 万元: 1, 万: 1, 元: 1e-4, 亿元: 1e4, 亿: 1e4 };
  return size[v.unit] === undefined ? null : v.value * size[v.unit]!;
}

/** 满分 / 总分的满分值: the full mark of the score the other side names (总分 → 总分值). */
const FULL_MARK = /^(?:总分的?|表上的?)?满分(?:值)?$/u;
const WEIGHT_OF: Partial<Record<string, Measure['field']>> = {
  totalScore: 'totalWeight',
  budgetScore: 'budgetWeight',
};

/**
 * 最高分 / 最低值 / 总分的最高分: an end of a field said with a noun of the figure; read as 最高的 / 总分最高的, which
 * the ordinary parser and EXTREME_ALONE read.
 */
const EXTREME_NOUN = /(?:的)?(最高|最低|最多|最少|最大|最小)(?:分|值|数|额|那个|那一个)$/u;
/** 合计 / 总额 / 平均数 said alone: an aggregate of the field the clause around it names (合计除以项目数). */
const AGGREGATE_ALONE = /^(?:的)?(?:合计|总额|总计|总和|之和|总数|总金额|加总|汇总|平均数|平均值|均值)$/u;
const AGGREGATE_AFTER_SCOPE = /^(.+?)(?:的)(合计|总额|总计|总和|之和|总金额|平均数|平均值|均值)(?:数)?$/u;
/** 全街道 / 整个部门 / 全单位: the whole of the office the clause around it names (全区 is every project: WHOLE). */
const FRAME_WHOLE =
  /^(?:全|整个|全部|本)(?:街道|部门|单位|科室|办事处|镇|乡)(?:的)?(?:所有|全部)?(?:项目)?(?:的)?/u;
/** 最高分 with no field said: a score of the form is its total (总分). */
const SCORE_EXTREME = /^(?:表上)?(?:的)?(?:最高|最低)分$/u;

/** 把所有项目的总分加起来 / 执行数相加: the total of the field, whatever figure it is usually asked as. */
const SUMMED =
  /^(?:把|将)?(.+?)(?:都|全部|全|一共|总共)?(?:加起来|相加|加在一起|加到一起|加一起|合起来|加总)$/u;
/** 总分一共加起来是多少分: one figure said added up and asked. */
const SUMMED_ASKED =
  /(?:加起来|相加|加在一起|加到一起|加一起|加总)(?:一共|总共|共)?(?:是|有|等于|为)?(?:多少|几)(?:分|万元|元|万|个百分点|%)?$/u;
/** 他负责的项目个数: the projects of the person the other side names. */
const PERSON_BACK = /^(?:他|她)(?:们)?(?:负责|名下|管)?(?:的)?/u;

function sideOf(text: string, vocab: Vocabulary, clockYear?: number, inClauses = false): Side | Value | null {
  const trimmed = trimGlue(text);
  const summed = trimmed.match(SUMMED);
  if (summed) {
    const inner = sideOf(summed[1]!, vocab, clockYear, inClauses);
    if (!inner || 'value' in inner || inner.extreme || inner.groupBy || inner.aggregate) return null;
    const field = inner.measure?.field;
    if (!field || !['sum', 'avg'].includes(inner.measure!.fn) || kindOf(inner.measure!) === 'percent')
      return null;
    return { ...inner, measure: { fn: 'sum', field } };
  }
  const back = trimmed.match(PERSON_BACK);
  if (back?.[0]) {
    const rest = sideOf(trimmed.slice(back[0].length), vocab, clockYear, inClauses);
    if (!rest || 'value' in rest || rest.filters.length || rest.whole) return null;
    return { ...rest, personBack: true };
  }
  const value = numberOf(trimmed);
  if (value !== null) return value;
  // 高博群那两个免费开放补助，市级的: a clause that frames the side, then the side — one set within the other, never
  // the two as alternatives (read whole, X，Y is a list: either).
  const framed = framedWithin(trimmed, vocab, clockYear, inClauses);
  if (framed !== undefined) return framed;
  if (FULL_MARK.test(trimmed)) return { filters: [], whole: false, corrected: [], fullMark: true };
  const scoreEnd = SCORE_EXTREME.test(trimmed);
  const t = trimmed.replace(EXTREME_NOUN, '$1的');
  if (scoreEnd) {
    const bare = t.match(EXTREME_ALONE);
    if (bare)
      return { filters: [], whole: false, corrected: [], extreme: EXTREME_FN(bare[1]!), field: 'totalScore' };
  }
  // Only with a clause around it that names the field (alone, 占总数的 is the whole's: below).
  const aggregate = inClauses ? t.match(AGGREGATE_ALONE) : null;
  if (aggregate)
    return {
      filters: [],
      whole: false,
      corrected: [],
      aggregate: /平均|均值/u.test(aggregate[0]) ? 'avg' : 'sum',
    };
  // 双井2020年的合计 (…预算合计和双井2020年的合计): an aggregate after a scope, of the field the other side names.
  const scoped = t.match(AGGREGATE_AFTER_SCOPE);
  if (scoped) {
    const rest = sideOf(scoped[1]!, vocab, clockYear);
    if (!rest || 'value' in rest || rest.extreme || rest.groupBy) return null;
    const fn = /平均|均值/u.test(scoped[2]!) ? 'avg' : 'sum';
    // 潞源街道全年执行数的合计: the figure named before it, added up (or averaged) over the projects
    const field = rest.measure?.field;
    if (field && ['sum', 'avg'].includes(rest.measure!.fn) && isFigure(field))
      return { ...rest, measure: { fn, field } };
    if (!rest.filters.length || rest.measure) return null;
    return { ...rest, aggregate: fn };
  }
  const frameWhole = FRAME_WHOLE.exec(t);
  if (frameWhole) {
    const rest = sideOf(t.slice(frameWhole[0].length), vocab, clockYear);
    if (!rest || 'value' in rest || rest.filters.length) return null;
    return { ...rest, inFrame: true, whole: true };
  }
  const whole = WHOLE.test(t.replace(TOTAL_NOUN, ''));
  const totalNoun = !whole && WHOLE.test(t);
  if (!t || /^(?:全部|所有|全体|整体|全区)?(?:的)?(?:项目)?$/u.test(t))
    return { filters: [], whole: true, corrected: [] };
  // 最低的 (…最高的和最低的差了几分): the other end of the other side's figure.
  const bare = t.match(EXTREME_ALONE);
  if (bare) return { filters: [], whole: false, corrected: [], extreme: EXTREME_FN(bare[1]!) };
  // 全年预算第二大的项目: the superlative, that many places down.
  const within = t.match(PLACE_WITHIN);
  if (within) {
    const n = /^\d+$/u.test(within[2]!) ? Number(within[2]) : chineseNumber(within[2]!);
    if (!n) return null;
    const top = sideOf(`${within[1]}最${within[3]}的`, vocab, clockYear);
    if (!top || 'value' in top || !top.measure || !['max', 'min'].includes(top.measure.fn) || top.offset)
      return null;
    return n === 1 ? top : { ...top, offset: n - 1 };
  }
  // 第二大的 / 倒数第二的 (…最大的项目比第二大的多出多少): that place of the other side's figure.
  const place = t.match(PLACE_ALONE);
  if (place) {
    const n = /^\d+$/u.test(place[2]!) ? Number(place[2]) : chineseNumber(place[2]!);
    if (!n || n < 2) return null;
    const end = place[3] ? EXTREME_FN(place[3]) : null;
    // 倒数第二 is the other end; 倒数第二大 says both and is not read.
    if (place[1] && end) return null;
    const extreme = place[1] ? 'min' : end;
    if (!extreme) return null;
    return { filters: [], whole: false, corrected: [], extreme, offset: n - 1 };
  }
  let p = parseQuestion(t.replace(WHOLE_OF, ''), vocab, clockYear);
  // 双井的两个项目 (加起来多少钱 taken off as the ask): the count restating the scope, left alone at the end of the side
  // with nothing after it to say so (scope-count.ts) — read as 双井那两个项目, whose count the answer checks.
  const restated = /的((?:\d{1,2}|[两二三四五六七八九十])个项目)$/u;
  if (p.unplaced.length === 1 && /^\d+个$/u.test(p.unplaced[0]!) && restated.test(t))
    p = parseQuestion(t.replace(WHOLE_OF, '').replace(restated, '那$1'), vocab, clockYear);
  // 大红门的最高分: a score's end with no field named is the total's (大红门总分最高的).
  if ((p.unplaced.length || !p.query) && /(?:最高|最低)分$/u.test(trimmed))
    p = parseQuestion(
      t.replace(WHOLE_OF, '').replace(/(?:的)?(最高|最低)的$/u, '总分$1的'),
      vocab,
      clockYear,
    );
  if (p.unplaced.length || !p.query) return null;
  const q: PortfolioQuery = p.query;
  // 各街道最低的: one figure per group is no one figure.
  if (p.exporting || q.per || (q.groupBy && (q.order || q.limit))) return null;
  const side: Side = { filters: q.filters, whole, corrected: p.corrected };
  if (totalNoun) side.totalNoun = true;
  if (q.groupBy) side.groupBy = q.groupBy;
  if (q.order || q.limit) {
    // 总分最高的 / 预算最少的项目: the highest or lowest value of the field over the set.
    const by = q.order?.by;
    if (
      typeof by !== 'string' ||
      q.limit !== 1 ||
      q.measures?.length ||
      (q.select ?? []).some((f) => f !== by)
    )
      return null;
    side.measure = { fn: q.order!.dir === 'desc' ? 'max' : 'min', field: by };
    // 全年预算第二大的项目: that place, not the top (rank.ts reads it as the offset).
    if (q.offset) side.offset = q.offset;
    return side;
  }
  const measures = q.measures ?? [];
  if (measures.length > 1) return null;
  const select = q.select ?? [];
  if (measures.length === 1) {
    if (select.length) return null;
    side.measure = measures[0]!;
    return side;
  }
  if (select.length) {
    const field = select[0]!;
    if (select.length > 1 || !isNumeric(field) || !isFigure(field)) return null;
    // A figure of a set: a total (money) or an average (rates, scores); of one project, its value.
    side.measure = { fn: FIELDS[field].kind === 'money' ? 'sum' : 'avg', field };
  }
  return side;
}

type ProjectNames = Extract<Filter, { type: 'name' }> & { values: string[] };
const projectNames = (fs: Filter[]) =>
  fs.filter(
    (f): f is ProjectNames =>
      f.type === 'name' && f.field === 'projectName' && !f.negate && !f.starts && !!f.values?.length,
  );

/**
 * A side said as a frame clause and the side within it (免费开放补助，市级的): both naming projects, the side's are
 * those of its names that the frame names too; the frame's other conditions are kept where the side names none of
 * their kind. Undefined when the text is not so (no comma, or not both naming projects): the side is read whole.
 */
function framedWithin(
  text: string,
  vocab: Vocabulary,
  clockYear: number | undefined,
  inClauses: boolean,
): Side | null | undefined {
  const at = text.search(/[，,](?!\d)[^，,]*$/u);
  if (at <= 0) return undefined;
  const outer = parseQuestion(text.slice(0, at), vocab, clockYear);
  if (outer.unplaced.length || !outer.query) return undefined;
  const inner = sideOf(text.slice(at + 1), vocab, clockYear, inClauses);
  if (!inner || 'value' in inner) return undefined;
  const outerNames = projectNames(outer.query.filters);
  const innerNames = projectNames(inner.filters);
  if (outerNames.length !== 1 || innerNames.length !== 1) return undefined;
  if (outer.query.measures?.length || outer.query.groupBy || outer.query.order) return null;
  const within = new Set(outerNames[0]!.values);
  const values = innerNames[0]!.values.filter((v) => within.has(v));
  if (!values.length) return null;
  const own = new Set(inner.filters.map(dimension));
  const kept = outer.query.filters.filter((f) => f !== outerNames[0] && !own.has(dimension(f)));
  const filters = inner.filters.map((f) => (f === innerNames[0] ? { ...innerNames[0]!, values } : f));
  return { ...inner, filters: [...kept, ...filters], corrected: [...outer.corrected, ...inner.corrected] };
}

const isFigure = (id: FieldId) => ['money', 'percent', 'score', 'count'].includes(FIELDS[id].kind);

/** The kind of figure a measure gives: amounts, rates, scores or numbers of projects. */
const kindOf = (m: Measure) => (m.fn === 'count' || !m.field ? 'projects' : FIELDS[m.field].kind);

/**
 * 总执行数除以总预算: an amount with 总 before it, as an operand of the division, is that amount's total (执行数合计);
 * 总分 and the like are no amounts and stay.
 */
const TOTAL_BEFORE = /总((?:全年|年初)?(?:执行数|执行金额|预算数|预算))(?=除以|除|算|计算|[)），,。]|$)/gu;

/**
 * Reads a question as arithmetic on two figures; null when it is not such a question or a side is not understood
 * whole (the ordinary reply then names what was not placed).
 */
export function parseArithmetic(question: string, vocab: Vocabulary, clockYear?: number): ArithParsed | null {
  // A加上B，两项一共多少: the count restates the two things added (list-count.ts).
  // 双井的两个项目加起来多少钱，用元说: one set's money added up is its sum, to be converted (money-ask.ts).
  const said = yearBeforeNamed(
    dropListCount(
      moneyAddedUp(question.normalize('NFKC').replace(END_PUNCT, '').trim()).replace(TOTAL_BEFORE, '$1合计'),
    ),
  );
  // …合计，四舍五入到万位 / 保留两位小数: how the result is rounded (arith-round.ts); one figure alone is enough then.
  const rounded = roundingAsked(said);
  if (!rounded) return readArithmetic(said, vocab, clockYear, false);
  const parsed = readArithmetic(rounded.text, vocab, clockYear, true);
  if (!parsed || parsed.query.groupBy) return null;
  return { ...parsed, query: { ...parsed.query, round: rounded.rounding } };
}

/**
 * 大红门2023年的预算比去年多多少 / 2023年执行数和上一年比: the year before, compared with a year the question names, is
 * the year before that one — not the year before today's (the other side had read as the calendar's last year). Only
 * with one year written in figures; 上年结转 (a funds row) is no year.
 */
const YEAR_BEFORE = /(?<=比|较|和|跟|与|同|对比|相比)(?:去年|上一年|上年度|前一年|上一年度)(?!结转)/gu;
function yearBeforeNamed(text: string): string {
  const years = new Set([...text.matchAll(/(?<!\d)(20\d\d)\s*年/gu)].map((m) => m[1]));
  if (years.size !== 1) return text;
  const year = Number([...years][0]);
  return text.replace(YEAR_BEFORE, `${year - 1}年`);
}

/**
 * 平均每个街道有多少个项目 / 2023年平均每个部门的全年预算合计是多少 / 平均每个负责人负责几个项目: a figure per group,
 * then its mean over the groups. Read as 各街道有多少个项目 by the ordinary parser (its words of a group); only a count
 * or a total per group — the mean of averages is not read.
 */
const MEAN_OF_GROUPS = /^(.*?)平均(?:下来)?(?:[，,]\s*)?每(?:一)?个(?!项目)(.+)$/u;
/** The groups said after 每个 (longest first): 项目负责人, 部门, 街道… */
const GROUP_WORDS = [
  '项目负责人',
  '街道办事处',
  '主管部门',
  '实施单位',
  '负责人',
  '联系人',
  '街道办',
  '部门',
  '单位',
  '街道',
  '科室',
];
/** 每个负责人平均管多少钱: the same, 平均 said after the group. */
const EACH_THEN_MEAN = new RegExp(`每(?:一)?个(${GROUP_WORDS.join('|')})平均(?:下来)?`, 'u');
/** The group word's end: what follows it (的 / 有 / 平均) is the figure asked per group. */
const AFTER_GROUP = /^(?:平均)?(?:的|有|大概有|大约有)?/u;
/** Group words a shorter piece may begin (负责 of 负责人): never a group word cut short. */
const LONG_GROUP_WORDS = GROUP_WORDS.filter((w) => w.length >= 3);

/** 管多少钱 / 负责了多少钱: a verb of owning before an amount asked (管几个项目 is a count). */
const OWNING_MONEY = /^(?:负责|管理|管|掌握|手上有|手里有)(?:了|着)?(?=多少|预算|资金|经费|钱)/u;
/** 多少钱 / 多少预算 / 预算多少: money asked with no field named — the 全年预算, as the ordinary reading takes it. */
const BARE_MONEY =
  /^(?:的)?(?:多少(?:万|万块|块)?(?:钱|预算|资金|经费)|(?:预算|资金|经费|钱)(?:是|有)?多少(?:万元|万|钱)?)$/u;

/** 平均每个负责人的全年预算 / 每个部门平均有几个项目: a figure of each group, then its mean over the groups. */
const meanOfGroupsMatch = (text: string) => text.replace(EACH_THEN_MEAN, '平均每个$1').match(MEAN_OF_GROUPS);
export const meanOfGroupsSaid = (text: string) => meanOfGroupsMatch(text) !== null;

function meanOfGroups(said: string, vocab: Vocabulary, clockYear?: number): ArithParsed | null {
  const m = meanOfGroupsMatch(said);
  if (!m) return null;
  // The group word is as long as the ordinary parser reads a group of (街道 / 部门 / 负责人), shortest first.
  let side: Side | Value | null = null;
  let corrected: Array<[string, string]> = [];
  for (let k = 1; k <= Math.min(6, m[2]!.length - 1) && !(side && !('value' in side) && side.groupBy); k++) {
    const said = m[2]!.slice(k).replace(AFTER_GROUP, '');
    if (!said) break;
    // 负责 of 负责人 is no group word (with 的 inserted it had read 负责的人 and counted the people)
    if (LONG_GROUP_WORDS.some((n) => n.length > k && n.startsWith(m[2]!.slice(0, k + 1)))) continue;
    // 平均每个负责人管多少钱: the money a person owns is their projects' 全年预算 added up (it had been counted)
    const money = said.replace(OWNING_MONEY, '').match(BARE_MONEY);
    const tail = money ? '全年预算数合计' : said;
    corrected = money ? [[money[0].replace(/^的/u, ''), '全年预算数']] : [];
    side = sideOf(
      `${m[1]!}各${m[2]!.slice(0, k)}${/^(?:负责|管)/u.test(tail) ? '' : '的'}${tail}`,
      vocab,
      clockYear,
    );
  }
  if (!side || 'value' in side || !side.groupBy || side.extreme || side.offset || side.whole) return null;
  const measure = side.measure ?? { fn: 'count' as const };
  if (measure.fn !== 'count' && measure.fn !== 'sum') return null;
  return {
    query: {
      op: 'convert',
      left: { kind: 'figure', filters: side.filters, measure },
      right: { kind: 'value', value: 1 },
      groupBy: side.groupBy,
      meanOfGroups: true,
    },
    corrected: [...side.corrected, ...corrected],
  };
}

/** The mean of a figure over a set with its top and / or bottom value left out; null when not one figure of projects. */
function trimmedMean(trim: TrimCut, vocab: Vocabulary, clockYear: number | undefined): ArithParsed | null {
  const side = sideOf(trim.text, vocab, clockYear);
  if (!side || 'value' in side || !side.measure?.field) return null;
  if (side.groupBy || side.extreme || side.offset || side.aggregate || side.personBack || side.fullMark)
    return null;
  if (!['sum', 'avg'].includes(side.measure.fn) || !isFigure(side.measure.field)) return null;
  return {
    query: {
      op: 'convert',
      left: { kind: 'figure', filters: side.filters, measure: { fn: 'avg', field: side.measure.field } },
      right: { kind: 'value', value: 1 },
      trim: { top: trim.top, bottom: trim.bottom },
      scale: trim.said,
    },
    corrected: side.corrected,
  };
}

function readArithmetic(
  said: string,
  vocab: Vocabulary,
  clockYear: number | undefined,
  alone: boolean,
): ArithParsed | null {
  // 明年要是按今年全年预算的一点一倍给: the rule of a hypothetical year, computed on the figure it starts from.
  const projection = projectionOf(said);
  if (projection) {
    const read = readArithmetic(projection.text, vocab, clockYear, alone);
    return read && { ...read, corrected: [...read.corrected, projection.said] };
  }
  const groups = meanOfGroups(said, vocab, clockYear);
  if (groups) return groups;
  // 去掉最大的那一个以后，平均每个多少: the mean with the ends left out (arith-factor.ts).
  const trim = trimCut(said);
  if (trim) return trimmedMean(trim, vocab, clockYear);
  // 按12个月摊下来，一个月合多少 / 追加了多少: arithmetic said in everyday words, as its operator (arith-words.ts).
  const text = rewriteArithWords(said);
  // …，再除以项目个数: a computation that goes on from its result (arith-chain.ts), read whole or not at all.
  // Not read so, the question is left to the readings below, which place every word or answer nothing.
  const chain = chainOf(text);
  const chained = chain ? parseChain(chain, vocab, clockYear) : null;
  if (chained) return chained;
  // 潞源和河门口，哪个的执行数多？分别是多少: a question mark inside the question ends a clause like a comma.
  const whole = parseComputation(text.replace(/[？?]\s*(?=\S)/gu, '，'), vocab, clockYear, null, null, alone);
  if (whole) return whole;
  // Said over two clauses (arith-clauses.ts): the one that computes, read with what the other gives it.
  for (const reading of clauseReadings(text)) {
    if (!reading.context) {
      const query = parseComputation(reading.core, vocab, clockYear, null, null, alone);
      if (query) return query;
      continue;
    }
    if (reading.onContext) {
      // …是多少（乘以一万）: the question's figure is the first operand, in the unit it asks.
      const asked = unitAsked(reading.context);
      const query = parseComputation(
        `${trimGlue(asked.text)}${reading.core}`,
        vocab,
        clockYear,
        null,
        asked.unit,
        alone,
      );
      if (query) return query;
      continue;
    }
    const context = contextOf(reading.context, vocab, clockYear);
    if (!context) continue;
    const query = parseComputation(reading.core, vocab, clockYear, context, context.unit, alone);
    if (query) return { ...query, corrected: [...context.corrected, ...query.corrected] };
  }
  return null;
}

/** 平均每个项目没花掉多少 / 每个项目平均多少: a restatement of a result divided by a number of projects. */
const PER_PROJECT_ASK =
  /^(?:那么|也就是|即|就是)?(?:平均)?(?:每个|每一个|每项|一个)(?:项目)?(?:平均)?[^，,分率名谁哪]{0,12}?(?:多少|几)(?:钱|万元|万|元)?(?:呢|啊)?$/u;

/**
 * A computation that goes on from its result (arith-chain.ts): the head read as a computation of two figures (or,
 * when it is one figure, together with the first step), each further operand read whole as a figure or a number.
 * A figure that names no projects is over the first figure's (项目个数: of the projects the sum is over). Any operand
 * not read, amounts added to rates, a clause after it that says more than the ask: null.
 */
function parseChain(chain: Chain, vocab: Vocabulary, clockYear: number | undefined): ArithParsed | null {
  const steps = [...chain.steps];
  const last = steps[steps.length - 1]!;
  // 结果再乘以10000换成元: the unit asked, said with the last operand or in the clause after it.
  const lastAsked = unitAsked(last.operand);
  const restated = chain.restated ? unitAsked(chain.restated) : null;
  const unit = lastAsked.unit ?? restated?.unit ?? null;
  steps[steps.length - 1] = { ...last, operand: lastAsked.text };
  if (restated?.text && !ASK_ONLY.test(restated.text)) {
    const perProject = PER_PROJECT_ASK.test(restated.text) && last.op === 'divide';
    if (!perProject) return null;
  }
  let base = parseComputation(chain.head, vocab, clockYear, null, null);
  if (!base) {
    // 全年预算合计，再除以项目个数: one figure and the first step are the first computation.
    const first = steps.shift()!;
    const cut = { op: first.op, left: chain.head, right: first.operand };
    base = combine(cut, vocab, clockYear, steps.length ? null : unit, null);
  }
  if (!base || base.query.groupBy || base.query.steps || base.query.op === 'convert') return null;
  const query: ArithQuery = { ...base.query };
  delete query.unit;
  delete query.gap;
  const frame = query.left.kind === 'figure' ? query.left.filters : [];
  // …的预算加上双井的，再减去潞源的: an operand naming projects and no figure is of the figure the head computes on,
  // when its two operands are of one figure.
  const figureOf2 = (o: Operand) => (o.kind === 'figure' ? JSON.stringify(o.measure) : null);
  const headMeasure =
    query.left.kind === 'figure' && figureOf2(query.left) === figureOf2(query.right)
      ? query.left.measure
      : null;
  let running = unitOfResult(query);
  const read: NonNullable<ArithQuery['steps']> = [];
  const corrected = [...base.corrected];
  for (const step of steps) {
    const operand = stepOperand(step, running, frame, vocab, clockYear, headMeasure);
    if (!operand) return null;
    if ('corrected' in operand) corrected.push(...operand.corrected);
    read.push({ op: step.op, right: operand.operand });
    const unitB = operand.operand.kind === 'figure' ? unitOfMeasure(operand.operand.measure) : '';
    running = resultUnit(step.op, running, unitB);
  }
  // The result per project must be what is computed: the last step divides by a number of projects.
  const divisor = read.length ? read[read.length - 1]!.right : base.query.right;
  if (
    restated?.text &&
    PER_PROJECT_ASK.test(restated.text) &&
    (divisor.kind !== 'figure' || divisor.measure.fn !== 'count')
  )
    return null;
  if (!read.length) return { query: base.query, corrected };
  query.steps = read;
  if (unit) {
    if (running !== '万元') return null;
    query.unit = unit;
  }
  return { query, corrected };
}

/** One further operand: a number (in the running result's unit when added or taken) or a figure of projects. */
function stepOperand(
  step: ChainStep,
  running: string,
  frame: Filter[],
  vocab: Vocabulary,
  clockYear: number | undefined,
  headMeasure: Measure | null = null,
): { operand: Operand; corrected: Array<[string, string]> } | null {
  const side = sideOf(step.operand, vocab, clockYear);
  if (!side) return null;
  const adds = step.op === 'plus' || step.op === 'minus';
  if ('value' in side) {
    const kind =
      running === '万元' ? 'money' : running === '分' ? 'score' : /%|百分点/u.test(running) ? 'percent' : '';
    const value = adds ? termOf(side, kind) : factorOf(side);
    if (value === null || (step.op === 'divide' && value === 0)) return null;
    return { operand: { kind: 'value', value }, corrected: [] };
  }
  if (
    side.extreme ||
    side.aggregate ||
    side.fullMark ||
    side.groupBy ||
    side.personBack ||
    side.inFrame ||
    side.offset
  )
    return null;
  if (!side.measure && !side.filters.length) return null;
  const measure = side.measure ?? (side.filters.length ? headMeasure : null) ?? { fn: 'count' as const };
  const filters = side.filters.length || side.whole ? side.filters : frame;
  const unitB = unitOfMeasure(measure);
  const same = (u: string) => (u === '个百分点' ? '%' : u);
  if (adds && same(unitB) !== same(running)) return null;
  return { operand: { kind: 'figure', filters, measure }, corrected: side.corrected };
}

/** The unit of a computation's result before its further steps. */
function unitOfResult(q: ArithQuery): string {
  const unitOf1 = (o: Operand) => (o.kind === 'figure' ? unitOfMeasure(o.measure) : '');
  return resultUnit(q.op, unitOf1(q.left), unitOf1(q.right));
}

/** 比年初调减了多少 / 相比全年: the budget named by its qualifier alone after a word of comparing. */
const BUDGET_ELIDED =
  /((?:比|较|相比|相较|比起|跟|和|与)(?:于)?)(年初|全年|调整后)(?!预算|执行|的预算|的执行)/gu;
/** 全年预算是年初的几倍 / 执行数占全年的比例: the base of a ratio named by its qualifier alone. */
const BASE_ELIDED =
  /((?:是|为|占|相当于))(年初|全年|调整后)(?=(?:的)?(?:几倍|多少倍|百分之|百分比|比例|比重|几成))/gu;
/** 年初比全年多出多少: both budgets named by their qualifiers alone, on either side of the comparing word. */
const BUDGETS_ELIDED =
  /(年初|全年|调整后)(?:的)?((?:比|较|相比|相较|比起|跟|和|与)(?:于)?)(年初|全年|调整后)(?!预算|执行|的预算|的执行)/gu;

/**
 * 民生保障办公室的总预算和总执行数差多少: 总 before each of two amounts said side by side is each one's total over the
 * same projects (预算合计, 执行数合计), not all projects — said once, 占总预算的比例, it stays the whole.
 */
const TOTAL_OF = /总(预算|年初预算|全年预算|执行数|执行额|执行金额|支出)/gu;
const eachTotal = (text: string) =>
  (text.match(TOTAL_OF)?.length ?? 0) >= 2 ? text.replace(TOTAL_OF, '$1合计') : text;

/** What a clause around the computation gives it: the projects, the figure, whether it asks itself. */
interface Context {
  filters: Filter[];
  measure?: Measure;
  /** The clause asks a question the computation glosses: the computation's operands name no projects. */
  asks: boolean;
  unit: string | null;
  corrected: Array<[string, string]>;
}

function contextOf(clause: string, vocab: Vocabulary, clockYear?: number): Context | null {
  const asked = unitAsked(clause);
  // 拿潞源的预算合计跟大红门的比: the figure both are compared by, no projects of its own.
  const compared = comparedIn(asked.text);
  if (compared) {
    const sides = compared.map((c) => sideOf(c, vocab, clockYear));
    if (sides.some((s) => !s || 'value' in s)) return null;
    const measures = (sides as Side[]).map((s) => s.measure).filter((m) => m !== undefined);
    if (!measures.length || measures.some((m) => JSON.stringify(m) !== JSON.stringify(measures[0])))
      return null;
    return { filters: [], measure: measures[0]!, asks: false, unit: asked.unit, corrected: [] };
  }
  const framed = frameText(asked.text);
  // 潞源整体执行率多少？用执行数总和除以预算总和: the rate of the whole is what the other clause computes; this one
  // gives the projects only.
  const overall = trimGlue(framed).match(OVERALL_RATE);
  const side = overall
    ? sideOf(trimGlue(framed).slice(0, overall.index), vocab, clockYear)
    : sideOf(framed, vocab, clockYear);
  if (!side || 'value' in side || side.extreme || side.groupBy) return null;
  if (overall && (side.measure || !side.filters.length)) return null;
  if (!side.filters.length && !side.measure) return null;
  return {
    filters: side.filters,
    ...(side.measure ? { measure: side.measure } : {}),
    asks: ASKS.test(asked.text),
    unit: asked.unit,
    corrected: side.corrected,
  };
}

/** An amount or a score said as what is asked (多了多少钱 / 差几分): no number of projects. */
type AskedKind = 'amount' | 'score' | null;
const ASKED_AMOUNT = /(?:多少|几)(?:个)?(?:钱|块钱|万元|元|万|亿元|亿)(?:呢|啊)?$/u;
const ASKED_SCORE = /(?:多少|几)(?:分)(?:呢|啊)?$/u;
const askedKind = (text: string): AskedKind =>
  ASKED_AMOUNT.test(text) ? 'amount' : ASKED_SCORE.test(text) ? 'score' : null;

/** One clause of computation, with the unit asked and what a clause around it gives. */
function parseComputation(
  computation: string,
  vocab: Vocabulary,
  clockYear: number | undefined,
  context: Context | null,
  unit: string | null,
  alone = false,
): ArithParsed | null {
  const asked = unitAsked(computation);
  const inUnit = asked.unit ?? unit;
  // 第三批和第四批…资金的执行数加一起 / 区级和市级那两笔…经费: both names whole before the question is cut at 和
  // (shared-tail.ts, shared-name-head.ts).
  const text = spreadLeadingModifiers(
    spreadSharedTail(
      rewriteBudgetPath(eachTotal(asked.text.replace(END_PUNCT, '')))
        .replace(BUDGETS_ELIDED, '$1预算$2$3预算')
        .replace(BUDGET_ELIDED, '$1$2预算')
        .replace(BASE_ELIDED, '$1$2预算'),
      vocab.projectName,
    ),
    vocab.projectName,
  );
  // X，用执行数除以预算: a clause saying how the figure is worked out starts with 用 / 拿, which say nothing more.
  const found = cuts(text.replace(/([，,])\s*(?:用|拿)(?=\p{Script=Han})/gu, '$1'));
  // 发改委的执行数合计换算成元: the conversion alone.
  // …合计，四舍五入到万位: one figure, only rounded.
  // 所有项目的总分一共加起来是多少: one figure added up, a total even of a figure otherwise averaged (sideOf's SUMMED).
  if ((inUnit || alone || SUMMED_ASKED.test(text)) && found.length === 0)
    found.push({ op: 'convert', left: text, right: '1' });
  const askedFor = askedKind(text);
  // 多了多少钱 / 差多少元: the words that ask an amount, said back when they choose the figure (全年预算数).
  // (…多少钱，用元说: before the unit asked after it)
  const money = (computation.replace(END_PUNCT, '').match(ASKED_AMOUNT) ??
    asked.text.replace(END_PUNCT, '').match(ASKED_AMOUNT))?.[0].replace(/(?:呢|啊)$/u, '');
  for (const cut of found) {
    const query = combine(cut, vocab, clockYear, inUnit, context, askedFor, money ?? null);
    if (query) return query;
  }
  return null;
}

/**
 * An operand as the clause around it completes it: 合计 alone takes the context's field, a side naming no projects
 * (or 全街道, the frame's whole) takes the context's, one naming some keeps the frame's too. In a gloss (the context
 * asks), an operand naming projects of its own is not a gloss of that question: null.
 */
function inContext(side: Side, context: Context): Side | null {
  const out: Side = { ...side };
  if (!out.measure && out.aggregate) {
    const field = context.measure?.field;
    if (!field) return null;
    out.measure = { fn: out.aggregate, field };
  }
  if (!out.measure && !out.extreme && context.measure) out.measure = context.measure;
  if (out.whole && !out.inFrame) return out;
  if (context.asks) {
    if (out.filters.length) return null;
    out.filters = context.filters;
    return out;
  }
  const own = new Set(out.filters.map((f) => JSON.stringify(f)));
  out.filters = [...context.filters.filter((f) => !own.has(JSON.stringify(f))), ...out.filters];
  return out;
}

function combine(
  cut: Cut,
  vocab: Vocabulary,
  clockYear: number | undefined,
  unit: string | null,
  context: Context | null,
  asked: AskedKind = null,
  moneyWords: string | null = null,
  money?: Measure,
): ArithParsed | null {
  // 砍掉一成 / 够付几年的: said of projects with no figure (晨光路拆迁那笔钱), the amount is their 全年预算数, said back.
  const byFactor = !!(cut.scale || cut.floor);
  const nounA = byFactor ? moneyNounOf(trimGlue(cut.left)) : null;
  const nounB = byFactor && cut.right !== null ? moneyNounOf(trimGlue(cut.right)) : null;
  let a = sideOf(nounA?.text ?? cut.left, vocab, clockYear, !!context);
  let b =
    cut.right === null
      ? ({ filters: [], whole: true, corrected: [] } satisfies Side)
      : sideOf(nounB?.text ?? cut.right, vocab, clockYear, !!context);
  const budgetSaid: Array<[string, string]> = [];
  if (byFactor)
    for (const [side, noun] of [
      [a, nounA],
      [b, nounB],
    ] as const) {
      if (!side || 'value' in side || side.measure || side.extreme || side.aggregate || !side.filters.length)
        continue;
      side.measure = { fn: 'sum', field: 'annualBudget' };
      budgetSaid.push([noun?.said ?? '金额', FIELDS.annualBudget.label]);
    }
  // Money asked of projects that name no figure: the figure chosen for them.
  if (money) {
    if (a && !('value' in a) && !a.measure && !a.extreme && !a.aggregate) a = { ...a, measure: money };
    if (b && !('value' in b) && !b.measure && !b.extreme && !b.aggregate) b = { ...b, measure: money };
  }
  if (context) {
    if (a && !('value' in a)) a = inContext(a, context);
    if (b && !('value' in b)) b = inContext(b, context);
  }
  if (!a || !b) return null;
  // 双井2020年的合计: the aggregate of the field the other side sums or averages.
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if ('value' in side || side.measure || !side.aggregate || 'value' in other) continue;
    const field = other.measure?.field;
    if (!field || !['sum', 'avg'].includes(other.measure!.fn)) return null;
    side.measure = { fn: side.aggregate, field };
  }
  // 占总数的百分之几 / 占预算总额的比例: a total with no projects of its own is the whole a share is taken of.
  if (cut.op === 'share' && !('value' in b) && b.totalNoun && !b.filters.length) b = { ...b, whole: true };
  // 合计 / 全街道 with nothing around them to say whose: not understood.
  if (
    (!('value' in a) && ((a.aggregate && !a.measure) || (a.inFrame && !context))) ||
    (!('value' in b) && ((b.aggregate && !b.measure) || (b.inFrame && !context)))
  )
    return null;
  if ('value' in a && 'value' in b) return null;
  const owns = (s: Side | Value) => !('value' in s) && s.filters.some((f) => dimension(f) === 'owner');
  if ((!('value' in a) && a.personBack && !owns(b)) || (!('value' in b) && b.personBack && !owns(a)))
    return null;
  let left: Operand;
  let right: Operand;
  const corrected = [...('corrected' in a ? a.corrected : []), ...('corrected' in b ? b.corrected : [])];
  if ('value' in b || 'value' in a) {
    // A figure and a number: × and ÷ (乘以10000, 除以12), a conversion, or ± a number in the figure's unit
    // (执行率比100%低几个百分点).
    if (!['times', 'divide', 'convert', 'minus', 'plus'].includes(cut.op)) return null;
    const side = ('value' in a ? b : a) as Side;
    if (side.fullMark || side.extreme || side.aggregate || side.offset) return null;
    if (!side.measure && !side.filters.length && !side.whole) return null;
    // 晨光路拆迁资金折成元是多少: projects named with no figure, asked in a unit of money — their 全年预算数, said back.
    const inMoney =
      !side.measure &&
      cut.op === 'convert' &&
      !!unit &&
      unit in MONEY_UNITS &&
      (projectNames(side.filters).length > 0 || !!moneyWords);
    // 双井的项目一共多少钱，用元说: the money asked (多少钱) of projects said by their office, as money-ask.ts reads it.
    if (inMoney) corrected.push([moneyWords ?? `金额`, FIELDS.annualBudget.label]);
    const measure =
      side.measure ??
      (inMoney ? { fn: 'sum' as const, field: 'annualBudget' as const } : { fn: 'count' as const });
    // 砍掉一成 / 打八折: of an amount only, the factor on the right.
    if (cut.scale && (kindOf(measure) !== 'money' || 'value' in a)) return null;
    if (cut.floor) return null;
    const figure: Operand = { kind: 'figure', filters: side.filters, measure };
    const number = ('value' in a ? a : b) as Value;
    const term = cut.op === 'minus' || cut.op === 'plus' ? termOf(number, kindOf(measure)) : factorOf(number);
    if (term === null) return null;
    const value: Operand = { kind: 'value', value: term };
    [left, right] = 'value' in a ? [value, figure] : [figure, value];
    if (cut.op === 'divide' && right.kind === 'figure') return null;
  } else {
    if (cut.op === 'convert') return null;
    // 满分: the full mark of the score the other side names.
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!side.fullMark) continue;
      const field = other.measure?.field ? WEIGHT_OF[other.measure.field] : undefined;
      if (!field || other.fullMark) return null;
      side.measure = { fn: other.measure!.fn, field };
    }
    // A side that names no figure takes the other's (at its own end: 最低的); neither: numbers of projects.
    const endOf = (side: Side, other: Side): Measure | undefined => {
      const field = other.measure?.field ?? side.field;
      return side.extreme && field ? { fn: side.extreme, field } : undefined;
    };
    // A place below the top is a value of the field over the set: max / min only.
    for (const side of [a, b])
      if (side.offset && side.measure && !['max', 'min'].includes(side.measure.fn)) return null;
    if ((a.extreme && !endOf(a, b)) || (b.extreme && !endOf(b, a))) return null;
    const measureA = a.measure ?? endOf(a, b) ?? b.measure ?? { fn: 'count' as const };
    const measureB = b.measure ?? endOf(b, a) ?? a.measure ?? { fn: 'count' as const };
    // A side that names no projects takes the other side's, unless it says all (全部项目); one that names some
    // keeps what the first says and it does not (大红门2023年的预算比潞源多多少: 潞源's of 2023 too).
    // 丁街道的预算能付社区图书角几年: what is paid is a thing of its own, named; it keeps the first side's year only.
    const ownThing = !!cut.floor && projectNames(b.filters).length > 0;
    const framedB = b.whole
      ? b.filters
      : b.filters.length
        ? frame(
            ownThing ? a.filters.filter((f) => f.type === 'compare' && f.field === 'year') : a.filters,
            b.filters,
            cut.op,
          )
        : a.filters;
    // A share's part lies within its whole (在2023年的项目中，有几成没填总分: those of 2023): it keeps every scope and
    // condition of the whole of a kind it names none of.
    const framedA =
      a.filters.length || a.whole
        ? cut.op === 'share' && b.filters.length && a.filters.length && !a.whole
          ? frame(b.filters, a.filters, 'minus')
          : a.filters
        : b.filters;
    // 区级的执行数减市级的: the other side's project of that word (arith-counterpart.ts).
    const filtersB = counterpartOf(framedA, framedB);
    const filtersA = counterpartOf(framedB, framedA);
    if (!filtersA || !filtersB) return null;
    // Neither side names a figure: numbers of projects — never of projects named one by one (河道保洁比楼道照明多了
    // 多少钱 is no count), nor when the ask says an amount or a score.
    if (!a.measure && !b.measure && !a.extreme && !b.extreme) {
      const one = (fs: Filter[]) => fs.some((f) => f.type === 'name' && f.field === 'projectName');
      // 河道保洁比楼道照明多了多少钱: money asked of projects and no money named is their budget for the year (as
      // money-ask.ts reads 多少钱), said back.
      if (moneyWords && !money && ['minus', 'plus'].includes(cut.op)) {
        const budget: Measure = { fn: 'sum', field: 'annualBudget' };
        const read = combine(cut, vocab, clockYear, unit, context, asked, moneyWords, budget);
        return read && { ...read, corrected: [...read.corrected, [moneyWords, FIELDS.annualBudget.label]] };
      }
      // 下沉协管员经费是统计所经费的几倍: two projects named one by one, one the multiple of the other, are two sums of
      // money — their budgets for the year, said back (a count of one project each would be 1 倍).
      if (!money && cut.op === 'ratio' && one(filtersA) && one(filtersB)) {
        const budget: Measure = { fn: 'sum', field: 'annualBudget' };
        const read = combine(cut, vocab, clockYear, unit, context, asked, moneyWords, budget);
        return (
          read && { ...read, corrected: [...read.corrected, ['几倍', `${FIELDS.annualBudget.label}的倍数`]] }
        );
      }
      if (asked || one(filtersA) || one(filtersB)) return null;
    }
    // Nothing said on either side but one kind of figure: nothing to compute (项目数和项目数的差).
    const named = (s: Side) => !!s.measure || !!s.filters.length || !!(s.extreme && s.field);
    if (!named(a) && !named(b)) return null;
    left = {
      kind: 'figure',
      filters: filtersA,
      measure: measureA,
      ...(a.offset ? { offset: a.offset } : {}),
    };
    right = {
      kind: 'figure',
      filters: filtersB,
      measure: measureB,
      ...(b.offset ? { offset: b.offset } : {}),
    };
    // The same figure twice computes nothing, except a group's against the whole (各部门项目数占比).
    if (sameFigure(left, right) && !(a.groupBy && !b.groupBy)) return null;
    const [ka, kb] = [kindOf(measureA), kindOf(measureB)];
    // Adding or subtracting, shares and changes only of figures of one kind (amounts with amounts).
    if (['minus', 'plus', 'share', 'growth'].includes(cut.op) && ka !== kb) return null;
    if (cut.op === 'times') return null;
    // 够付几年的: an amount into an amount (or a count into a count), one figure each.
    if (cut.floor && (ka !== kb || a.groupBy || b.groupBy)) return null;
  }
  // Per group (各部门的预算合计减去执行数合计, 各部门的项目数占全部项目的百分之几): the second side per group too,
  // unless it is the whole (全部 / 占比) or a plain number.
  const groupBy = ('groupBy' in a ? a.groupBy : undefined) ?? ('groupBy' in b ? b.groupBy : undefined);
  const bGrouped = 'groupBy' in b && !!b.groupBy;
  if (groupBy) {
    if ('groupBy' in a && a.groupBy !== groupBy) return null;
    if (bGrouped && (b as Side).groupBy !== groupBy) return null;
    if (cut.swap || cut.op === 'times') return null;
  }
  const rightTotal = !!groupBy && !bGrouped && ('value' in b || b.whole || cut.right === null);
  if (cut.swap) [left, right] = [right, left];
  const query: ArithQuery = { op: cut.op, left, right };
  if (groupBy) query.groupBy = groupBy;
  if (rightTotal && right.kind === 'figure') query.rightTotal = true;
  if (cut.fall) query.fall = true;
  if (cut.gap && cut.op === 'minus') query.gap = true;
  if (cut.scale) query.scale = cut.scale;
  if (cut.floor) query.floor = cut.floor;
  if (cut.moreTimes) query.moreTimes = true;
  if (cut.pair) {
    // Both ends of one field over one set, nothing else.
    const same =
      left.kind === 'figure' &&
      right.kind === 'figure' &&
      JSON.stringify(left.filters) === JSON.stringify(right.filters) &&
      left.measure.field === right.measure.field &&
      left.measure.fn === 'max' &&
      right.measure.fn === 'min' &&
      !left.offset &&
      !right.offset;
    if (!same || query.groupBy) return null;
    query.pair = true;
  }
  if (unit) {
    if (!moneyResult(query)) return null;
    query.unit = unit;
  }
  return { query, corrected: [...corrected, ...budgetSaid] };
}

/** What a filter constrains (a year, an office, a person, a project, a condition on one field…). */
export function dimension(f: Filter): string {
  if (f.type === 'any') return [...new Set(f.filters.map(dimension))].sort().join('|');
  switch (f.type) {
    case 'name':
      return f.field === 'implementingUnit' ? 'department' : f.field;
    case 'compare':
      return `compare:${f.field}`;
    case 'fields':
      return `fields:${[f.left, f.right].sort().join(',')}`;
    case 'empty':
      return `empty:${f.field}`;
    case 'finding':
      return `finding:${[...f.codes].sort().join(',')}`;
    default:
      return f.type;
  }
}

/**
 * Two sets compared (大红门2023年的预算比潞源多多少, 2023年执行率低于90%的项目比2020年多几个): the second names only
 * what differs, so it keeps every scope and condition of the first of a kind it names none of. Not for a share,
 * whose second side is the whole the first is part of.
 */
function frame(first: Filter[], second: Filter[], op: ArithOp): Filter[] {
  if (op === 'share') return second;
  const named = new Set(second.map(dimension));
  return [...first.filter((f) => !named.has(dimension(f))), ...second];
}

const sameFigure = (a: Operand, b: Operand) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the result is an amount in 万元. */
function moneyResult(q: ArithQuery): boolean {
  const money = (o: Operand) => o.kind === 'figure' && kindOf(o.measure) === 'money';
  if (q.op === 'minus' || q.op === 'plus' || q.op === 'convert') return money(q.left);
  if (q.op === 'times' || q.op === 'divide')
    return money(q.left) !== money(q.right) && (money(q.left) || q.op === 'times');
  return false;
}

const OP_SIGN: Record<ArithOp, string> = {
  minus: '−',
  plus: '＋',
  divide: '÷',
  times: '×',
  share: '÷',
  ratio: '÷',
  growth: '÷',
  convert: '',
};

/**
 * The decimals a result keeps: 2, but an amount converted into a larger unit (万元 → 亿元) keeps the places the forms'
 * own figures hold (4 in 万元, i.e. to the 元), shifted by the conversion — 1342.2393 万元 is 0.13422393 亿元, not 0.13.
 */
const shownDecimals = (converted: boolean, factor: number) =>
  converted && factor > 1 ? 4 + Math.round(Math.log10(factor)) : 2;

const fmt = (n: number, digits = 2) => String(rounded(n, digits));

/**
 * n to `digits` decimals — but a result that would round to 0 keeps three significant digits: 39.4 万元 is 0.0022 倍
 * of 17 705.87 万元, and "0 倍" would be a wrong answer, not a rounded one.
 */
function rounded(n: number, digits = 2): number {
  const r = Math.round(n * 10 ** digits) / 10 ** digits;
  if (r === 0 && n !== 0 && Number.isFinite(n)) return Number(n.toPrecision(3));
  return Object.is(r, -0) ? 0 : r;
}

interface Figure {
  value: number | null;
  projects: number;
  label: string;
  unit: string;
  guessed: string[];
  /** A number of the question (乘以10000), not a figure of the store. */
  constant: boolean;
}

async function figureOf(store: Store, o: Operand, viewer: Viewer): Promise<Figure> {
  if (o.kind === 'value')
    return { value: o.value, projects: 0, label: String(o.value), unit: '', guessed: [], constant: true };
  const counting = o.measure.fn === 'count';
  const q: PortfolioQuery = {
    filters: [...o.filters, ...filledOnly(o.measure)],
    measures: counting ? [o.measure] : [o.measure, { fn: 'count' }],
  };
  // 第二大的: the value at that place of the ranking — the one project there, its value.
  const field = o.measure.field;
  if (o.offset && field && (o.measure.fn === 'max' || o.measure.fn === 'min')) {
    q.order = { by: field, dir: o.measure.fn === 'max' ? 'desc' : 'asc' };
    q.limit = 1;
    q.offset = o.offset;
    q.measures = [{ fn: 'max', field }, { fn: 'count' }];
  }
  const table = await executeQuery(store.sql, q, viewer, { digits: 6 });
  const row = table.rows[0] ?? [];
  const value = row[0] === null || row[0] === undefined ? null : Number(row[0]);
  const projects = Number(counting ? row[0] : (row[1] ?? 0));
  const scope = describeQuery({ filters: o.filters }).replace(/^查询：/, '');
  const what = placeLabel(o) ?? measureLabel(o.measure).replace(/\(.*\)$/, '');
  return {
    value,
    projects,
    // 2020年的项目数 / 全部项目全年预算数合计.
    label: counting ? `${scope}数` : `${scope}${what}`,
    unit: counting ? '个' : unitOf(o.measure.field!),
    guessed: table.guessedMoney?.names ?? [],
    constant: false,
  };
}

/** The figure of the projects both sides of a sum hold (a total or a count of one field), or null when none. */
async function overlapOf(store: Store, q: ArithQuery, viewer: Viewer): Promise<Figure | null> {
  const { left, right } = q;
  if (left.kind !== 'figure' || right.kind !== 'figure') return null;
  if (
    !['sum', 'count'].includes(left.measure.fn) ||
    JSON.stringify(left.measure) !== JSON.stringify(right.measure)
  )
    return null;
  if (left.offset || right.offset) return null;
  const both = await figureOf(
    store,
    { kind: 'figure', filters: [...left.filters, ...right.filters], measure: left.measure },
    viewer,
  );
  return both.projects > 0 && both.value ? both : null;
}

/**
 * A sum or mean of a stored amount counts only the projects whose cell is filled (年初预算数合计 over the 101 forms
 * that give it, not the 169 in scope): the count said beside the figure is the one the figure was made of.
 */
const filledOnly = (m: Measure): Filter[] =>
  m.field &&
  (m.fn === 'sum' || m.fn === 'avg') &&
  FIELDS[m.field].kind === 'money' &&
  /^\w+$/u.test(FIELDS[m.field].column)
    ? [{ type: 'empty', field: m.field, empty: false }]
    : [];

/** 第2高的全年预算数: a place below the top, said with its number. */
const placeLabel = (o: Extract<Operand, { kind: 'figure' }>) =>
  o.offset && o.measure.field
    ? `第${o.offset + 1}${o.measure.fn === 'max' ? '高' : '低'}的${FIELDS[o.measure.field].label}`
    : null;

const sayFigure = (f: Figure) =>
  f.unit === '个'
    ? `${f.label} ${fmt(f.value ?? 0)} 个`
    : `${f.label} ${f.value === null ? '（无数据）' : `${fmt(f.value)} ${f.unit}`}${f.projects ? `（${f.projects} 个项目）` : ''}`;

/** The result of two figures, in the left figure's unit (万元 for amounts). */
function compute(q: ArithQuery, x: number, y: number): number {
  switch (q.op) {
    case 'minus':
      return x - y;
    case 'plus':
      return x + y;
    case 'times':
      return x * y;
    case 'share':
      return (100 * x) / y;
    case 'growth':
      return (100 * (q.fall ? y - x : x - y)) / y;
    case 'convert':
      return x;
    default:
      return x / y;
  }
}

/** A figure per group: group label → value (null: nothing to compute in that group). */
async function groupFigures(
  store: Store,
  o: Extract<Operand, { kind: 'figure' }>,
  groupBy: GroupField,
  viewer: Viewer,
): Promise<{ values: Map<string, number | null>; guessed: string[] }> {
  const table = await executeQuery(
    store.sql,
    { filters: o.filters, groupBy, measures: [o.measure] },
    viewer,
    {
      limit: 10_000,
    },
  );
  const values = new Map(
    table.rows.map((r) => [String(r[0]), r[1] === null || r[1] === undefined ? null : Number(r[1])] as const),
  );
  return { values, guessed: table.guessedMoney?.names ?? [] };
}

const figureName = (o: Extract<Operand, { kind: 'figure' }>) => {
  const scope = o.filters.length ? describeQuery({ filters: o.filters }).replace(/^查询：/, '') : '';
  return `${scope}${measureLabel(o.measure).replace(/\(.*\)$/, '')}`;
};
const unitOfMeasure = (m: Measure) => (m.fn === 'count' || !m.field ? '个' : unitOf(m.field));

/**
 * 各部门的执行数占全部执行数的百分之几 / 各年的预算合计减去执行数合计: the computation per group, each row with its two
 * figures and the result; the formula said once, in words and units.
 */
async function answerGrouped(store: Store, query: ArithQuery, viewer: Viewer): Promise<Reply> {
  const groupBy = query.groupBy!;
  const left = query.left as Extract<Operand, { kind: 'figure' }>;
  const groupLabel = FIELDS[groupBy].label;
  const lefts = await groupFigures(store, left, groupBy, viewer);
  const total =
    query.right.kind === 'value' || query.rightTotal ? await figureOf(store, query.right, viewer) : null;
  const rights =
    total || query.right.kind !== 'figure' ? null : await groupFigures(store, query.right, groupBy, viewer);
  const unitA = unitOfMeasure(left.measure);
  const unitB = query.right.kind === 'figure' ? unitOfMeasure(query.right.measure) : '';
  const unit = resultUnit(query.op, unitA, unitB);
  const factor = query.unit && unit === '万元' ? MONEY_UNITS[query.unit]! : 1;
  const shownUnit = query.unit && unit === '万元' ? query.unit : unit;
  const nameA = figureName(left);
  const nameB = query.right.kind === 'figure' ? figureName(query.right) : String(query.right.value);
  const divides = ['divide', 'ratio', 'share', 'growth'].includes(query.op);
  const rows: string[][] = [];
  for (const [group, x] of lefts.values) {
    const y = total ? total.value : (rights?.values.get(group) ?? null);
    const r = x === null || y === null || (divides && y === 0) ? null : compute(query, x, y) / factor;
    const cell = (n: number | null, digits = 2) => (n === null ? '' : fmt(n, digits));
    const shown = cell(r, shownDecimals(factor !== 1, factor));
    rows.push(total ? [group, cell(x), shown] : [group, cell(x), cell(y), shown]);
  }
  const sign = query.op === 'convert' ? '' : ` ${OP_SIGN[query.op]} `;
  const right = total
    ? total.constant
      ? nameB
      : `${total.label}（${fmt(total.value ?? 0)} ${total.unit}）`
    : nameB;
  const formula =
    query.op === 'share'
      ? `${nameA} ÷ ${right} × 100%`
      : query.op === 'growth'
        ? `（${nameA} − ${right}）÷ ${right} × 100%`
        : query.op === 'convert'
          ? `${nameA}，换算成${shownUnit}`
          : `${nameA}${sign}${right}`;
  const lines = [
    `查询：按${groupLabel}分别计算 ${formula}${query.unit && query.op !== 'convert' ? `，换算成${shownUnit}` : ''}`,
    `计算：每个${groupLabel}的 ${formula}${factor !== 1 && query.op !== 'convert' ? `（万元换算为${shownUnit}）` : ''}，结果单位：${shownUnit || '倍数'}`,
  ];
  const formulas = formulasOf(fieldsOf(query));
  if (formulas.length) lines.push(`（${formulas.join('；')}）`);
  const guessed = [...new Set([...lefts.guessed, ...(rights?.guessed ?? []), ...(total?.guessed ?? [])])];
  if (guessed.length) lines.push(guessedMoneyLine(guessed));
  lines.push(`共 ${rows.length} 项。`);
  const head = (name: string, u: string) => (u ? `${name}(${u})` : name);
  return {
    title: '查询结果',
    text: lines.join('\n'),
    table: {
      columns: total
        ? [groupLabel, head(nameA, unitA), head('结果', shownUnit)]
        : [groupLabel, head(nameA, unitA), head(nameB, unitB), head('结果', shownUnit)],
      rows,
    },
  };
}

/** 平均每个街道有多少个项目: each group's figure listed, then their total over the number of groups. */
async function answerMeanOfGroups(store: Store, query: ArithQuery, viewer: Viewer): Promise<Reply> {
  const groupBy = query.groupBy!;
  const left = query.left as Extract<Operand, { kind: 'figure' }>;
  const groupLabel = FIELDS[groupBy].label;
  const { values, guessed } = await groupFigures(store, left, groupBy, viewer);
  const filled = [...values].filter(([g, v]) => v !== null && g !== '（未填）') as Array<[string, number]>;
  const unit = unitOfMeasure(left.measure);
  const name = figureName(left);
  if (!filled.length)
    return { title: '查询结果', text: `${name}：没有可计算的数据（没有符合条件的项目），无法计算。` };
  const total = filled.reduce((n, [, v]) => n + v, 0);
  const mean = total / filled.length;
  const withUnit = (n: number) => `${fmt(n, 4)}${unit === '%' ? '%' : ` ${unit}`}`;
  const lines = [
    `查询：按${groupLabel}分别计算${name}，再求每个${groupLabel}的平均`,
    `计算：${withUnit(total)} ÷ ${filled.length} 个${groupLabel} ＝ ${fmt(mean)} ${unit}`,
  ];
  if (groupBy === 'street') lines.push('（不属于任何街道的项目不在其中。）');
  const rounding = roundingLine(query, mean, unit);
  if (rounding === null) return roundingRefused(query, unit);
  if (rounding) lines.push(rounding.line);
  if (guessed.length) lines.push(guessedMoneyLine(guessed));
  return {
    title: '查询结果',
    text: lines.join('\n'),
    table: {
      columns: [groupLabel, unit && unit !== '个' ? `${name}(${unit})` : name],
      rows: [
        ...filled.map(([g, v]) => [g, String(round(v))]),
        [`平均（${filled.length} 个）`, String(round(mean))],
      ],
    },
  };
}

/** Computes and answers an arithmetic question; the text says each figure and the formula with its numbers. */
export async function answerArithmetic(store: Store, parsed: ArithParsed, viewer: Viewer): Promise<Reply> {
  const { query } = parsed;
  if (query.meanOfGroups && query.groupBy) return answerMeanOfGroups(store, query, viewer);
  if (query.groupBy) return answerGrouped(store, query, viewer);
  if (query.steps?.length) return answerChain(store, query, viewer);
  if (query.trim) return answerTrimmed(store, query, viewer);
  const [a, b] = await Promise.all([
    figureOf(store, query.left, viewer),
    figureOf(store, query.right, viewer),
  ]);
  const missing = [a, b].find((f) => f.value === null);
  if (missing) {
    return {
      title: '查询结果',
      text: `${missing.label}：没有可计算的数据（这些项目该栏都未填，或没有符合条件的项目），无法计算。`,
    };
  }
  // 两个项目的差额: the gap between two projects; a set of another size has no such gap.
  if (query.pair && a.projects !== 2)
    return {
      title: '查询结果',
      text: `您问的是两个项目之间的差额，但按「${describeQuery({ filters: (query.left as Extract<Operand, { kind: 'figure' }>).filters }).replace(/^查询：/u, '')}」找到的是 ${a.projects} 个项目（该栏已填的），未作计算。请写明是哪两个项目。`,
    };
  const x = a.value!;
  const y = b.value!;
  if (['divide', 'ratio', 'share', 'growth'].includes(query.op) && y === 0) {
    return { title: '查询结果', text: `${b.label}为 0，不能作除数，无法计算。` };
  }
  // 城乡办和平安办加起来: a project both sides hold (a form of 城乡办、平安办) is counted once — added as two figures it
  // had been counted twice.
  const both = query.op === 'plus' && !query.unit ? await overlapOf(store, query, viewer) : null;
  const result = compute(query, x, y) - (both?.value ?? 0);
  const unit = resultUnit(query.op, a.unit, b.unit);
  // 乘以10000 of an amount in 万元 is the amount in 元: that multiplication is the conversion asked for.
  const factor = query.unit ? MONEY_UNITS[query.unit]! : 1;
  const byArith =
    !!query.unit &&
    unit === '万元' &&
    [a, b].some(
      (f) =>
        f.constant &&
        ((query.op === 'times' && f.value! * factor === 1) || (query.op === 'divide' && f.value === factor)),
    );
  const converted = !!query.unit && !byArith && factor !== 1;
  const shown = converted ? result / factor : result;
  const shownUnit = query.unit && unit === '万元' ? query.unit : unit;
  const figures = [a, b].filter((f) => !f.constant);
  const rounding = roundingLine(query, shown, shownUnit);
  if (rounding === null) return roundingRefused(query, shownUnit);
  const lines = [`查询：${describeArithmetic(query, a, b)}`, ...figures.map(sayFigure)];
  lines.push(
    both
      ? `计算：${fmt(x)} + ${fmt(y)} − ${fmt(both.value!)}（两边都有的 ${both.projects} 个项目只算一次）＝ ${fmt(shown)}${shownUnit ? ` ${shownUnit}` : ''}`
      : `计算：${formulaLine(query, a, b, { converted, factor, shown, shownUnit })}`,
  );
  if (rounding) lines.push(rounding.line);
  const formulas = formulasOf(fieldsOf(query));
  if (formulas.length) lines.push(`（${formulas.join('；')}）`);
  const guessed = [...new Set([...a.guessed, ...b.guessed])];
  if (guessed.length) lines.push(guessedMoneyLine(guessed));
  const coverage = await coverageNote(store, query, [a.projects, b.projects], viewer);
  if (coverage) lines.push(coverage);
  // 差多少 with no direction: the gap, and which is the larger, said in words too.
  if (query.gap && result !== 0) {
    const u = shownUnit === '%' ? '个百分点' : shownUnit;
    lines.push(
      `即两者相差 ${fmt(Math.abs(shown))}${u ? ` ${u}` : ''}（前者比后者${result > 0 ? '多' : '少'}）。`,
    );
  }
  // 比…多几倍: the multiple is what staff mean; strictly the words ask what exceeds the other, the multiple less one.
  if (query.moreTimes) lines.push(`即前者是后者的 ${fmt(shown)} 倍，比后者多 ${fmt(shown - 1)} 倍。`);
  const rows = [
    ...figures.map((f) => [f.label, round(f.value!), f.unit]),
    ['结果', Number(fmt(shown, shownDecimals(converted, factor))), shownUnit],
    ...(rounding ? [[`结果（${query.round!.said}）`, rounding.value, shownUnit]] : []),
  ];
  return {
    title: '查询结果',
    text: lines.join('\n'),
    table: { columns: ['项', '数值', '单位'], rows: rows.map((r) => r.map((c) => String(c))) },
  };
}

/**
 * 去掉最大的那一个以后的平均: the total and number of the projects with the figure filled, the end values left out,
 * then (total − ends) ÷ (number − ends left out), each number with its unit.
 */
async function answerTrimmed(store: Store, query: ArithQuery, viewer: Viewer): Promise<Reply> {
  const left = query.left as Extract<Operand, { kind: 'figure' }>;
  const field = left.measure.field!;
  const { top, bottom } = query.trim!;
  const table = await executeQuery(
    store.sql,
    {
      filters: [...left.filters, { type: 'empty', field, empty: false }],
      measures: [{ fn: 'sum', field }, { fn: 'count' }, { fn: 'max', field }, { fn: 'min', field }],
    },
    viewer,
    { digits: 6 },
  );
  const row = table.rows[0] ?? [];
  const at = (i: number) => (row[i] === null || row[i] === undefined ? null : Number(row[i]));
  const [sum, count, max, min] = [at(0), at(1), at(2), at(3)];
  const unit = unitOf(field);
  const scope = describeQuery({ filters: left.filters }).replace(/^查询：/u, '');
  const label = `${scope}${FIELDS[field].label}`;
  const kept = (count ?? 0) - top - bottom;
  if (sum === null || max === null || min === null || kept < 1)
    return {
      title: '查询结果',
      text: `${label}：该栏已填的项目共 ${count ?? 0} 个，${query.scale}后没有剩下的项目，无法计算平均。`,
    };
  const withUnit = (n: number) => `${fmt(n, 4)}${unit === '%' ? '%' : ` ${unit}`}`;
  const mean = (sum - top * max - bottom * min) / kept;
  const ends = [...(top ? [`最大的 ${withUnit(max)}`] : []), ...(bottom ? [`最小的 ${withUnit(min)}`] : [])];
  const minus = [...(top ? [withUnit(max)] : []), ...(bottom ? [withUnit(min)] : [])]
    .map((v) => ` − ${v}`)
    .join('');
  const rounding = roundingLine(query, mean, unit);
  if (rounding === null) return roundingRefused(query, unit);
  const lines = [
    `查询：${label}，${query.scale}，其余项目的平均`,
    `${label}合计 ${withUnit(sum)}（该栏已填的 ${count} 个项目），其中${ends.join('，')}`,
    `计算：（${withUnit(sum)}${minus}）÷（${count} − ${top + bottom}）个项目 ＝ ${fmt(mean)}${unit === '%' ? '%' : ` ${unit}`}`,
  ];
  if (rounding) lines.push(rounding.line);
  const formulas = formulasOf([field]);
  if (formulas.length) lines.push(`（${formulas.join('；')}）`);
  const guessed = table.guessedMoney?.names ?? [];
  if (guessed.length) lines.push(guessedMoneyLine(guessed));
  return {
    title: '查询结果',
    text: lines.join('\n'),
    table: {
      columns: ['项', '数值', '单位'],
      rows: [
        [`${label}合计`, String(round(sum)), unit],
        ...(top ? [['去掉的最大值', String(round(max)), unit]] : []),
        ...(bottom ? [['去掉的最小值', String(round(min)), unit]] : []),
        ['其余项目个数', String(kept), '个'],
        ['结果（平均）', String(round(mean)), unit],
      ],
    },
  };
}

/**
 * A computation that goes on from its result (…，再除以项目个数): every figure said, then each step with the numbers
 * it takes and gives, so that a clerk can redo it; the unit asked for applied last.
 */
async function answerChain(store: Store, query: ArithQuery, viewer: Viewer): Promise<Reply> {
  const steps = query.steps ?? [];
  const [a, b, ...more] = await Promise.all(
    [query.left, query.right, ...steps.map((s) => s.right)].map((o) => figureOf(store, o, viewer)),
  );
  const all = [a!, b!, ...more];
  const missing = all.find((f) => f.value === null);
  if (missing)
    return {
      title: '查询结果',
      text: `${missing.label}：没有可计算的数据（这些项目该栏都未填，或没有符合条件的项目），无法计算。`,
    };
  const divides = (op: ArithOp) => ['divide', 'ratio', 'share', 'growth'].includes(op);
  const zero = [[query.op, b!] as const, ...steps.map((s, i) => [s.op, more[i]!] as const)].find(
    ([op, f]) => divides(op) && f.value === 0,
  );
  if (zero) return { title: '查询结果', text: `${zero[1].label}为 0，不能作除数，无法计算。` };
  const operand = (f: Figure) =>
    f.constant ? fmt(f.value!) : `${fmt(f.value!, 4)}${f.unit === '%' ? '%' : ` ${f.unit}`}`;
  const withUnit = (n: number, u: string) => `${fmt(n, 4)}${u === '%' ? '%' : u ? ` ${u}` : ''}`;
  let value = compute(query, a!.value!, b!.value!);
  let unit = resultUnit(query.op, a!.unit, b!.unit);
  const base: ArithQuery = { op: query.op, left: query.left, right: query.right };
  // 乘以10000换成元: that multiplication is the conversion asked for; otherwise the unit is applied last.
  const factor = query.unit ? MONEY_UNITS[query.unit]! : 1;
  const converts = (op: ArithOp, f: Figure) =>
    !!query.unit &&
    f.constant &&
    ((op === 'times' && f.value! * factor === 1) || (op === 'divide' && f.value === factor));
  let byArith = false;
  const done = [formulaLine(base, a!, b!, { converted: false, factor: 1, shown: value, shownUnit: unit })];
  const said = [describeArithmetic(base, a!, b!)];
  for (const [i, step] of steps.entries()) {
    const f = more[i]!;
    const next = compute({ ...base, op: step.op }, value, f.value!);
    const conversion = unit === '万元' && converts(step.op, f);
    byArith ||= conversion;
    const nextUnit = conversion ? query.unit! : resultUnit(step.op, unit, f.constant ? '' : f.unit);
    done.push(`${withUnit(value, unit)} ${OP_SIGN[step.op]} ${operand(f)} ＝ ${withUnit(next, nextUnit)}`);
    said.push(`再${OP_WORD[step.op]}${f.label}`);
    [value, unit] = [next, nextUnit];
  }
  let shown = value;
  if (query.unit && !byArith && unit === '万元') {
    if (factor !== 1) {
      shown = value / factor;
      done.push(`${withUnit(value, unit)} 换算为${query.unit} ＝ ${fmt(shown)} ${query.unit}`);
    }
    unit = query.unit;
  }
  const rounding = roundingLine(query, shown, unit);
  if (rounding === null) return roundingRefused(query, unit);
  const lines = [
    `查询：${said.join('，')}${query.unit ? `，换算成${query.unit}` : ''}`,
    ...all.filter((f) => !f.constant).map(sayFigure),
    `计算：${done.join('；')}`,
    `结果：${fmt(shown)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`,
    ...(rounding ? [rounding.line] : []),
  ];
  const formulas = formulasOf(fieldsOf(query));
  if (formulas.length) lines.push(`（${formulas.join('；')}）`);
  const guessed = [...new Set(all.flatMap((f) => f.guessed))];
  if (guessed.length) lines.push(guessedMoneyLine(guessed));
  const rows = [
    ...all.filter((f) => !f.constant).map((f) => [f.label, String(round(f.value!)), f.unit]),
    ['结果', String(round(shown)), unit],
  ];
  return { title: '查询结果', text: lines.join('\n'), table: { columns: ['项', '数值', '单位'], rows } };
}

/**
 * 四舍五入到万位：1704 万元 — the result rounded as asked, after the exact one; undefined when no rounding is asked,
 * null when the rounding asked does not fit the result (a place of money said of a rate).
 */
function roundingLine(
  q: ArithQuery,
  shown: number,
  unit: string,
): { line: string; value: number } | null | undefined {
  if (!q.round) return undefined;
  const decimals = decimalsOf(q.round, unit);
  if (decimals === null) return null;
  const value = roundTo(shown, decimals);
  const shownDigits = decimals > 0 ? value.toFixed(decimals) : String(value);
  return { line: `${q.round.said}：${shownDigits}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`, value };
}

const roundingRefused = (q: ArithQuery, unit: string): Reply => ({
  title: '查询结果',
  text: `「${q.round!.said}」说的是金额的位数，但算出来的${unit ? `是以「${unit}」计的数` : '不是金额'}，没有看懂要怎样取舍，未作回答。请说保留几位小数。`,
});

/** 计算：17705.8691 万元 − 1713.0386 万元 ＝ 15992.83 万元: every number with its unit. */
function formulaLine(
  q: ArithQuery,
  a: Figure,
  b: Figure,
  r: { converted: boolean; factor: number; shown: number; shownUnit: string },
): string {
  const operand = (f: Figure) =>
    f.constant ? fmt(f.value!) : `${fmt(f.value!, 4)}${f.unit === '%' ? '%' : ` ${f.unit}`}`;
  const conversion = r.converted
    ? r.factor < 1
      ? ` × ${fmt(1 / r.factor)}（万元换算为${r.shownUnit}）`
      : ` ÷ ${fmt(r.factor)}（万元换算为${r.shownUnit}）`
    : '';
  const result = `${fmt(r.shown, shownDecimals(r.converted, r.factor))}${r.shownUnit === '%' ? '%' : r.shownUnit ? ` ${r.shownUnit}` : ''}`;
  // 够付几年的: the exact quotient, then its whole part.
  if (q.op === 'ratio' && q.floor)
    return `${operand(a)} ÷ ${operand(b)} ＝ ${fmt(r.shown, 4)}；取整数部分：够 ${Math.floor(r.shown + 1e-9)} ${q.floor === '月' ? '个月' : q.floor}`;
  switch (q.op) {
    case 'convert':
      return `${operand(a)}${conversion} ＝ ${result}`;
    case 'share':
      return `${operand(a)} ÷ ${operand(b)} × 100% ＝ ${result}`;
    case 'growth':
      return `（${q.fall ? `${operand(b)} − ${operand(a)}` : `${operand(a)} − ${operand(b)}`}）÷ ${operand(b)} × 100% ＝ ${result}`;
    default: {
      if (q.scale && b.constant)
        return `${operand(a)} × ${fmt(b.value!, 6)}（${q.scale}）${conversion} ＝ ${result}`;
      // 执行数合计除以预算合计: a quotient of two amounts is a ratio, said as a percentage too (0.75, 即 75%).
      const ratio =
        q.op === 'divide' && !r.shownUnit && !a.constant && !b.constant && a.unit !== '个'
          ? `（即 ${fmt(r.shown * 100)}%）`
          : '';
      // (a sum or a difference converted is bracketed first: 839.68 − 408.93 × 10000 would read as another sum)
      const pair = `${operand(a)} ${OP_SIGN[q.op]} ${operand(b)}`;
      const bracketed = conversion && (q.op === 'plus' || q.op === 'minus') ? `（${pair}）` : pair;
      return `${bracketed}${conversion} ＝ ${result}${ratio}`;
    }
  }
}

/** The unit of a result: 万元 − 万元 = 万元, 万元 ÷ 个 = 万元 (per project), 个 ÷ 个 = a plain number. */
function resultUnit(op: ArithOp, a: string, b: string): string {
  if (op === 'share' || op === 'growth') return '%';
  if (op === 'ratio') return '倍';
  if (op === 'convert') return a;
  // Rates added or subtracted: percentage points (a number of the question has no unit: the figure's).
  if (op === 'minus' || op === 'plus') {
    const unit = a || b;
    return unit === '%' ? '个百分点' : unit;
  }
  if (op === 'times') return a || b;
  if (!b) return a;
  if (a === b) return '';
  return b === '个' ? a : `${a}/${b}`;
}

const round = (n: number) => rounded(n);

function fieldsOf(q: ArithQuery): FieldId[] {
  const out: FieldId[] = [];
  for (const o of [q.left, q.right, ...(q.steps ?? []).map((s) => s.right)]) {
    if (o.kind !== 'figure') continue;
    if (o.measure.field) out.push(o.measure.field);
    for (const f of leaves(o.filters)) {
      if (f.type === 'compare') out.push(f.field);
      if (f.type === 'fields') out.push(f.left, f.right);
    }
  }
  return out;
}

const OP_WORD: Record<ArithOp, string> = {
  minus: '减去',
  plus: '加上',
  divide: '除以',
  times: '乘以',
  share: '占',
  ratio: '是…的几倍：',
  growth: '比',
  convert: '',
};

function describeArithmetic(q: ArithQuery, a: Figure, b: Figure): string {
  const inUnit = q.unit ? `，换算成${q.unit}` : '';
  if (q.op === 'share') return `${a.label}占${b.label}的百分比`;
  if (q.op === 'ratio' && q.floor) return `${a.label}够${b.label}的几${q.floor}（两数相除，取整数部分）`;
  if (q.op === 'ratio') return `${a.label}是${b.label}的几倍`;
  if (q.scale) return `${a.label}${q.scale}${inUnit}`;
  if (q.op === 'growth')
    return `${a.label}比${b.label}${q.fall ? '下降' : '增长'}的百分比（${q.fall ? '降幅' : '增幅'}）`;
  if (q.op === 'convert') return `${a.label}${inUnit}`;
  return `${a.label}${OP_WORD[q.op]}${b.label}${inUnit}`;
}

/** The formulas of derived fields (结余 …) an ordinary answer uses, to be said with it. */
export function derivedFormulaSentence(q: PortfolioQuery): string | null {
  const ids: FieldId[] = [...(q.select ?? [])];
  for (const m of q.measures ?? []) if (m.field) ids.push(m.field);
  if (q.order && typeof q.order.by === 'string') ids.push(q.order.by);
  for (const f of leaves(q.filters)) {
    if (f.type === 'compare') ids.push(f.field);
    if (f.type === 'fields') ids.push(f.left, f.right);
  }
  const formulas = formulasOf(ids);
  return formulas.length ? `（${formulas.join('；')}）` : null;
}

/** The projects whose amounts over ten thousand were read as 元 and turned into 万元, said beside a computation. */
function guessedMoneyLine(guessed: string[]): string {
  return `参与计算的项目中，有金额超过一万、按元换算为万元的：${guessed.map((n) => `「${n}」`).join('、')}（表上该栏单位为万元、未写单位，请核对原表）。`;
}

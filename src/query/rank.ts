/**
 * Places in a ranking (issue 10): the n-th (第三多, 倒数第二, 排第二, 第3名), a share of the ranking (前百分之十, 最后5%),
 * and where one named project stands (X的全年预算排第几). The words are read off the question by structure and
 * replaced by the superlative the ordinary parser knows (第三多 → 最多, 最后5% → 最低); the query it builds is then
 * cut at that place (`offset`), to that share (a limit from the count), or answered with the project's position.
 * 第N followed by anything else (第五次经济普查, 第四季度, 第3行) is no ranking and is left alone.
 */
import type { SqlExecutor } from '../store/sql.ts';
import { type AnswerTable, type Cell, columnLabel, executeQuery, type Viewer } from './execute.ts';
import { FIELDS, isNumeric, type NumericField, unitOf } from './fields.ts';
import { digitsForNumerals } from './numbers.ts';
import type { PortfolioQuery } from './query.ts';
import { plainRankWords } from './rank-phrases.ts';

export interface RankWords {
  /** The question with the ranking words replaced by a superlative. */
  text: string;
  /** 第三多: the third (1-based). */
  nth?: number;
  /** 前百分之十 / 最后5%: that share of the ranked projects, in percent. */
  percent?: number;
  /** 排第几: the position of the named project(s). */
  position?: boolean;
  /** 在所有项目里排第几: the position among every project, whatever scope names the project ranked. */
  amongAll?: boolean;
  /** 第二到第四名 / 排2-4的: the places from `nth` through this one (1-based). */
  through?: number;
  /** 正中间 / 排在中间 / 中位数: the middle place(s) of the ranking. */
  middle?: boolean;
}

const LOW = /少|低|小|差/u;
/** 倒数第二 / 排倒数第3名: from the low end; 倒数第二低 / 倒数第三少 says that end again (倒数第二高 is not read). */
const NTH_FROM_END = /(?:排名|排在|排)?倒数第(\d+)(?:名|位)?(?:[低少小差](?![于过]))?(?:的)?/u;
/** 排第二 / 排名第3位 / 第三多 / 第2高 / 第3名: from the top unless the word after says low. */
const NTH =
  /(?:(?:排名|排在|排)第(\d+)(?:名|位)?([多高大少低小])?|第(\d+)([多高大少低小])|第(\d+)(?:名|位)(?![次批季行条个]))/u;
const NTH_IN_ORDER = /(?:排名|排在|排)?第(\d+)(?:名|位|个|项(?!目))/u;
/** 前10% / 排在最后5% / 后百分之二十. */
const SHARE = /(?:排名|排在|排|位于|处于|占)?(前|后|最后|倒数|末尾|末)(\d+(?:\.\d+)?)%(?:的)?/u;
/**
 * 最低的那5% / 最高的百分之十: the share after the superlative that says which end (not a rate of 5%); 执行率最低90%
 * (a floor) has no 的 / 那 between.
 */
const SHARE_AFTER = /(最[高低多少大小])(?:的(?:那|这)?|那|这)(\d+(?:\.\d+)?)%(?:的)?/u;
/**
 * 排第几 / 排名第几位 / 排到第几 / 排多少名 / 排名怎么样, with the set it is ranked in (在所有项目里); 第几名 / 第几位
 * without a verb of ranking (X是第几名, the ranking said elsewhere: 按全年预算排).
 */
const POSITION =
  /(?:在(?:所有|全部|全体)?(?:的)?项目(?:里|中|当中|之中|里面)(?:面)?)?(?:能|可以)?(?:(?:排名|排在|排到|排|名列|位列|位居)(?:是|在)?(?:第几|多少|老几|几)(?:名|位)?|(?:是|在|处在|处于)?第几(?:名|位))|排名(?:是)?(?:怎么样|如何|多少|第几)/u;
/**
 * An order said in its own words (从高到低, 由小到大, 降序, 按全年预算排): the n-th is a place in that order, so 第3名
 * adds no superlative of its own.
 */
const ORDER_SAID = /[从由][高大多低小少]到[高大多低小少]|[降升倒正]序|按[^，,。；;？?]{1,16}?排/u;

/**
 * 第二到第四名 / 从第2名到第4名 / 排2-4的 / 排名第二至第四位 / 前两名之后的三个 is not read: a span of places, from the top
 * unless it is said from the end (倒数第二到第四) or in an order said in words.
 */
const RANGE =
  /(?:排名|排在|排)?(?:在)?(?:从)?(倒数)?第?(\d+)(?:名|位|个)?(?:到|至|~|～|-|—)(?:倒数)?第?(\d+)(?:名|位|个)(?:之间)?(?:的)?|(?:排名|排在|排)(?:在)?(?:从)?(倒数)?第?(\d+)(?:名|位)?(?:到|至|~|～|-|—)第?(\d+)(?:名|位)?(?:之间)?(?:的)?|(?:从)(倒数)?第(\d+)(?:到|至)第(\d+)(?:名|位|个)?(?:的)?/u;
/**
 * 倒数第一和倒数第二 / 第二、第三名: two places next to each other named one by one are the span from the first to the
 * second (the groups line up with RANGE's first: 倒数, from, to). Places not next to each other are no span.
 */
const NEXT_PLACES =
  /(?:排名|排在|排)?(倒数)?第(\d+)(?:名|位)?(?:的)?(?:和|与|跟|及|、)(?:倒数)?第(\d+)(?:名|位)?(?:的)?/u;
/** 并列第一 / 并列倒数第二: a place said with its ties — the place, ties listed (or counted) together. */
const TIED_PLACE = /并列(?=(?:排名|排在|排)?(?:倒数)?第\d+)/u;

/** 各部门 / 每个街道 / 按单位: a word of each group before the middle asked. */
const PER_GROUP =
  /(?:各|每一?个?|按|分)(?:个)?(?:部门|单位|街道|科室|年度?|负责人|主管部门|实施单位|处室|乡镇)/u;

/** 正中间 / 排在中间 / 中间那个 / 中位数 / 中位的: the middle of the ranking. */
const MIDDLE =
  /(?:排在|排|位于|处于|在)?(?:正中间|最中间|中间|中位数?)(?:的|那个|那一个|那项|位置)*(?:项目)?/u;

/** An order said in words, turned round (从高到低 → 从低到高, 降序 → 升序, 按X排 → 按X从低到高排); null if unsure. */
function turnOrder(text: string): string | null {
  const dir = /([从由])([高大多低小少])到([高大多低小少])/u.exec(text);
  if (dir) return text.replace(dir[0], `${dir[1]}${dir[3]}到${dir[2]}`);
  if (/降序/u.test(text)) return text.replace('降序', '升序');
  if (/升序|正序/u.test(text)) return text.replace(/升序|正序/u, '降序');
  const by = /按([^，,。；;？?]{1,16}?)排(?:序|名|列|一下|下)?/u.exec(text);
  // 按X排 alone is from high to low: its far end is low to high.
  return by ? text.replace(by[0], `按${by[1]}从低到高排`) : null;
}

/** 哪个预算高 / 哪一个总分更低 / 谁的预算多: which of the set is higher — the top one (最高的是哪个). */
const WHICH_MORE =
  /(?:哪(?:个|一个|项|张|份|笔)(?:项目|表)?(?:的)?|谁的)([^，,。？?！!、\s哪最多少]{1,8}?)(?:更|比较|稍微)?([高多大低少小])(?:一些|一点|些|点)?([？?。！!]*)$/u;

/** 榜首 / 垫底: the top or the bottom of the ranking, said as a place. */
const ENDS: Array<[RegExp, string]> = [
  [/榜首|头名|排头名?/u, '最高的'],
  [/垫底|榜尾|末位/u, '最低的'],
];

/** The ranking words of a question, or null when it has none. */
export function readRanking(question: string): RankWords | null {
  const said = digitsForNumerals(question.normalize('NFKC'));
  // 从小到大数第5个 / 倒着数第三 / 刚好排第10名 / 亚军: said as the words below read (rank-phrases.ts).
  const plain = plainRankWords(said);
  const tied = TIED_PLACE.exec(plain);
  // 总分并列第一的: the place with no 名 after it is still a place once 并列 says so.
  const placed = tied
    ? plain
        .replace(/并列((?:排名|排在|排)?(?:倒数)?第\d+)(?![名位多高大少低小\d])/u, '$1名')
        .replace(TIED_PLACE, '')
    : plain;
  const text = ENDS.reduce((t, [end, superlative]) => t.replace(end, superlative), placed);
  const position = POSITION.exec(text);
  if (position) {
    // 按全年预算能排到第几: the 排 of 按…排 went with the position words; the order stays said.
    const ordered = /按[^，,。；;？?]{1,16}$/u.test(text.slice(0, position.index));
    return {
      text: text.replace(position[0], ordered ? '排' : ''),
      position: true,
      ...(/所有|全部|全体/u.test(position[0]) ? { amongAll: true } : {}),
    };
  }
  const next = NEXT_PLACES.exec(text);
  const range = RANGE.exec(text) ?? (next && Number(next[3]) === Number(next[2]) + 1 ? next : null);
  if (range) {
    const fromEnd = range[1] ?? range[4] ?? range[7];
    const from = Number(range[2] ?? range[5] ?? range[8]);
    const to = Number(range[3] ?? range[6] ?? range[9]);
    // 1到3个 with no 第 and no verb of ranking is a count (有1到3个指标被扣分), not places.
    const places = /第|排|名|位/u.test(range[0]);
    if (places && from >= 1 && to > from && to - from < 100) {
      // 第一到第二名是哪两个: the count restates the span (哪几个); another count stays for the parser to report.
      const rest = text
        .replace(range[0], '')
        .replace(new RegExp(`哪${to - from + 1}(?:个|项(?!目))`, 'u'), '哪几个');
      // In an order said in words the span is a place in that order; else from the top (or the end, 倒数).
      const said = ORDER_SAID.test(rest)
        ? rest
        : rest.slice(0, range.index) + (fromEnd ? '最低的' : '最高的') + rest.slice(range.index);
      return { text: said, nth: from, through: to };
    }
  }
  const middle = MIDDLE.exec(text);
  // Only with an order to be in the middle of (按全年预算排 / 全年预算…中位数); 中间 alone is no ranking.
  // 各部门预算的中位数: each group's middle value is a figure of the group (the parser's median), no place in a ranking.
  if (middle && (ORDER_SAID.test(text) || /中位/u.test(middle[0])) && !PER_GROUP.test(text)) {
    // 中位数是多少万: the middle value is asked, in the forms' own unit — no sum of money (多少万 alone would be).
    const rest = text
      .replace(middle[0], '')
      .replace(/[，,]?\s*(?:是|为|有)?(?:多少|几)(?:万元|万)?(?:呢|啊)?(?=[？?。！!\s]*$)/u, '');
    return { text: ORDER_SAID.test(rest) ? rest : `${rest}最高的`, middle: true };
  }
  const end = NTH_FROM_END.exec(text);
  if (end) {
    // 按执行数排，倒数第三: the n-th from the far end of the order said — that order turned round.
    const rest = text.replace(end[0], '');
    const turned = ORDER_SAID.test(rest) ? turnOrder(rest) : null;
    return { text: turned ?? text.replace(end[0], '最低的'), nth: Number(end[1]) };
  }
  // 按执行率降序，第五个是哪个: in an order said in words, 第N个 / 第N项 is a place too.
  const inOrder = NTH_IN_ORDER.exec(text);
  if (inOrder && ORDER_SAID.test(text.replace(inOrder[0], '')))
    return { text: text.replace(inOrder[0], ''), nth: Number(inOrder[1]) };
  const nth = NTH.exec(text);
  if (nth) {
    const n = Number(nth[1] ?? nth[3] ?? nth[5]);
    const word = nth[2] ?? nth[4] ?? '';
    const rest = text.replace(nth[0], '');
    if (ORDER_SAID.test(rest)) return { text: rest, nth: n };
    return { text: text.replace(nth[0], LOW.test(word) ? '最低' : '最高'), nth: n };
  }
  const which = WHICH_MORE.exec(text);
  if (which) {
    // X跟Y比，哪个…: the 比 ending the clause before asks for the comparison the superlative now makes
    const before = text.slice(0, which.index).replace(/(?:对比|比较|比)(?:一下|下)?([，,]\s*)$/u, '$1');
    return {
      text: `${before}${which[1]}${LOW.test(which[2]!) ? '最低' : '最高'}的是哪个${which[3]}`,
    };
  }
  const share = SHARE.exec(text);
  if (share) {
    const percent = Number(share[2]);
    if (!(percent > 0 && percent < 100)) return null;
    return { text: text.replace(share[0], share[1] === '前' ? '最高的' : '最低的'), percent };
  }
  const after = SHARE_AFTER.exec(text);
  if (after) {
    const percent = Number(after[2]);
    if (!(percent > 0 && percent < 100)) return null;
    return { text: text.replace(after[0], `${after[1]}的`), percent };
  }
  // 榜首 alone: the superlative it was read as.
  return text === said ? null : { text };
}

/** The n-th of a ranking: one place down the order, ties at that place listed together. */
export function nthOf(query: PortfolioQuery, n: number): PortfolioQuery | null {
  if (!query.order || n < 1) return null;
  const { offset: _o, ...rest } = query;
  return n === 1 ? { ...rest, limit: 1, ties: true } : { ...rest, limit: 1, ties: true, offset: n - 1 };
}

/** 倒数第二的 / 第二低的 / 第三名 / 下一个, said alone after a ranking: the place and which end it counts from. */
const PLACE_SAID_ALONE =
  /^(?:那|那么)?(?:再)?(倒数)?第(\d{1,2})(?:名|位)?(高|低|多|少|大|小)?(?:的)?(?:是)?(?:哪个|哪一个|谁|那个|那一个|那项|一个|一项|项目)?$/u;
const NEXT_ONE = /^(?:那|那么)?(?:再)?(?:往后|往下|后面|下)(?:一|1)?(?:个|名|位)(?:是)?(?:哪个|谁)?$/u;

export interface PlaceAlone {
  place: number;
  /** `same`: the ranking's own direction (第二名呢 after 最低的: the second lowest). */
  dir: 'asc' | 'desc' | 'same';
}

/**
 * A place said alone right after a ranking (执行率最低的是哪个 → 那倒数第二的呢 / 第二低的呢 / 下一个呢): the n-th of that
 * ranking. 倒数 counts from the low end; 高/多/大 from the high end, 低/少/小 from the low end; nothing said, in the
 * ranking's own direction. 下一个 is the place after the last one shown. Anything else said: null.
 */
export function placeSaidAlone(text: string, previous: PortfolioQuery): PlaceAlone | null {
  if (!previous.order || typeof previous.order.by !== 'string' || !previous.limit) return null;
  const said = digitsForNumerals(text.normalize('NFKC')).replace(/[呢？?。.！!\s]+$/u, '');
  if (NEXT_ONE.test(said)) return { place: (previous.offset ?? 0) + previous.limit + 1, dir: 'same' };
  const m = PLACE_SAID_ALONE.exec(said);
  if (!m) return null;
  const place = Number(m[2]);
  const high = m[3] ? /高|多|大/u.test(m[3]) : null;
  // 倒数第二高 says both ends: not read.
  if (place < 1 || (m[1] && high !== null)) return null;
  return { place, dir: m[1] || high === false ? 'asc' : high ? 'desc' : 'same' };
}

/** The place of a ranking (its first few shown) a list pointer counts to: from the low end for 倒数, else its own way. */
export function placeOfRanking(
  query: PortfolioQuery,
  place: number,
  fromEnd: boolean,
): PortfolioQuery | null {
  if (!query.order || typeof query.order.by !== 'string' || !query.limit) return null;
  return nthOf({ ...query, order: { ...query.order, dir: fromEnd ? 'asc' : query.order.dir } }, place);
}

/** Places `from` through `to` of a ranking (第二到第四名), ties not widened: the places asked, as many as asked. */
export function rangeOf(query: PortfolioQuery, from: number, to: number): PortfolioQuery | null {
  if (!query.order || from < 1 || to < from) return null;
  const { offset: _o, ties: _t, ...rest } = query;
  return from === 1 ? { ...rest, limit: to } : { ...rest, limit: to - from + 1, offset: from - 1 };
}

/**
 * The middle of `count` ranked projects: the one in the middle (odd), or the two around it (even; the median is
 * then their mean). Places are 1-based.
 */
export function middlePlaces(count: number): { from: number; to: number } | null {
  if (count < 1) return null;
  return count % 2 ? { from: (count + 1) / 2, to: (count + 1) / 2 } : { from: count / 2, to: count / 2 + 1 };
}

/** How many of `count` ranked projects a share is (at least one). */
export const shareCount = (count: number, percent: number) =>
  Math.max(1, Math.round((count * percent) / 100));

/**
 * Where each project of a lookup (X的全年预算) stands among every project the viewer may see with that field filled
 * (the scope named beside the project, 在大红门的项目里, kept): 1 + the projects strictly better, and how many tie.
 * The project may be named by a superlative of another field (总分最低的那个项目，执行数排老几): the projects at
 * that end of that ranking (ties all) are the ones placed, in the question's scope — or among all, 在所有项目里.
 */
export async function answerPosition(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  dir: 'asc' | 'desc' = 'desc',
  amongAll = false,
): Promise<{ text: string; table: AnswerTable } | { ask: string }> {
  // X的全年预算排第几, or the field of the order said (全年预算从高到低排，X排第几 / 按全年预算排，X是第几名).
  const ordered = query.order && typeof query.order.by === 'string' ? query.order : undefined;
  const field = ((query.select ?? []).find(isNumeric) ?? ordered?.by) as NumericField | undefined;
  // 总分最低的那个项目，执行数…: the project is the first of another field's ranking.
  const bySuperlative = !!field && !!ordered && ordered.by !== field && !!query.limit && !query.groupBy;
  const way = ordered && ordered.by === field ? ordered.dir : dir;
  // A project named (名字以2023开头 names a kind of name, no project).
  const named = query.filters.some(
    (f) => f.type === 'name' && f.field === 'projectName' && !f.negate && !f.starts,
  );
  if (!field || !(named || bySuperlative))
    return {
      ask: '要看哪个项目的哪一项排第几？请写出项目名称和要比的数，例如「某某项目的全年预算在所有项目里排第几」。',
    };
  const lookup = await executeQuery(
    sql,
    bySuperlative ? { ...query, select: [field] } : { filters: query.filters, select: [field] },
    viewer,
    { limit: 20 },
  );
  const scope = amongAll
    ? []
    : bySuperlative
      ? query.filters
      : query.filters.filter((f) => !(f.type === 'name' && f.field === 'projectName'));
  const filled = [...scope, { type: 'empty' as const, field, empty: false }];
  const count = async (extra: PortfolioQuery['filters']) =>
    Number(
      (await executeQuery(sql, { filters: [...filled, ...extra], measures: [{ fn: 'count' }] }, viewer))
        .rows[0]?.[0] ?? 0,
    );
  const all = await count([]);
  const at = lookup.columns.indexOf(columnLabel(field));
  const lines: string[] = [];
  const rows: Cell[][] = [];
  for (const row of lookup.rows) {
    const value = row[at];
    if (typeof value !== 'number') {
      lines.push(`「${row[0]}」（${row[2] ?? '年度未填'}年）的${FIELDS[field].label}未填，不参与排名。`);
      continue;
    }
    const better = await count([{ type: 'compare', field, op: way === 'desc' ? '>' : '<', value }]);
    const same = await count([{ type: 'compare', field, op: '=', value }]);
    const tie =
      same > 1 ? `，与另外 ${same - 1} 个项目并列（并列第 ${better + 1}～${better + same} 位）` : '';
    lines.push(
      `「${row[0]}」（${row[2] ?? '年度未填'}年）${FIELDS[field].label} ${value}${unitOf(field)}，在 ${all} 个填了${FIELDS[field].label}的项目中${way === 'desc' ? '从高到低' : '从低到高'}排第 ${better + 1} 名${tie}。`,
    );
    rows.push([row[0]!, row[1]!, row[2]!, value, better + 1, all]);
  }
  return {
    text: lines.join('\n'),
    table: {
      columns: ['项目名称', '主管部门', '年度', columnLabel(field), '名次', '参与排名的项目数'],
      rows,
      total: rows.length,
    },
  };
}

/**
 * A span of places (第二到第四名, the middle) cut from a ranking with ties at its edges: the projects listed are some
 * of those sharing the value there. Said, with how many share it, rather than passing an arbitrary cut for the
 * ranking. Null when no edge is tied beyond the span.
 */
export async function spanTiesSentence(
  sql: SqlExecutor,
  query: PortfolioQuery,
  table: AnswerTable,
  viewer: Viewer,
): Promise<string | null> {
  const by = query.order?.by;
  if (typeof by !== 'string' || !table.rows.length) return null;
  const field = by as NumericField;
  const at = table.columns.indexOf(columnLabel(field));
  if (at < 0) return null;
  const edges = [...new Set([table.rows[0]![at], table.rows.at(-1)![at]])].filter(
    (v): v is number => typeof v === 'number',
  );
  const said: string[] = [];
  for (const value of edges) {
    const shown = table.rows.filter((r) => r[at] === value).length;
    const counted = await executeQuery(
      sql,
      {
        filters: [...query.filters, { type: 'compare', field, op: '=', value }],
        measures: [{ fn: 'count' }],
      },
      viewer,
    );
    const all = Number(counted.rows[0]?.[0] ?? 0);
    if (all > shown)
      said.push(
        `${FIELDS[field].label}为 ${value}${unitOf(field)} 的项目共 ${all} 个，名次并列、跨出了所问的范围，这里只列出其中 ${shown} 个`,
      );
  }
  return said.length ? `${said.join('；')}。` : null;
}

/** The median of the middle project(s) of a ranking (their mean when two), from the rows listed. */
export function medianOf(query: PortfolioQuery, table: AnswerTable): string | null {
  const by = query.order?.by;
  if (typeof by !== 'string') return null;
  const at = table.columns.indexOf(columnLabel(by as NumericField));
  const values = table.rows.map((r) => r[at]).filter((v): v is number => typeof v === 'number');
  if (at < 0 || !values.length || values.length > 2) return null;
  const median = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10_000) / 10_000;
  return `中位数：${FIELDS[by as NumericField].label} ${median}${unitOf(by as NumericField)}。`;
}

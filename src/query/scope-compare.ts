/**
 * Two scopes compared (潞源和大红门哪个执行率高, 2020年和2023年哪年预算多, 发改委跟潞源比谁的项目多): places, offices,
 * years or people joined by 和 / 跟 / 与 / 同, then a "which" (谁 / 哪个 / 哪年 / 哪边…), a figure and a word of more or
 * less, ask which GROUP has the larger figure — never the projects at the top of their union (it had listed the 143
 * projects tied at a 100% rate). Each group's figure is computed on its own and both are shown, then which is higher:
 *
 * - 项目 / 项目数 / 个数 (谁的项目多): the number of projects;
 * - an amount (预算, 执行数, 结余…): the sum;
 * - 执行率: the group's own rate, 全年执行数合计 ÷ 全年预算数合计 (never the mean of the projects' rates);
 * - any other score or rate (总分, 满意度得分): the average over the projects that have it.
 *
 * Read only when the words before the "which" name at least two alternatives of one kind — places, offices, years,
 * people; two projects stay the top of the set (set-comparatives.ts) — and nothing is left unplaced; anything else (one scope, a figure not read) is left to the ordinary reading.
 */

import type { SqlExecutor } from '../store/sql.ts';
import { describeQuery, filterText } from './describe.ts';
import { type AnswerTable, executeQuery, type Viewer } from './execute.ts';
import { FIELDS, type NumericField, unitOf } from './fields.ts';
import { alternativesOf } from './multi-ask.ts';
import { parseQuestion } from './parse.ts';
import { type Filter, leaves, type Measure, type PortfolioQuery } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

const WHICH = '(?:谁家|谁|哪一个|哪个|哪家|哪边|哪方|哪一年|哪年|哪里|哪儿|哪位)';
/** The alternatives, an optional 比 / 相比 / 比一比, the which, the figure, and the word of more or less ending it
 * (最多 of two is the more: 潞源和双井谁的项目最多, as the spoken 哪个…多 is also read). */
const COMPARED = new RegExp(
  `^(.{2,60}?(?:和|跟|与|同).{1,40}?)(?:两个|两家|两年|俩)?(?:相比|比较一下|比较|对比一下|对比|比一比|比一下|比比|比)?[，,]?\\s*${WHICH}(?:的)?([^，,。？?！!\\s]{0,14}?)(?:更|比较|要|还要|稍微|相对|最)?(多|高|大|少|低|小)(?:一些|一点|些|点)?(?:呢|啊|吧|呀)?[？?。！!]*$`,
  'u',
);
/** The figure said as the projects themselves: their number. */
const PROJECT_COUNT = /^(?:的)?(?:负责的|管的|报的)?(?:项目|项目数|项目个数|项目数量|个数|数量|表)$/u;

export type ScopeFigure =
  | { kind: 'count' }
  | { kind: 'sum' | 'avg'; field: NumericField }
  | { kind: 'pooledRate' };

/**
 * 去年和今年的项目数对比 / 潞源跟大红门比一比预算 / 2020年与2023年相比，执行率: the two scopes and a figure said with a
 * word of comparing and no "which" — each one's figure side by side (and which is the larger, as above). The word of
 * comparing is taken off and the rest must read whole as alternatives of one kind with one figure; 比 alone only
 * ending the clause (跟大红门比，…), never 比 before a figure (比90高).
 */
const COMPARE_WORD =
  /(?:做(?:个|一个|一下)?|进行)?(?:对比|比较(?![高低多少大小好差])|比一比|比一下|比比|相比较|相比)(?:一下|下)?|(?<=\p{Script=Han})比(?=[，,\s]|$)/gu;
const FLUFF_AFTER = /(?:的)?(?:情况|结果)?(?:怎么样|如何|咋样|看看|看一下)?(?:呢|啊|吧|呀)?[？?。！!]*$/u;
const JOINED = /(?:和|跟|与|同)/u;

export interface ScopeComparison {
  /** The scope outside the alternatives (conditions said with them), and one filter per alternative. */
  scope: Filter[];
  alternatives: Filter[];
  figure: ScopeFigure;
  /** 少 / 低 / 小 asked: the lower one is named. */
  low: boolean;
  /** The years the viewer's store holds: said when an alternative is a year with no forms (今年 = 2026). */
  years?: number[];
}

/** The measure a field is compared by across groups. */
function figureOf(field: NumericField): ScopeFigure | null {
  const kind = FIELDS[field].kind;
  if (field === 'executionRate') return { kind: 'pooledRate' };
  if (kind === 'money' || kind === 'count') return { kind: 'sum', field };
  if (kind === 'score' || kind === 'percent') return { kind: 'avg', field };
  return null;
}

export function readScopeComparison(text: string, vocab: Vocabulary, year: number): ScopeComparison | null {
  const found = readWhichComparison(text, vocab, year) ?? readSideBySide(text, vocab, year);
  return found ? { ...found, years: vocab.years } : null;
}

/** The side-by-side form (去年和今年的项目数对比): the rest of the question read whole once the compare word is off. */
function readSideBySide(text: string, vocab: Vocabulary, year: number): ScopeComparison | null {
  const said = text.normalize('NFKC').trim();
  if (!JOINED.test(said) || !said.match(COMPARE_WORD)) return null;
  // 西苑跟东坝相比，全年执行数多了多少: a difference or a ratio asked is arithmetic's (arithmetic.ts), never side by side
  if (/多少|几|差|多了|少了|高出|低了|超出|倍|百分/u.test(said)) return null;
  const rest = said
    .replace(COMPARE_WORD, '，')
    .replace(FLUFF_AFTER, '')
    .replace(/^[，,\s]+|[，,\s]+$/gu, '')
    // 2020年跟2023年，项目数: the figure said after the scopes, as their figure
    .replace(/[，,]\s*(?:的)?/gu, '的')
    .replace(/的的/gu, '的');
  const parsed = parseQuestion(rest, vocab, year);
  const q = parsed.query;
  if (!q || parsed.unplaced.length || q.groupBy || q.order || q.limit || q.per || q.countGroups) return null;
  const split = alternativesOf(q);
  if (!split || leaves(split.alternatives).some((f) => f.type === 'name' && f.field === 'projectName'))
    return null;
  const measures = q.measures ?? [];
  const figure =
    measures.length === 1 && measures[0]!.fn === 'count' && !q.select?.length
      ? ({ kind: 'count' } as const)
      : figureAsked(q);
  if (!figure) return null;
  return {
    scope: q.filters.filter((_, i) => i !== split.at),
    alternatives: split.alternatives,
    figure,
    low: false,
  };
}

function readWhichComparison(text: string, vocab: Vocabulary, year: number): ScopeComparison | null {
  const m = COMPARED.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const before = m[1]!.replace(/的$/u, '');
  const said = m[2]!;
  const low = /[少低小]/u.test(m[3]!);
  const counted = PROJECT_COUNT.test(said);
  // 潞源和大红门哪个项目预算多: which PROJECT is asked (the top of the union), not which scope.
  // 谁的项目预算合计多 / 哪边的项目平均总分高: a figure over the projects said so is the group's.
  const overProjects = /合计|总和|总额|加起来|加在一起|一共|总共|平均/u.test(said);
  if (!counted && !overProjects && /^(?:的)?(?:项目|表)/u.test(said)) return null;
  // 赵康和牛艳维谁负责的项目多: the verb joins the names as it was said; else the figure is the scope's (X的预算).
  const figureWords = counted ? '' : said.replace(/^的/u, '');
  const read = `${before}${counted ? '的项目' : /^(?:负责|管)/u.test(figureWords) ? figureWords : `的${figureWords}`}`;
  const parsed = parseQuestion(read, vocab, year);
  const q = parsed.query;
  if (!q || parsed.unplaced.length || q.groupBy || q.order || q.limit || q.per || q.countGroups) return null;
  const split = alternativesOf(q);
  // 统计所经费和统计站（室），谁的预算多: two projects compared are the top of the set (set-comparatives.ts).
  if (!split || leaves(split.alternatives).some((f) => f.type === 'name' && f.field === 'projectName'))
    return null;
  let figure: ScopeFigure | null;
  if (counted) figure = q.measures?.length || q.select?.length ? null : { kind: 'count' };
  else figure = figureAsked(q);
  if (!figure) return null;
  return {
    scope: q.filters.filter((_, i) => i !== split.at),
    alternatives: split.alternatives,
    figure,
    low,
  };
}

/** The one figure the words after "which" name: a measure said (平均总分), else the one field shown. */
function figureAsked(q: PortfolioQuery): ScopeFigure | null {
  const measures = q.measures ?? [];
  if (measures.length === 1 && measures[0]!.field && measures[0]!.fn !== 'min' && measures[0]!.fn !== 'max') {
    const m = measures[0]!;
    return m.fn === 'count' ? { kind: 'count' } : { kind: m.fn as 'sum' | 'avg', field: m.field! };
  }
  if (measures.length) return null;
  const shown = (q.select ?? []).filter((f) => f in FIELDS && FIELDS[f].kind !== 'text');
  if (shown.length !== 1 || (q.select ?? []).length !== 1) return null;
  return figureOf(shown[0] as NumericField);
}

/** The measures run per alternative, and how they make the figure. */
function measuresOf(figure: ScopeFigure): Measure[] {
  if (figure.kind === 'count') return [{ fn: 'count' }];
  if (figure.kind === 'pooledRate')
    return [{ fn: 'sum', field: 'executed' }, { fn: 'sum', field: 'annualBudget' }, { fn: 'count' }];
  return [{ fn: figure.kind, field: figure.field }, { fn: 'count' }];
}

export function figureLabel(figure: ScopeFigure): string {
  if (figure.kind === 'count') return '项目数';
  if (figure.kind === 'pooledRate') return '执行率（全年执行数合计÷全年预算数合计）';
  const label = FIELDS[figure.field].label;
  return figure.kind === 'sum' ? `${label}合计` : `平均${label}`;
}

const num = (v: unknown): number | null =>
  v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);

/** The asker's own word for an alternative (潞源, 2020年), else the condition said in full. */
function labelOf(alt: Filter): string {
  const terms = new Set(leaves([alt]).map((f) => (f.type === 'name' && !f.negate ? f.term : null)));
  const term = terms.size === 1 ? [...terms][0] : null;
  return term ?? filterText(alt);
}

export interface ScopeComparisonAnswer {
  text: string;
  table: { columns: string[]; rows: string[][] };
}

export async function answerScopeComparison(
  sql: SqlExecutor,
  c: ScopeComparison,
  viewer: Viewer,
  reportingYear: number,
): Promise<ScopeComparisonAnswer> {
  const unit =
    c.figure.kind === 'count' ? '个' : c.figure.kind === 'pooledRate' ? '%' : (unitOf(c.figure.field) ?? '');
  const label = figureLabel(c.figure);
  const lines: string[] = [];
  const rows: string[][] = [];
  const known: Array<[string, number]> = [];
  for (const alt of c.alternatives) {
    const query: PortfolioQuery = { filters: [...c.scope, alt], measures: measuresOf(c.figure) };
    const table: AnswerTable = await executeQuery(sql, query, viewer, { limit: 1, reportingYear });
    const r = table.rows[0] ?? [];
    const name = labelOf(alt);
    let value: number | null;
    let how = '';
    if (c.figure.kind === 'pooledRate') {
      const [done, budget, count] = [num(r[0]), num(r[1]), num(r[2])];
      value = done !== null && budget ? Math.round((done / budget) * 10000) / 100 : null;
      how = `（全年执行数合计 ${done ?? '—'} 万元 ÷ 全年预算数合计 ${budget ?? '—'} 万元，${count ?? 0} 个项目）`;
    } else if (c.figure.kind === 'count') {
      value = num(r[0]) ?? 0;
    } else {
      value = num(r[0]);
      how = `（${num(r[1]) ?? 0} 个项目）`;
    }
    // A year the store holds no forms of (今年) is no figure to compare: said below with the years held.
    const held = yearOf(alt);
    const absent = held !== null && !!c.years && !c.years.includes(held);
    if (value !== null && !absent) known.push([name, value]);
    const shown = value === null ? '无数据' : `${value}${unit === '个' ? ' 个' : unit ? ` ${unit}` : ''}`;
    lines.push(`${describeQuery({ filters: query.filters })}\n→ ${label}：${shown}${how}`);
    rows.push([name, value === null ? '' : String(value)]);
  }
  lines.push(
    verdict(
      known,
      label,
      c.low,
      c.alternatives.length,
      c.figure.kind === 'count' || c.figure.kind === 'sum',
      unit === '%' ? '个百分点' : unit === '个' ? ' 个' : unit ? ` ${unit}` : '',
    ),
  );
  const held = yearsHeldNote(c.alternatives, c.years);
  if (held) lines.push(held);
  return {
    text: `分别统计，各算各的，再比较：\n${lines.join('\n')}`,
    table: { columns: ['范围', unit && unit !== '个' ? `${label}(${unit})` : label], rows },
  };
}

function verdict(
  known: Array<[string, number]>,
  label: string,
  low: boolean,
  all: number,
  amount: boolean,
  gapUnit: string,
): string {
  if (known.length < 2) return `${label}只有${known.length ? '一方' : '哪一方都'}有数据，比不出高低。`;
  const best = low ? Math.min(...known.map(([, v]) => v)) : Math.max(...known.map(([, v]) => v));
  const at = known.filter(([, v]) => v === best).map(([l]) => `「${l}」`);
  if (at.length === known.length) return `${label}：${known.length === all ? '各方' : '有数据的各方'}相同。`;
  // An amount or a count is more or less, a rate or a score higher or lower.
  const word = amount ? (low ? '较少' : '较多') : low ? '较低' : '较高';
  // two sides: how far apart they are too (谁的钱多？多多少 asks it; said always, it is what a reader looks for next)
  const other = known.find(([, v]) => v !== best);
  const gap =
    known.length === 2 && at.length === 1 && other ? Math.round(Math.abs(best - other[1]) * 100) / 100 : null;
  const apart = gap === null ? '' : `，${low ? '少' : amount ? '多' : '高'} ${gap}${gapUnit}`;
  return `${label}${word}的是${at.join('、')}${apart}。`;
}

/** The one year an alternative names (2025年的项目), else null. */
function yearOf(alt: Filter): number | null {
  const all = leaves([alt]);
  const years = all.map((f) => (f.type === 'compare' && f.field === 'year' && f.op === '=' ? f.value : null));
  return years.length && years.every((y) => y !== null && y === years[0]) ? years[0]! : null;
}

/**
 * 今年 (2026) against a store of 2020 and 2023 forms: a year with no forms gets 0 projects, which says nothing about
 * that year — the answer names the years the store does hold. Only for alternatives that are years alone.
 */
export function yearsHeldNote(alternatives: Filter[], held: number[] | undefined): string | null {
  if (!held) return null;
  const missing = [
    ...new Set(alternatives.map(yearOf).filter((y): y is number => y !== null && !held.includes(y))),
  ];
  if (!missing.length) return null;
  const have = held.length ? `库里的表是 ${held.join('、')} 年度的` : '库里还没有表';
  return `库里没有 ${missing.join('、')} 年度的表（${have}），${missing.join('、')} 年的 0 / 无数据只是库里没有，比不出来。`;
}

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
import { formulasOf } from './derived-fields.ts';
import { describeQuery } from './describe.ts';
import { executeQuery, measureLabel, type Viewer } from './execute.ts';
import { FIELDS, type FieldId, isNumeric, unitOf } from './fields.ts';
import { parseQuestion } from './parse.ts';
import { type Filter, leaves, type Measure, type PortfolioQuery } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ArithOp = 'minus' | 'plus' | 'divide' | 'times' | 'share' | 'ratio';

export type Operand =
  | { kind: 'value'; value: number }
  | { kind: 'figure'; filters: Filter[]; measure: Measure };

export interface ArithQuery {
  op: ArithOp;
  left: Operand;
  right: Operand;
  /** 换算成元: a result in 万元 said in 元. */
  inYuan?: boolean;
  /** The question said the smaller minus… the other way round (A比B少多少 = B − A). */
}

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
}

const WHOLE = /全部|所有|全体|整体|总(?!分)|全区|一共|all\b|total/;
/** How a question ends when it asks for the figure: 是多少 / 等于多少 / 一共多少钱. */
const ASK_TAIL =
  /[，,]?\s*(?:那么|请问)?(?:一共|总共|共计|总计|合起来)?(?:是|有|等于|为|约为|大约是|能有|会是)?(?:多少|几)(?:万元|元|万|钱|块钱|个|项)?(?:呢|啊|呀)?$/u;
const END_PUNCT = /[\s？?。.！!~～…]+$/u;
/** 换算成元 / 折合成元: the result in 元 (an amount in 万元 × 10 000). */
const IN_YUAN =
  /[，,]?\s*(?:换算成|换算为|折合成|折合为|折合|折算成|折算为|换成|转换成|转成|以|按)(?:人民币)?元(?:为单位|计算|来算|计)?(?:是多少|为多少|等于多少|是|多少)?$/u;
/** Words that join an operand to the arithmetic word and say nothing themselves. */
const GLUE_START = /^[\s，,、；;：:]*(?:再|然后|那么|就是|即|的)*/u;
const GLUE_END = /(?:的|再|是|等于|为)*[\s，,、；;：:]*$/u;

const SHARE_ASK = '(?:百分之几|百分之多少|多少百分比|百分比|比例|比重|几成|多大比例|多少比例|份额|占比|%)';
const ASK_AFTER = '(?:是多少|为多少|有多少|是几|多少|是)?';

type Cut = { op: ArithOp; left: string; right: string | null; swap?: boolean };

/** The ways a question puts two figures together, each cut into its two sides (right null: all projects). */
const SHAPES: Array<[RegExp, (r: RegExpMatchArray) => Cut]> = [
  // X占Y的百分之几 / X占Y的比例是多少 / X占比.
  [
    new RegExp(`^(.+?)占(?:了)?(.*?)(?:的)?${SHARE_ASK}${ASK_AFTER}$`, 'u'),
    (r) => ({ op: 'share', left: r[1]!, right: r[2] || null }),
  ],
  [
    new RegExp(`^(.+?)在(.+?)(?:中|里|当中|里面|之中)(?:的)?(?:占比|所占比例|比例)${ASK_AFTER}$`, 'u'),
    (r) => ({ op: 'share', left: r[1]!, right: r[2]! }),
  ],
  // X占比是多少: the share of all projects.
  [
    new RegExp(`^(.+?)(?:的)?(?:占比|所占比例)${ASK_AFTER}$`, 'u'),
    (r) => ({ op: 'share', left: r[1]!, right: null }),
  ],
  // X是Y的百分之几.
  [
    new RegExp(`^(.+?)(?:是|为|相当于)(.+?)的${SHARE_ASK}${ASK_AFTER}$`, 'u'),
    (r) => ({ op: 'share', left: r[1]!, right: r[2]! }),
  ],
  // 百分之几的项目X: the share of all projects.
  [
    /^(?:有)?(?:百分之几|百分之多少|多大比例|多少比例|几成)(?:的)?(.+)$/u,
    (r) => ({ op: 'share', left: r[1]!, right: null }),
  ],
  // X是Y的几倍.
  [
    /^(.+?)(?:是|为|相当于)(.+?)的(?:几|多少)倍(?:多)?$/u,
    (r) => ({ op: 'ratio', left: r[1]!, right: r[2]! }),
  ],
  // X和Y之比 / X与Y的比值.
  [
    new RegExp(`^(.+?)(?:和|与|跟|同)(.+?)(?:之比|的比值|的比率|的比例|的比)${ASK_AFTER}$`, 'u'),
    (r) => ({ op: 'divide', left: r[1]!, right: r[2]! }),
  ],
  // X比Y多多少 / X比Y少了多少 (= Y − X).
  [
    /^(.+?)比(?![例重率值])(.+?)(多|高|大|少|低|小)(?:了|出|出来)?(?:多少|几)?(?:个百分点|百分点|万元|元|万|钱|个|项|分|%)?$/u,
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]!, swap: /[少低小]/.test(r[3]!) }),
  ],
  // X和Y的差额 / X与Y相差多少.
  [
    /^(.+?)(?:和|与|跟|同)(.+?)(?:的)?(?:差额|差值|之差|差距|相差|差了|差)(?:是多少|为多少|有多少|多少|几)?$/u,
    (r) => ({ op: 'minus', left: r[1]!, right: r[2]! }),
  ],
  // X和Y之和 / X与Y加起来.
  [
    /^(.+?)(?:和|与|跟|同)(.+?)(?:的)?(?:之和|加起来|加在一起|合起来)$/u,
    (r) => ({ op: 'plus', left: r[1]!, right: r[2]! }),
  ],
];

function cuts(text: string): Cut[] {
  const out: Cut[] = [];
  for (const [re, cut] of SHAPES) {
    const r = text.match(re);
    if (r) out.push(cut(r));
  }
  // X减去Y / X加上Y / X除以Y / X乘以Y: every place the word stands, the last first.
  const words: Array<[RegExp, ArithOp]> = [
    [/(?:减去|减掉|扣除|扣掉|减)/gu, 'minus'],
    [/(?:再加上|加上|再加|(?<!增)加(?!起来|在一起|分))/gu, 'plus'],
    [/(?:除以|÷)/gu, 'divide'],
    [/(?:乘以|乘上|乘|×)/gu, 'times'],
  ];
  for (const [re, op] of words) {
    const at = [...text.matchAll(re)].reverse();
    for (const hit of at) {
      const left = text.slice(0, hit.index);
      const right = text.slice(hit.index! + hit[0].length);
      if (left.trim() && right.trim()) out.push({ op, left, right });
    }
  }
  return out;
}

function trimGlue(s: string): string {
  return s.replace(GLUE_START, '').replace(GLUE_END, '').replace(ASK_TAIL, '').replace(GLUE_END, '');
}

const NUMBER = /^(\d+(?:\.\d+)?)(?:万元|万|元|倍|%)?$/u;

function sideOf(text: string, vocab: Vocabulary, clockYear?: number): Side | { value: number } | null {
  const t = trimGlue(text);
  const n = t.replace(/,/g, '').match(NUMBER);
  if (n) return { value: Number(n[1]) };
  const whole = WHOLE.test(t);
  if (!t || /^(?:全部|所有|全体|整体|全区)?(?:的)?(?:项目)?$/u.test(t))
    return { filters: [], whole: true, corrected: [] };
  const p = parseQuestion(t, vocab, clockYear);
  if (p.unplaced.length || !p.query) return null;
  const q: PortfolioQuery = p.query;
  if (q.groupBy || q.order || q.limit || p.exporting) return null;
  const side: Side = { filters: q.filters, whole, corrected: p.corrected };
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

const isFigure = (id: FieldId) => ['money', 'percent', 'score', 'count'].includes(FIELDS[id].kind);

/** The kind of figure a measure gives: amounts, rates, scores or numbers of projects. */
const kindOf = (m: Measure) => (m.fn === 'count' || !m.field ? 'projects' : FIELDS[m.field].kind);

/**
 * Reads a question as arithmetic on two figures; null when it is not such a question or a side is not understood
 * whole (the ordinary reply then names what was not placed).
 */
export function parseArithmetic(question: string, vocab: Vocabulary, clockYear?: number): ArithParsed | null {
  let text = question.normalize('NFKC').replace(END_PUNCT, '').trim();
  const inYuan = IN_YUAN.test(text);
  if (inYuan) text = text.replace(IN_YUAN, '');
  const found = cuts(text);
  // 发改委的执行数合计换算成元: the conversion alone is × 10 000.
  if (inYuan && found.length === 0) found.push({ op: 'times', left: text, right: '10000' });
  for (const cut of found) {
    const query = combine(cut, vocab, clockYear, inYuan);
    if (query) return query;
  }
  return null;
}

function combine(
  cut: Cut,
  vocab: Vocabulary,
  clockYear: number | undefined,
  inYuan: boolean,
): ArithParsed | null {
  const a = sideOf(cut.left, vocab, clockYear);
  const b =
    cut.right === null
      ? ({ filters: [], whole: true, corrected: [] } satisfies Side)
      : sideOf(cut.right, vocab, clockYear);
  if (!a || !b) return null;
  if ('value' in a && 'value' in b) return null;
  let left: Operand;
  let right: Operand;
  const corrected = [...('corrected' in a ? a.corrected : []), ...('corrected' in b ? b.corrected : [])];
  if ('value' in b || 'value' in a) {
    // A figure and a number: only × and ÷ (乘以10000, 除以12).
    if (cut.op !== 'times' && cut.op !== 'divide') return null;
    const side = ('value' in a ? b : a) as Side;
    if (!side.measure && !side.filters.length && !side.whole) return null;
    const figure: Operand = {
      kind: 'figure',
      filters: side.filters,
      measure: side.measure ?? { fn: 'count' },
    };
    const value: Operand = { kind: 'value', value: ('value' in a ? a : (b as { value: number })).value };
    [left, right] = 'value' in a ? [value, figure] : [figure, value];
    if (cut.op === 'divide' && right.kind === 'figure') return null;
  } else {
    // A side that names no figure takes the other's; neither: numbers of projects.
    const measureA = a.measure ?? b.measure ?? { fn: 'count' as const };
    const measureB = b.measure ?? a.measure ?? { fn: 'count' as const };
    // A side that names no projects takes the other side's, unless it says all (全部项目).
    const filtersB = b.filters.length || b.whole ? frame(a.filters, b.filters, cut.op) : a.filters;
    const filtersA = a.filters.length || a.whole ? a.filters : b.filters;
    // Nothing said on either side but the figures: one set, two figures (预算合计和执行数合计的差额).
    if (!a.measure && !b.measure && !a.filters.length && !b.filters.length) return null;
    left = { kind: 'figure', filters: filtersA, measure: measureA };
    right = { kind: 'figure', filters: filtersB, measure: measureB };
    if (sameFigure(left, right)) return null;
    const [ka, kb] = [kindOf(measureA), kindOf(measureB)];
    // Adding or subtracting, and shares, only of figures of one kind (amounts with amounts).
    if ((cut.op === 'minus' || cut.op === 'plus' || cut.op === 'share') && ka !== kb) return null;
    if (cut.op === 'times') return null;
  }
  if (cut.swap) [left, right] = [right, left];
  const op: ArithOp = cut.op;
  const query: ArithQuery = { op, left, right };
  if (inYuan) {
    if (!moneyResult(query)) return null;
    query.inYuan = true;
  }
  return { query, corrected };
}

/** The scope a filter sets: a year, an office (主管部门 or 实施单位), a person, a project; null for a condition. */
function dimension(f: Filter): string | null {
  const all = f.type === 'any' ? f.filters : [f];
  const dims = new Set(
    all.map((x) =>
      x.type === 'compare' && x.field === 'year' && x.op === '='
        ? 'year'
        : x.type === 'name'
          ? x.field === 'implementingUnit'
            ? 'department'
            : x.field
          : null,
    ),
  );
  return dims.size === 1 ? [...dims][0]! : null;
}

/**
 * Two sets compared (大红门2023年的预算比潞源多多少): the second names only what differs, so it keeps the first's year
 * or office where it names none. Not for a share, whose second side is the whole the first is part of.
 */
function frame(first: Filter[], second: Filter[], op: ArithOp): Filter[] {
  if (op === 'share') return second;
  const named = new Set(second.map(dimension));
  const kept = first.filter((f) => {
    const d = dimension(f);
    return d !== null && !named.has(d);
  });
  return [...kept, ...second];
}

const sameFigure = (a: Operand, b: Operand) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the result is an amount in 万元. */
function moneyResult(q: ArithQuery): boolean {
  const money = (o: Operand) => o.kind === 'figure' && kindOf(o.measure) === 'money';
  if (q.op === 'minus' || q.op === 'plus') return money(q.left);
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
};

const fmt = (n: number, digits = 2) => {
  const r = Math.round(n * 10 ** digits) / 10 ** digits;
  return Object.is(r, -0) ? '0' : String(r);
};

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
    filters: o.filters,
    measures: counting ? [o.measure] : [o.measure, { fn: 'count' }],
  };
  const table = await executeQuery(store.sql, q, viewer, { digits: 6 });
  const row = table.rows[0] ?? [];
  const value = row[0] === null || row[0] === undefined ? null : Number(row[0]);
  const projects = Number(counting ? row[0] : (row[1] ?? 0));
  const scope = describeQuery({ filters: o.filters }).replace(/^查询：/, '');
  const what = measureLabel(o.measure).replace(/\(.*\)$/, '');
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

const said = (f: Figure) =>
  f.unit === '个'
    ? `${f.label} ${fmt(f.value ?? 0)} 个`
    : `${f.label} ${f.value === null ? '（无数据）' : `${fmt(f.value)} ${f.unit}`}${f.projects ? `（${f.projects} 个项目）` : ''}`;

/** Computes and answers an arithmetic question; the text says each figure and the formula with its numbers. */
export async function answerArithmetic(store: Store, parsed: ArithParsed, viewer: Viewer): Promise<Reply> {
  const { query } = parsed;
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
  const x = a.value!;
  const y = b.value!;
  if ((query.op === 'divide' || query.op === 'ratio' || query.op === 'share') && y === 0) {
    return { title: '查询结果', text: `${b.label}为 0，不能作除数，无法计算。` };
  }
  const result =
    query.op === 'minus'
      ? x - y
      : query.op === 'plus'
        ? x + y
        : query.op === 'times'
          ? x * y
          : query.op === 'share'
            ? (100 * x) / y
            : x / y;
  const unit = resultUnit(query.op, a.unit, b.unit);
  // 乘以10000 of an amount in 万元 is the amount in 元; 换算成元 alone multiplies by 10 000 here.
  const byTimes =
    query.op === 'times' && unit === '万元' && [a, b].some((f) => f.constant && f.value === 10_000);
  const toYuan = !!query.inYuan && !byTimes;
  const shown = toYuan ? result * 10_000 : result;
  const shownUnit = byTimes || toYuan ? '元' : unit;
  const figures = [a, b].filter((f) => !f.constant);
  const operand = (f: Figure) => (f.constant ? fmt(f.value!) : fmt(f.value!, 4));
  const lines = [`查询：${describeArithmetic(query, a, b)}`, ...figures.map(said)];
  lines.push(
    `计算：${operand(a)} ${OP_SIGN[query.op]} ${operand(b)}${query.op === 'share' ? ' × 100%' : ''}${
      toYuan ? ' × 10000（万元换算为元）' : ''
    } ＝ ${fmt(shown)}${shownUnit === '%' ? '%' : shownUnit ? ` ${shownUnit}` : ''}`,
  );
  const formulas = formulasOf(fieldsOf(query));
  if (formulas.length) lines.push(`（${formulas.join('；')}）`);
  const guessed = [...new Set([...a.guessed, ...b.guessed])];
  if (guessed.length)
    lines.push(
      `参与计算的项目中，有金额超过一万、按元换算为万元的：${guessed.map((n) => `「${n}」`).join('、')}（表上该栏单位为万元、未写单位，请核对原表）。`,
    );
  const rows = [...figures.map((f) => [f.label, round(f.value!), f.unit]), ['结果', round(shown), shownUnit]];
  return {
    title: '查询结果',
    text: lines.join('\n'),
    table: { columns: ['项', '数值', '单位'], rows: rows.map((r) => r.map((c) => String(c))) },
  };
}

/** The unit of a result: 万元 − 万元 = 万元, 万元 ÷ 个 = 万元 (per project), 个 ÷ 个 = a plain number. */
function resultUnit(op: ArithOp, a: string, b: string): string {
  if (op === 'share') return '%';
  if (op === 'ratio') return '倍';
  // Rates added or subtracted: percentage points.
  if (op === 'minus' || op === 'plus') return a === '%' ? '个百分点' : a;
  if (op === 'times') return a || b;
  if (!b) return a;
  if (a === b) return '';
  return b === '个' ? a : `${a}/${b}`;
}

const round = (n: number) => Math.round(n * 100) / 100;

function fieldsOf(q: ArithQuery): FieldId[] {
  const out: FieldId[] = [];
  for (const o of [q.left, q.right]) {
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
};

function describeArithmetic(q: ArithQuery, a: Figure, b: Figure): string {
  if (q.op === 'share') return `${a.label}占${b.label}的百分比`;
  if (q.op === 'ratio') return `${a.label}是${b.label}的几倍`;
  return `${a.label}${OP_WORD[q.op]}${b.label}${q.inYuan ? '，换算成元' : ''}`;
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

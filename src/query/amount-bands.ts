/**
 * 按预算金额分段统计项目个数：10万以下、10到50万、50万以上 / 总分90分以上、80到90分、80分以下的各有几个: projects
 * counted per band of one figure, each band a pair of bounds. Read as one question its bounds were a list of
 * alternatives (either band) and 分段 a word left over; each band is its own count, with the figure's total beside it.
 *
 * A boundary that two bands share (10万以下 and 10到50万 both end at 10万) belongs to the upper band, and the answer
 * says so: a project of exactly 10万 is counted once. Projects whose cell is empty fall in no band and are said apart.
 */
import type { Reply } from '../bot/messages.ts';
import type { Store } from '../store/store.ts';
import { MONEY_UNITS } from './arith-shapes.ts';
import { describeQuery } from './describe.ts';
import { executeQuery, type Viewer } from './execute.ts';
import { FIELDS, type NumericField } from './fields.ts';
import { digitsForNumerals } from './numbers.ts';
import { parseQuestion } from './parse.ts';
import type { Filter, PortfolioQuery } from './query.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Band {
  /** Lower bound (inclusive) and upper bound, in the field's own unit; null: open. */
  lo: number | null;
  hi: number | null;
  /** The upper bound is the next band's lower one: this band stops below it. */
  hiOpen: boolean;
  said: string;
}

export interface BandsAsked {
  field: NumericField;
  bands: Band[];
  scope: PortfolioQuery['filters'];
  /** The field was not named (金额 / nothing) and is taken from the unit: said back. */
  fieldTaken: boolean;
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const UNIT = String.raw`(万元|万块|万|亿元|亿|元|块|分|%)?`;
const BELOW = String.raw`(?:不足|低于|少于|小于|不到|不满|在)?${NUM}${UNIT}(?:及)?(?:以下|以内|之下|之内)`;
const BELOW_BEFORE = String.raw`(?:不足|低于|少于|小于|不到|不满)${NUM}${UNIT}`;
const RANGE = String.raw`(?:在)?${NUM}${UNIT}(?:到|至|-|~|—|－|–|〜)${NUM}${UNIT}(?:之间|之内)?`;
const ABOVE = String.raw`(?:在)?${NUM}${UNIT}(?:及)?(?:以上|之上)`;
const ABOVE_BEFORE = String.raw`(?:超过|高于|大于|多于|超出)${NUM}${UNIT}`;
const ITEM = `(?:${RANGE}|${BELOW}|${ABOVE}|${BELOW_BEFORE}|${ABOVE_BEFORE})`;
const SEP = String.raw`(?:[、，,；;/]|和|及|与|以及|还有)`;
/** Two or more bands in a row. */
const LIST = new RegExp(`${ITEM}(?:的)?(?:${SEP}${ITEM}(?:的)?)+`, 'u');

/** The words that ask for each band on its own: without them 10万以下和50万以上 is one set (either). */
const PER_BAND =
  /分段|区间|分档|各档|档次|分布|各有|各是|各为|分别|各多少|各几|各占|每段|每档|每个区间|各自|各(?=[有是])/u;
/** Those words and the glue around the list, dropped before the rest is read as the question of each band. */
const ASK_WORDS =
  /(?:请|麻烦)?(?:按照?|以)?(?:分段|分区间|分档)?(?:统计|汇总|看看|看一下|列一下|算一下)?(?:一下)?(?:各个?|每个?)?(?:区间|档次?|段)?(?:的)?(?:分布情况|分布|情况)?/gu;

interface Item {
  lo: number | null;
  hi: number | null;
  unit: string | undefined;
  said: string;
}

function itemOf(said: string): Item | null {
  const whole = (re: string) => said.match(new RegExp(`^${re}$`, 'u'));
  let m = whole(RANGE);
  if (m) return { lo: Number(m[1]), hi: Number(m[3]), unit: m[4] ?? m[2], said };
  m = whole(BELOW) ?? whole(BELOW_BEFORE);
  if (m) return { lo: null, hi: Number(m[1]), unit: m[2], said };
  m = whole(ABOVE) ?? whole(ABOVE_BEFORE);
  if (m) return { lo: Number(m[1]), hi: null, unit: m[2], said };
  return null;
}

/** The bands said in `question`, the field they bound and the projects they are of; null when none is asked. */
export function bandsAsked(question: string, vocab: Vocabulary, year: number): BandsAsked | null {
  const text = digitsForNumerals(question.normalize('NFKC')).replace(/\s+/gu, '');
  if (!PER_BAND.test(text)) return null;
  const list = text.match(LIST);
  if (!list) return null;
  const items = [...list[0].matchAll(new RegExp(ITEM, 'gu'))].map((m) => itemOf(m[0]));
  if (items.length < 2 || items.some((i) => !i)) return null;
  // 10到50万: a unit said once, after the last number, is every band's.
  const said = items.map((i) => i!.unit).find(Boolean);
  const units = new Set(items.map((i) => normalUnit(i!.unit ?? said)));
  if (units.size !== 1) return null;
  const unit = [...units][0]!;
  const rest = (text.slice(0, list.index) + text.slice(list.index! + list[0].length))
    .replace(ASK_WORDS, '')
    .replace(/^[：:，,]+|[：:，,]+$/gu, '')
    .replace(/(?:的)?(?:项目)?(?:个数|数量|有多少个?|有几个|多少个?|几个)(?:项目)?/gu, '项目个数');
  const read = parseQuestion(rest || '项目个数', vocab, year);
  const q = read.query;
  if (!q || read.unplaced.length || q.groupBy || q.order || q.limit) return null;
  const named = [...(q.measures ?? []).map((m) => m.field), ...(q.select ?? [])].filter(
    (f): f is NumericField => !!f && f in FIELDS && FIELDS[f].kind !== 'text',
  );
  const byUnit: NumericField = unit === '分' ? 'totalScore' : unit === '%' ? 'executionRate' : 'annualBudget';
  const field = named[0] ?? byUnit;
  if (new Set(named).size > 1 || kindUnit(field) !== unit) return null;
  const scale = (n: number | null, u: string | undefined) =>
    n === null || unit !== '万元' ? n : n * (MONEY_UNITS[(u ?? '万').replace(/块$/u, '元')] ?? 1);
  const bands = items
    .map((i) => ({ lo: scale(i!.lo, i!.unit ?? said), hi: scale(i!.hi, i!.unit ?? said), said: i!.said }))
    .sort((a, b) => (a.lo ?? Number.NEGATIVE_INFINITY) - (b.lo ?? Number.NEGATIVE_INFINITY));
  return {
    field,
    scope: q.filters,
    fieldTaken: !named.length,
    bands: bands.map((b) => ({ ...b, hiOpen: b.hi !== null && bands.some((o) => o.lo === b.hi) })),
  };
}

const normalUnit = (u: string | undefined) => (u === '分' ? '分' : u === '%' ? '%' : '万元');
const kindUnit = (f: NumericField) => {
  const kind = FIELDS[f].kind;
  return kind === 'money' ? '万元' : kind === 'score' ? '分' : kind === 'percent' ? '%' : null;
};

function bandFilters(field: NumericField, b: Band): Filter[] {
  const out: Filter[] = [];
  if (b.lo !== null) out.push({ type: 'compare', field, op: '>=', value: b.lo });
  if (b.hi !== null) out.push({ type: 'compare', field, op: b.hiOpen ? '<' : '<=', value: b.hi });
  return out;
}

const show = (n: number) => String(Math.round(n * 10000) / 10000);

function bandLabel(b: Band, unit: string): string {
  const u = (n: number) => `${show(n)}${unit === '%' ? '%' : unit}`;
  if (b.lo === null) return `${u(b.hi!)}以下${b.hiOpen ? '（不含）' : ''}`;
  if (b.hi === null) return `${u(b.lo)}及以上`;
  return `${u(b.lo)}（含）至${u(b.hi)}${b.hiOpen ? '（不含）' : '（含）'}`;
}

export async function answerBands(store: Store, asked: BandsAsked, viewer: Viewer): Promise<Reply> {
  const { field, scope } = asked;
  const unit = kindUnit(field)!;
  const money = FIELDS[field].kind === 'money';
  const measures: PortfolioQuery['measures'] = money
    ? [{ fn: 'count' }, { fn: 'sum', field }]
    : [{ fn: 'count' }];
  const rows: string[][] = [];
  let counted = 0;
  for (const band of asked.bands) {
    const table = await executeQuery(
      store.sql,
      { filters: [...scope, ...bandFilters(field, band)], measures },
      viewer,
    );
    const [n, sum] = table.rows[0] ?? [0, 0];
    counted += Number(n ?? 0);
    rows.push([bandLabel(band, unit), String(n ?? 0), ...(money ? [String(sum ?? 0)] : [])]);
  }
  const all = await executeQuery(store.sql, { filters: scope, measures: [{ fn: 'count' }] }, viewer);
  const empty = await executeQuery(
    store.sql,
    { filters: [...scope, { type: 'empty', field, empty: true }], measures: [{ fn: 'count' }] },
    viewer,
  );
  const total = Number(all.rows[0]?.[0] ?? 0);
  const blank = Number(empty.rows[0]?.[0] ?? 0);
  const label = FIELDS[field].label;
  const lines = [
    `${describeQuery({ filters: scope })}；按${label}分段统计项目数`,
    ...(asked.fieldTaken ? [`（金额按${label}计）`] : []),
    ...rows.map((r) => `${r[0]}：${r[1]} 个${money ? `，${label}合计 ${r[2]} 万元` : ''}`),
    ...(asked.bands.some((b) => b.hiOpen) ? ['（两段相接处的数计入上一段：区间含下限、不含上限）'] : []),
    ...(blank ? [`另有 ${blank} 个项目${label}未填，不在任何一段。`] : []),
    ...(total - blank - counted > 0
      ? [`还有 ${total - blank - counted} 个项目的${label}不在所列的任何一段。`]
      : []),
  ];
  return {
    title: '查询结果',
    text: lines.join('\n'),
    table: {
      columns: [`${label}区间`, '项目数', ...(money ? [`${label}合计(万元)`] : [])],
      rows,
    },
  };
}

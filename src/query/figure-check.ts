/**
 * A yes/no question about one figure (合计是不是超过了5000万 / 预算加起来有没有到30万 / 平均执行率是否达到95%): the
 * bound is said of the total or the average, not of each project. The ordinary parser reads 超过5000万 as a condition
 * on the field; when the words of a total or an average stand right before it and the question asks yes or no, that
 * condition is lifted off the projects and checked against the figure instead.
 */
import { measureLabel } from './execute.ts';
import { FIELDS, unitOf } from './fields.ts';
import type { LeafFilter, Measure, Op, PortfolioQuery } from './query.ts';

type Compare = Extract<LeafFilter, { type: 'compare' }>;

export interface FigureCheck {
  /** The question without the bound: its one figure over the projects it names. */
  query: PortfolioQuery;
  check: Compare;
}

/** The words of a figure over the projects, right before the bound (合计 / 加起来 / 一共 / 平均…). */
const FIGURE =
  '(?:合计|总计|总额|总和|总数|之和|加起来|加在一起|加一起|合起来|一共|总共|累计|共计|平均(?:值|数)?|均值)';
/** A yes/no ask said before the bound (是不是超过) … */
const ASK_BEFORE = '(?:是不是|是否|有没有|有无|能不能|能否|会不会|够不够|可不可以)';
/** … or after it (超过了吗 / 超过没有 / 到没到). */
const ASK_AFTER = /(?:吗|么|嘛|没有|没|不|与否)[？?。!！\s]*$/u;
const BOUND_VERB =
  '(?:超过|超出|高于|大于|多于|达到|达|到|够|不到|没到|低于|少于|小于|不足|不够|不超过|没超过|没有超过|在)';
/** The figure's words, at most a field's name between them and the bound (平均执行率有没有达到95%). */
const SAID_OF_FIGURE = new RegExp(
  `${FIGURE}(?:的)?([^，,。；;！!？?的]{0,8}?)(?:的)?(?:数|金额)?(?:已经|已|都|还|就)?(${ASK_BEFORE})?(?:已经|已)?${BOUND_VERB}`,
  'u',
);

export function readFigureCheck(query: PortfolioQuery, text: string): FigureCheck | null {
  if (query.groupBy || query.per || query.order || query.limit || query.select?.length) return null;
  const measures = query.measures ?? [];
  if (measures.length !== 1 || !measures[0]!.field || measures[0]!.fn === 'count') return null;
  const field = measures[0]!.field;
  const said = text.match(SAID_OF_FIGURE);
  if (!said || !(said[2] || ASK_AFTER.test(text))) return null;
  const compares = query.filters.filter((f): f is Compare => f.type === 'compare' && f.field !== 'year');
  let bound = compares.filter((f) => f.field === field);
  // 执行数加起来超过1000万了吗: an amount with no field of its own went to the parser's default field (预算); right
  // after the figure's words it is the figure's bound, of the figure's kind.
  if (!bound.length && !said[1]?.trim())
    bound = compares.filter((f) => FIELDS[f.field].kind === FIELDS[field].kind);
  if (bound.length !== 1) return null;
  const check = { ...bound[0]!, field };
  return { query: { ...query, filters: query.filters.filter((f) => f !== bound[0]) }, check };
}

const HOLDS: Record<Op, (x: number, y: number) => boolean> = {
  '<': (x, y) => x < y,
  '<=': (x, y) => x <= y,
  '>': (x, y) => x > y,
  '>=': (x, y) => x >= y,
  '=': (x, y) => x === y,
  '<>': (x, y) => x !== y,
};
const OP_WORD: Record<Op, string> = {
  '<': '低于',
  '<=': '不高于',
  '>': '超过',
  '>=': '不低于',
  '=': '等于',
  '<>': '不等于',
};

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** 全年预算数合计 10088.75 万元，超过 5000 万元：是（多 5088.75 万元）. Null value: nothing to check. */
export function checkSentence(measure: Measure, value: number | null, check: Compare): string {
  const unit = unitOf(check.field);
  const u = (n: number) => (unit === '%' ? `${fmt(n)}%` : `${fmt(n)} ${unit}`.trim());
  const label = measureLabel(measure).replace(/\(.*\)$/, '');
  const asked = `${OP_WORD[check.op]} ${u(check.value)}`;
  if (value === null)
    return `问「${label}是否${asked}」：这些项目的${FIELDS[check.field].label}都未填，无法判断。`;
  const yes = HOLDS[check.op](Math.round(value * 1e6) / 1e6, check.value);
  const gap = value - check.value;
  const by = gap === 0 ? '' : `（${gap > 0 ? '高出' : '差'} ${u(Math.abs(gap))}）`;
  return `${label} ${u(value)}，问是否${asked}：${yes ? '是' : '否'}${by}。`;
}

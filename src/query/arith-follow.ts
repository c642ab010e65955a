/**
 * A follow-up on arithmetic (大红门的执行数比潞源多多少 → 那全年预算呢 / 那2023年的呢 / 只看2020年): the message changes
 * the figures of the previous computation, the rest is kept.
 *
 * - A figure (全年预算呢, 项目数呢) replaces the figure of both sides.
 * - A scope or condition (2023年, 大红门, 执行率低于90%) replaces the one of its kind on the side that has one; on
 *   neither, it narrows both (the same computation within 2023); on both with different values (2023年比2020年…
 *   → 那2021年呢) it cannot tell which side is meant, and asks.
 * - Anything else (它们有哪些, a list, an ordering) is not a change of the computation: the asker is told to say the
 *   question in full, never answered over all projects.
 */
import { dimension } from './arithmetic.ts';
import type { FollowUpReading } from './context.ts';
import { FIELDS, isNumeric, type NumericField } from './fields.ts';
import type { ArithQuery, Measure, Operand, PortfolioQuery } from './query.ts';

export type ArithFollowUp = { arith: ArithQuery } | { ask: string };

const figureOf = (q: PortfolioQuery): Measure | null | 'several' => {
  const measures = q.measures ?? [];
  const select = (q.select ?? []).filter(isNumeric) as NumericField[];
  if (measures.length + select.length > 1) return 'several';
  if (measures.length === 1) return measures[0]!;
  if (select.length === 1) {
    const field = select[0]!;
    return { fn: FIELDS[field].kind === 'money' ? 'sum' : 'avg', field };
  }
  return null;
};

const FULL =
  '上一问是两组数的计算（差额、占比、倍数等），这句话没法接着算。请把问题说完整，例如「2023年大红门的全年预算比潞源多多少」。';

/**
 * The previous computation changed as the follow-up says, or what to ask. `parsed` is the follow-up's own words as
 * the ordinary parser read them (whole: no word left unplaced).
 */
export function followArithmetic(
  previous: ArithQuery,
  reading: FollowUpReading,
  parsed: PortfolioQuery | null,
): ArithFollowUp {
  // A computation of several steps: which operand a change is of cannot be told; said again in full.
  if (!parsed || parsed.groupBy || parsed.order || parsed.limit || previous.steps?.length)
    return { ask: FULL };
  const figure = figureOf(parsed);
  if (figure === 'several') return { ask: FULL };
  if (!figure && parsed.filters.length === 0) return { ask: FULL };
  if (parsed.select?.some((f) => !isNumeric(f))) return { ask: FULL };
  const sides = [previous.left, previous.right];
  let [left, right] = sides.map((o) => (o.kind === 'figure' ? { ...o, filters: [...o.filters] } : o)) as [
    Operand,
    Operand,
  ];
  if (figure) {
    // A count stays a count of projects in a share of projects; a figure of a kind the operation cannot take is
    // caught below.
    if (left.kind === 'figure') left = { ...left, measure: figure };
    if (right.kind === 'figure') right = { ...right, measure: figure };
  }
  for (const f of parsed.filters) {
    const d = dimension(f);
    const having = [left, right].filter(
      (o): o is Extract<Operand, { kind: 'figure' }> =>
        o.kind === 'figure' && o.filters.some((x) => dimension(x) === d),
    );
    const values = new Set(having.map((o) => JSON.stringify(o.filters.filter((x) => dimension(x) === d))));
    if (having.length === 2 && values.size > 1 && reading.how !== 'narrow')
      return {
        ask: `上一问两边各有自己的${label(d)}，「${reading.message}」要换哪一边？请把问题说完整，例如「2021年的全年预算比2020年多多少」。`,
      };
    const targets = having.length ? having : [left, right].filter((o) => o.kind === 'figure');
    for (const o of targets as Array<Extract<Operand, { kind: 'figure' }>>) {
      o.filters = [...o.filters.filter((x) => dimension(x) !== d), f];
    }
  }
  const arith: ArithQuery = { ...previous, left, right };
  if (JSON.stringify(arith) === JSON.stringify(previous)) return { ask: FULL };
  return { arith };
}

function label(d: string): string {
  if (d === 'department') return '部门或单位';
  if (d.startsWith('compare:year')) return '年度';
  if (d === 'owner') return '负责人';
  if (d === 'projectName') return '项目';
  return '条件';
}

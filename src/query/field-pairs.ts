/**
 * Two fields of one form compared (年初预算 ≠ 全年预算, 预算执行得分 < 预算执行分值): as the sign of their difference
 * where migration 029 indexes that sign. A comparison that a quarter of all forms meet otherwise reads every form
 * (~150 ms at 100 000 forms on PGlite); on `sign(R − L)` a count reads only the index entries of the matching signs,
 * and `INCLUDE (L, R)` makes it an index-only scan.
 *
 * L op R ⇔ sign(R − L) ∈ SIGNS[op], exactly, for finite amounts (IEEE: a − b is 0 only when a = b, and has the sign of
 * a − b otherwise); a NULL on either side gives a NULL sign, no match, as the plain comparison does.
 */
import { FIELDS, type NumericField } from './fields.ts';
import type { Op } from './query.ts';

/**
 * The pairs staff compare, in the order migrations 029 and 046 index them (`sign(second − first)`): the amounts of the funds
 * table with each other, a score with its 分值, a stated figure with the one recomputed from the form. Stored
 * columns only (an index on an expression of expressions would not match the query's).
 */
export const COMPARED_PAIRS: readonly (readonly [NumericField, NumericField])[] = [
  ['initialBudget', 'annualBudget'],
  ['initialBudget', 'executed'],
  ['annualBudget', 'executed'],
  ['budgetScore', 'budgetWeight'],
  ['satisfactionScore', 'satisfactionWeight'],
  ['totalScore', 'computedTotal'],
  ['statedRate', 'executionRate'],
  // 其中财政拨款跟年度资金总额对不上: a funds sub-row against the total row, column for column (migration 046)
  ['fiscalAnnualBudget', 'annualBudget'],
  ['fiscalInitialBudget', 'initialBudget'],
  ['fiscalExecuted', 'executed'],
];

/** The signs of R − L for which L op R holds. */
const SIGNS: Record<Op, number[]> = {
  '<': [1],
  '<=': [0, 1],
  '>': [-1],
  '>=': [-1, 0],
  '=': [0],
  '<>': [-1, 1],
};

/** `sign(R − L)` over the columns of a pair, as the index of migration 029 writes it. */
export const signSql = (first: NumericField, second: NumericField) =>
  `sign(${FIELDS[second].column} - ${FIELDS[first].column})`;

/**
 * SQL for `left op right` (op already checked against the operator list). The sign values are literals from SIGNS,
 * so the planner sees them and picks the index.
 */
export function fieldsSql(left: NumericField, op: Op, right: NumericField): string {
  const pair = COMPARED_PAIRS.find(([a, b]) => (a === left && b === right) || (a === right && b === left));
  if (!pair) return `${FIELDS[left].column} ${op} ${FIELDS[right].column}`;
  // Asked the other way round (全年预算 > 年初预算): sign(left − right) = −sign(right − left).
  const signs = pair[0] === left ? SIGNS[op] : SIGNS[op].map((s) => -s);
  return `${signSql(pair[0], pair[1])} = ANY('{${signs.join(',')}}'::double precision[])`;
}

/**
 * `left op times × right` (执行数不到预算的一半: executed < 0.5 × budget). Spent against budget is the execution rate
 * (migration 011 keeps it rounded to two places, on an index since 002): a bound on the rate a hundredth wider than
 * the exact one lets the planner read only the forms near it, and the exact comparison then decides. Any other pair
 * is read as written (a form missing either side has none).
 */
export function partOfFieldSql(
  left: NumericField,
  op: Op,
  times: number,
  right: NumericField,
  param: (value: number) => string,
): string {
  const exact = `${FIELDS[left].column} ${op} ${param(times)} * ${FIELDS[right].column}`;
  if (left !== 'executed' || right !== 'annualBudget') return exact;
  const rate = FIELDS.executionRate.column;
  const near =
    op === '<' || op === '<='
      ? `${rate} <= ${param(times * 100 + 0.01)}`
      : op === '>' || op === '>='
        ? `${rate} >= ${param(times * 100 - 0.01)}`
        : null;
  // 全年预算数 > 0: the rate exists, and the comparison of the amounts is the comparison of the rate.
  return near ? `(${near} AND ${FIELDS[right].column} > 0 AND ${exact})` : exact;
}

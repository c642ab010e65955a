import { FIELDS, type NumericField } from './fields.ts';
import type { Op } from './query.ts';

/**
 * Two fields of one form compared (年初预算 ≠ 全年预算, 得分低于分值) are answered from a GIN index over every
 * same-kind pair's order (migration 025), not by reading every form: `jixiao_relations` turns a form's numeric facts
 * into tokens such as `initial_budget<budget`, one per pair of facts of one kind that are both filled.
 * RELATIONS_SQL must be the index's expression term for term, or the planner does not use it: these are the stored
 * numeric facts in the index's order. test/store/facts-one-write.test.ts fails when a stored numeric field is missing
 * here (a migration then builds the index again with it). A computed field (结余 = budget − executed) is compared
 * plainly.
 */
export const RELATION_COLUMNS = [
  'money:initial_budget',
  'money:budget',
  'money:executed',
  'percent:execution_rate',
  'percent:stated_rate',
  'score:budget_weight',
  'score:budget_score',
  'score:stated_total',
  'score:total_score',
  'score:satisfaction_score',
  'score:satisfaction_weight',
  'score:total_weight',
  'count:indicator_count',
  'count:error_count',
  'count:missing_count',
  'count:rows_below_weight',
  'count:rows_above_weight',
  'count:rows_actual_empty',
] as const;

export const RELATIONS_SQL = `jixiao_relations(ARRAY[${RELATION_COLUMNS.map((c) => `'${c}'`).join(', ')}], ARRAY[${RELATION_COLUMNS.map((c) => c.split(':')[1]).join(', ')}])`;

const FLIPPED: Record<Op, Op> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' };
const TOKEN_OPS: Record<Op, string[]> = {
  '<': ['<'],
  '<=': ['<', '='],
  '=': ['='],
  '<>': ['<', '>'],
  '>': ['>'],
  '>=': ['>', '='],
};

const position = (id: NumericField) =>
  (RELATION_COLUMNS as readonly string[]).indexOf(`${FIELDS[id].kind}:${FIELDS[id].column}`);

/**
 * `left op right` as a condition on the indexed tokens, or undefined when the pair is not indexed (one field twice,
 * fields of two kinds, a computed field). Both filled is implied, as in `left op right`. The tokens are column names
 * and operators from fixed tables, written literally so the planner can estimate them.
 */
export function relationSql(left: NumericField, op: Op, right: NumericField): string | undefined {
  let a = position(left);
  let b = position(right);
  if (a < 0 || b < 0 || a === b || FIELDS[left].kind !== FIELDS[right].kind) return undefined;
  let effective = op;
  if (a > b) {
    [a, b] = [b, a];
    effective = FLIPPED[op];
  }
  const [first, second] = [RELATION_COLUMNS[a]!.split(':')[1], RELATION_COLUMNS[b]!.split(':')[1]];
  const tokens = TOKEN_OPS[effective].map((o) => `${first}${o}${second}`);
  return `${RELATIONS_SQL} && '{${tokens.join(',')}}'::text[]`;
}

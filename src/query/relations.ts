import { FIELDS, NUMERIC_FIELDS, type NumericField } from './fields.ts';
import type { Op } from './query.ts';

/**
 * Two fields of one form compared (年初预算 ≠ 全年预算, 得分低于分值) are answered from a GIN index over every
 * same-kind pair's order (migration 025), not by reading every form: `jixiao_relations` turns a form's numeric facts
 * into tokens such as `initial_budget<budget`, one per pair of fields of one kind that are both filled.
 * The expression here must be the index's own, term for term, for the planner to use the index; it lists the numeric
 * fields in FIELDS order, so a new numeric field changes it and test/query/relations.test.ts fails until a migration
 * builds the index again with it.
 */
const RELATION_FIELDS = NUMERIC_FIELDS.filter((id) => FIELDS[id].kind !== 'year');

export const RELATIONS_SQL = `jixiao_relations(ARRAY[${RELATION_FIELDS.map((id) => `'${FIELDS[id].kind}:${FIELDS[id].column}'`).join(', ')}], ARRAY[${RELATION_FIELDS.map((id) => FIELDS[id].column).join(', ')}])`;

const FLIPPED: Record<Op, Op> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' };
const TOKEN_OPS: Record<Op, string[]> = {
  '<': ['<'],
  '<=': ['<', '='],
  '=': ['='],
  '<>': ['<', '>'],
  '>': ['>'],
  '>=': ['>', '='],
};

/**
 * `left op right` as a condition on the indexed tokens, or undefined when the pair is not indexed (one field twice,
 * fields of two kinds). Both filled is implied, as in `left op right`. The tokens are column names and operators from
 * fixed tables, written literally so the planner can estimate them.
 */
export function relationSql(left: NumericField, op: Op, right: NumericField): string | undefined {
  let a = RELATION_FIELDS.indexOf(left);
  let b = RELATION_FIELDS.indexOf(right);
  if (a < 0 || b < 0 || a === b || FIELDS[left].kind !== FIELDS[right].kind) return undefined;
  let effective = op;
  if (a > b) {
    [a, b] = [b, a];
    effective = FLIPPED[op];
  }
  const [first, second] = [FIELDS[RELATION_FIELDS[a]!].column, FIELDS[RELATION_FIELDS[b]!].column];
  const tokens = TOKEN_OPS[effective].map((o) => `${first}${o}${second}`);
  return `${RELATIONS_SQL} && '{${tokens.join(',')}}'::text[]`;
}

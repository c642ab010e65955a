/**
 * Per-project quantities computed from a form's own fields (issue 10: the query language grows what staff ask):
 * 结余 = 全年预算数 − 全年执行数, 预算调整数 = 全年预算数 − 年初预算数, 得分率 = 得分 ÷ 分值. Each is a field like the
 * stored ones (its `column` is an SQL expression over `form_facts` columns), so it can be filtered on, ranked,
 * summed, averaged and looked up; `formula` says in a clerk's words what was computed, and `sources` are the stored
 * columns it reads (an amount read as 元 in one of them is reported like any other, migration 010).
 *
 * Only type imports from fields.ts: fields.ts spreads these into FIELDS.
 */
import type { FieldDef } from './fields.ts';

export interface DerivedDef extends FieldDef {
  /** What was computed, in the form's words: shown with every answer that uses the field. */
  formula: string;
  /** The stored columns the expression reads. */
  sources: string[];
}

/** A rate in percent of two columns; NULL when the divisor is empty or 0. */
const percentOf = (part: string, whole: string) => `(${part} / NULLIF(${whole}, 0) * 100)`;

export const DERIVED_FIELDS = {
  remaining: {
    label: '结余',
    kind: 'money',
    column: '(budget - executed)',
    formula: '结余＝全年预算数−全年执行数',
    sources: ['budget', 'executed'],
    words: [
      '结余资金',
      '结余金额',
      '结余数',
      '结余',
      '结存',
      '余额',
      '剩余资金',
      '剩余金额',
      '剩余预算',
      '剩下的钱',
      '剩下的预算',
      '未执行数',
      '未执行金额',
      '未执行的金额',
      '未执行的钱',
      '没执行的钱',
      '没花的钱',
      '没花完的钱',
      '还没花的钱',
      '没用完的钱',
      '预算结余',
      'unspent',
      'remaining budget',
      'budget left',
    ],
  },
  budgetAdjustment: {
    label: '预算调整数',
    kind: 'money',
    column: '(budget - initial_budget)',
    formula: '预算调整数＝全年预算数−年初预算数',
    sources: ['budget', 'initial_budget'],
    words: [
      '预算调整数',
      '预算调整额',
      '预算调整金额',
      '预算调增额',
      '调整金额',
      '调整额',
      'budget adjustment',
    ],
  },
  scoreRate: {
    label: '得分率',
    kind: 'percent',
    column: percentOf('stated_total', 'total_weight'),
    formula: '得分率＝总分÷总分值×100%',
    sources: [],
    words: ['总分得分率', '总得分率', '得分率', 'score rate'],
  },
  budgetScoreRate: {
    label: '预算执行得分率',
    kind: 'percent',
    column: percentOf('budget_score', 'budget_weight'),
    formula: '预算执行得分率＝预算执行得分÷预算执行分值×100%',
    sources: [],
    words: ['预算执行得分率', '预算执行的得分率', '预算得分率', '执行得分率'],
  },
  satisfactionScoreRate: {
    label: '满意度得分率',
    kind: 'percent',
    column: percentOf('satisfaction_score', 'satisfaction_weight'),
    formula: '满意度得分率＝满意度指标得分÷满意度指标分值×100%',
    sources: [],
    words: ['满意度指标得分率', '满意度得分率', '满意度的得分率'],
  },
} as const satisfies Record<string, DerivedDef>;

export type DerivedId = keyof typeof DERIVED_FIELDS;

export const isDerived = (id: string): id is DerivedId => Object.hasOwn(DERIVED_FIELDS, id);

/** The stored columns a field reads: its own, or a derived field's sources. */
export function sourceColumns(id: string, column: string): string[] {
  return isDerived(id) ? [...DERIVED_FIELDS[id].sources] : [column];
}

/** The formulas of the derived fields a question uses, for the answer to state. */
export function formulasOf(ids: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const id of ids) if (isDerived(id)) out.add(DERIVED_FIELDS[id].formula);
  return [...out];
}

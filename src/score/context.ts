import type { FormRecord } from '../record/record.ts';
import { analyseBudget, type BudgetAnalysis, rateBaseOf } from './budget.ts';
import { analyseRow, type RowAnalysis } from './indicator.ts';
import { formPrecision } from './numeric.ts';
import { type ScoringRules, severityOf } from './rules.ts';
import { computeTotals, type TotalsAnalysis } from './totals.ts';
import type { Finding, FindingCode } from './types.ts';
import { analyseWeights, labelledGroups, type WeightsAnalysis } from './weights.ts';

/** Everything the validators read, computed once per record. */
export interface ScoreContext {
  record: FormRecord;
  rules: ScoringRules;
  rows: RowAnalysis[];
  budget: BudgetAnalysis;
  totals: TotalsAnalysis;
  weights: WeightsAnalysis;
  /** Decimals used for computed values: those the form writes in its score cells, at least 2. */
  precision: number;
}

export function buildContext(record: FormRecord, rules: ScoringRules): ScoreContext {
  const rows = record.indicators.map((row, i) => analyseRow(row, i, rules));
  const weights = analyseWeights(record, rows, rules);
  const budget = analyseBudget(record.funds.total, rules, weights.budgetWeight, rateBaseOf(record));
  return {
    record,
    rules,
    rows,
    budget,
    totals: computeTotals(rows, budget, rules, labelledGroupWeights(record, rows, weights)),
    weights,
    precision: formPrecision(record),
  };
}

/**
 * The 一级 groups' weights as their labels state them (`产出指标(60分)`), when the form weighs its indicators
 * there and not row by row (保山); empty otherwise.
 */
function labelledGroupWeights(
  record: FormRecord,
  rows: readonly RowAnalysis[],
  weights: WeightsAnalysis,
): Map<string, number> {
  const out = new Map<string, number>();
  if (weights.facts.indicatorWeightsFrom !== 'level1Labels') return out;
  for (const g of labelledGroups(record, rows)) {
    const group = g.rows[0]?.group;
    if (group !== undefined) out.set(group, (out.get(group) ?? 0) + g.weight);
  }
  return out;
}

/** Rows that every check looks at: not template placeholders. */
export function presentRows(ctx: ScoreContext): RowAnalysis[] {
  return ctx.rows.filter((r) => !r.placeholder);
}

type Extra = Pick<Finding, 'stated' | 'detail' | 'fixes'>;

/** Collects findings with the severity the rules give; codes switched off are dropped. */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly rules: ScoringRules) {}

  add(code: FindingCode, path: string, message: string, extra: Extra = {}): Finding | null {
    const severity = severityOf(code, this.rules);
    if (severity === null) return null;
    const f: Finding = { code, severity, path, message };
    if (extra.stated !== undefined) f.stated = extra.stated;
    if (extra.fixes?.length) {
      f.fixes = extra.fixes;
      const own = extra.fixes.find((e) => e.path === path);
      if (own) f.expected = own.value ?? own.raw;
    }
    if (extra.detail !== undefined) f.detail = extra.detail;
    this.items.push(f);
    return f;
  }
}

import type { FormRecord } from '../record/record.ts';
import { analyseBudget, type BudgetAnalysis } from './budget.ts';
import { analyseRow, type RowAnalysis } from './indicator.ts';
import { type ScoringRules, severityOf } from './rules.ts';
import { computeTotals, type TotalsAnalysis } from './totals.ts';
import type { Finding, FindingCode } from './types.ts';

/** Everything the validators read, computed once per record. */
export interface ScoreContext {
  record: FormRecord;
  rules: ScoringRules;
  rows: RowAnalysis[];
  budget: BudgetAnalysis;
  totals: TotalsAnalysis;
}

export function buildContext(record: FormRecord, rules: ScoringRules): ScoreContext {
  const rows = record.indicators.map((row, i) => analyseRow(row, i, rules));
  const budget = analyseBudget(record.funds.total, rules);
  return { record, rules, rows, budget, totals: computeTotals(rows, budget, rules) };
}

/** Rows that every check looks at: not template placeholders. */
export function presentRows(ctx: ScoreContext): RowAnalysis[] {
  return ctx.rows.filter((r) => !r.placeholder);
}

type Extra = Pick<Finding, 'stated' | 'expected' | 'detail'>;

/** Collects findings with the severity the rules give; codes switched off are dropped. */
export class FindingList {
  readonly items: Finding[] = [];
  constructor(private readonly rules: ScoringRules) {}

  add(code: FindingCode, path: string, message: string, extra: Extra = {}): void {
    const severity = severityOf(code, this.rules);
    if (severity === null) return;
    const f: Finding = { code, severity, path, message };
    if (extra.stated !== undefined) f.stated = extra.stated;
    if (extra.expected !== undefined) f.expected = extra.expected;
    if (extra.detail !== undefined) f.detail = extra.detail;
    this.items.push(f);
  }
}

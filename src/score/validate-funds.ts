import { FUNDS_COLUMN_LABEL, FUNDS_ROW_LABEL } from '../record/labels.ts';
import {
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  type FundsCell,
  type FundsColumn,
  type FundsRowKey,
} from '../record/record.ts';
import { amountWan, belowBudget, exceedsBudget, executionRate, isBlankCell, rateBaseOf } from './budget.ts';
import type { FindingList, ScoreContext } from './context.ts';
import { numberEdit } from './edits.ts';
import { cellLabel, messages } from './messages.ts';
import { compact, decimalsWritten, rateAgrees, roundTo, truncTo, within } from './numeric.ts';
import type { CellEdit } from './types.ts';

/** The 项目资金 block (SCORING.md §2, §7, §8): amounts, rate, budget score and weight. */

const MONEY: readonly FundsColumn[] = ['initialBudget', 'annualBudget', 'executed'];

/** Values above this in a 万元 column are probably 元 (1 亿元 written as 10000+ 万元 is rare for one project). */
const WAN_CEILING = 10_000;

function unitSuspicion(cell: FundsCell): 'yuan' | 'unitWritten' | 'tooLarge' | null {
  if (cell.unit === '元') return 'yuan';
  if (cell.unit === '万元') return 'unitWritten';
  return (cell.value ?? 0) > WAN_CEILING ? 'tooLarge' : null;
}

export function validateFundsCells(ctx: ScoreContext, out: FindingList): void {
  for (const rowKey of FUNDS_ROWS) {
    const row = ctx.record.funds[rowKey];
    for (const col of FUNDS_COLUMNS) {
      const cell = row[col];
      const path = `funds.${rowKey}.${col}`;
      if (cell.value === null && !isBlankCell(cell)) {
        out.add('FUNDS_UNREADABLE', path, messages.fundsUnreadable(cellLabel(rowKey, col), cell.raw.trim()), {
          stated: cell.raw,
        });
      }
      if (!MONEY.includes(col) || cell.value === null) continue;
      const why = unitSuspicion(cell);
      if (why) {
        out.add(
          'FUNDS_UNIT_SUSPECT',
          path,
          messages.fundsUnitSuspect(cellLabel(rowKey, col), cell.raw.trim(), why),
          {
            stated: cell.raw,
            detail: why,
          },
        );
      }
    }
  }
}

export function validateFundsMissing(ctx: ScoreContext, out: FindingList): void {
  const total = ctx.record.funds.total;
  const base = rateBaseOf(ctx.record);
  for (const col of [base, 'executed'] as const) {
    const cell = total[col];
    // An unreadable amount is reported as FUNDS_UNREADABLE; a blank one is missing.
    if (cell.value === null && isBlankCell(cell)) {
      out.add('FUNDS_MISSING', `funds.total.${col}`, messages.fundsMissing(FUNDS_COLUMN_LABEL[col], false), {
        stated: cell.raw,
        detail: 'absent',
      });
    }
  }
  if (total[base].value === 0) {
    out.add('FUNDS_MISSING', `funds.total.${base}`, messages.fundsMissing(FUNDS_COLUMN_LABEL[base], true), {
      stated: 0,
      detail: 'zero',
    });
  }
}

function validateRowRate(ctx: ScoreContext, rowKey: FundsRowKey, out: FindingList): void {
  const row = ctx.record.funds[rowKey];
  const base = rateBaseOf(ctx.record);
  const rate = executionRate(row, base);
  const stated = row.rate.value;
  const label = FUNDS_ROW_LABEL[rowKey];
  const { tolerances } = ctx.rules;
  if (exceedsBudget(row, ctx.rules, base)) {
    out.add(
      'EXECUTED_EXCEEDS_BUDGET',
      `funds.${rowKey}.executed`,
      messages.executedExceedsBudget(
        label,
        row.executed.raw.trim(),
        row[base].raw.trim(),
        FUNDS_COLUMN_LABEL[base],
      ),
      { stated: row.executed.value },
    );
  }
  if (rate === null || stated === null) return;
  if (!rateAgrees(stated, row.rate.raw, rate, tolerances.rate)) {
    const initial = amountWan(row.initialBudget);
    const e = amountWan(row.executed);
    // the form's own formula already divides by 年初预算数: no other base to have mixed it up with
    const wrongBase =
      base === 'annualBudget' &&
      initial !== null &&
      initial !== 0 &&
      e !== null &&
      initial !== amountWan(row.annualBudget) &&
      rateAgrees(stated, row.rate.raw, (e / initial) * 100, tolerances.rate);
    out.add(
      'RATE_MISMATCH',
      `funds.${rowKey}.rate`,
      messages.rateMismatch(label, row.rate.raw.trim(), rate, wrongBase, FUNDS_COLUMN_LABEL[base]),
      {
        stated,
        fixes: [rateEdit(`funds.${rowKey}.rate`, rate, row.rate.raw, belowBudget(row, ctx.rules, base))],
        ...(wrongBase ? { detail: 'wrongBase' } : {}),
      },
    );
  } else if (within(stated, 100, 0) && belowBudget(row, ctx.rules, base)) {
    out.add('RATE_ROUNDED_UP_TO_FULL', `funds.${rowKey}.rate`, messages.rateRoundedUpToFull(label, rate), {
      stated,
      fixes: [rateEdit(`funds.${rowKey}.rate`, rate, row.rate.raw, true)],
    });
  }
}

/**
 * The rate as the form would write it: rounded to the decimals written; when E < B never rounded up to 100%
 * (truncated to at least 2 decimals instead).
 */
function rateEdit(path: string, rate: number, raw: string, below: boolean): CellEdit {
  const d = decimalsWritten(raw);
  let v = roundTo(rate, d);
  if (below && v >= 100) v = truncTo(rate, Math.max(d, 2));
  return { path, value: v, raw: `${v}%` };
}

export function validateRates(ctx: ScoreContext, out: FindingList): void {
  for (const rowKey of FUNDS_ROWS) validateRowRate(ctx, rowKey, out);
}

/**
 * The budget score against min(E/B, 1) × w_b. Above its weight is an arithmetic error (SCORE_ABOVE_WEIGHT, e.g. a
 * percentage in the 得分 cell); any other difference is the [P] formula's suggestion. Skipped when the weights
 * finding already sets the budget weight and score, so the cell is reported once.
 */
export function validateBudgetScore(ctx: ScoreContext, out: FindingList): void {
  const { budget, rules, weights } = ctx;
  if (weights.fix?.kind === 'budgetWeight' || budget.weight <= 0) return;
  if (budget.stated === null || budget.computed === null || budget.rate === null) return;
  const total = ctx.record.funds.total;
  const percent = /%|％/.test(total.score.raw);
  const fixes = [numberEdit('funds.total.score', budget.computed, ctx.precision)];
  if (budget.stated > budget.weight + 1e-9) {
    out.add(
      'SCORE_ABOVE_WEIGHT',
      'funds.total.score',
      messages.budgetScoreAboveWeight(
        total.score.raw.trim(),
        budget.computed,
        budget.rate,
        budget.weight,
        percent,
      ),
      { stated: budget.stated, fixes, ...(percent ? { detail: 'percent' } : {}) },
    );
    return;
  }
  if (!within(budget.stated, budget.computed, rules.tolerances.score)) {
    out.add(
      'BUDGET_SCORE_MISMATCH',
      'funds.total.score',
      messages.budgetScoreMismatch(budget.stated, budget.computed, budget.rate, budget.weight),
      { stated: budget.stated, fixes },
    );
  }
}

/** Budget-reason rules of the Sichuan form (warnings there, info elsewhere). The record carries no reason cell yet. */
export function validateBudgetReasons(ctx: ScoreContext, out: FindingList): void {
  const total = ctx.record.funds.total;
  const reason = compact((ctx.record as { budgetReason?: string | null }).budgetReason);
  if (reason !== '') return;
  const rate = ctx.budget.rate;
  if (rate !== null && rate < ctx.rules.lowExecutionRate) {
    out.add('LOW_EXECUTION_NO_REASON', 'funds.total.rate', messages.lowExecutionNoReason(rate), {
      stated: roundTo(rate, 2),
    });
  }
  const initial = amountWan(total.initialBudget);
  const annual = amountWan(total.annualBudget);
  if (
    initial !== null &&
    annual !== null &&
    !within(initial, annual, Math.abs(annual) * ctx.rules.tolerances.amountRelative)
  ) {
    out.add(
      'BUDGET_ADJUSTED_NO_REASON',
      'funds.total.annualBudget',
      messages.budgetAdjustedNoReason(total.initialBudget.raw.trim(), total.annualBudget.raw.trim()),
      { stated: total.annualBudget.value },
    );
  }
}

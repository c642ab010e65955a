/**
 * The funds sub-rows under 年度资金总额 (其中：当年财政拨款, 上年结转资金, 其他资金), each with its 年初预算数 / 全年预算数 /
 * 全年执行数: amounts of a project like the total row's (migration 046 keeps them on the facts row, in 万元). Named in a
 * question by the row and the column together (财政拨款那一行的全年预算数, 上年结转那行全年执行数): funds-row-words.ts
 * rewrites those into the one word of the field, its label; the labels are the only words here.
 *
 * Only type imports from fields.ts: fields.ts spreads these into FIELDS.
 */
import type { FieldDef } from './fields.ts';

/** The sub-rows kept, as the template labels them and as the answer says them. */
export const FUNDS_SUB_ROWS = {
  fiscal: { said: '财政拨款', column: 'fiscal' },
  carryOver: { said: '上年结转', column: 'carry_over' },
  other: { said: '其他资金', column: 'other' },
} as const;
export type FundsSubRow = keyof typeof FUNDS_SUB_ROWS;

/** The three amount columns of a row, as the form heads them, and the facts column each is kept in. */
export const FUNDS_AMOUNTS = {
  initial: { said: '年初预算数', column: 'initial_budget' },
  annual: { said: '全年预算数', column: 'budget' },
  executed: { said: '全年执行数', column: 'executed' },
} as const;
export type FundsAmount = keyof typeof FUNDS_AMOUNTS;

const field = (row: FundsSubRow, amount: FundsAmount): FieldDef & { kind: 'money' } => {
  const label = `${FUNDS_SUB_ROWS[row].said}${FUNDS_AMOUNTS[amount].said}`;
  return {
    label,
    kind: 'money',
    column: `${FUNDS_SUB_ROWS[row].column}_${FUNDS_AMOUNTS[amount].column}`,
    words: [label],
  };
};

export const FUNDS_ROW_FIELDS = {
  fiscalInitialBudget: field('fiscal', 'initial'),
  fiscalAnnualBudget: field('fiscal', 'annual'),
  fiscalExecuted: field('fiscal', 'executed'),
  carryOverInitialBudget: field('carryOver', 'initial'),
  carryOverAnnualBudget: field('carryOver', 'annual'),
  carryOverExecuted: field('carryOver', 'executed'),
  otherInitialBudget: field('other', 'initial'),
  otherAnnualBudget: field('other', 'annual'),
  otherExecuted: field('other', 'executed'),
} as const satisfies Record<string, FieldDef>;

export type FundsRowFieldId = keyof typeof FUNDS_ROW_FIELDS;

/** The field of a row's column. */
export function fundsRowField(row: FundsSubRow, amount: FundsAmount): FundsRowFieldId {
  const id = `${row}${amount === 'initial' ? 'InitialBudget' : amount === 'annual' ? 'AnnualBudget' : 'Executed'}`;
  return id as FundsRowFieldId;
}

/**
 * How amounts, rates and points are written in a cell, and the interchange value each one reads as
 * (docs/RECORD.md): `raw` as printed, `value` the number, `unit` only when written in the cell, `valueWan` on
 * money in 元.
 */
import type { NumberFormat } from './model.ts';

export interface ExpectedCell {
  raw: string;
  value: number | null;
  unit?: '元' | '万元';
  valueWan?: number;
}

export interface Printed {
  text: string;
  number?: { value: number; format: NumberFormat };
  cell: ExpectedCell;
}

/** How one form writes its money: the block's unit and the look of the numbers. */
export type MoneyStyle =
  | { unit: '万元'; look: 'plain' | 'fixed2' }
  | { unit: '元'; look: 'fixed2' | 'comma2' | 'plain' | 'comma' };

const wan = (yuan: number): number => Number((yuan / 10000).toFixed(6));

export function blank(text = ''): Printed {
  return { text, cell: { raw: text, value: null } };
}

function trimmed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function withCommas(n: number, decimals: number | null): string {
  const [int, frac] = (decimals === null ? trimmed(n) : n.toFixed(decimals)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * An amount given in 万元, printed the way the style says. A 万元 form may write one amount with its unit in the
 * cell (`150万元`, `1,196,000.00元`): the caller asks for that with `inCell` (rarely).
 */
export function money(
  amountWan: number | null,
  style: MoneyStyle,
  blockUnit: '元' | '万元' | undefined,
  inCell?: '元' | '万元',
): Printed {
  if (amountWan === null) return blank();
  const yuan = Math.round(amountWan * 10000 * 100) / 100;
  if (inCell === '元') {
    const raw = `${withCommas(yuan, 2)}元`;
    return { text: raw, cell: { raw, value: yuan, unit: '元', valueWan: wan(yuan) } };
  }
  if (inCell === '万元') {
    const raw = `${trimmed(amountWan)}万元`;
    return { text: raw, cell: { raw, value: Math.round(amountWan * 100) / 100, unit: '万元' } };
  }
  if (style.unit === '万元') {
    const value = Math.round(amountWan * 100) / 100;
    const raw = style.look === 'fixed2' ? value.toFixed(2) : trimmed(value);
    return {
      text: raw,
      number: { value, format: style.look === 'fixed2' ? '0.00' : 'General' },
      cell: { raw, value },
    };
  }
  const looks = {
    fixed2: { raw: yuan.toFixed(2), format: '0.00' as const },
    comma2: { raw: withCommas(yuan, 2), format: '#,##0.00' as const },
    plain: { raw: trimmed(yuan), format: 'General' as const },
    comma: { raw: withCommas(yuan, null), format: undefined },
  };
  const { raw, format } = looks[style.look];
  const cell: ExpectedCell = { raw, value: yuan };
  if (blockUnit === '元') cell.valueWan = wan(yuan);
  return { text: raw, number: format ? { value: yuan, format } : undefined, cell };
}

/** A percentage: `86.19%` or `86%`; the value is the percentage number. */
export function rate(percent: number | null, decimals: 0 | 2): Printed {
  if (percent === null) return blank();
  const raw = `${percent.toFixed(decimals)}%`;
  const value = Number(percent.toFixed(decimals));
  return {
    text: raw,
    number: { value: value / 100, format: decimals === 2 ? '0.00%' : '0%' },
    cell: { raw, value },
  };
}

/** Points (weights, scores) as plain numbers. */
export function points(n: number | null): Printed {
  if (n === null) return blank();
  const raw = String(n);
  return { text: raw, number: { value: n, format: 'General' }, cell: { raw, value: n } };
}

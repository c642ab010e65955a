/**
 * A guard on the unit of money asked: 它们一共支出多少元 / X的全年预算是多少元 answered with a figure in the forms' 万元
 * and no conversion (a follow-up or a single project's cell takes a path that reads no unit) is a wrong figure by a
 * factor of 10 000 to a cashier who asked in 元. The few figures shown in 万元 are then said in the unit asked too,
 * under the answer, as near figures (the ones shown are rounded); an answer that converted already says 换算 and is
 * left as it is.
 */
import type { Reply } from '../bot/messages.ts';
import { MONEY_UNITS, unitAsked } from './arith-shapes.ts';

/** A table of more rows than this is a list: its figures are not said again one by one. */
const MOST_FIGURES = 3;

const said = (value: number, unit: string) =>
  `${Number(value.toFixed(unit === '亿元' ? 6 : 2)).toLocaleString('zh-CN', { useGrouping: false, maximumFractionDigits: 6 })} ${unit}`;

export function withUnitAsked(asked: string, reply: Reply): Reply {
  const unit = unitAsked(asked.replace(/[\s？?。.！!]+$/u, '')).unit;
  // how many of the unit asked make one 万元 (MONEY_UNITS keys the 万元 in one of each unit)
  const perWan = unit && unit !== '万元' && MONEY_UNITS[unit] ? 1 / MONEY_UNITS[unit] : undefined;
  const table = reply.table;
  if (!perWan || !table || /换算/u.test(reply.text ?? '') || table.rows.length > MOST_FIGURES) return reply;
  const lines: string[] = [];
  for (const row of table.rows)
    for (const [i, column] of table.columns.entries()) {
      if (!/[（(]万元[)）]$/u.test(column)) continue;
      const value = Number(row[i]);
      // (below 1 万元 the two decimals shown are too coarse to be said in 元: 0.05 万元 may be 545.9 元)
      if (
        row[i] === '' ||
        row[i] === null ||
        row[i] === undefined ||
        !Number.isFinite(value) ||
        Math.abs(value) < 1
      )
        continue;
      const label = column.replace(/[（(]万元[)）]$/u, '');
      const who = table.rows.length > 1 && i > 0 ? `${row[0]} ` : '';
      lines.push(`${who}${label} ${row[i]} 万元 ≈ ${said(value * perWan, unit!)}`);
    }
  if (!lines.length) return reply;
  // (from the figure as shown, rounded to two decimals of 万元: near, not to the 分)
  return {
    ...reply,
    text: `${reply.text ?? ''}\n按${unit}约为：${lines.join('；')}（由上面显示的万元数换算，末几位可能有舍入；要精确到分请问「…合计是多少元」）`,
  };
}

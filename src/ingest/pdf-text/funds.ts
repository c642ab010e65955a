import { parseFundsCell } from '../../extract/normalize.ts';
import {
  emptyFundsRow,
  type FieldSource,
  FUNDS_COLUMNS,
  FUNDS_ROWS,
  type FundsColumn,
  type FundsRow,
  type FundsRowKey,
} from '../../record/record.ts';
import { lineRef, spacedLabel, type TextLine } from './lines.ts';

const ROW_LABELS: ReadonlyArray<[FundsRowKey, RegExp]> = [
  ['total', new RegExp(spacedLabel('年度资金总额'))],
  ['fiscal', new RegExp(`(?:${spacedLabel('其中')}\\s*[：:]?\\s*)?${spacedLabel('当年财政拨款')}`)],
  ['carryOver', new RegExp(spacedLabel('上年结转资金'))],
  ['other', new RegExp(spacedLabel('其他资金'))],
];
const GOALS_LABEL = new RegExp(
  `${spacedLabel('年度')}\\s*(?:${spacedLabel('总体目标')}|${spacedLabel('目标')})`,
);
const DASH = /^[—\-–─―－/／]+$/;
const PAGE_NUMBER = /^\d{1,3}$/;
const UNIT = /^(?:万元|元|%|％)$/;

export interface FundsRead {
  rows: Record<FundsRowKey, FundsRow>;
  sources: Record<string, FieldSource>;
  notes: string[];
}

/**
 * Reads the four funds rows. Empty cells are gone in pdftotext output, so the numbers present are
 * aligned by structure: the `%` token is the 执行率, the token after it the 得分, the one before it
 * the 分值 when there is room for one, and the amounts before that fill 全年执行数, 全年预算数 and
 * 年初预算数 from the right. When the count is ambiguous, the reading whose 执行数 / 预算数 gives the
 * stated rate wins.
 */
export function readFunds(all: readonly TextLine[]): FundsRead {
  // a bare number on its own line after a row of values is a page number
  const lines = all.filter((l, i) => !(PAGE_NUMBER.test(l.text) && /\S\s+\S/.test(all[i - 1]?.text ?? '')));
  const text = lines.map((l) => l.text).join('\n');
  const lineAt: number[] = [];
  lines.forEach((l, i) => {
    for (let k = 0; k <= l.text.length; k++) lineAt.push(i);
  });
  const headerEnd = /得\s*分/.exec(text);
  const from = headerEnd ? headerEnd.index + headerEnd[0].length : 0;
  const found: Array<{ key: FundsRowKey; start: number; end: number }> = [];
  for (const [key, re] of ROW_LABELS) {
    const match = re.exec(text.slice(from));
    if (match) found.push({ key, start: from + match.index, end: from + match.index + match[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const goals = GOALS_LABEL.exec(text.slice(from));
  const stop = goals ? from + goals.index : text.length;
  const out: FundsRead = {
    rows: {
      total: emptyFundsRow(),
      fiscal: emptyFundsRow(),
      carryOver: emptyFundsRow(),
      other: emptyFundsRow(),
    },
    sources: {},
    notes: [],
  };
  found.forEach((row, i) => {
    const end = Math.min(found[i + 1]?.start ?? stop, Math.max(stop, row.end));
    const tokens = tokenize(text.slice(row.end, end));
    const cells = alignRow(row.key, tokens);
    const ref = lineRef(lines.slice(lineAt[row.start] ?? 0, (lineAt[Math.max(row.end, end - 1)] ?? 0) + 1));
    for (const column of FUNDS_COLUMNS) {
      const raw = cells[column];
      if (raw === undefined) continue;
      out.rows[row.key][column] = parseFundsCell(raw);
      out.sources[`funds.${row.key}.${column}`] = { ref, method: 'rule' };
    }
    if (cells.unread) out.notes.push(`资金行“${ROW_NAMES[row.key]}”有无法对齐的内容：${cells.unread}`);
  });
  for (const key of FUNDS_ROWS) {
    if (!found.some((f) => f.key === key)) out.notes.push(`未找到资金行“${ROW_NAMES[key]}”。`);
  }
  return out;
}

const ROW_NAMES: Record<FundsRowKey, string> = {
  total: '年度资金总额',
  fiscal: '当年财政拨款',
  carryOver: '上年结转资金',
  other: '其他资金',
};

/** Whitespace tokens, with a unit written apart (`150 万元`, `95 %`) glued back to its number. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const last = out.length - 1;
    if (UNIT.test(token) && last >= 0 && /\d$/.test(out[last]!)) out[last] += token;
    else out.push(token);
  }
  return out;
}

type Aligned = Partial<Record<FundsColumn, string>> & { unread?: string };

const MONEY_COLUMNS: Record<number, FundsColumn[]> = {
  0: [],
  1: ['executed'],
  2: ['annualBudget', 'executed'],
  3: ['initialBudget', 'annualBudget', 'executed'],
};

function num(token: string | undefined): number | null {
  if (token === undefined) return null;
  const value = Number(token.replace(/,/g, '').replace(/万?元$/, ''));
  return Number.isFinite(value) ? value : null;
}

function alignRow(key: FundsRowKey, tokens: string[]): Aligned {
  const out: Aligned = {};
  const rateAt = tokens.findLastIndex((t) => /[%％]$/.test(t));
  let before: string[];
  if (rateAt >= 0) {
    out.rate = tokens[rateAt]!;
    before = tokens.slice(0, rateAt);
    const after = tokens.slice(rateAt + 1);
    if (after[0] !== undefined) out.score = after[0];
    if (after.length > 1) out.unread = after.slice(1).join(' ');
  } else {
    // no rate: trailing dashes are 分值 and 得分 (the sub-rows print `— —`), or 分值, 执行率, 得分
    before = [...tokens];
    let dashes = 0;
    while (dashes < before.length && DASH.test(before[before.length - 1 - dashes]!)) dashes++;
    if (dashes >= 2) {
      out.score = before.pop()!;
      if (dashes >= 3) out.rate = before.pop()!;
      out.weight = before.pop()!;
      return assignMoney(out, before);
    }
  }
  const last = before.at(-1);
  if (last !== undefined && out.weight === undefined && hasWeight(key, before, out.rate)) {
    out.weight = last;
    before = before.slice(0, -1);
  }
  return assignMoney(out, before);
}

/** Whether the last token before the rate is the 分值 rather than an amount. */
function hasWeight(key: FundsRowKey, before: string[], rate: string | undefined): boolean {
  const last = before.at(-1)!;
  if (DASH.test(last)) return true;
  if (before.length > 3) return true;
  const rateValue = num(rate?.replace(/[%％]+$/, ''));
  const fits = (money: string[]) => {
    const executed = num(money.at(-1));
    const budget = num(money.at(-2));
    if (rateValue === null || executed === null || budget === null || budget === 0) return false;
    return Math.abs((executed / budget) * 100 - rateValue) < 1;
  };
  const withWeight = fits(before.slice(0, -1));
  const without = fits(before);
  if (withWeight !== without) return withWeight;
  return key === 'total' && before.length >= 2;
}

function assignMoney(out: Aligned, money: string[]): Aligned {
  const columns = MONEY_COLUMNS[Math.min(money.length, 3)]!;
  const extra = money.length - columns.length;
  columns.forEach((column, i) => {
    out[column] = money[i + extra]!;
  });
  if (extra > 0) out.unread = [money.slice(0, extra).join(' '), out.unread].filter(Boolean).join(' ');
  return out;
}

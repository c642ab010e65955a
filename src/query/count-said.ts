/**
 * 这三个项目 / 那两个项目 / 这4项: the asker points at projects and says how many they are. The parser reads the words
 * as pointing only (tokens.ts: 那两个 → 那些), so the count is checked here against the projects the question finds:
 * a sum or an average over four projects where three were meant is a wrong figure given confidently. When the numbers
 * differ, the projects found are named and nothing is computed.
 */
import { describeQuery } from './describe.ts';
import { chineseNumber } from './numbers.ts';
import type { PortfolioQuery } from './query.ts';
import { scopeCountSaid } from './scope-count.ts';

/** 这/那 + a count + 个/项 (not 项目 right after 项, which is 这项目), or 批 before 项目 (那两批小微项目). */
const POINTED =
  /[这那]\s*(?:(\d{1,2}|十[一二三四五六七八九]?|[两二三四五六七八九])\s*(?:个|项(?!目)|张|份|笔|批(?=[^，,。；;？?！!]{0,12}?项目))|(仨|俩))/u;
/** 仨 and 俩: three and two said with their measure word in one character. */
const FUSED: Record<string, number> = { 仨: 3, 俩: 2 };

/** The count said of the projects pointed at, or null. */
export function countSaid(question: string): number | null {
  const said = question.normalize('NFKC');
  const m = POINTED.exec(said);
  if (m?.[2]) return FUSED[m[2]]!;
  // 河门口9个项目的…: the count restating the scope (scope-count.ts).
  const n = m?.[1] ?? scopeCountSaid(said);
  if (!n) return null;
  return /^\d+$/u.test(n) ? Number(n) : chineseNumber(n);
}

/** The count said right after the scope only (双井两个疫情防控项目), never 这两个 (which may point at rows), or null. */
export function scopeCount(question: string): number | null {
  const n = scopeCountSaid(question.normalize('NFKC'));
  if (!n) return null;
  return /^\d+$/u.test(n) ? Number(n) : chineseNumber(n);
}

/**
 * Whether the count said is to be checked against this query: its projects are a set named by conditions, not the
 * first N of an ordering (执行数最多的那三个: the limit itself says it) nor groups.
 */
export function countToCheck(question: string, query: PortfolioQuery): number | null {
  if (query.groupBy) return null;
  const n = countSaid(question);
  // 2020年那11张表里，预算最大的三张: the count said of the set the first N are taken from is checked like any other;
  // 执行数最多的那三个 (the count the limit says) is no set of its own.
  if (query.limit !== undefined && n === query.limit) return null;
  return n !== null && n > 1 ? n : null;
}

/** The reply when the projects found are not as many as said: what was found, by name, and nothing computed. */
export function countMismatchText(
  said: number,
  query: PortfolioQuery,
  found: string[],
  total: number,
): string {
  const scope = describeQuery({ filters: query.filters }).replace(/^查询：/u, '');
  const names = found.length
    ? `：${found.map((n) => `「${n}」`).join('、')}${total > found.length ? '等' : ''}`
    : '';
  return [
    `您说的是 ${said} 个项目，但按「${scope}」找到的是 ${total} 个${names}。`,
    '数目对不上，为免算错，未作计算。请写明是哪几个项目（写全项目名称），或把范围说得更具体些。',
  ].join('\n');
}

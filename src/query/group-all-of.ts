/**
 * 哪些单位的项目都是满分 / 哪个部门的项目全都执行完了 / 哪些街道的项目都填了负责人: the groups whose every project (in
 * the scope said) meets the condition. Each group's projects are counted twice — all of them, and those meeting the
 * condition — and the groups where both counts agree are listed with their number of projects. Read only where the
 * parser leaves nothing but the 都 of a grouping with a condition (it was reported, with no query behind it).
 */
import type { SqlExecutor } from '../store/sql.ts';
import { scopes } from './all-of.ts';
import { describeQuery, filterText } from './describe.ts';
import { type AnswerTable, executeQuery, type Viewer } from './execute.ts';
import type { PortfolioQuery } from './query.ts';

const ALL_WORD = /^(?:都|全|全都|全部|均)$/u;

/** The grouping whose groups are asked all-of, or null when the reading is no such question. */
export function groupAllOfAsked(understood: {
  query: PortfolioQuery | null;
  unplaced: string[];
}): PortfolioQuery | null {
  const q = understood.query;
  if (!q?.groupBy || understood.unplaced.length !== 1 || !ALL_WORD.test(understood.unplaced[0]!)) return null;
  if (q.order || q.limit || q.select?.length) return null;
  if (q.measures?.some((m) => m.fn !== 'count')) return null;
  return q.filters.some((f) => !scopes(f)) ? q : null;
}

/** Beyond this many groups (a grouping by project or person over a large store) the answer lists the first ones. */
const GROUPS_AT_MOST = 10_000;

export async function answerGroupAllOf(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  limit: number,
): Promise<{ caption: string; table: AnswerTable }> {
  const scope = query.filters.filter(scopes);
  const conditions = query.filters.filter((f) => !scopes(f));
  const perGroup = (filters: PortfolioQuery['filters']) =>
    executeQuery(sql, { filters, groupBy: query.groupBy, measures: [{ fn: 'count' }] }, viewer, {
      limit: GROUPS_AT_MOST,
    });
  const all = await perGroup(scope);
  const met = new Map((await perGroup(query.filters)).rows.map((r) => [String(r[0]), Number(r[1])]));
  const rows = all.rows.filter((r) => Number(r[1]) > 0 && met.get(String(r[0])) === Number(r[1]));
  const asked = conditions.map(filterText).join('，');
  const grouping = describeQuery({ filters: scope, groupBy: query.groupBy }).replace(/^查询：/, '');
  return {
    caption: `查询：${grouping}；项目全都「${asked}」的（项目数为该组全部项目）${rows.length ? '' : '：每一组都有不满足的项目'}`,
    table: { columns: all.columns, rows: rows.slice(0, limit), total: rows.length },
  };
}

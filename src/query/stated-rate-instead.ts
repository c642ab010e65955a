/**
 * A list asked by 执行率 that finds nothing by the rate computed from the amounts (全年执行数 ÷ 全年预算数), while some
 * forms state a rate that meets the same bound (大红门街道执行率在100%以下的项目: every budget spent in full, one form
 * stating 80.5 %). 执行率 said plainly is the computed rate, but a clerk reading that form sees 80.5 % and a bare 没有
 * would tell them the form says otherwise; so the answer says that by the amounts there are none, and lists the forms
 * whose stated rate meets the bound, each reading named. Only for a plain list (no figure, ranking or grouping), and
 * only when the computed reading is empty: it never adds to a non-empty answer.
 */
import type { SqlExecutor } from '../store/sql.ts';
import { type AnswerTable, executeQuery, type Viewer } from './execute.ts';
import type { Filter, PortfolioQuery } from './query.ts';

const computedRate = (f: Filter) => f.type === 'compare' && f.field === 'executionRate';

export async function statedRateInstead(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  options: { limit?: number; reportingYear?: number },
): Promise<{ table: AnswerTable; sentence: string } | null> {
  if (query.measures?.length || query.groupBy || query.order || query.limit) return null;
  if (!query.filters.some(computedRate)) return null;
  const filters = query.filters.map(
    (f): Filter => (f.type === 'compare' && f.field === 'executionRate' ? { ...f, field: 'statedRate' } : f),
  );
  const table = await executeQuery(sql, { ...query, filters }, viewer, options);
  if (!table.total) return null;
  return {
    table,
    sentence: `按全年执行数÷全年预算数算出的执行率，没有符合条件的项目；但按表上填的执行率，有 ${table.total} 个项目符合（表上填的执行率与按金额算的不一致）：`,
  };
}

/**
 * A ranking over a field whose values all tie (超支额最多 when no project overspent, 执行率最高 when every project
 * reached 100%) has no first: listing every project as "the highest" answers nothing. The answer says instead that
 * all N projects have the same value — and, for a largest value of 0, that none has any of it.
 */

import type { SqlExecutor } from '../store/sql.ts';
import { type AnswerTable, executeQuery, shownFields, type Viewer } from './execute.ts';
import { FIELDS, type NumericField, unitOf } from './fields.ts';
import type { PortfolioQuery } from './query.ts';

const shown = (n: number) => String(Math.round(n * 100) / 100);

/**
 * What a ranking's ties say: `all` when every ranked project has the same value (then only `keep` rows are listed:
 * as many as asked, none for a largest value of 0), else a
 * sentence when more projects share the first places than were asked for (执行率最高的: 160 at 100%). Null otherwise.
 */
export async function tiesOf(
  sql: SqlExecutor,
  query: PortfolioQuery,
  table: AnswerTable,
  viewer: Viewer,
): Promise<{ all: boolean; sentence: string; keep?: number } | null> {
  const by = query.order?.by;
  if (typeof by !== 'string' || query.groupBy || query.per || query.measures?.length || table.total === 0)
    return null;
  const field = by as NumericField;
  // Only a ranking whose listed values are all one value can be all tied: no second query for any other.
  const at = 3 + shownFields(query).indexOf(field);
  if (at < 3 || new Set(table.rows.map((r) => String(r[at]))).size !== 1) return null;
  const spread = await executeQuery(
    sql,
    {
      // Projects without the value are not ranked (the ranking leaves them out too).
      filters: [...query.filters, { type: 'empty', field, empty: false }],
      measures: [{ fn: 'count' }, { fn: 'min', field }, { fn: 'max', field }],
    },
    viewer,
    { digits: 6 },
  );
  const [count, min, max] = (spread.rows[0] ?? []).map((c) => (typeof c === 'number' ? c : Number(c)));
  if (!count || min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) return null;
  const label = FIELDS[field].label;
  const desc = query.order!.dir === 'desc';
  const first = desc ? max : min;
  const value = `${shown(first)}${unitOf(field)}`;
  if (count >= 2 && min === max) {
    const first = `参与比较的 ${count} 个项目${label}都是 ${value}`;
    // A whole list put in order (把河门口的项目按执行率排一下: no number asked): every project is listed, the tie said.
    if (query.limit === undefined)
      return { all: false, sentence: `${first}，没有高低之分，下面的顺序不分先后。` };
    // A largest value of 0 is none of it (超支额最多 when nobody overspent): nothing to list.
    if (max === 0 && desc)
      return { all: true, keep: 0, sentence: `${first}，即没有${label}大于0的项目，没有最高之分。` };
    // Otherwise as many as were asked for, said to be examples of a tie, never the whole portfolio.
    const keep = Math.min(query.limit ?? 1, count);
    return {
      all: true,
      keep,
      sentence: `${first}，没有${desc ? '最高' : '最低'}之分；下面只列出其中 ${keep} 个。`,
    };
  }
  // 第三多 / 倒数第二: the projects tied at that place, not at the top.
  if (query.offset && query.ties && table.total > 1)
    return {
      all: false,
      sentence: `有 ${table.total} 个项目并列这一名次（${label} ${String(table.rows[0]![at])}${unitOf(field)}）。`,
    };
  if (query.limit && query.ties && table.total > query.limit && query.limit === 1)
    return {
      all: false,
      sentence: `有 ${table.total} 个项目并列${desc ? '最高' : '最低'}（${label} ${value}）。`,
    };
  return null;
}

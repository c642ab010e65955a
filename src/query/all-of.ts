/**
 * "Are all of them …" (潞源的项目是不是都填了负责人, 2023年的项目全都拿满分了吗, 是否全部执行完了): the condition is
 * asked of every project in scope, answered 是 (all N) or 否 with the exceptions listed — never 有 with the projects
 * that do meet it, which answers another question. The scope is what says which projects are meant (a unit, a
 * department, a person, a project's name, a year or a span of years); the condition is every other filter.
 */

import type { SqlExecutor } from '../store/sql.ts';
import { describeQuery, filterText } from './describe.ts';
import {
  type AnswerTable,
  type Cell,
  countMeeting,
  executeQuery,
  filtersCondition,
  shownFields,
  type Viewer,
} from './execute.ts';
import { type Filter, leaves, type PortfolioQuery } from './query.ts';

/** Beyond this many projects in scope the exceptions are counted, not listed one by one. */
const LIST_AT_MOST = 2000;

/** A filter that says which projects are meant, not what is asked of them. */
export const scopes = (f: Filter) =>
  leaves([f]).every((l) => (l.type === 'name' && !l.negate) || (l.type === 'compare' && l.field === 'year'));

const rowKey = (row: Cell[]) => row.slice(0, 3).map(String).join('|');

/** The answer to an "all of them" question; null when the question asks no condition (nothing to be all of). */
export async function answerAllOf(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  options: { limit: number; reportingYear: number; subject?: Filter[] },
): Promise<{ sentence: string; table: AnswerTable | null } | null> {
  if (query.measures?.length || query.groupBy) return null;
  if (query.order && query.limit) return allOfFirstN(sql, query, viewer, options);
  if (query.order) return null;
  // 扣分的指标都写了原因吗 / 执行率不到90%的是不是都写了说明: what the words before 都 say restricts the projects asked
  // about — the question is judged over those, never over every project (parse.ts `allOfSubject`).
  const subject = new Set((options.subject ?? []).map((f) => JSON.stringify(f)));
  const inSubject = (f: Filter) => scopes(f) || subject.has(JSON.stringify(f));
  const scope = query.filters.filter(inSubject);
  const conditions = query.filters.filter((f) => !inSubject(f));
  if (!conditions.length) return null;
  // 没提交 is answered from the expected list (execute.ts notSubmitted), not as a condition on stored forms.
  const notSubmitted = leaves(query.filters).some((f) => f.type === 'status' && f.value === 'notSubmitted');
  const count = async (filters: Filter[]) =>
    Number((await executeQuery(sql, { filters, measures: [{ fn: 'count' }] }, viewer)).rows[0]?.[0] ?? 0);
  // Both counts in one pass over the projects in scope (two statements had read them twice).
  const { inScope, met } = notSubmitted
    ? { inScope: await count(scope), met: await count(query.filters) }
    : await countMeeting(sql, viewer, scope, conditions);
  const asked = conditions.map(filterText).join('，');
  const who = scope.length ? describeQuery({ filters: scope }).replace(/^查询：/, '') : '全部项目';
  if (inScope === 0) return { sentence: `${who}：没有项目，无从说「都${asked}」。`, table: null };
  if (met === inScope) return { sentence: `是，${who}共 ${inScope} 个，都${asked}。`, table: null };
  const missing = inScope - met;
  const head = `否，${who}共 ${inScope} 个，其中 ${missing} 个不满足「${asked}」`;
  if (inScope > LIST_AT_MOST) return { sentence: `${head}（项目太多，未逐个列出）。`, table: null };
  // The exceptions: the projects in scope that do not meet the condition (NULL is not met, as in the count), shown
  // with the fields the condition reads, in the listing's order — read as such, not as every project in scope less
  // those meeting it (two lists of up to LIST_AT_MOST rows each).
  const select = [...new Set([...(query.select ?? []), ...shownFields({ filters: conditions })])];
  const meets = filtersCondition(viewer, conditions);
  const rows = notSubmitted
    ? await exceptionsBySets(sql, query, scope, select, viewer, options.reportingYear)
    : await executeQuery(sql, { filters: scope, select }, viewer, {
        limit: options.limit,
        reportingYear: options.reportingYear,
        rows: (params) => `NOT COALESCE(${meets(params)}, false)`,
      });
  return {
    sentence: `${head}：`,
    table: {
      columns: rows.columns,
      rows: rows.rows.slice(0, options.limit),
      total: notSubmitted ? rows.total : missing,
    },
  };
}

/** The exceptions as every project in scope less those meeting the condition, matched by name, department and year. */
async function exceptionsBySets(
  sql: SqlExecutor,
  query: PortfolioQuery,
  scope: Filter[],
  select: PortfolioQuery['select'],
  viewer: Viewer,
  reportingYear: number,
): Promise<AnswerTable> {
  const all = await executeQuery(sql, { filters: scope, ...(select ? { select } : {}) }, viewer, {
    limit: LIST_AT_MOST,
    reportingYear,
  });
  const meeting = new Set(
    (
      await executeQuery(sql, { ...query, ...(select ? { select } : {}) }, viewer, { limit: LIST_AT_MOST })
    ).rows.map(rowKey),
  );
  const rows = all.rows.filter((r) => !meeting.has(rowKey(r)));
  return { columns: all.columns, rows, total: rows.length };
}

/**
 * 大红门执行数最少的五个项目是不是都不到1万元: the condition asked of the first N of a ranking. The query language
 * applies conditions before the first N are taken (that would be the first five of the projects under 1万), so the N
 * are taken without it, and each is looked for among the first N of those meeting it — a project of the N that meets
 * the condition ranks within the first N of those too (a subset only moves it up).
 */
async function allOfFirstN(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  options: { limit: number; reportingYear: number; subject?: Filter[] },
): Promise<{ sentence: string; table: AnswerTable | null } | null> {
  const scope = query.filters.filter(scopes);
  const conditions = query.filters.filter((f) => !scopes(f));
  if (!conditions.length) return null;
  const n = query.limit!;
  const select = [...new Set([...(query.select ?? []), ...shownFields({ filters: conditions })])];
  const at = { limit: n, reportingYear: options.reportingYear };
  const first = await executeQuery(sql, { filters: scope, order: query.order, limit: n, select }, viewer, at);
  const meeting = new Set((await executeQuery(sql, { ...query, select }, viewer, at)).rows.map(rowKey));
  const failing = first.rows.filter((row) => !meeting.has(rowKey(row)));
  const ranked = describeQuery({ filters: scope, order: query.order, limit: n }).replace(/^查询：/, '');
  const asked = conditions.map(filterText).join('，');
  if (!first.rows.length) return { sentence: `${ranked}：没有项目，无从说「都${asked}」。`, table: null };
  if (!failing.length)
    return { sentence: `是，${ranked}（共 ${first.rows.length} 个）都${asked}。`, table: null };
  return {
    sentence: `否，${ranked}（共 ${first.rows.length} 个）中有 ${failing.length} 个不满足「${asked}」：`,
    table: { columns: first.columns, rows: failing, total: failing.length },
  };
}

/**
 * 领导想知道“经济大脑”那个服务项目全年预算是多少: the project named by a piece of its name (经济大脑), and the words around
 * it that are its name's too (那个服务项目 — 服务) read as an office holding them, since some office's name does. Both
 * kept, the question found nothing and the bot said so: a wrong answer given confidently. A word read as an office is
 * the project's own when the one project named holds it in its name, and the two together find nothing while the
 * project alone is found — what the store holds decides, never the word. The echo then shows the project's whole name,
 * which holds the word.
 */
import type { SqlExecutor } from '../store/sql.ts';
import { countMeeting, formsSubquery, type Viewer } from './execute.ts';
import { nameKey } from './names.ts';
import type { Filter, LeafFilter, PortfolioQuery } from './query.ts';

/** The office or unit word of a filter (主管部门或实施单位含「服务」), when every part of it is one such word. */
function officeWord(f: Filter): string | null {
  const parts: LeafFilter[] = f.type === 'any' ? f.filters : [f];
  const words = new Set<string>();
  for (const p of parts) {
    if (p.type !== 'name' || p.negate || p.starts) return null;
    if (p.field !== 'department' && p.field !== 'implementingUnit') return null;
    words.add(p.term);
  }
  return words.size === 1 ? [...words][0]! : null;
}

/** The query without an office word that belongs to the one project's name, or null when there is none such. */
export async function withoutNameWordAsOffice(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
): Promise<PortfolioQuery | null> {
  const projects = query.filters.filter(
    (f): f is Extract<LeafFilter, { type: 'name' }> =>
      f.type === 'name' && f.field === 'projectName' && !f.negate && f.values?.length === 1,
  );
  if (projects.length !== 1) return null;
  const name = nameKey(projects[0]!.values![0]!);
  const at = query.filters.findIndex((f) => {
    const word = officeWord(f);
    return !!word && word.length >= 2 && name.includes(nameKey(word));
  });
  if (at < 0) return null;
  const without = query.filters.filter((_, i) => i !== at);
  // the project alone, and with the office word: both counted in one pass
  const { inScope, met } = await countMeeting(sql, viewer, without, [query.filters[at]!]);
  if (met > 0 || inScope === 0) return null;
  return { ...query, filters: without };
}

/**
 * 潞源人口抽样调查谁负责的: an office word said right before a piece of a project's name, where the piece alone was read as
 * another project (23年人口抽样调查, whose name it ends) and the two together find nothing — while a stored name holds both
 * (潞源街道年度人口抽样调查). That project is the one meant: the store decides, never the word.
 */
export async function projectHoldingOfficeWord(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
): Promise<PortfolioQuery | null> {
  const projects = query.filters.filter(
    (f): f is Extract<LeafFilter, { type: 'name' }> =>
      f.type === 'name' && f.field === 'projectName' && !f.negate && f.term.length >= 2,
  );
  if (projects.length !== 1) return null;
  const at = query.filters.findIndex((f) => (officeWord(f)?.length ?? 0) >= 2);
  if (at < 0) return null;
  const { inScope } = await countMeeting(sql, viewer, query.filters, []);
  if (inScope > 0) return null;
  const piece = projects[0]!.term;
  const word = officeWord(query.filters[at]!)!;
  const forms = formsSubquery(viewer, [], 'project_name');
  const n = forms.params.length;
  const { rows } = await sql.query<{ project_name: string }>(
    `SELECT DISTINCT project_name FROM ${forms.sql} f
      WHERE position($${n + 1} in project_name) > 0 AND position($${n + 2} in project_name) > 0 LIMIT 5`,
    [...forms.params, piece, word],
  );
  if (rows.length === 0) return null;
  const project = { ...projects[0]!, values: rows.map((r) => r.project_name) };
  return {
    ...query,
    filters: query.filters.flatMap((f, i) => (i === at ? [] : f === projects[0] ? [project] : [f])),
  };
}

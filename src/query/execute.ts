import { reportingYear } from '../remind/calendar.ts';
import type { SqlExecutor } from '../store/sql.ts';
import type { Filter, PortfolioQuery } from './query.ts';

/** Who asks: a user sees the forms of their own department (and the ones they uploaded); an admin sees all. */
export interface Viewer {
  userId: string;
  department: string | null;
  isAdmin: boolean;
}

export type Cell = string | number | null;

export interface AnswerTable {
  columns: string[];
  rows: Cell[][];
  /** Rows matching before the display limit. */
  total: number;
  /** Lists count only up to a cap (COUNT_CAP): `total` is then the cap and the true number is higher. */
  atLeast?: boolean;
}

/** A list answer counts its matches only this far: a chat list of 50 000 forms helps nobody, and counting them all
 * costs a full scan; "how many" questions (measures) still count exactly. */
export const COUNT_CAP = 1000;

async function cappedCount(sql: SqlExecutor, fromWhere: string, params: unknown[], cap: number) {
  const { rows } = await sql.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM (SELECT 1 ${fromWhere} LIMIT ${cap + 1}) c`,
    params,
  );
  const n = Number(rows[0]?.n ?? 0);
  return n > cap ? { total: cap, atLeast: true } : { total: n };
}

export const compactKey = (s: string) => s.replace(/\s+/g, '');

const SATISFACTION_CODES = ['SATISFACTION_MISSING', 'SATISFACTION_NOT_SURVEYED'];
/**
 * Code sets of the common questions, written literally so the planner matches them to the partial indexes of
 * migration 003 (a parameter would hide the value from it). Only these fixed strings are ever inlined.
 */
const COMMON_CODE_SETS = new Set([
  SATISFACTION_CODES.join(','),
  'DEVIATION_MISSING',
  'FIELD_MISSING:owner,MISSING:owner',
  'FIELD_MISSING:phone,MISSING:phone',
  'TOTAL_MISMATCH,RATE_MISMATCH,BUDGET_SCORE_MISMATCH,WEIGHT_SUM,INDICATOR_SCORE_DIFFERS',
]);
const GRADE_RANK = { 优: 1, 良: 2, 中: 3, 差: 4 } as const;
/** Only these reach SQL; the operator comes from the schema's enum and is checked again here. */
const OPS = new Set(['<', '<=', '>', '>=', '=']);
const CONTAINS_COLUMN = {
  department: 'dept_key',
  implementingUnit: 'implementing_unit',
  owner: 'owner_name',
  projectName: 'project_key',
} as const;
const GROUP_COLUMN = {
  department: ['dept_key', 'min(department)'],
  implementingUnit: ['implementing_unit', 'implementing_unit'],
  owner: ['owner_name', 'owner_name'],
  year: ['year', 'year'],
} as const;
const GROUP_LABEL = {
  department: '主管部门',
  implementingUnit: '实施单位',
  owner: '项目负责人',
  year: '年度',
};
const MEASURE_SQL = {
  count: ['count(*)', '项目数'],
  budget: ['round(sum(budget)::numeric, 2)', '全年预算合计(万元)'],
  executed: ['round(sum(executed)::numeric, 2)', '全年执行合计(万元)'],
  avgScore: ['round(avg(total_score)::numeric, 2)', '平均总分'],
} as const;

/** Parameterised WHERE parts; `$n` numbering continues from `params`. */
class Where {
  readonly parts: string[] = [];
  constructor(readonly params: unknown[]) {}
  param(v: unknown): string {
    return `$${this.params.push(v)}`;
  }
  add(sql: string) {
    this.parts.push(sql);
  }
  sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/**
 * The forms a non-admin may see, fenced (`OFFSET 0`) so the planner narrows to their department first (a few
 * thousand rows by index) instead of walking an all-department index and filtering.
 */
function scope(w: Where, viewer: Viewer): string {
  if (viewer.isAdmin) return 'form_facts';
  const inner = new Where(w.params);
  access(inner, viewer);
  return `(SELECT * FROM form_facts ${inner.sql()} OFFSET 0) form_facts`;
}

function access(w: Where, viewer: Viewer, alias = '') {
  if (viewer.isAdmin) return;
  const dept = viewer.department ? compactKey(viewer.department) : null;
  w.add(
    dept
      ? `(${alias}dept_key = ${w.param(dept)} OR ${alias}owner_id = ${w.param(viewer.userId)})`
      : `${alias}owner_id = ${w.param(viewer.userId)}`,
  );
}

function codeTokens(f: Extract<Filter, { field: 'finding' }>): string[] {
  if (!f.paths?.length) return f.codes;
  return f.codes.flatMap((c) =>
    f.paths!.flatMap((p) => (c === 'FIELD_MISSING' ? [`${c}:${p}`, `MISSING:${p}`] : [`${c}:${p}`])),
  );
}

function filterSql(w: Where, f: Filter) {
  switch (f.field) {
    case 'satisfactionGap':
      return w.add(codesOverlap(w, SATISFACTION_CODES));
    case 'executionRate':
    case 'totalScore': {
      if (!OPS.has(f.op)) throw new Error(`operator ${f.op}`);
      const column = f.field === 'executionRate' ? 'execution_rate' : 'total_score';
      return w.add(`${column} ${f.op} ${w.param(f.value)}`);
    }
    case 'grade':
      return f.op === '='
        ? w.add(`grade = ${w.param(f.value)}`)
        : w.add(`grade_rank >= ${w.param(GRADE_RANK[f.value])}`);
    case 'finding':
      return w.add(codesOverlap(w, codeTokens(f)));
    case 'severity':
      return w.add(f.value === 'error' ? 'error_count > 0' : 'warning_count > 0');
    case 'year':
      return w.add(`year = ${w.param(f.value)}`);
    case 'status':
      // notSubmitted is answered from the expected list (notSubmitted below); incomplete = open errors or gaps.
      return f.value === 'incomplete' ? w.add('(error_count > 0 OR missing_count > 0)') : undefined;
    default: {
      const value =
        f.field === 'owner' || f.field === 'implementingUnit' ? f.contains : compactKey(f.contains);
      return w.add(`${CONTAINS_COLUMN[f.field]} LIKE ${w.param(`%${escapeLike(value)}%`)}`);
    }
  }
}

function codesOverlap(w: Where, tokens: string[]): string {
  const key = tokens.join(',');
  return COMMON_CODE_SETS.has(key) ? `codes && '{${key}}'::text[]` : `codes && ${w.param(tokens)}::text[]`;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const round = (v: unknown, digits = 2): number | null => {
  const n = num(v);
  return n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;
};

/**
 * Runs a query over the latest version of every form the viewer may see. SQL is built from the AST only:
 * columns and operators come from fixed tables, every value is a parameter.
 */
export async function executeQuery(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  options: { limit?: number; reportingYear?: number } = {},
): Promise<AnswerTable> {
  const limit = options.limit ?? 200;
  if (query.filters.some((f) => f.field === 'status' && f.value === 'notSubmitted')) {
    return notSubmitted(sql, query, viewer, limit, options.reportingYear ?? reportingYear(new Date()));
  }
  const w = new Where([]);
  const from = scope(w, viewer);
  for (const f of query.filters) filterSql(w, f);
  const measures = query.measures ?? [];

  const cap = Math.max(COUNT_CAP, limit);
  if (query.groupBy) {
    const [key, shown] = GROUP_COLUMN[query.groupBy];
    const ms = measures.length ? measures : (['count'] as const);
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT ${shown} AS g, ${ms.map((m, i) => `${MEASURE_SQL[m][0]} AS m${i}`).join(', ')}
       FROM ${from} ${w.sql()} GROUP BY ${key} ORDER BY ${key} NULLS LAST LIMIT ${w.param(cap + 1)}`,
      w.params,
    );
    return {
      columns: [GROUP_LABEL[query.groupBy], ...ms.map((m) => MEASURE_SQL[m][1])],
      rows: rows
        .slice(0, limit)
        .map((r) => [r.g === null ? '（未填）' : (r.g as Cell), ...ms.map((_, i) => round(r[`m${i}`]))]),
      ...(rows.length > cap ? { total: cap, atLeast: true } : { total: rows.length }),
    };
  }
  if (measures.length) {
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT ${measures.map((m, i) => `${MEASURE_SQL[m][0]} AS m${i}`).join(', ')} FROM ${from} ${w.sql()}`,
      w.params,
    );
    const r = rows[0] ?? {};
    return {
      columns: measures.map((m) => MEASURE_SQL[m][1]),
      rows: [measures.map((_, i) => round(r[`m${i}`]) ?? 0)],
      total: 1,
    };
  }
  const counted = await cappedCount(sql, `FROM ${from} ${w.sql()}`, [...w.params], cap);
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT form_id, project_name, department, year, execution_rate, total_score, grade, error_count, warning_count,
       missing_count FROM ${from} ${w.sql()}
     ORDER BY year DESC NULLS LAST, dept_key, project_key, form_id LIMIT ${w.param(limit)}`,
    [...w.params],
  );
  return {
    columns: ['项目名称', '主管部门', '年度', '执行率(%)', '总分', '参考等级', '错误', '警告', '缺项'],
    rows: rows.map((r) => [
      (r.project_name as string | null) ?? '（未填名称）',
      (r.department as string | null) ?? '',
      num(r.year),
      round(r.execution_rate),
      round(r.total_score),
      (r.grade as string | null) ?? '',
      num(r.error_count),
      num(r.warning_count),
      num(r.missing_count),
    ]),
    ...counted,
  };
}

/**
 * Expected projects of year $1: the admin's list, or last year's projects where a department has no list.
 * `visible` narrows both branches to what the viewer may see before the DISTINCT (PostgreSQL cannot push it in).
 */
const expectedSql = (visible: (alias: 'x' | 'p', owner: string) => string) => `
  SELECT x.department, x.dept_key, x.project_name, x.project_key, x.owner_user_id AS owner_id, '名单' AS basis
    FROM expected_projects x WHERE x.year = $1 AND ${visible('x', 'owner_user_id')}
  UNION ALL
  SELECT DISTINCT ON (p.dept_key, p.project_key) p.department, p.dept_key, p.project_name, p.project_key,
         p.owner_id, '上年项目' AS basis
    FROM form_facts p
   WHERE p.year = $1 - 1 AND p.dept_key IS NOT NULL AND p.project_key IS NOT NULL AND ${visible('p', 'owner_id')}
     AND NOT EXISTS (SELECT 1 FROM expected_projects x WHERE x.year = $1 AND x.dept_key = p.dept_key)`;

/**
 * Projects expected for the year with no stored form. Expected = the admin's list for (year, department) when one
 * exists, otherwise the department's projects of the year before (matched on project name, whitespace removed).
 */
async function notSubmitted(
  sql: SqlExecutor,
  query: PortfolioQuery,
  viewer: Viewer,
  limit: number,
  reportingYear: number,
): Promise<AnswerTable> {
  const yearFilter = query.filters.find((f) => f.field === 'year');
  const year = yearFilter?.field === 'year' ? yearFilter.value : reportingYear;
  const w = new Where([year]);
  const dept = !viewer.isAdmin && viewer.department ? w.param(compactKey(viewer.department)) : null;
  const user = viewer.isAdmin ? '' : w.param(viewer.userId);
  const visible = (alias: 'x' | 'p', owner: string) =>
    viewer.isAdmin
      ? 'true'
      : dept
        ? `(${alias}.dept_key = ${dept} OR ${alias}.${owner} = ${user})`
        : `${alias}.${owner} = ${user}`;
  for (const f of query.filters) {
    if (f.field === 'department' || f.field === 'projectName') {
      w.add(`e.${CONTAINS_COLUMN[f.field]} LIKE ${w.param(`%${escapeLike(compactKey(f.contains))}%`)}`);
    }
  }
  const missing = `FROM (${expectedSql(visible)}) e ${w.sql()} ${w.parts.length ? 'AND' : 'WHERE'} NOT EXISTS (
       SELECT 1 FROM form_facts f WHERE f.year = $1 AND f.dept_key = e.dept_key AND f.project_key = e.project_key)`;
  const counted = await cappedCount(sql, missing, [...w.params], Math.max(COUNT_CAP, limit));
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT e.project_name, e.department, e.basis ${missing}
     ORDER BY e.dept_key, e.project_key LIMIT ${w.param(limit)}`,
    w.params,
  );
  return {
    columns: ['项目名称', '主管部门', '年度', '依据'],
    rows: rows.map((r) => [r.project_name as string, r.department as string, year, r.basis as string]),
    ...counted,
  };
}

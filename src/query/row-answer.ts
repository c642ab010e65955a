/**
 * Answers a row question (row-question.ts) from indicator_rows (migration 034) joined to the viewer's forms that meet
 * the question's form-level filters: the rows themselves (项目名称 + 指标 + the asked columns), the projects having
 * such rows, a count of rows or of projects, or the row(s) that lost most points. Every value is a parameter.
 */
import type { Reply } from '../bot/messages.ts';
import type { SqlExecutor } from '../store/sql.ts';
import { filterText } from './describe.ts';
import { type Cell, formsSubquery, type Viewer } from './execute.ts';
import type { Filter } from './query.ts';
import type { RowColumn, RowQuestion } from './row-question.ts';

const COLUMN: Record<RowColumn, [sql: string, label: string]> = {
  target: ['r.target', '年度指标值'],
  actual: ['r.actual', '实际完成值'],
  weight: ['r.weight', '分值'],
  score: ['r.score', '得分'],
  lost: ['round((r.weight - r.score)::numeric, 2)::double precision', '扣分'],
  deviation: ['r.deviation', '偏差原因'],
};
/** Shown when a question names no column. */
const DEFAULT_COLUMNS: RowColumn[] = ['target', 'actual', 'weight', 'score'];
/** Rows listed at most (a list of every row of 100 000 forms helps nobody; counts stay exact). */
const ROW_CAP = 1000;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function rowWhere(q: RowQuestion, params: unknown[]): string {
  const parts: string[] = [];
  if (q.term) {
    params.push(`%${escapeLike(q.term)}%`);
    const p = `$${params.length}`;
    parts.push(`(r.name LIKE ${p} OR r.level2 LIKE ${p} OR r.level1 LIKE ${p})`);
  }
  if (q.score === 'lost') parts.push('r.score < r.weight');
  if (q.score === 'above') parts.push('r.score > r.weight');
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** Whether any row of the viewer's forms is named so (by containment, at any level). */
export async function someRowNamed(sql: SqlExecutor, term: string, viewer: Viewer): Promise<boolean> {
  const forms = formsSubquery(viewer, [], 'form_id');
  const params = [...forms.params];
  const where = rowWhere({ term, columns: [], output: 'rows', rest: '' }, params);
  const { rows } = await sql.query(
    `SELECT 1 FROM ${forms.sql} f JOIN indicator_rows r ON r.form_id = f.form_id ${where} LIMIT 1`,
    params,
  );
  return rows.length > 0;
}

/** The question said back in plain words. */
export function describeRows(q: RowQuestion, filters: Filter[]): string {
  const scope = filters.map(filterText).join('，');
  const row = [
    q.term ? `名称含「${q.term}」的指标（一级、二级或三级指标）` : '指标',
    q.score === 'lost' ? '得分低于分值（扣了分）' : q.score === 'above' ? '得分高于分值' : '',
  ]
    .filter(Boolean)
    .join('，');
  const what = {
    rows: '逐条列出',
    projects: '有这样指标的项目',
    countRows: '指标条数',
    countProjects: '有这样指标的项目数',
    topLost: '扣分（分值−得分）最多的指标',
  }[q.output];
  return `查询（按指标行）：${scope ? `${scope}的项目中，` : ''}${row}；${what}`;
}

export async function answerRows(
  sql: SqlExecutor,
  q: RowQuestion,
  filters: Filter[],
  viewer: Viewer,
  rowLimit: number,
): Promise<Reply> {
  const forms = formsSubquery(viewer, filters, 'form_id, project_name, project_key, department, year');
  const params = [...forms.params];
  const from = `${forms.sql} f JOIN indicator_rows r ON r.form_id = f.form_id`;
  const where = rowWhere(q, params);
  const caption = describeRows(q, filters);
  if (q.output === 'countRows' || q.output === 'countProjects') {
    const what = q.output === 'countRows' ? 'count(*)' : 'count(DISTINCT f.form_id)';
    const { rows } = await sql.query<{ n: unknown }>(`SELECT ${what} AS n FROM ${from} ${where}`, params);
    const n = Number(rows[0]?.n ?? 0);
    const label = q.output === 'countRows' ? '指标条数' : '项目数';
    return {
      title: '查询结果',
      text: `${caption}\n${label}：${n}`,
      table: { columns: [label], rows: [[String(n)]] },
    };
  }
  if (q.output === 'projects') {
    params.push(ROW_CAP + 1);
    const { rows } = await sql.query<Record<string, unknown>>(
      `SELECT min(f.project_name) AS p, min(f.department) AS d, min(f.year) AS y, count(*) AS n
         FROM ${from} ${where} GROUP BY f.form_id ORDER BY min(f.project_key), f.form_id LIMIT $${params.length}`,
      params,
    );
    return tableReply(
      caption,
      ['项目名称', '主管部门', '年度', '符合的指标条数'],
      rows.map((r) => [cell(r.p), cell(r.d), cell(r.y), cell(r.n)]),
      rowLimit,
      '项',
    );
  }
  const columns = q.columns.length ? q.columns : DEFAULT_COLUMNS;
  const shown = q.output === 'topLost' && !columns.includes('lost') ? [...columns, 'lost' as const] : columns;
  const order =
    q.output === 'topLost'
      ? 'ORDER BY (r.weight - r.score) DESC FETCH FIRST 1 ROWS WITH TIES'
      : `ORDER BY f.project_key, f.form_id, r.n LIMIT ${ROW_CAP + 1}`;
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT f.project_name AS p, f.department AS d, f.year AS y, r.level1 AS l1, r.level2 AS l2, r.name AS l3,
            ${shown.map((c, i) => `${COLUMN[c][0]} AS c${i}`).join(', ')}
       FROM ${from} ${where} ${order}`,
    params,
  );
  const table = rows.map((r) => [
    cell(r.p),
    cell(r.d),
    cell(r.y),
    cell(r.l1),
    cell(r.l2),
    cell(r.l3),
    ...shown.map((_, i) => cell(r[`c${i}`])),
  ]);
  const labels = [
    '项目名称',
    '主管部门',
    '年度',
    '一级指标',
    '二级指标',
    '三级指标',
    ...shown.map((c) => COLUMN[c][1]),
  ];
  const reply = tableReply(caption, labels, table, rowLimit, '条');
  // One row or a few of one project: said in the text too (X的年度指标值是多少).
  if (table.length > 0 && table.length <= 3 && new Set(table.map((r) => r[0])).size === 1) {
    const lines = table.map(
      (r) =>
        `「${r[0]}」的指标「${r[5] ?? ''}」：${shown.map((c, i) => `${COLUMN[c][1]} ${r[6 + i] ?? '（未填）'}`).join('，')}`,
    );
    reply.text = `${reply.text}\n${lines.join('\n')}`;
  }
  return reply;
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' || typeof v === 'string' ? v : String(v);
}

function tableReply(
  caption: string,
  columns: string[],
  rows: Cell[][],
  rowLimit: number,
  unit: '条' | '项',
): Reply {
  const capped = rows.length > ROW_CAP;
  const all = capped ? rows.slice(0, ROW_CAP) : rows;
  const shown = all.slice(0, rowLimit).map((r) => r.map((c) => (c === null ? '' : String(c))));
  const more = capped
    ? `超过 ${ROW_CAP} ${unit}，这里显示前 ${shown.length} ${unit}；要精确数目请问「……有几${unit === '条' ? '条' : '个'}」。`
    : all.length > shown.length
      ? `共 ${all.length} ${unit}，这里显示前 ${shown.length} ${unit}。`
      : `共 ${all.length} ${unit}。`;
  return {
    title: '查询结果',
    text: `${caption}\n${all.length === 0 ? (unit === '条' ? '没有符合条件的指标。' : '没有符合条件的项目。') : more}`,
    ...(all.length === 0 ? {} : { table: { columns, rows: shown } }),
  };
}

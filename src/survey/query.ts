import type { Reply } from '../bot/messages.ts';
import { compactKey, type Viewer } from '../query/execute.ts';
import { shanghaiDate } from '../remind/calendar.ts';
import type { SqlExecutor } from '../store/sql.ts';

/**
 * The portfolio question that knows surveys, kept apart from the query parser (src/query/): which projects' surveys
 * are still running. Anything else is left to the parser (null) — projects by their stated 满意度 too (满意度低于90%:
 * the field 满意率, src/query/satisfaction-percent.ts), which this module once answered reading nothing of the
 * question but a year (潞源满意度低于95% was answered over every project).
 */

// 「还在进行」「进行中」「未结束」, never 「没有开展」 (that is 缺少满意度调查, the parser's question).
const RUNNING =
  /满意度调查(?:还|正|仍|尚)?在?(?:进行|回收)中?|(?:进行中|正在进行)的满意度调查|满意度调查还?(?:未|没有?)(?:结束|截止)/;
const WHICH = /哪些|哪个|几个|多少|列出|查看|^(?:进行中|正在进行)的满意度调查/;
const LIMIT = 200;

/** Who may see a form: an admin all; a user their department's and their own (as src/query/execute.ts). */
function access(viewer: Viewer, params: unknown[], alias: string): string {
  if (viewer.isAdmin) return 'true';
  const user = `$${params.push(viewer.userId)}`;
  if (!viewer.department) return `${alias}.owner_id = ${user}`;
  return `(${alias}.dept_key = $${params.push(compactKey(viewer.department))} OR ${alias}.owner_id = ${user})`;
}

export async function surveyQuestion(sql: SqlExecutor, text: string, viewer: Viewer): Promise<Reply | null> {
  const t = text.replace(/\s+/g, '').replace(/[？?。！!]+$/, '');
  if (RUNNING.test(t) && WHICH.test(t)) return running(sql, viewer);
  return null;
}

async function running(sql: SqlExecutor, viewer: Viewer): Promise<Reply> {
  const params: unknown[] = [];
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT s.project_name, f.department, s.target_sample, s.ends_at,
            (SELECT count(*) FROM survey_responses r WHERE r.survey_id = s.id) AS n
       FROM surveys s JOIN form_facts f ON f.form_id = s.form_id
      WHERE s.status = 'open' AND ${access(viewer, params, 'f')}
      ORDER BY s.ends_at, s.project_name LIMIT ${LIMIT}`,
    params,
  );
  if (rows.length === 0) return { text: '查询：满意度调查进行中的项目。\n目前没有进行中的满意度调查。' };
  return {
    title: '满意度调查进行中的项目',
    text: `查询：满意度调查进行中的项目。共 ${rows.length} 个。`,
    table: {
      columns: ['项目', '部门', '已回收', '目标', '结束日期'],
      rows: rows.map((r) => [
        String(r.project_name ?? '（未填写）'),
        String(r.department ?? ''),
        String(Number(r.n)),
        String(r.target_sample),
        shanghaiDate(new Date(r.ends_at as string | Date)),
      ]),
    },
  };
}

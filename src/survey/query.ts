import type { Reply } from '../bot/messages.ts';
import { compactKey, type Viewer } from '../query/execute.ts';
import { shanghaiDate } from '../remind/calendar.ts';
import type { SqlExecutor } from '../store/sql.ts';

/**
 * The portfolio questions that know surveys, kept apart from the query parser (src/query/): which projects' surveys
 * are still running, and projects by their stated 满意度 (form_facts.satisfaction_rate, migration 023). A question
 * neither shape fits is left to the parser (null).
 */

// 「还在进行」「进行中」「未结束」, never 「没有开展」 (that is 缺少满意度调查, the parser's question).
const RUNNING =
  /满意度调查(?:还|正|仍|尚)?在?(?:进行|回收)中?|(?:进行中|正在进行)的满意度调查|满意度调查还?(?:未|没有?)(?:结束|截止)/;
const WHICH = /哪些|哪个|几个|多少|列出|查看|^(?:进行中|正在进行)的满意度调查/;
// 「不低于」 before 「低于」: the longer word decides.
const COMPARE: [RegExp, string, string][] = [
  [/不低于|不少于|至少|达到|以上/, '>=', '不低于'],
  [/低于|小于|不足|不到|少于|以下/, '<', '低于'],
  [/高于|大于|超过/, '>', '高于'],
];
const RATE =
  /满意度\s*(低于|小于|不足|不到|少于|不低于|不少于|至少|达到|高于|大于|超过)\s*(\d+(?:\.\d+)?)\s*[%％]|满意度\s*(\d+(?:\.\d+)?)\s*[%％]\s*(以上|以下)/;
const YEAR = /(20\d{2})\s*年/;
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
  const m = RATE.exec(t);
  if (m) {
    const word = m[1] ?? (m[4] === '以下' ? '低于' : '不低于');
    const [, op, said] = COMPARE.find(([re]) => re.test(word)) ?? [null, '<', '低于'];
    return byRate(sql, viewer, op, Number(m[2] ?? m[3]), said, YEAR.exec(t)?.[1]);
  }
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

async function byRate(
  sql: SqlExecutor,
  viewer: Viewer,
  op: string,
  value: number,
  said: string,
  year: string | undefined,
): Promise<Reply> {
  const params: unknown[] = [value];
  const yearCond = year ? ` AND f.year = $${params.push(Number(year))}` : '';
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT f.project_name, f.year, f.department, f.satisfaction_rate,
            (SELECT s.id FROM surveys s WHERE s.form_id = f.form_id AND (s.result->>'applied')::boolean
              ORDER BY s.closed_at DESC LIMIT 1) AS survey
       FROM form_facts f
      WHERE f.satisfaction_rate ${op} $1${yearCond} AND ${access(viewer, params, 'f')}
      ORDER BY f.satisfaction_rate, f.project_key LIMIT ${LIMIT}`,
    params,
  );
  const what = `${year ? `${year}年` : ''}满意度${said} ${value}% 的项目`;
  const note =
    '满意度按自评表满意度指标「实际完成值」中写明的百分比；未写百分比（含未做调查）的项目不在其中。';
  if (rows.length === 0) return { text: `查询：${what}。\n没有符合条件的项目。\n${note}` };
  return {
    title: what,
    text: `查询：${what}。共 ${rows.length} 个。\n${note}`,
    table: {
      columns: ['项目', '年度', '部门', '满意度', '来源'],
      rows: rows.map((r) => [
        String(r.project_name ?? '（未填写）'),
        r.year === null ? '' : String(r.year),
        String(r.department ?? ''),
        `${Number(r.satisfaction_rate)}%`,
        r.survey ? `满意度调查 ${r.survey}` : '自评表填写',
      ]),
    },
  };
}

import type { Reply } from '../bot/messages.ts';
import type { SqlDriver } from '../store/sql.ts';
import { compactKey, type Viewer } from './execute.ts';

/** `设置应报项目 <年度> <部门> <项目1>、<项目2>…`: the projects a department must report for a year. */
export const EXPECTED_COMMAND = /^(设置应报项目|set expected projects)\s+/i;

/** An admin replaces the expected-project list of (year, department); "not submitted" then compares against it. */
export async function setExpectedProjects(sql: SqlDriver, admin: Viewer, text: string): Promise<Reply> {
  if (!admin.isAdmin) return { text: '只有管理员可以设置应报项目。' };
  const m = /^\S+(?:\s+expected\s+projects)?\s+(\d{4})\s+(\S+)\s+(.+)$/is.exec(text);
  const names = (m?.[3] ?? '')
    .split(/[、，,；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!m || names.length === 0) {
    return {
      text: '格式：设置应报项目 年度 部门 项目1、项目2……，例如：设置应报项目 2025 大红门街道办事处 社区养老服务、环境整治',
    };
  }
  const year = Number(m[1]);
  const department = m[2] as string;
  const deptKey = compactKey(department);
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(compactKey(n))) byKey.set(compactKey(n), n);
  const unique = [...byKey.entries()];
  await sql.transaction(async (tx) => {
    await tx.query('DELETE FROM expected_projects WHERE year = $1 AND dept_key = $2', [year, deptKey]);
    await tx.query(
      `INSERT INTO expected_projects (year, department, dept_key, project_name, project_key)
       SELECT $1, $2, $3, name, key FROM unnest($4::text[], $5::text[]) AS t (name, key)`,
      [year, department, deptKey, unique.map(([, n]) => n), unique.map(([k]) => k)],
    );
  });
  return {
    text: `已设置「${department}」${year}年度应报项目 ${unique.length} 个。可提问「${year}年哪些项目还没有提交」查看未提交的项目。`,
  };
}

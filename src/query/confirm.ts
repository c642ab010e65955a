import type { Reply } from '../bot/messages.ts';
import { normalizeName } from '../record/identity.ts';
import type { Store } from '../store/store.ts';
import type { Viewer } from './execute.ts';

/** `待确认` lists the forms held for the admin's department; `确认归属 <编号>` counts one for it. */
export const CLAIMS_COMMAND = /^(待确认|确认归属)/;

const keyOf = (department: string) => normalizeName(department).replace(/\s/g, '');

/**
 * Forms that name a department their uploader is not bound to wait here (migration 009) until an admin of that
 * department (or an admin without a department, who sees all) confirms them; only then do they count there.
 */
export async function answerClaims(store: Store, admin: Viewer, text: string): Promise<Reply> {
  if (!admin.isAdmin) return { text: '只有管理员可以确认表的部门归属。' };
  const scope = admin.department ? keyOf(admin.department) : null;
  const id = /^确认归属\s+(\S+)/.exec(text)?.[1];
  if (id) {
    const { rows } = await store.sql.query<{ dept_key: string; department: string | null }>(
      `UPDATE department_claims SET status = 'confirmed', decided_by = $2, decided_at = now()
       WHERE form_id = $1 AND status = 'pending' AND ($3::text IS NULL OR dept_key = $3) RETURNING dept_key, department`,
      [id, admin.userId, scope],
    );
    const claim = rows[0];
    if (!claim) return { text: `没有找到待确认的表「${id}」。回复「待确认」查看列表。` };
    // Written again, the form's facts pass the check now that the claim is confirmed.
    await store.sql.query('UPDATE form_facts SET held_dept_key = held_dept_key WHERE form_id = $1', [id]);
    return { text: `已确认：该表计入「${claim.department ?? claim.dept_key}」。` };
  }
  const { rows } = await store.sql.query<{
    form_id: string;
    department: string | null;
    owner_id: string;
    project_name: string | null;
  }>(
    `SELECT c.form_id, c.department, c.owner_id, f.project_name FROM department_claims c
     JOIN forms f ON f.id = c.form_id
     WHERE c.status = 'pending' AND ($1::text IS NULL OR c.dept_key = $1) ORDER BY c.created_at LIMIT 50`,
    [scope],
  );
  if (rows.length === 0) return { text: '没有待确认部门归属的表。' };
  return {
    title: '待确认的表（填写的主管部门与上传人绑定的部门不一致，尚未计入）',
    table: {
      columns: ['编号', '项目名称', '主管部门', '上传人'],
      rows: rows.map((r) => [r.form_id, r.project_name ?? '', r.department ?? '', r.owner_id]),
    },
    text: '确认后计入该部门：回复「确认归属 编号」。',
  };
}

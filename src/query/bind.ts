import type { Reply } from '../bot/messages.ts';
import type { Store } from '../store/store.ts';
import type { Viewer } from './execute.ts';

/** `绑定部门 <用户号或姓名> <部门>` / `bind department <user> <department>`. */
export const BIND_COMMAND = /^(绑定部门|bind department)\s+/i;

/** Platforms whose display names come from the organisation's directory, not from the user. */
const DIRECTORY_NAMES = new Set(['lark', 'dingtalk']);

/** An admin binds a chat user to a department; the user then sees that department's projects. */
export async function bindDepartment(store: Store, admin: Viewer, text: string): Promise<Reply> {
  if (!admin.isAdmin) return { text: '只有管理员可以绑定部门。请联系管理员。' };
  const [, who, department] = /^\S+(?:\s+department)?\s+(\S+)\s+(.+)$/i.exec(text) ?? [];
  if (!who || !department)
    return {
      text: '格式：绑定部门 用户号（或姓名） 部门名称，例如：绑定部门 lark:ou_123 北京市通州区财政局',
    };
  // A display name binds only where the platform vouches for it (the organisation's directory); on Telegram, WeChat and
  // the web anyone can call themselves anything, so those users are bound by their user number.
  const { rows } = await store.sql.query<{ id: string; channel: string }>(
    'SELECT id, channel FROM users WHERE id = $1 OR name = $1 ORDER BY (id = $1) DESC LIMIT 10',
    [who],
  );
  const exact = rows.find((r) => r.id === who);
  const byName = rows.filter((r) => r.id !== who);
  const vouched = byName.filter((r) => DIRECTORY_NAMES.has(r.channel));
  if (!exact && vouched.length > 1)
    return { text: `有多个名为「${who}」的用户，请改用用户号（如 lark:ou_123）。` };
  const target = exact ?? vouched[0];
  if (!target && byName.length > 0)
    return {
      text: `「${who}」是用户自己起的昵称，不能用来绑定（任何人都可以改成这个名字）。请改用其用户号（如 telegram:123456、web:u…），用户号可在其提问的回复中看到。`,
    };
  if (!target)
    return { text: `没有找到用户「${who}」。用户需先给机器人发一条消息；用户号可在其提问的回复中看到。` };
  await store.setUserDepartment(target.id, department.trim());
  // Said here because it is the one place the admin sees it: with a directory sync on, this choice outlasts it.
  return {
    text: `已将 ${target.id} 绑定到「${department.trim()}」。该用户现在可以查询本部门的项目。手工绑定优先：通讯录同步不会改动它。`,
  };
}

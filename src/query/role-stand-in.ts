/**
 * Roles the forms do not hold, asked of a project (晨光路拆迁那个，经办人是谁 / X的填报人写的谁 / 总分最低的是哪个，经办人
 * 叫什么): the 项目支出绩效自评表 names one person per project, its 项目负责人 (with the 联系电话); there is no 经办人 or
 * 填报人 cell, and the 填表人 a few paper forms print at their foot is not stored. Whoever asks for the person handling
 * a project gets the one the form names — read as 负责人 — and the answer says plainly that the form has no such line
 * and whose name is given instead (`roleNote`), never the 负责人 silently.
 *
 * Only the role asked for (followed by 是谁 / 叫什么 / 写的 / 电话 …): 跟经办人核对一下 (a person the asker will talk to)
 * and 负责人填处长还是经办人 (how to fill the form, read by the bot before a question) stay as they are.
 */

const ROLE =
  /(?<![具体还或])(经办人|填报人|填表人|填写人)(?=(?:的)?(?:是谁|是哪位|是哪个|叫什么|叫啥|写的|填的|是|姓|名字|姓名|电话|手机|联系方式|都是谁|分别是谁|有哪些))/gu;

export interface RolesStoodIn {
  text: string;
  /** The roles read as 负责人, as typed (empty: nothing changed). */
  roles: string[];
}

/** The line printed at the form's foot named as such (表尾的填报人): that line itself is asked, which is not stored. */
const AT_FOOT = /(?:表尾|表底|表格?(?:下方|底部|最下面|末尾)|尾部|落款)(?:的|处|上|那里)?(?:的)?\s*$/u;

export function standInRoles(text: string): RolesStoodIn {
  const roles: string[] = [];
  const out = text.replace(ROLE, (role: string, _said: string, at: number) => {
    if (AT_FOOT.test(text.slice(Math.max(0, at - 8), at))) return role;
    if (!roles.includes(role)) roles.push(role);
    return '负责人';
  });
  return { text: out, roles };
}

/** What the answer says first when a role was read as the 负责人. */
export function roleNote(roles: string[]): string {
  const said = roles.map((r) => `「${r}」`).join('、');
  return `（自评表的表格里没有${said}一栏（个别纸质表在表尾印有填表人，库里未录入），只记项目负责人和联系电话；以下给的是项目负责人，不一定是${said}本人。）`;
}

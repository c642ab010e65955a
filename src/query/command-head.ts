/**
 * A stored name that opens with a word of asking or tallying (统计站（室）, 统计所经费, 汇总…, 核对…): said by its head
 * (统计站那个项目是哪个部门管的) the lexer took 统计 for the verb and left 站 unplaced. Such a name is found by its head
 * too — the command word and at least one character of the name more — but only where the head ends where a word
 * ends in the question (那个 / 的 / 是 / a field / a pause follows), so that 统计所有项目 stays 统计 + 所有 and is
 * never read as 统计所经费.
 */
export const COMMAND_HEAD =
  /^(?:统计|查询|查看|汇总|核对|核查|核算|审核|检查|计算|盘点|整理|对比|比较|分析|排名|排序)/u;

/** What may follow a name's head in a question: a pointer, 的, a verb of being, a field, a pause or the end. */
const HEAD_ENDS =
  /^(?:那个|这个|那项|这项|那笔|的|是|项目|负责人|联系人|联系电话|电话|主管|实施|全年|年初|执行|预算|总分|得分|归|由|属于|和|跟|与|、|[，,。？?！!；;：:\s]|$)/u;

/** The heads of a name opening with a command word, each at least one character past it and short of the whole. */
export function commandHeads(name: string): string[] {
  const m = COMMAND_HEAD.exec(name);
  if (!m) return [];
  const heads: string[] = [];
  for (let k = m[0].length + 1; k < name.length; k++) heads.push(name.slice(0, k));
  return heads;
}

export const headEndsWell = (after: string) => HEAD_ENDS.test(after);

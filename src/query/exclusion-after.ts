/**
 * The projects left out, said in a sentence after the question (…调减了多少？年初预算未填写的项目不参与比较): said first,
 * as 年初预算没填的不算，…, where the readers of a set take it — after the question it had been read as a condition of
 * its own, and the computation before it lost (比, 合计 reported). Only a field left empty, in a closing sentence of its
 * own (or in brackets inside it: 按总分从低到高排列（总分未填的不计）); anything else after the question stays where it was.
 */
const EXCLUDED_LAST = new RegExp(
  [
    '^(.+?)[？?。.!！]\\s*(?:其中|另外|注意)?[，,]?\\s*',
    '(\\p{Script=Han}{2,12}?)(?:未填写|未填报|未填|没有填|没填|为空|空着|空白|缺失)的(?:项目|表|单位)?',
    '[，,]?\\s*(?:不参与|不参加|不纳入|不列入|不算|不计入|不计|除外|剔除|排除)(?:比较|计算|统计|对比|在内)?[。.！!]?\\s*$',
  ].join(''),
  'u',
);

/** 按总分从低到高排列（总分未填的不计），…: the same, said in brackets inside the question. */
const EXCLUDED_IN_BRACKETS =
  /[（(]\s*(\p{Script=Han}{2,12}?)(?:未填写|未填报|未填|没有填|没填|为空|空着|空白|缺失)的(?:项目|表|单位)?[，,]?\s*(?:不参与|不参加|不纳入|不列入|不算|不计入|不计|除外|剔除|排除)(?:比较|计算|统计|对比|在内|排序|排名)?\s*[)）]/u;

export function exclusionSaidFirst(message: string): string {
  // 改为按年度统计…（总分未填的不计）: a follow-up's verb of editing stays first, where the follow-up is read from.
  const edit = EDIT_LEAD.exec(message)?.[0] ?? '';
  const rest = message.slice(edit.length);
  const inBrackets = EXCLUDED_IN_BRACKETS.exec(rest);
  if (inBrackets)
    return `${edit}${inBrackets[1]}没填的不算，${rest.slice(0, inBrackets.index)}${rest.slice(inBrackets.index + inBrackets[0].length)}`;
  const m = EXCLUDED_LAST.exec(rest.trim());
  if (!m) return message;
  return `${edit}${m[2]}没填的不算，${m[1]}`;
}

/** 改为 / 换成 / 改成 opening a follow-up. */
const EDIT_LEAD = /^\s*(?:那)?(?:改为|改成|换成|换为)/u;

/**
 * Whether there are any, then which (the review part: 潞源街道有没有指标被扣分的？哪张表哪一条？ / 有没有执行率不到一半的，
 * 是哪几个, …？列一下项目): the second clause only asks for the things the first asked about, so the message is the list
 * of them —
 * 哪些指标被扣分 — read as one ask. Cut in two, the second clause named nothing (哪张表哪一条 alone).
 */

/** 有没有 X(的)？ then which of them: which table and row, which ones, which projects. */
const WHETHER_THEN_WHICH =
  /^([^？?，,。！!]*?)有没有([^？?，,。！!]{2,30}?)(?:的)?(?:呢)?[？?，,]\s*(?:是|都是|分别是)?(?:哪(?:张|个|份)(?:表|项目)(?:的)?)?(?:哪(?:一)?(?:条|行)|哪几条|哪几行|哪些|哪几个|哪几张)(?:指标|项目|表)?(?:呢)?[？?。]*$/u;

/** 有没有 X(的)？ then a request to list them (列一下项目 / 列出来): the projects when named, else the things asked. */
const WHETHER_THEN_LIST =
  /^([^？?，,。！!]*?)有没有([^？?，,。！!]{2,30}?)(?:的)?(?:呢)?[？?，,]\s*(?:请|麻烦|帮我)?(?:列一下|列出来|列出|列下|列个|给我列一下)(项目|表)?(?:名单|清单)?[。？?！!]*$/u;

export function whetherThenWhich(message: string): string {
  const listed = WHETHER_THEN_LIST.exec(message.trim());
  if (listed) {
    const [, before, what, projects] = listed;
    // 有没有指标得了满分却还写了偏差原因的？列一下项目: the projects holding such rows
    if (projects) return `${before}${what}的项目有哪些`;
    return `${before}哪些${/^(?:指标|项目|表)/u.test(what!) ? what! : `项目${what!}`}`;
  }
  const m = WHETHER_THEN_WHICH.exec(message.trim());
  if (!m) return message;
  const [, before, what] = m;
  // 有没有指标被扣分 → 哪些指标被扣分; 有没有项目… → 哪些项目…; a bare condition (有没有执行率不到一半的) → 哪些项目…
  const thing = /^(?:指标|项目|表)/u.test(what!) ? what! : `项目${what!}`;
  return `${before}哪些${thing}`;
}

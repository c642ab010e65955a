/**
 * Whether there are any, then which (the review part: 潞源街道有没有指标被扣分的？哪张表哪一条？ / 有没有执行率不到一半的，
 * 是哪几个): the second clause only asks for the things the first asked about, so the message is the list of them —
 * 哪些指标被扣分 — read as one ask. Cut in two, the second clause named nothing (哪张表哪一条 alone).
 */

/** 有没有 X(的)？ then which of them: which table and row, which ones, which projects. */
const WHETHER_THEN_WHICH =
  /^([^？?，,。！!]*?)有没有([^？?，,。！!]{2,30}?)(?:的)?(?:呢)?[？?，,]\s*(?:是|都是|分别是)?(?:哪(?:张|个|份)(?:表|项目)(?:的)?)?(?:哪(?:一)?(?:条|行)|哪几条|哪几行|哪些|哪几个|哪几张)(?:指标|项目|表)?(?:呢)?[？?。]*$/u;

export function whetherThenWhich(message: string): string {
  const m = WHETHER_THEN_WHICH.exec(message.trim());
  if (!m) return message;
  const [, before, what] = m;
  // 有没有指标被扣分 → 哪些指标被扣分; 有没有项目… → 哪些项目…; a bare condition (有没有执行率不到一半的) → 哪些项目…
  const thing = /^(?:指标|项目|表)/u.test(what!) ? what! : `项目${what!}`;
  return `${before}哪些${thing}`;
}

/**
 * 潞源有没有这样的 / 双井有这种项目吗 / 2022年也有类似的吗 (issue 10): 这样的 / 这种 / 这类 / 类似的 stand for the kind of
 * project the previous question asked about — its conditions — and what is named beside them (a place, a year, a
 * person) is where to look for them instead. So the message follows up on the previous question, that named part in
 * place of its own (context.ts, as 潞源呢 does).
 *
 * Never widening: read alone these words are a stopword, and the message would list every project of 潞源 — the
 * conditions they stand for silently dropped. Without a previous question to stand for, the message is asked about.
 */

/**
 * The kind words, after 有 / 有没有 and at the end of the message (only 吗 / 呢 / 没有 after them): whether there are
 * such projects is asked. 就这样 (a confirmation) or 是这样的，… (a lead-in) ask nothing of the kind.
 */
const KIND =
  /(?<=有(?:没有)?)(?:这样|这种|这类|这一类|这些类|这么|类似|同样)(?:的)?(?:项目|情况)?(?=(?:吗|呢|没有|没)?[\s？?。！!～~]*$)/u;

/** Clause ends before the kind words: the message tells more than where to look. */
const CLAUSE_END = /[，,。；;：:！!？?]/u;

/**
 * The message without its kind words, when it refers back by them; null otherwise. Only a message of one clause: in
 * 巡察组说我们有项目扣了分却没写原因，潞源有没有这种情况 the kind is told in the message itself, not asked before.
 */
export function likeThese(text: string): { rest: string } | null {
  const m = KIND.exec(text);
  if (!m || CLAUSE_END.test(text.slice(0, m.index))) return null;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return { rest };
}

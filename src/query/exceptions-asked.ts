/**
 * "Are all of them …? List the ones that are not" in one message (预算执行是不是都拿了满分？没拿满的项目列出来; 双井的项目
 * 是否都填了负责人，如果有没填的，请列出来). The answer to an "all of them" question already lists the exceptions
 * (all-of.ts), so the clause asking for them is that same ask: it is taken off the message, which is then read as the
 * one all-of question. Read on its own the clause would lose its subject (没拿满的 is the budget row's score, not 总分).
 *
 * The clause is recognised by its structure: it follows a clause asking 是不是都 / 是否都 / 是否全部 / 全都…吗, it says
 * a negation and asks for a list, and every other word of it repeats the all-of clause (its characters all occur
 * there). A clause that brings anything new (没拿满的按部门数一下, 总分没填的列出来) is a question of its own and stays.
 */

/** A clause that asks whether every project in scope meets a condition. */
const ALL_OF = /是不是都|是否都|是不是全|是否全|全都|都.{1,12}吗|全部都/u;
/** A clause asking for a list: 列出来, 是哪些, 发我, 告诉我. */
const LIST_ASKED = /列(?:出来|出|一下|下|个)?|哪些|哪几|是哪|有哪|发我|告诉我/u;
/** A negation of the condition. */
const NEGATED = /[没不未]/u;
/**
 * How such a clause is put together, besides the condition's own words: if, the negation, the list asked, and the
 * verbs of getting a score (是满分 asked, 没拿满的 / 没得到满分的 are its exceptions).
 */
const FRAME_CHARS =
  /拿到|拿|获得|得到|得(?=满)|如果|要是|假如|若|的话|有的?|没有|没|不|未|的|项目|个|些|请|麻烦|把|将|给我|列出来|列出|列一下|列下|列|出来|哪些|哪几个|哪几|是哪|有哪|发我|告诉我|一下|吧|呢|是|了|都|就|话/gu;

const CLAUSE_END = /[，。？！；,;!?\s]+/gu;

/** The message without a clause that asks for the exceptions of the all-of question before it; unchanged otherwise. */
export function withoutExceptionsAsked(message: string): string {
  const clauses = message.split(/(?<=[，。？！；,;!?])/u);
  if (clauses.length < 2) return message;
  for (let i = 1; i < clauses.length; i++) {
    const before = clauses.slice(0, i).join('');
    if (!ALL_OF.test(before)) continue;
    const rest = clauses.slice(i).join('');
    const body = rest.replace(CLAUSE_END, ' ').trim();
    if (!NEGATED.test(body) || !LIST_ASKED.test(body)) continue;
    const own = body.replace(FRAME_CHARS, '').replace(/\s+/gu, '');
    if ([...own].every((c) => before.includes(c)))
      return before.replace(/[，,；;\s]+$/u, '').replace(/[。！!]$/u, '？');
  }
  return message;
}

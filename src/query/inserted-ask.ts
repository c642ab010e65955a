/**
 * A topic said first and the ask put between it and what is said of it: 满意度指标有几个项目没拿满分, 预算执行有哪些项目
 * 没拿满分, 总分有多少个项目低于90, 联系电话哪几个项目没填. The ask is moved before the topic (有几个项目满意度指标没拿满分),
 * so the field stays next to its predicate. Read in place, the predicate stood alone (没拿满分 as 总分 < 100, a wrong
 * count: 44 projects instead of 29) and the field became a condition of its own.
 *
 * Only a field (or the satisfaction rows) as the topic and a predicate that tests a field — a negation, a comparison,
 * full marks, points lost, empty or filled — move; a place or a project before 有几个项目 (潞源有几个项目没填电话) is
 * the scope, where it stands already.
 */
import { anyFieldPattern } from './fields.ts';

const TOPIC = `(?:${anyFieldPattern()}|满意度指标|满意度调查|满意度)`;
/** 有几个项目 / 有多少个项目 / 有哪些项目 / 哪几个项目 / 有几个: the projects counted or asked for (多少 alone is an
 * amount: 还剩多少没花). */
const ASK = '(?:有)?(?:(?:几个|多少个|哪些|哪几个|哪个)(?:项目|表)?|多少(?:项目|张表))';
/** What is said of a field: a negation, a comparison, full marks, points lost, empty or filled. */
const PREDICATE =
  '(?:没|未|不是|不够|不到|不足|不满|低于|高于|超过|少于|多于|大于|小于|等于|拿满|得满|拿了满分|是满分|满分|被扣|扣了|扣分|丢了?分|为空|空着|是空的|填了|写了)';

const INSERTED = new RegExp(`(${TOPIC})(?:的)?(${ASK})(?=(?:都|也|还)?${PREDICATE})`, 'gu');

export function moveInsertedAsk(text: string): string {
  return text.replace(INSERTED, (whole, topic: string, ask: string, at: number) =>
    // 项目负责人 / 项目名称: the topic must be the whole word, not the tail of a longer one before it
    /\p{Script=Han}$/u.test(text.slice(0, at)) && !/(?:的|里|中|，|,)$/u.test(text.slice(0, at))
      ? whole
      : // 有几个 said without 项目 counts projects all the same (有几个负责人 would count people)
        `${/(?:项目|表)$/u.test(ask) ? ask : `${ask}项目`}${topic}`,
  );
}

/**
 * How many different values of one cell each group holds (按负责人统计其名下项目所填的不同联系电话个数, 每个电话对应几个
 * 不同的负责人), and the groups holding at least so many (同一联系电话对应两个及以上不同负责人的，这样的电话号码有几个): the
 * grouped count with its figure replaced by the count of the distinct values (a phone by its digits, as it is grouped),
 * the bound set on it. 不同 must be said: 每个负责人有几个电话 stays the count of projects it was.
 */
import type { GroupField } from './fields.ts';
import { readGroupBound } from './group-bound.ts';
import { digitsForNumerals } from './numbers.ts';
import type { PortfolioQuery } from './query.ts';
import type { ReferenceReading } from './reference.ts';

/** The cells a group is made of, as staff name them, longest first. */
const GROUP_WORDS: Array<[string, GroupField]> = [
  ['项目负责人', 'owner'],
  ['负责人', 'owner'],
  ['联系电话', 'phone'],
  ['电话号码', 'phone'],
  ['手机号码', 'phone'],
  ['手机号', 'phone'],
  ['电话', 'phone'],
  ['号码', 'phone'],
  ['主管部门', 'department'],
  ['实施单位', 'implementingUnit'],
  ['部门', 'department'],
  ['单位', 'implementingUnit'],
  ['街道', 'street'],
];
const GROUP = `(${GROUP_WORDS.map(([w]) => w).join('|')})`;
const fieldOf = (word: string) => GROUP_WORDS.find(([w]) => w === word)![1];

const DIFFERENT = '不同(?:的)?';
/** 按负责人统计其名下项目所填的不同联系电话个数: the group, then the different values counted. */
const BY_GROUP = new RegExp(
  `(?:按(?:照)?|每个|每一个|各个|各|每位)${GROUP}(?:统计|分别统计|分|来看|汇总)?[，,]?\\s*(?:其|他们|它们|各自|分别)?(?:名下|下面|对应)?(?:的)?(?:项目)?(?:所填|填写|填报|填|用|用了|对应|有|涉及)?(?:了|的)?(?:几个|多少个)?${DIFFERENT}${GROUP}(?:的)?(?:个数|数量|数目|数|有几个|有多少个)?`,
  'u',
);
/** 同一联系电话对应两个及以上不同负责人的: the group, a bound on its different values. */
const BOUND_ON_GROUP = new RegExp(
  `(?:同一|同一个|一个|每个)?${GROUP}(?:下面|下)?(?:对应|有|涉及|填了|关联)(?:了|着)?(超过|多于|不少于|至少)?(\\d+)\\s*(?:个|位|名)(及以上|以上|或以上|多)?${DIFFERENT}${GROUP}(?:的)?`,
  'u',
);
/** What is asked of the groups that pass: how many (有几个) or which (有哪些). */
const HOW_MANY = /(?:有)?(?:几个|多少个|多少)/u;
/** 把涉及的项目都列出来 / 是哪些项目 / 对应的项目有哪些: the projects of the groups asked for. */
const PROJECTS_LISTED =
  /(?:涉及|对应|相关)(?:到)?的(?:项目|表)|(?:哪些|哪几个)(?:项目|表)|(?:项目|表)(?:都|全部)?(?:列出来|列出|列一下|有哪些|是哪些)/u;

/** 同一个负责人留了不同联系电话的: one group's cells written differently — two or more different values. */
const SAME_GROUP_DIFFERENT = new RegExp(
  `(?:同一|一)(?:个|位)?${GROUP}(?:的项目)?(?:底下|下面)?(?:留了|填了|用了|写了|对应了?|有|挂了|挂着)(?:两个以上|2个以上|两个及以上|2个及以上|多个|好几个)?${DIFFERENT}${GROUP}`,
  'u',
);

export function readDistinctCount(question: string): ReferenceReading | null {
  const text = digitsForNumerals(question.normalize('NFKC'))
    .trim()
    .replace(SAME_GROUP_DIFFERENT, (_m, group: string, of: string) => `同一${group}对应2个及以上不同${of}`);
  if (!/不同/u.test(text)) return null;
  const bound = BOUND_ON_GROUP.exec(text);
  if (bound) {
    const [said, groupWord, word, n, side, ofWord] = bound;
    const group = fieldOf(groupWord!);
    const of = fieldOf(ofWord!);
    if (group === of) return null;
    const strict = word === '超过' || word === '多于' || side === '多';
    const value = Number(n);
    const rest = text.slice(bound.index + said!.length);
    const counted = HOW_MANY.test(rest);
    // …，把涉及的项目都列出来: the projects of those groups, listed (the groups alone had left the words unanswered).
    if (PROJECTS_LISTED.test(rest) && !strict)
      return {
        text: '项目',
        patch: (q: PortfolioQuery) =>
          q.groupBy || q.measures?.length
            ? null
            : { ...q, filters: [...q.filters, { type: 'inGroups', group, of, atLeast: value }] },
        note: `（「${said}」的项目：每个${groupWord}下不同${ofWord}不少于${value}个）`,
      };
    return {
      text: `按${groupWord}统计项目数`,
      patch: (q: PortfolioQuery) =>
        q.groupBy === group
          ? {
              ...q,
              measures: [{ fn: 'distinct', of }],
              having: { measure: 0, op: strict ? '>' : '>=', value },
              ...(counted ? { countGroups: true } : {}),
            }
          : null,
      note: `（「${said}」按每个${groupWord}下不同${ofWord}的个数${strict ? '超过' : '不少于'}${value}理解）`,
    };
  }
  const by = BY_GROUP.exec(text);
  if (!by) return null;
  const [said, groupWord, ofWord] = by;
  const group = fieldOf(groupWord!);
  const of = fieldOf(ofWord!);
  if (group === of) return null;
  const distinct = (q: PortfolioQuery): PortfolioQuery | null =>
    q.groupBy === group ? { ...q, measures: [{ fn: 'distinct', of }] } : null;
  const note = `（「${said}」按每个${groupWord}下不同${ofWord}的个数统计）`;
  const grouped = `${text.slice(0, by.index)}按${groupWord}统计项目数${text.slice(by.index + said!.length)}`;
  // …，只列3个及以上的: a bound on the groups said after it is on the count that replaces the projects' (group-bound.ts)
  const bounded = readGroupBound(grouped);
  if (bounded && 'patch' in bounded)
    return {
      text: bounded.text,
      patch: (q: PortfolioQuery) => {
        const withBound = bounded.patch(q);
        return withBound && withBound.having?.measure === 0 ? distinct(withBound) : null;
      },
      note: `${note}${bounded.note.replace('每组的项目数', `每组不同${ofWord}的个数`)}`,
    };
  return { text: grouped, patch: distinct, note };
}

/**
 * 哪些部门的平均执行率低于99% / 平均总分不到95分的单位 / 哪些部门的预算总额超过1000万: a bound on each group's average
 * or total of a field (a HAVING), read where the parser made the bound a condition on each project. The group's figure
 * takes the place of its count of projects and the bound moves onto it: a department whose projects average 98 % is
 * asked about, not its projects under 99 %; a department whose budgets add up to more than 1000 万, not its projects of
 * more than 1000 万 each (which had been answered, the total word taken silently as the field's). Only one bound on one
 * numeric field, and only with 平均 said, or with a word of the total beside an amount. The groups may be named at the
 * end (平均执行率低于99%的部门): the kind of group is the head noun.
 */
import { FIELDS, type GroupField } from './fields.ts';
import type { Measure, PortfolioQuery } from './query.ts';

const AVERAGE_WORD = /^(?:平均|平均的|的平均|均值)$/u;

interface Reading {
  unplaced: string[];
  query: PortfolioQuery | null;
}

/** 平均 left over, alone or with the bound field's own word (平均总分 read as one word). */
const averageOf = (word: string, field: keyof typeof FIELDS) =>
  AVERAGE_WORD.test(word) || FIELDS[field].words.some((w) => word === `平均${w}` || word === `平均的${w}`);

/** A word of the total beside the field's own (预算总额 / 预算合计 / 总预算), or left over alone. */
const TOTAL_WORD = /^(?:合计|总额|总计|总和|加起来)$/u;
const totalOf = (word: string, field: keyof typeof FIELDS) =>
  TOTAL_WORD.test(word) ||
  FIELDS[field].words.some((w) => [`${w}总额`, `${w}合计`, `${w}总计`, `${w}总和`, `总${w}`].includes(word));
const totalSaid = (question: string, field: keyof typeof FIELDS) =>
  FIELDS[field].words.some(
    (w) => /\p{Script=Han}/u.test(w) && new RegExp(`${w}(?:总额|合计|总计|总和)|总${w}`, 'u').test(question),
  );

/** 平均执行率低于99%的部门（有哪些）: the kind of group named last, after the bound. */
const GROUP_AT_END =
  /的(主管部门|实施单位|部门|单位|科室|街道|负责人)(?:有哪些|是哪些|是哪几个|有哪几个|都有哪些)?[？?。\s]*$/u;
const GROUP_OF: Record<string, GroupField> = {
  主管部门: 'department',
  部门: 'department',
  实施单位: 'implementingUnit',
  单位: 'implementingUnit',
  科室: 'implementingUnit',
  街道: 'street',
  负责人: 'owner',
};

export function withGroupFigureBound<P extends Reading>(whole: P, question: string): P | null {
  const q = whole.query;
  if (!q || whole.unplaced.length > 1) return null;
  const groupBy = q.groupBy ?? GROUP_OF[GROUP_AT_END.exec(question)?.[1] ?? ''];
  if (!groupBy) return null;
  if (q.having || q.order || q.limit || (q.measures && !q.measures.every((m) => m.fn === 'count')))
    return null;
  const bounds = q.filters.filter((f) => f.type === 'compare' && f.field !== 'year');
  if (bounds.length !== 1) return null;
  const [bound] = bounds;
  if (bound?.type !== 'compare') return null;
  const kind = FIELDS[bound.field].kind;
  const word = whole.unplaced[0];
  // (哪些部门有预算总额超过1000万的项目: the projects are bounded, each by its own amount)
  if (word === undefined && /的项目/u.test(question)) return null;
  const fn: Measure['fn'] | null =
    word !== undefined && averageOf(word, bound.field)
      ? 'avg'
      : kind === 'money' &&
          (word !== undefined ? totalOf(word, bound.field) : totalSaid(question, bound.field))
        ? 'sum'
        : null;
  if (!fn || (kind !== 'percent' && kind !== 'score' && kind !== 'money')) return null;
  const figure: Measure = { fn, field: bound.field };
  return {
    ...whole,
    unplaced: [],
    query: {
      ...q,
      groupBy,
      filters: q.filters.filter((f) => f !== bound),
      measures: [figure],
      having: { measure: 0, op: bound.op, value: bound.value },
    },
  };
}

/**
 * 哪些部门的平均执行率低于99% / 平均总分不到95分的单位: a bound on each group's average of a field (a HAVING), read
 * where the parser made the bound a condition on each project and left 平均 over. The group's average takes the
 * place of its count of projects and the bound moves onto it: a department whose projects average 98 % is asked
 * about, not its projects under 99 %. Only one bound on one numeric field, and only with 平均 said.
 */
import { FIELDS } from './fields.ts';
import type { Measure, PortfolioQuery } from './query.ts';

const AVERAGE_WORD = /^(?:平均|平均的|的平均|均值)$/u;

interface Reading {
  unplaced: string[];
  query: PortfolioQuery | null;
}

/** 平均 left over, alone or with the bound field's own word (平均总分 read as one word). */
const averageOf = (word: string, field: keyof typeof FIELDS) =>
  AVERAGE_WORD.test(word) || FIELDS[field].words.some((w) => word === `平均${w}` || word === `平均的${w}`);

export function withGroupFigureBound<P extends Reading>(whole: P): P | null {
  const q = whole.query;
  if (!q?.groupBy || whole.unplaced.length !== 1) return null;
  if (q.having || q.order || q.limit || (q.measures && !q.measures.every((m) => m.fn === 'count')))
    return null;
  const bounds = q.filters.filter((f) => f.type === 'compare' && f.field !== 'year');
  if (bounds.length !== 1) return null;
  const [bound] = bounds;
  if (bound?.type !== 'compare') return null;
  if (!averageOf(whole.unplaced[0]!, bound.field)) return null;
  const kind = FIELDS[bound.field].kind;
  if (kind !== 'percent' && kind !== 'score' && kind !== 'money') return null;
  const average: Measure = { fn: 'avg', field: bound.field };
  return {
    ...whole,
    unplaced: [],
    query: {
      ...q,
      filters: q.filters.filter((f) => f !== bound),
      measures: [average],
      having: { measure: 0, op: bound.op, value: bound.value },
    },
  };
}

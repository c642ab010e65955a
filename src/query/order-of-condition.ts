/**
 * 全年预算超过1000万的项目，从高到低列出来: a closing clause that asks for an order and names no field orders by the
 * one figure the question's conditions bound. Read so only when the rest is understood whole with no order of its
 * own and its bounds are on exactly one figure (执行率低于90%、总分低于80的，从低到高排 names two: reported as before);
 * the answer's echo says which figure it ordered by.
 */
import { FIELDS } from './fields.ts';
import { leaves, type PortfolioQuery } from './query.ts';

const ORDER_ALONE =
  /[，,；;、\s]+(?:请|再|然后|并且|并)?(?:按)?(?:照)?((?:从|由)(?:高|多|大)(?:到|往|向)(?:低|少|小)|(?:从|由)(?:低|少|小)(?:到|往|向)(?:高|多|大))(?:的顺序|的次序|顺序)?(?:排列|排序|排好|排|列出来|列出|列一下|列|给我|出来|一下|下)*(?:吧|呀|啊|哈)?([？?。！!]*)$/u;

interface Reading {
  unplaced: string[];
  query: PortfolioQuery | null;
}

export function withOrderOfCondition<P extends Reading>(
  question: string,
  whole: P,
  parse: (text: string) => P,
): P | null {
  const m = ORDER_ALONE.exec(question);
  if (!m || !whole.unplaced.length) return null;
  const restText = question.slice(0, m.index);
  const rest = parse(restText + m[2]);
  if (
    rest.unplaced.length ||
    !rest.query ||
    rest.query.order ||
    rest.query.groupBy ||
    rest.query.measures?.length
  )
    return null;
  const bounded = new Set(
    leaves(rest.query.filters).flatMap((f) => (f.type === 'compare' && f.field !== 'year' ? [f.field] : [])),
  );
  if (bounded.size !== 1) return null;
  const [field] = [...bounded];
  const ordered = parse(`${restText}，按${FIELDS[field!].label}${m[1]}排${m[2]}`);
  if (ordered.unplaced.length || ordered.query?.order?.by !== field) return null;
  return ordered;
}

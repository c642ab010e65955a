/**
 * 年初预算和全年预算不一样的项目，差了多少 / 执行数比预算少的项目，各差多少: after two fields of each project are
 * compared, "how far apart" asks the difference of those two fields per project — shown beside the projects when the
 * store computes it as a field of its own (预算调整数 = 全年预算数 − 年初预算数, 结余 = 全年预算数 − 全年执行数). It was
 * reported as arithmetic not understood. Two fields with no such difference leave the words reported as before.
 */
import { FIELDS, type FieldId } from './fields.ts';
import { leaves, type PortfolioQuery } from './query.ts';

/** The words left over that ask only how far apart (差了多少 / 各差多少 / 相差多少 / 差额是多少 / 差距多大). */
const HOW_FAR_APART =
  /^(?:各|分别|都|各自)?(?:相)?(?:差了多少|差多少|相差|差额|差值|之差|差距)(?:分|万元|元)?$/u;

const columnOf = (id: FieldId) => FIELDS[id].column;

/** The field computed as one of the two compared fields less the other, either way round. */
export function differenceField(a: FieldId, b: FieldId): FieldId | null {
  const ways = [
    `(${columnOf(a)} - ${columnOf(b)})`,
    `(${columnOf(b)} - ${columnOf(a)})`,
    // 预算执行扣分: the points lost on a row, 0 when its 分值 was reached
    `greatest(${columnOf(a)} - ${columnOf(b)}, 0)`,
    `greatest(${columnOf(b)} - ${columnOf(a)}, 0)`,
  ];
  const found = (Object.keys(FIELDS) as FieldId[]).find((id) => ways.includes(FIELDS[id].column));
  return found ?? null;
}

interface Reading {
  unplaced: string[];
  query: PortfolioQuery | null;
}

/**
 * 分别多了多少 / 各超了多少 / 少了多少 after the comparison: the word of the comparison said again with 多少, which the
 * parser read as a count and left the word itself over.
 */
const HOW_MUCH_MORE =
  /^(?:各|分别|都|各自)?(?:多|少|超|超出|高|高出|低|差|减|减少|调减|增|增加|调增)(?:了|出)?$/u;

export function withComparedDifference<P extends Reading>(whole: P): P | null {
  let query = whole.query;
  if (!query || !whole.unplaced.length || query.groupBy) return null;
  const counted = query.measures?.length === 1 && query.measures[0]!.fn === 'count';
  // (after 有哪些 the list was read already, and the word alone is left)
  if ((counted || !query.measures?.length) && whole.unplaced.every((w) => HOW_MUCH_MORE.test(w))) {
    const { measures: _, ...rest } = query;
    query = rest;
  } else if (
    // (差多少分: the unit of the difference left beside it)
    !whole.unplaced.some((w) => HOW_FAR_APART.test(w)) ||
    !whole.unplaced.every((w) => HOW_FAR_APART.test(w) || /^(?:分|万元|元)$/u.test(w)) ||
    query.measures?.length
  )
    return null;
  const compared = leaves(query.filters).filter((f) => f.type === 'fields');
  if (compared.length !== 1) return null;
  const [pair] = compared;
  if (pair?.type !== 'fields' || pair.by !== undefined || pair.times !== undefined) return null;
  const field = differenceField(pair.left, pair.right);
  if (!field) return null;
  return { ...whole, unplaced: [], query: { ...query, select: [...(query.select ?? []), field] } };
}

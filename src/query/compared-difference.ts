/**
 * 年初预算和全年预算不一样的项目，差了多少 / 执行数比预算少的项目，各差多少: after two fields of each project are
 * compared, "how far apart" asks the difference of those two fields per project — shown beside the projects when the
 * store computes it as a field of its own (预算调整数 = 全年预算数 − 年初预算数, 结余 = 全年预算数 − 全年执行数). It was
 * reported as arithmetic not understood. Two fields with no such difference leave the words reported as before.
 */
import { FIELDS, type FieldId } from './fields.ts';
import { leaves, type PortfolioQuery } from './query.ts';

/** The words left over that ask only how far apart (差了多少 / 各差多少 / 相差多少 / 差额是多少 / 差距多大). */
const HOW_FAR_APART = /^(?:各|分别|都|各自)?(?:相)?(?:差了多少|差多少|相差|差额|差值|之差|差距)$/u;

const columnOf = (id: FieldId) => FIELDS[id].column;

/** The field computed as one of the two compared fields less the other, either way round. */
function differenceField(a: FieldId, b: FieldId): FieldId | null {
  const ways = [`(${columnOf(a)} - ${columnOf(b)})`, `(${columnOf(b)} - ${columnOf(a)})`];
  const found = (Object.keys(FIELDS) as FieldId[]).find((id) => ways.includes(FIELDS[id].column));
  return found ?? null;
}

interface Reading {
  unplaced: string[];
  query: PortfolioQuery | null;
}

export function withComparedDifference<P extends Reading>(whole: P): P | null {
  const query = whole.query;
  if (!query || !whole.unplaced.length || !whole.unplaced.every((w) => HOW_FAR_APART.test(w))) return null;
  if (query.measures?.length || query.groupBy) return null;
  const compared = leaves(query.filters).filter((f) => f.type === 'fields');
  if (compared.length !== 1) return null;
  const [pair] = compared;
  if (pair?.type !== 'fields' || pair.by !== undefined || pair.times !== undefined) return null;
  const field = differenceField(pair.left, pair.right);
  if (!field) return null;
  return { ...whole, unplaced: [], query: { ...query, select: [...(query.select ?? []), field] } };
}

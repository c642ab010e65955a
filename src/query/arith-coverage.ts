/**
 * 全年预算比年初预算一共多了多少 / 预算合计减去执行数合计: two amounts of the same projects subtracted, where one of the
 * two cells is left empty on some forms. The two sums then run over different projects (全年预算数 on all 169, 年初预算数
 * on 101), and their difference is not what any project changed by. The answer keeps the computation asked and says so,
 * with the sum of the difference over the projects that give both cells where the store computes that difference as a
 * field of its own (预算调整数 = 全年预算数 − 年初预算数, 结余 = 全年预算数 − 全年执行数).
 */
import type { Store } from '../store/store.ts';
import { differenceField } from './compared-difference.ts';
import { executeQuery, type Viewer } from './execute.ts';
import { FIELDS, isNumeric } from './fields.ts';
import type { ArithQuery, Operand } from './query.ts';

type FigureOperand = Extract<Operand, { kind: 'figure' }>;

const sameProjects = (a: FigureOperand, b: FigureOperand) =>
  JSON.stringify(a.filters) === JSON.stringify(b.filters);

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export async function coverageNote(
  store: Store,
  query: ArithQuery,
  counts: [number, number],
  viewer: Viewer,
): Promise<string | null> {
  const [left, right] = [query.left, query.right];
  if (query.op !== 'minus' || left.kind !== 'figure' || right.kind !== 'figure') return null;
  if (left.measure.fn !== 'sum' || right.measure.fn !== 'sum' || !sameProjects(left, right)) return null;
  const [a, b] = [left.measure.field, right.measure.field];
  if (!a || !b || a === b || counts[0] === counts[1]) return null;
  // (amounts only: the difference is said in 万元)
  if (FIELDS[a].kind !== 'money' || FIELDS[b].kind !== 'money') return null;
  const uneven = `注意：两个合计的项目数不同（${FIELDS[a].label} ${counts[0]} 个、${FIELDS[b].label} ${counts[1]} 个，未填的不计），上面的差额不是同一批项目之差。`;
  const field = differenceField(a, b);
  if (!field || !isNumeric(field)) return uneven;
  const table = await executeQuery(
    store.sql,
    {
      filters: [
        ...left.filters,
        { type: 'empty', field: a, empty: false },
        { type: 'empty', field: b, empty: false },
      ],
      measures: [{ fn: 'sum', field }, { fn: 'count' }],
    },
    viewer,
    { digits: 6 },
  );
  const [sum, count] = (table.rows[0] ?? []).map((v) => (v === null || v === undefined ? null : Number(v)));
  if (sum === null || sum === undefined || !count) return uneven;
  // 全年预算 − 年初预算 is 预算调整数 itself; 年初预算 − 全年预算 is its opposite.
  const sign = FIELDS[field].column === `(${FIELDS[a].column} - ${FIELDS[b].column})` ? 1 : -1;
  return `${uneven}两栏都填了的 ${count} 个项目，${FIELDS[a].label}比${FIELDS[b].label}合计${sign * sum >= 0 ? '多' : '少'} ${fmt(Math.abs(sum))} 万元（即${FIELDS[field].label}合计${sign === 1 ? '' : '的相反数'}）。`;
}

import type { PortfolioQuery } from '../../src/query/query.ts';
import { leaves } from '../../src/query/query.ts';

/** A query's conditions in a short readable form, sorted: `field:term` for names, `field op value` for comparisons,
 * the filter type for the rest — what tests of the parser compare. */
export const filterKinds = (q: PortfolioQuery): string[] =>
  leaves(q.filters)
    .map((f) =>
      f.type === 'name'
        ? `${f.field}:${f.term}`
        : f.type === 'compare'
          ? `${f.field}${f.op}${f.value}`
          : f.type,
    )
    .sort();

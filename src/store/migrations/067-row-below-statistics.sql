-- 哪些指标的实际值比目标值低 (src/query/row-answer.ts notComparableNote) says beside its answer how many rows cannot be
-- compared: all rows less those jixiao_row_below (054) can compare, counted over the partial index of the comparable
-- rows (~54 000 entries at 100 000 forms, an index-only scan of ~5 ms). The planner has no figure for the function,
-- guessed 960 000 rows for those 54 000 and planned a parallel scan: starting its worker took 10–30 ms of a loaded
-- machine on PostgreSQL, for no work saved. Statistics on the expression (gathered by ANALYZE, as the facts' own are)
-- give it the share of rows the function leaves NULL and of those it finds below: the count is planned as the plain
-- index-only scan it is. No index, no figure kept: nothing is written when a row is.
CREATE STATISTICS indicator_rows_below_stats ON (jixiao_row_below(target, actual)) FROM indicator_rows;
ANALYZE indicator_rows;

-- 哪些指标的实际值比目标值低 (src/query/row-answer.ts notComparableNote) says beside its answer how many rows cannot be
-- compared: all rows less those jixiao_row_below (054) can compare, counted over the partial index of the comparable
-- rows (~54 000 entries at 100 000 forms, an index-only scan of ~5 ms). The planner has no figure for the function,
-- guessed 960 000 rows for those 54 000 and planned a parallel scan: starting its worker took 10–30 ms of a loaded
-- machine on PostgreSQL, for no work saved. Statistics on the expression (gathered by ANALYZE, as the facts' own are)
-- give it the share of rows the function leaves NULL and of those it finds below: the count is planned as the plain
-- index-only scan it is. No index, no figure kept: nothing is written when a row is.
-- With the statistics the planner also sees the function at its default cost (a few operators) and, for a
-- department's rows below their target, read each form's comparable rows and tested them (two regular expression
-- pipelines a row: 106 ms) instead of the partial index of the rows below, whose condition needs no test (17 ms). The
-- function is costed as what it is, so that it is tested only where no index already holds its answer.
CREATE STATISTICS indicator_rows_below_stats ON (jixiao_row_below(target, actual)) FROM indicator_rows;
ALTER FUNCTION jixiao_row_below(text, text) COST 10000;
ANALYZE indicator_rows;

-- How many forms have a row of one of these names (有生态效益指标的项目有几个, and whether more than a listing shows),
-- over every form: read from the GIN index of indicator_forms (migration 035). The planner guesses 0.5 % of the forms
-- for any name and then prefers reading the whole table, which costs PGlite (WebAssembly) 35–45 ms at 100 000 forms
-- for a test of each form's array against 3–7 ms through the index; the setting holds inside this function only.
-- up_to: count no further than that many (NULL: all of them).
CREATE FUNCTION jixiao_forms_with_row_names(ids integer[], up_to bigint) RETURNS bigint
  LANGUAGE sql STABLE SET enable_seqscan = off AS $$
  SELECT count(*) FROM (SELECT 1 FROM indicator_forms WHERE names && ids LIMIT up_to) c
$$;

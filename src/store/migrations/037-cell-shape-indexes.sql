-- The shape of a text cell as a number (src/query/derived-fields.ts, cell-shape-words.ts): how many numbers the
-- 联系电话 cell holds, how many people the 项目负责人 cell names, how many digits its longest number has. Indexed like
-- every computed field (029), so that 联系电话填了两个号码 / 电话是9位数 read an index, not every form. The separators are
-- those of derived-fields.ts CELL_SEPARATORS; the expressions must stay identical to the fields' columns.
CREATE FUNCTION jixiao_phone_digits(p_phone text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT max(length(regexp_replace(p, '\D', '', 'g')))::integer
    FROM regexp_split_to_table(p_phone, '[、,，;；/／]+') AS p
$$;

CREATE INDEX form_facts_phone_count
  ON form_facts ((cardinality(array_remove(regexp_split_to_array(phone, '[、,，;；/／]+'), ''))));
CREATE INDEX form_facts_owner_count
  ON form_facts ((cardinality(array_remove(regexp_split_to_array(owner_name, '[、,，;；/／]+'), ''))));
CREATE INDEX form_facts_phone_digits ON form_facts ((jixiao_phone_digits(phone)));

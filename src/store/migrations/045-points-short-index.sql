-- 离满分差的分数 (src/query/derived-fields.ts pointsShort: 总分值 − 总分), a field computed from two facts like those of
-- 029: an index on its expression term for term, so that a ranking (离满分差得最多的) reads its top entries and a
-- condition (离满分差不到5分) only the forms that meet it.
CREATE INDEX form_facts_points_short ON form_facts ((total_weight - stated_total));

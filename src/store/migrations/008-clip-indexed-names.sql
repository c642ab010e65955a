-- A project or department name of a few hundred CJK characters (a misread paragraph, or a hostile file) overflowed the
-- btree indexes of the portfolio tables, and the whole upload was lost. Indexed copies are clipped to 200 characters;
-- the record (form_versions.record) keeps the full text.
CREATE FUNCTION jixiao_clip_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.department := left(NEW.department, 200);
  NEW.dept_key := left(NEW.dept_key, 200);
  NEW.project_name := left(NEW.project_name, 200);
  NEW.project_key := left(NEW.project_key, 200);
  RETURN NEW;
END
$$;

CREATE FUNCTION jixiao_clip_fact_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.implementing_unit := left(NEW.implementing_unit, 200);
  NEW.owner_name := left(NEW.owner_name, 200);
  RETURN NEW;
END
$$;

CREATE TRIGGER form_facts_clip BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_clip_names();
CREATE TRIGGER form_facts_clip_more BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_clip_fact_names();
CREATE TRIGGER expected_projects_clip BEFORE INSERT OR UPDATE ON expected_projects
  FOR EACH ROW EXECUTE FUNCTION jixiao_clip_names();

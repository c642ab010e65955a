-- The question parser's vocabulary of names (src/query/vocabulary.ts) read every form's names again whenever any name
-- changed: 5–8 s at 100 000 projects for the first question after an upload. Each facts row now carries the
-- transaction that last changed its names, and a deleted row leaves its form id behind, so a reload reads only what
-- changed since it last looked.
--
-- A transaction id, not a sequence number: a nextval is taken before its writer commits, so a reader could see number
-- N+1 committed while N is still in flight and then never look below N+1 again. A reader instead keeps the oldest
-- transaction still running when it read (pg_snapshot_xmin): everything below it had finished and was read, and
-- everything from it on is read the next time (rows read twice are the same rows). xid8 never wraps around.
ALTER TABLE form_facts ADD COLUMN names_xid xid8;

-- Runs after every other BEFORE trigger on form_facts (they fire in name order: form_facts_clip, form_facts_hold,
-- form_facts_round_rate), so it compares the names as stored: clipped, and the department as held or counted.
CREATE FUNCTION jixiao_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR (NEW.department, NEW.dept_key, NEW.implementing_unit, NEW.owner_name, NEW.project_name,
      NEW.owner_id, NEW.year) IS DISTINCT FROM (OLD.department, OLD.dept_key, OLD.implementing_unit, OLD.owner_name,
      OLD.project_name, OLD.owner_id, OLD.year) THEN
    NEW.names_xid := pg_current_xact_id();
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER form_facts_znames_changed BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_names_changed();

-- Rows written before this migration keep NULL: a reader's first load reads every row anyway.
CREATE INDEX form_facts_names_xid ON form_facts (names_xid);

-- The forms whose facts row was deleted (a form deleted, cascading), by the transaction that deleted them. Kept a day:
-- a reader that has not looked for longer reads every name again (vocabulary.ts, FULL_RELOAD_MS).
CREATE TABLE form_facts_gone (
  form_id text NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX form_facts_gone_xid ON form_facts_gone (xid);
CREATE INDEX form_facts_gone_at ON form_facts_gone (at);

CREATE FUNCTION jixiao_facts_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM form_facts_gone WHERE at < now() - interval '1 day';
  INSERT INTO form_facts_gone (form_id) SELECT form_id FROM gone_facts;
  RETURN NULL;
END
$$;

CREATE TRIGGER form_facts_gone AFTER DELETE ON form_facts REFERENCING OLD TABLE AS gone_facts
  FOR EACH STATEMENT EXECUTE FUNCTION jixiao_facts_gone();

-- Where a form counts is decided by who uploaded it (issue 13): a form naming a department its uploader is not bound
-- to (and that no admin uploaded) is held as 待确认 for that department's admin, counted nowhere until confirmed.
CREATE TABLE department_claims (
  form_id text NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  dept_key text NOT NULL,
  department text,
  owner_id text NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  decided_by text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (form_id, dept_key)
);
CREATE INDEX department_claims_pending ON department_claims (dept_key) WHERE status = 'pending';

ALTER TABLE form_facts ADD COLUMN held_dept_key text;

-- Runs after form_facts_clip (BEFORE triggers fire in name order), on the clipped department.
CREATE FUNCTION jixiao_hold_foreign_forms() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_key text := left(NULLIF(regexp_replace(coalesce(NEW.department, ''), '\s', '', 'g'), ''), 200);
  v_bound text;
  v_admin boolean;
BEGIN
  SELECT regexp_replace(coalesce(u.department, ''), '\s', '', 'g'), u.is_admin INTO v_bound, v_admin
    FROM users u WHERE u.id = NEW.owner_id;
  IF v_key IS NULL OR coalesce(v_admin, false) OR v_bound = v_key OR EXISTS (
       SELECT 1 FROM department_claims c WHERE c.form_id = NEW.form_id AND c.dept_key = v_key AND c.status = 'confirmed')
  THEN
    NEW.dept_key := v_key;
    NEW.held_dept_key := NULL;
    RETURN NEW;
  END IF;
  INSERT INTO department_claims (form_id, dept_key, department, owner_id)
    VALUES (NEW.form_id, v_key, NEW.department, NEW.owner_id)
    ON CONFLICT (form_id, dept_key) DO NOTHING;
  NEW.dept_key := NULL;
  NEW.held_dept_key := v_key;
  RETURN NEW;
END
$$;

CREATE TRIGGER form_facts_hold BEFORE INSERT OR UPDATE ON form_facts
  FOR EACH ROW EXECUTE FUNCTION jixiao_hold_foreign_forms();

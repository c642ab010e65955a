-- Portfolio questions (src/query/) and deadline reminders (src/remind/).

-- One row per form: the latest version's facts that portfolio questions filter on. Kept by a trigger on
-- form_versions, so every writer (bot, import, CLI) keeps it right without knowing it exists.
CREATE TABLE form_facts (
  form_id text PRIMARY KEY REFERENCES forms (id) ON DELETE CASCADE,
  version integer NOT NULL,
  owner_id text NOT NULL,
  year integer,
  department text,
  -- Whitespace removed: the access check and department filters compare on this.
  dept_key text,
  implementing_unit text,
  owner_name text,
  project_name text,
  project_key text,
  -- 全年预算数 / 全年执行数 in 万元 (a value written in 元 is divided by 10 000).
  budget double precision,
  executed double precision,
  execution_rate double precision,
  total_score double precision,
  grade text,
  -- 优 1 … 差 4, so "良 or worse" is grade_rank >= 2.
  grade_rank smallint,
  error_count integer NOT NULL DEFAULT 0,
  warning_count integer NOT NULL DEFAULT 0,
  missing_count integer NOT NULL DEFAULT 0,
  -- Finding codes, plus `CODE:path` for FIELD_MISSING and `MISSING:path` for each required field missing.
  codes text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX form_facts_dept_year ON form_facts (dept_key, year);
CREATE INDEX form_facts_owner ON form_facts (owner_id, year);
CREATE INDEX form_facts_rate ON form_facts (execution_rate);
CREATE INDEX form_facts_total ON form_facts (total_score);
CREATE INDEX form_facts_codes ON form_facts USING gin (codes);

CREATE FUNCTION jixiao_money(cell jsonb) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN cell->>'unit' = '元' THEN (cell->>'value')::double precision / 10000
              ELSE (cell->>'value')::double precision END
$$;

CREATE FUNCTION jixiao_upsert_facts(p_form text, p_ver integer, p_rec jsonb, p_chk jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_owner text;
BEGIN
  SELECT f.owner_id INTO v_owner FROM forms f WHERE f.id = p_form;
  INSERT INTO form_facts AS ff (form_id, version, owner_id, year, department, dept_key, implementing_unit, owner_name,
    project_name, project_key, budget, executed, execution_rate, total_score, grade, grade_rank,
    error_count, warning_count, missing_count, codes)
  SELECT p_form, p_ver, v_owner,
    (p_rec->>'year')::integer,
    NULLIF(btrim(p_rec->>'department'), ''),
    NULLIF(regexp_replace(coalesce(p_rec->>'department', ''), '\s', '', 'g'), ''),
    NULLIF(btrim(p_rec->>'implementingUnit'), ''),
    NULLIF(btrim(p_rec->>'owner'), ''),
    NULLIF(btrim(p_rec->>'projectName'), ''),
    NULLIF(regexp_replace(coalesce(p_rec->>'projectName', ''), '\s', '', 'g'), ''),
    jixiao_money(p_rec #> '{funds,total,annualBudget}'),
    jixiao_money(p_rec #> '{funds,total,executed}'),
    (p_chk #>> '{score,budget,rate}')::double precision,
    (p_chk #>> '{score,total,computed}')::double precision,
    p_chk #>> '{score,grade}',
    CASE p_chk #>> '{score,grade}' WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 END,
    (SELECT count(*) FROM jsonb_array_elements(p_chk->'findings') x WHERE x->>'severity' = 'error'),
    (SELECT count(*) FROM jsonb_array_elements(p_chk->'findings') x WHERE x->>'severity' = 'warning'),
    coalesce(jsonb_array_length(p_chk->'missing'), 0),
    ARRAY(
      SELECT DISTINCT c FROM (
        SELECT x->>'code' AS c FROM jsonb_array_elements(p_chk->'findings') x
        UNION ALL
        SELECT (x->>'code') || ':' || (x->>'path') FROM jsonb_array_elements(p_chk->'findings') x
          WHERE x->>'code' = 'FIELD_MISSING'
        UNION ALL
        SELECT 'MISSING:' || (m->>'path') FROM jsonb_array_elements(p_chk->'missing') m
      ) s WHERE c IS NOT NULL
    )
  ON CONFLICT (form_id) DO UPDATE SET
    version = EXCLUDED.version, owner_id = EXCLUDED.owner_id, year = EXCLUDED.year,
    department = EXCLUDED.department, dept_key = EXCLUDED.dept_key, implementing_unit = EXCLUDED.implementing_unit,
    owner_name = EXCLUDED.owner_name, project_name = EXCLUDED.project_name, project_key = EXCLUDED.project_key,
    budget = EXCLUDED.budget, executed = EXCLUDED.executed, execution_rate = EXCLUDED.execution_rate,
    total_score = EXCLUDED.total_score, grade = EXCLUDED.grade, grade_rank = EXCLUDED.grade_rank,
    error_count = EXCLUDED.error_count, warning_count = EXCLUDED.warning_count,
    missing_count = EXCLUDED.missing_count, codes = EXCLUDED.codes
  WHERE ff.version <= EXCLUDED.version;
END
$$;

CREATE FUNCTION jixiao_form_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM jixiao_upsert_facts(NEW.form_id, NEW.version, NEW.record, NEW.check_result);
  RETURN NEW;
END
$$;

CREATE TRIGGER form_versions_facts AFTER INSERT ON form_versions FOR EACH ROW EXECUTE FUNCTION jixiao_form_facts();

-- Forms stored before this migration.
SELECT jixiao_upsert_facts(v.form_id, v.version, v.record, v.check_result)
  FROM form_versions v JOIN forms f ON f.id = v.form_id AND v.version = f.current_version;

-- Projects a department is expected to report for a year (admin-provided); "not submitted" compares against it,
-- or, for a department and year without a list, against the department's projects of the year before.
CREATE TABLE expected_projects (
  year integer NOT NULL,
  department text NOT NULL,
  dept_key text NOT NULL,
  project_name text NOT NULL,
  project_key text NOT NULL,
  -- The chat user reminded about it, when known.
  owner_user_id text,
  PRIMARY KEY (year, dept_key, project_key)
);

-- The chat group of a department: it gets the department's reminder summary.
CREATE TABLE department_groups (
  dept_key text PRIMARY KEY,
  department text NOT NULL,
  channel text NOT NULL,
  group_id text NOT NULL
);

-- Per-user reminder preferences set by chat (我的提醒 / 推迟提醒 / 停止提醒).
CREATE TABLE reminder_prefs (
  user_id text PRIMARY KEY,
  snoozed_until timestamptz,
  stopped boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Deadlines: defaults are materialised by the planner (source 'default'); an admin override (source 'override')
-- is never replaced by a default.
ALTER TABLE deadlines ADD COLUMN source text NOT NULL DEFAULT 'default';

-- The schedule: one row per (deadline, recipient, lead time), so planning twice (or on two replicas) is harmless.
ALTER TABLE reminders ADD COLUMN lead_days integer NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN recipient_key text NOT NULL DEFAULT '';
ALTER TABLE reminders ADD COLUMN user_id text;
ALTER TABLE reminders ADD COLUMN send_at timestamptz;
ALTER TABLE reminders ADD COLUMN next_attempt_at timestamptz;
CREATE UNIQUE INDEX reminders_once ON reminders (deadline_id, recipient_key, lead_days);
CREATE INDEX reminders_send ON reminders (status, send_at);
CREATE INDEX reminders_user ON reminders (user_id, status);

-- Users: `channel:platformUserId`.
CREATE TABLE users (
  id text PRIMARY KEY,
  channel text NOT NULL,
  name text,
  department text,
  is_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Uploaded files, stored before any parsing; one row per (user, content).
CREATE TABLE uploads (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL,
  mime text,
  size integer NOT NULL,
  sha256 text NOT NULL,
  bytes bytea NOT NULL,
  status text NOT NULL DEFAULT 'received',
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, sha256)
);

CREATE TABLE forms (
  id text PRIMARY KEY,
  owner_id text NOT NULL REFERENCES users (id),
  upload_id text REFERENCES uploads (id),
  form_index integer NOT NULL DEFAULT 0,
  project_name text,
  department text,
  year integer,
  current_version integer NOT NULL,
  total_computed double precision,
  grade text,
  error_count integer NOT NULL DEFAULT 0,
  missing_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX forms_owner ON forms (owner_id, updated_at DESC);
CREATE INDEX forms_department_year ON forms (department, year);

-- Every version of a record, as read or as corrected.
CREATE TABLE form_versions (
  form_id text NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  version integer NOT NULL,
  record jsonb NOT NULL,
  provenance jsonb NOT NULL,
  check_result jsonb NOT NULL,
  source text NOT NULL,
  by_user text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (form_id, version)
);

-- Who changed what: one row per field of a version after the first.
CREATE TABLE field_changes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  form_id text NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  version integer NOT NULL,
  path text NOT NULL,
  old_value jsonb,
  new_value jsonb,
  source text NOT NULL,
  by_user text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX field_changes_form ON field_changes (form_id, version);

-- Findings of the latest version only (older ones stay inside form_versions.check_result).
CREATE TABLE findings (
  form_id text NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  version integer NOT NULL,
  code text NOT NULL,
  severity text NOT NULL,
  path text NOT NULL,
  message text NOT NULL,
  stated jsonb,
  expected jsonb,
  detail text,
  PRIMARY KEY (form_id, seq)
);
CREATE INDEX findings_code ON findings (code);

-- Dialogue state per conversation, so a restart or a second replica continues.
CREATE TABLE conversations (
  key text PRIMARY KEY,
  state jsonb NOT NULL,
  revision integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Platform event ids already taken (dedup); purged after the TTL.
CREATE TABLE processed_events (
  event_id text PRIMARY KEY,
  seen_at timestamptz NOT NULL
);
CREATE INDEX processed_events_seen ON processed_events (seen_at);

-- Reporting deadlines (issue 7): one per year, department (NULL = all) and kind.
CREATE TABLE deadlines (
  id text PRIMARY KEY,
  year integer NOT NULL,
  department text,
  kind text NOT NULL,
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Reminders to send; a worker claims a row (claimed_by/claimed_at) before sending so two replicas never both send.
CREATE TABLE reminders (
  id text PRIMARY KEY,
  deadline_id text REFERENCES deadlines (id) ON DELETE CASCADE,
  year integer NOT NULL,
  department text,
  kind text NOT NULL,
  due_at timestamptz NOT NULL,
  recipient jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending',
  claimed_by text,
  claimed_at timestamptz,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reminders_due ON reminders (status, due_at);

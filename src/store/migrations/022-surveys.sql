-- Satisfaction surveys run from the chat (issue 15). A survey belongs to one form (one project's 自评表); its public
-- link carries `token`, never the id. Respondents are known only by hashes: no personal data is kept by default.
CREATE TABLE surveys (
  id text PRIMARY KEY,
  -- The unguessable part of the public link (/s/<token>).
  token text NOT NULL UNIQUE,
  form_id text NOT NULL REFERENCES forms (id) ON DELETE CASCADE,
  project_name text,
  -- Who started it: gets the progress, the reminder before the end and the result.
  owner_id text NOT NULL REFERENCES users (id),
  -- [{ id, type: 'scale5' | 'text', text, optional? }]
  questions jsonb NOT NULL,
  ends_at timestamptz NOT NULL,
  target_sample integer NOT NULL,
  -- 'open' | 'closed'
  status text NOT NULL DEFAULT 'open',
  -- Only holders of a one-time code may answer (closed groups).
  codes_required boolean NOT NULL DEFAULT false,
  -- Signs the device cookie and salts the address hashes; never leaves the server.
  secret text NOT NULL,
  -- The result written at close: { responses, valid, satisfied, rate, method, applied, pending? }.
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
CREATE INDEX surveys_form ON surveys (form_id, created_at DESC);
CREATE INDEX surveys_open ON surveys (status, ends_at);
CREATE INDEX surveys_owner ON surveys (owner_id, status);

-- One row per answer. device_hash = sha256 of the cookie's random device id (unique per survey: a device answers
-- once, also under concurrency); ip_hash = sha256 of the survey secret and the address (counted per hour).
CREATE TABLE survey_responses (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_id text NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  device_hash text NOT NULL,
  ip_hash text NOT NULL,
  answers jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (survey_id, device_hash)
);
CREATE INDEX survey_responses_ip ON survey_responses (survey_id, ip_hash, created_at);

-- Optional one-time codes for closed groups: kept hashed, each used by at most one response.
CREATE TABLE survey_codes (
  survey_id text NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz,
  response_id integer REFERENCES survey_responses (id) ON DELETE SET NULL,
  PRIMARY KEY (survey_id, code_hash)
);

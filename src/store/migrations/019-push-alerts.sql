-- Admin alerts about pushes a platform refused for good (bot not in the group, user outside the app's range, monthly
-- quota used up): one row per cause, so the admins hear of each once (again after a week if it persists), however
-- many reminders and replicas run into it.
CREATE TABLE push_alerts (
  key text PRIMARY KEY,
  alerted_at timestamptz NOT NULL,
  occurrences integer NOT NULL DEFAULT 1,
  last_error text
);

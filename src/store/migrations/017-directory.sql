-- The organisation directory (issue 14): departments and members synced from Lark contact, WeCom and DingTalk.
-- users.id stays `channel:platformUserId` (forms, uploads and reminders reference it); stable_id is the id that survives
-- a new app: Lark union_id (open_id is per app), WeCom/DingTalk userid. A row keyed by an old open_id is found again by
-- its stable_id once the same person is seen with it (a message or a sync), so nothing is orphaned.
ALTER TABLE users ADD COLUMN stable_id text;
-- 'hand': bound by an admin (kept; a sync never overrides it); 'directory': follows the synced department.
ALTER TABLE users ADD COLUMN department_source text;
UPDATE users SET department_source = 'hand' WHERE department IS NOT NULL;
CREATE UNIQUE INDEX users_stable_id ON users (channel, stable_id) WHERE stable_id IS NOT NULL;

CREATE TABLE directory_departments (
  channel text NOT NULL,
  dept_id text NOT NULL,
  parent_id text,
  name text NOT NULL,
  synced_at timestamptz NOT NULL,
  PRIMARY KEY (channel, dept_id)
);

CREATE TABLE directory_members (
  channel text NOT NULL,
  stable_id text NOT NULL,
  -- The id messages and pushes carry (Lark open_id of this app; WeCom/DingTalk userid).
  platform_id text NOT NULL,
  name text,
  -- Main department (Lark/WeCom/DingTalk list a user under several; the first listed is the main one).
  dept_id text,
  synced_at timestamptz NOT NULL,
  PRIMARY KEY (channel, stable_id)
);
CREATE INDEX directory_members_platform ON directory_members (channel, platform_id);

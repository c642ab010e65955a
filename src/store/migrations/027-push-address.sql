-- Where pushes to a user go now (issue 14): the platform id last seen for the person. users.id keeps the id the row was
-- created under (forms, reminders and bindings reference it), but after a new Lark app that open_id is refused
-- ("open_id cross app"); the new app's open_id is recorded here when the person is seen again by union_id (a message or
-- a directory sync), and reminders, admin alerts and survey links go to it. NULL: the id part of users.id.
ALTER TABLE users ADD COLUMN platform_id text;

-- Retention of raw uploads (issue 13): after JIXIAO_UPLOAD_RETENTION_DAYS the file's bytes are dropped and the row,
-- its hash (so a re-sent file is still recognised) and every form read from it are kept.
ALTER TABLE uploads ALTER COLUMN bytes DROP NOT NULL;
ALTER TABLE uploads ADD COLUMN purged_at timestamptz;
-- The per-user daily quota counts a user's recent uploads; the purge finds old bytes still held.
CREATE INDEX uploads_user_created ON uploads (user_id, created_at);
CREATE INDEX uploads_unpurged ON uploads (created_at) WHERE bytes IS NOT NULL;

-- Reminders that land at most once where the platform takes no idempotency key (issue 14): when a push starts, the
-- row says so, durably, before the platform is called. A row found again with a push started and no outcome recorded
-- (the worker died between "platform accepted" and "marked sent", or the call's answer never came) is not sent again
-- to DingTalk, Telegram or WeChat: it ends as 'unconfirmed'. Lark (uuid) and WeCom app messages (duplicate check) drop
-- a repeat themselves, so those are sent again.
ALTER TABLE reminders ADD COLUMN push_started_at timestamptz;

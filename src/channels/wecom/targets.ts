/**
 * How WeCom group recipients are written in `department_groups.group_id` and reminder rows, so a push knows which way
 * to go without asking the platform: an appchat chatid as it is, a robot group with `aibot:`, a 群机器人 with `webhook:`.
 */
export const ROBOT_GROUP_PREFIX = 'aibot:';
export const WEBHOOK_PREFIX = 'webhook:';

/**
 * A 群机器人 webhook address (`https://<host>/cgi-bin/webhook/send?key=…`) in a message: its key, and the text without
 * it. Recognised by the platform's path and `key` parameter, not the host, so 政务微信 addresses work too.
 */
export function findGroupWebhook(text: string): { key: string; rest: string } | null {
  for (const token of text.split(/\s+/)) {
    let url: URL;
    try {
      url = new URL(token);
    } catch {
      continue;
    }
    const key = url.searchParams.get('key');
    if (/^https?:$/.test(url.protocol) && url.pathname.endsWith('/cgi-bin/webhook/send') && key) {
      return { key, rest: text.replace(token, ' ').replace(/\s+/g, ' ').trim() };
    }
  }
  return null;
}

/** A recipient shown to people (the push log): a webhook key lets anyone post to the group, so only its tail shows. */
export const maskWebhookKeys = (text: string) =>
  text.replace(
    new RegExp(`${WEBHOOK_PREFIX}(\\S+)`, 'g'),
    (_, key: string) => `${WEBHOOK_PREFIX}…${key.slice(-4)}`,
  );

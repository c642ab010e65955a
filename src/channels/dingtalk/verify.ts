import { createHmac, timingSafeEqual } from 'node:crypto';

/** The outgoing robot's signature: base64(HMAC-SHA256(key = appSecret, `${timestamp}\n${appSecret}`)). */
export function dingTalkSign(timestamp: string, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** Max clock skew DingTalk allows between the `timestamp` header and now. */
export const MAX_SKEW_MS = 3_600_000;

export function verifyDingTalkSignature(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  now = Date.now(),
): boolean {
  const timestamp = typeof headers.timestamp === 'string' ? headers.timestamp : undefined;
  const sign = typeof headers.sign === 'string' ? headers.sign : undefined;
  if (!timestamp || !sign || !/^\d{10,16}$/.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > MAX_SKEW_MS) return false;
  const expected = Buffer.from(dingTalkSign(timestamp, secret));
  const given = Buffer.from(sign);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

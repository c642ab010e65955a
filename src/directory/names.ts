import type { IncomingMessage } from '../bot/messages.ts';
import { loadLarkConfig } from '../channels/lark/config.ts';
import { loadOutbound } from '../net/outbound.ts';
import { loadDirectoryConfig } from './config.ts';
import { LarkDirectory } from './lark.ts';

type Env = Record<string, string | undefined>;
export type SenderName = (msg: IncomingMessage) => Promise<string | null>;

const LARK_HOSTS: Record<string, string> = {
  feishu: 'https://open.feishu.cn',
  lark: 'https://open.larksuite.com',
};

/** A miss (no scope, outside the contact range, platform down) is not asked again for this long. */
const MISS_TTL_MS = 60 * 60_000;

/**
 * Display names for senders whose events carry none (Lark). The bot asks only while the user row has no name and
 * stores what it gets, so the database is the cache; misses are remembered here so a user the app may not see does
 * not cost a contact call per message. Undefined when no platform needs it.
 */
export function senderNames(env: Env, now: () => number = Date.now): SenderName | undefined {
  // A broken Lark config is the channel's to report (with the store closed again); here it only means no names.
  let lark: ReturnType<typeof loadLarkConfig>;
  let timeoutMs: number;
  try {
    lark = loadLarkConfig(env);
    timeoutMs = loadDirectoryConfig(env).timeoutMs;
  } catch {
    return undefined;
  }
  if (!lark) return undefined;
  const directory = new LarkDirectory(
    {
      appId: lark.appId,
      appSecret: lark.appSecret,
      baseUrl: LARK_HOSTS[lark.domain] ?? lark.domain,
      timeoutMs,
    },
    loadOutbound(env),
  );
  const misses = new Map<string, number>();
  return async (msg) => {
    if (msg.chat.channel !== 'lark' || msg.sender.name) return msg.sender.name ?? null;
    const id = msg.sender.id;
    if ((misses.get(id) ?? 0) > now()) return null;
    const name = await directory.userName(id).catch(() => null);
    if (!name) misses.set(id, now() + MISS_TTL_MS);
    return name;
  };
}

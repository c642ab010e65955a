import type { ChannelName } from '../../bot/messages.ts';
import { AppError } from '../../errors.ts';

/**
 * Why a platform refuses a push for good: sending it again (8 attempts over hours) cannot succeed and only spends the
 * quota, so the reminder stops at once and the admins are told what to fix.
 */
export type PermanentKind =
  | 'not_in_chat'
  | 'out_of_scope'
  | 'quota'
  | 'blocked'
  | 'not_enabled'
  | 'ip_not_allowed';

/** What the admins read, per kind: what happened and what to do (the platform's code follows in the alert). */
export const PERMANENT_REASONS: Record<PermanentKind, string> = {
  not_in_chat: '机器人不在该群（或群已解散），请把机器人加回群里',
  out_of_scope: '该用户不在应用的可用范围内，请在开发者后台把他加入可用范围',
  quota: '本月平台接口调用额度已用完，提醒暂停，请扩容额度或等下月恢复',
  blocked: '用户已屏蔽或删除机器人，需用户重新打开与机器人的会话',
  not_enabled: '应用未开通机器人能力或缺少发消息权限，请在开发者后台开通并发布新版本',
  ip_not_allowed: '服务器的出口IP不在应用的企业可信IP中，请在管理后台把它加入企业可信IP',
};

export class PermanentPushError extends AppError {
  constructor(
    readonly kind: PermanentKind,
    readonly channel: ChannelName,
    /** The platform's own code, for the alert and the log. */
    readonly platformCode: string | number | undefined,
    options?: { cause?: unknown },
  ) {
    super('CHANNEL_REJECTED', PERMANENT_REASONS[kind], {
      ...(options?.cause === undefined ? {} : { cause: options.cause }),
      detail: `${channel} ${platformCode ?? ''}`.trim(),
    });
  }
}

/** Rethrows `err` as a PermanentPushError when `kindOf` knows its code; otherwise as it is. */
export function permanentOr(
  err: unknown,
  channel: ChannelName,
  kindOf: (code: string | number) => PermanentKind | undefined,
): never {
  const code = (err as { platformCode?: unknown } | null)?.platformCode;
  if (typeof code === 'string' || typeof code === 'number') {
    const kind = kindOf(code);
    if (kind) throw new PermanentPushError(kind, channel, code, { cause: err });
  }
  throw err;
}

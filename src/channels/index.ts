import type { Logger } from 'pino';
import { parseConfig } from '../config.ts';
import { log } from '../log.ts';
import { loadOutbound } from '../net/outbound.ts';
import type { Channel } from './channel.ts';
import type { Accept } from './common/intake.ts';
import { WebhookServer, webhookConfigSchema } from './common/webhook-server.ts';
import { DingTalkChannel } from './dingtalk/channel.ts';
import { loadDingTalkConfig } from './dingtalk/config.ts';
import { LarkChannel } from './lark/channel.ts';
import { loadLarkConfig } from './lark/config.ts';
import { TelegramChannel } from './telegram/channel.ts';
import { loadTelegramConfig } from './telegram/config.ts';
import { WechatChannel } from './wechat/channel.ts';
import { loadWechatConfig } from './wechat/config.ts';
import { WecomChannel } from './wecom/channel.ts';
import { loadWecomConfig } from './wecom/config.ts';

export interface PlatformDeps {
  /** `bot.accept`: every platform channel acks its event once this has claimed the event id. */
  accept: Accept;
  logger?: Logger;
}

/**
 * The platform channels whose credentials are configured (Lark, DingTalk, WeCom, WeChat, Telegram). Every
 * config section is validated now, so a half-configured channel fails start-up loudly; a configured channel that
 * cannot connect only reports `connected: false` and keeps retrying. Webhook-mode channels share one listener
 * (JIXIAO_WEBHOOK_HOST/PORT), started only if one of them needs it.
 */
export function platformChannels(env: Record<string, string | undefined>, deps: PlatformDeps): Channel[] {
  const logger = deps.logger ?? log.child({ module: 'channels' });
  const lark = loadLarkConfig(env);
  const dingtalk = loadDingTalkConfig(env);
  const wecom = loadWecomConfig(env);
  const wechat = loadWechatConfig(env);
  const telegram = loadTelegramConfig(env);
  const hook = parseConfig(webhookConfigSchema, env);
  // One outbound route for every channel: HTTPS_PROXY / NO_PROXY, or JIXIAO_PROXY.
  const net = loadOutbound(env);
  if (net.enabled)
    logger.info({ proxy: redactProxy(net.config.httpsProxy ?? net.config.httpProxy) }, 'outbound proxy');
  const webhooks = new WebhookServer(
    hook.JIXIAO_WEBHOOK_HOST,
    hook.JIXIAO_WEBHOOK_PORT,
    logger,
    hook.JIXIAO_WEBHOOK_MAX_BODY_KB * 1024,
  );

  const channels: Channel[] = [];
  if (lark) channels.push(new LarkChannel({ config: lark, accept: deps.accept, webhooks, net }));
  if (dingtalk) channels.push(new DingTalkChannel({ config: dingtalk, accept: deps.accept, webhooks, net }));
  if (wecom) channels.push(new WecomChannel({ config: wecom, accept: deps.accept, webhooks, net }));
  // wechat4u and puppet-service are routed (see wechat/puppet.ts); other puppets cannot be, and say so at start.
  if (wechat) channels.push(new WechatChannel({ config: wechat, accept: deps.accept, net }));
  if (telegram) channels.push(new TelegramChannel({ config: telegram, accept: deps.accept, webhooks, net }));
  logger.info({ enabled: channels.map((c) => c.name) }, 'platform channels configured');
  return channels;
}

/** A proxy URL for the log, without its user:password. */
function redactProxy(url: string | undefined): string | undefined {
  if (!url) return url;
  const u = new URL(url);
  if (u.username || u.password) {
    u.username = '***';
    u.password = '';
  }
  return u.toString();
}

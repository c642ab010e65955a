import type { Logger } from 'pino';
import { DEFAULT_HOSTS, loadDingTalkConfig } from '../channels/dingtalk/config.ts';
import { loadLarkConfig } from '../channels/lark/config.ts';
import { loadWecomConfig } from '../channels/wecom/config.ts';
import { ConfigInvalid } from '../errors.ts';
import { log } from '../log.ts';
import { DIRECT, loadOutbound, type Outbound } from '../net/outbound.ts';
import type { Store } from '../store/store.ts';
import { type ApplyResult, applySnapshot } from './apply.ts';
import { type DirectoryConfig, loadDirectoryConfig } from './config.ts';
import { DingTalkDirectory } from './dingtalk.ts';
import { LarkDirectory } from './lark.ts';
import type { DirectorySource } from './types.ts';
import { WecomDirectory } from './wecom.ts';

type Env = Record<string, string | undefined>;

const LARK_HOSTS: Record<string, string> = {
  feishu: 'https://open.feishu.cn',
  lark: 'https://open.larksuite.com',
};

/** The sources the config asks for; a platform asked for without its channel's credentials fails start-up. */
export function directorySources(config: DirectoryConfig, env: Env, outbound: Outbound): DirectorySource[] {
  return config.platforms.map((platform) => {
    if (platform === 'lark') {
      const lark = loadLarkConfig(env);
      if (!lark)
        throw new ConfigInvalid(
          'CONFIG_INVALID',
          '配置有误：通讯录同步需要飞书应用凭据（JIXIAO_LARK_APP_ID / SECRET）',
        );
      const baseUrl = LARK_HOSTS[lark.domain] ?? lark.domain;
      return new LarkDirectory(
        { appId: lark.appId, appSecret: lark.appSecret, baseUrl, timeoutMs: config.timeoutMs },
        outbound,
      );
    }
    if (platform === 'wecom') {
      const app = loadWecomConfig(env);
      if (!app?.app)
        throw new ConfigInvalid(
          'CONFIG_INVALID',
          '配置有误：企业微信通讯录同步需要自建应用凭据（JIXIAO_WECOM_CORP_ID / SECRET 等）',
        );
      return new WecomDirectory(
        {
          corpId: app.app.corpId,
          secret: config.wecomSecret ?? app.app.secret,
          apiBase: app.apiBase,
          timeoutMs: config.timeoutMs,
        },
        outbound,
      );
    }
    const ding = loadDingTalkConfig(env);
    if (!ding)
      throw new ConfigInvalid(
        'CONFIG_INVALID',
        '配置有误：钉钉通讯录同步需要钉钉应用凭据（JIXIAO_DINGTALK_CLIENT_ID / SECRET）',
      );
    return new DingTalkDirectory(
      {
        clientId: ding.clientId,
        clientSecret: ding.clientSecret,
        oapi: (ding.hosts ?? DEFAULT_HOSTS).oapi,
        timeoutMs: config.timeoutMs,
      },
      outbound,
    );
  });
}

/** Checks the directory config at start-up, before anything is opened (throws ConfigInvalid, in Chinese). */
export function checkDirectoryConfig(env: Env): void {
  directorySources(loadDirectoryConfig(env), env, DIRECT);
}

/** One sync of one source: fetched whole, then applied in one transaction; a failure is logged and changes nothing. */
export async function syncOnce(
  store: Store,
  source: DirectorySource,
  logger: Logger,
): Promise<ApplyResult | null> {
  try {
    const result = await applySnapshot(store.sql, source.channel, await source.fetch());
    logger.info({ channel: source.channel, ...result }, 'directory synced');
    if (result.keptByHand > 0)
      logger.info(
        { channel: source.channel, keptByHand: result.keptByHand },
        'users bound by hand to another department than the directory keep the hand binding',
      );
    return result;
  } catch (err) {
    logger.warn({ channel: source.channel, err }, 'directory sync failed; the previous sync stays');
    return null;
  }
}

/**
 * Syncs every configured directory at start-up and then every interval; each source on its own, so one platform's
 * outage leaves the others syncing. No-op when JIXIAO_DIRECTORY_SYNC is unset.
 */
export function startDirectorySync(
  store: Store,
  env: Env,
  logger: Logger = log.child({ module: 'directory' }),
): { stop(): Promise<void> } {
  const config = loadDirectoryConfig(env);
  const sources = directorySources(config, env, loadOutbound(env));
  if (sources.length === 0) return { stop: async () => undefined };
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(() => Promise.all(sources.map((s) => syncOnce(store, s, logger))));
  };
  run();
  const timer = setInterval(run, config.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

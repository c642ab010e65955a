import type { Logger } from 'pino';
import { type Wechaty, WechatyBuilder } from 'wechaty';
import { ConfigInvalid } from '../../errors.ts';
import type { Outbound } from '../../net/outbound.ts';
import type { WechatConfig } from './config.ts';

/** How a puppet's traffic leaves the host. */
export type PuppetRoute = 'proxy' | 'direct' | 'none' | 'unrouted';

/** A wechat4u request (axios config); only the fields the route sets are named. */
interface Wechat4uRequest {
  url?: string;
  [key: string]: unknown;
}
interface Wechat4uCore {
  request: (options: Wechat4uRequest) => Promise<unknown>;
  start: () => Promise<void>;
  removeAllListeners: (event: string) => void;
}

const STOPPED_CORE = { start: async () => undefined };

/** wechat4u restarts itself at once after a failed login request; restarts are spaced by this much. */
const RESTART_GAP_MS = 10_000;

/**
 * wechat4u (the web protocol) sends every request through one function, `core.request`, an axios instance built with
 * no agent. The puppet creates the core in `onStart` and starts it in the same turn, so the core is wrapped as it is
 * assigned: each request then carries the CONNECT agent for its URL (axios's own proxy handling, which does not tunnel,
 * stays off). A puppet version that no longer assigns `wechat4u` would go around the proxy; the proxy test catches that.
 */
function routeWechat4u(puppet: { onStop(): Promise<void> }, net: Outbound): void {
  let core: Wechat4uCore | undefined;
  let stopped = false;
  Object.defineProperty(puppet, 'wechat4u', {
    configurable: true,
    enumerable: true,
    // After a stop, a 'logout' handler already under way still ends in `this.wechat4u.start()`: it finds a core
    // that does nothing rather than undefined.
    get: () => core ?? (stopped ? STOPPED_CORE : undefined),
    set: (next: Wechat4uCore | undefined) => {
      if (next) {
        stopped = false;
        const send = next.request;
        if (typeof send !== 'function') throw new Error('wechat4u has no request function to route');
        next.request = (options) => {
          const agent = options.url ? net.agent(options.url) : undefined;
          return send(
            agent
              ? { ...options, proxy: false, httpAgent: agent, httpsAgent: agent }
              : { ...options, proxy: false },
          );
        };
        // A failed login request (proxy down, host refused) stops the core, and the puppet's 'logout' handler starts
        // it again at once: without a gap that is a loop of requests and error logs as fast as the proxy refuses.
        const start = next.start.bind(next);
        let nextStartAt = 0;
        next.start = async () => {
          const wait = Math.max(0, nextStartAt - Date.now());
          nextStartAt = Date.now() + wait + RESTART_GAP_MS;
          if (wait > 0) await new Promise((r) => setTimeout(r, wait).unref());
          if (!stopped) await start();
        };
      }
      core = next;
    },
  });
  // The puppet's 'logout' handler restarts the core after awaiting, by which time a stopping puppet has dropped it
  // (`this.wechat4u.start()` on undefined: an unhandled rejection on every stop). A deliberate stop wants no restart:
  // the handler is detached first; the web logout itself still happens.
  const onStop = puppet.onStop.bind(puppet);
  puppet.onStop = () => {
    stopped = true;
    core?.removeAllListeners('logout');
    return onStop();
  };
}

/** A name no real host ends with: grpc-js then finds nothing in the no-proxy list (an empty value means "read no_proxy"). */
const MATCHES_NO_HOST = 'no-host.invalid';

/**
 * grpc-js takes its proxy only from the environment (grpc_proxy, then https_proxy/http_proxy — lower case only — and
 * no_grpc_proxy/no_proxy), read when a channel is created. The decision is ours (JIXIAO_PROXY, NO_PROXY in any case), so
 * it is written into grpc's own variables, which nothing else in the process reads, just before the puppet connects.
 */
function routeGrpc(endpoint: string, tls: boolean, net: Outbound): 'proxy' | 'direct' {
  const proxy = net.proxyFor(`${tls ? 'https' : 'http'}://${endpoint}`);
  if (proxy) {
    process.env.grpc_proxy = proxy;
    process.env.no_grpc_proxy = MATCHES_NO_HOST;
    return 'proxy';
  }
  const host = endpoint.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  delete process.env.grpc_proxy;
  process.env.no_grpc_proxy = host;
  return 'direct';
}

/**
 * Fails start-up when the puppet could only go around the proxy: puppet-service without an endpoint would discover it
 * with Node's https.get (api.chatie.io), which no proxy setting reaches. Returns the puppet-service endpoint, if any.
 */
export function checkPuppetRoute(config: WechatConfig, net: Outbound): string | undefined {
  const endpoint = config.puppetOptions.endpoint;
  if (config.puppet !== 'wechaty-puppet-service') return undefined;
  if (typeof endpoint === 'string' && endpoint) return endpoint;
  if (net.enabled) {
    throw new ConfigInvalid(
      'CONFIG_INVALID',
      '配置有误：经代理联网时，wechaty-puppet-service 需要设置 JIXIAO_WECHAT_PUPPET_ENDPOINT（按令牌查找服务地址的请求无法经过代理）。',
    );
  }
  return undefined;
}

/**
 * The Wechaty for the configured puppet, its traffic routed by `net`:
 * - wechaty-puppet-wechat4u: every web-protocol request through the proxy (CONNECT);
 * - wechaty-puppet-service: the gRPC connection through the proxy (HTTP CONNECT by grpc-js). Token discovery
 *   (api.chatie.io) uses Node's https.get, which no proxy setting reaches: behind a proxy the endpoint must be given;
 * - wechaty-puppet-mock: no network;
 * - any other puppet opens connections of its own that cannot be routed: it runs as it is and the route says so.
 */
export async function buildWechaty(
  config: WechatConfig,
  net: Outbound,
  logger: Logger,
): Promise<{ wechaty: Wechaty; route: PuppetRoute }> {
  const name = config.session;
  const options = config.puppetOptions;
  if (config.puppet === 'wechaty-puppet-wechat4u') {
    const { PuppetWechat4u } = await import('wechaty-puppet-wechat4u');
    const puppet = new PuppetWechat4u(options);
    routeWechat4u(puppet, net);
    const route = net.proxyFor('https://login.wx.qq.com') ? 'proxy' : 'direct';
    return { wechaty: WechatyBuilder.build({ name, puppet }), route };
  }
  if (config.puppet === 'wechaty-puppet-service') {
    const endpoint = checkPuppetRoute(config, net);
    const route = endpoint
      ? routeGrpc(endpoint, !(options.tls as { disable?: boolean } | undefined)?.disable, net)
      : 'direct';
    return {
      wechaty: WechatyBuilder.build({ name, puppet: config.puppet as never, puppetOptions: options }),
      route,
    };
  }
  const route: PuppetRoute = config.puppet === 'wechaty-puppet-mock' ? 'none' : 'unrouted';
  if (route === 'unrouted' && net.enabled) {
    logger.warn(
      { puppet: config.puppet },
      'wechat: this puppet opens its own connections; they do not go through the proxy',
    );
  }
  return {
    wechaty: WechatyBuilder.build({ name, puppet: config.puppet as never, puppetOptions: options }),
    route,
  };
}

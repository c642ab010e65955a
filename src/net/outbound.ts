import type { ClientRequest, Agent as HttpAgent } from 'node:http';
import { globalAgent as httpGlobalAgent } from 'node:http';
import { globalAgent as httpsGlobalAgent } from 'node:https';
import { Agent as AgentBase, type AgentConnectOpts } from 'agent-base';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { type Dispatcher, ProxyAgent } from 'undici';
import { z } from 'zod';
import { parseConfig } from '../config.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const proxyUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// proxy URL' });

/**
 * The one outbound-proxy setting. `JIXIAO_PROXY` wins over the conventional variables (a URL, or `off` to ignore
 * them: a unit's shell profile may set HTTPS_PROXY for other tools); `JIXIAO_NO_PROXY` likewise over NO_PROXY.
 */
export const outboundConfigSchema = z.object({
  JIXIAO_PROXY: optional(z.union([z.literal('off'), proxyUrl])),
  JIXIAO_NO_PROXY: optional(z.string()),
  HTTPS_PROXY: optional(proxyUrl),
  https_proxy: optional(proxyUrl),
  HTTP_PROXY: optional(proxyUrl),
  http_proxy: optional(proxyUrl),
  NO_PROXY: optional(z.string()),
  no_proxy: optional(z.string()),
});

export interface OutboundConfig {
  /** For https:// and wss:// targets. */
  httpsProxy?: string;
  /** For http:// and ws:// targets. */
  httpProxy?: string;
  /** NO_PROXY entries, lower-cased: `*`, host names (a leading `.` or `*.` optional), IPs, each with `:port` or not. */
  noProxy: string[];
}

export function loadOutboundConfig(env: Record<string, string | undefined> = process.env): OutboundConfig {
  const c = parseConfig(outboundConfigSchema, env);
  const noProxy = (c.JIXIAO_NO_PROXY ?? c.NO_PROXY ?? c.no_proxy ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (c.JIXIAO_PROXY === 'off') return { noProxy };
  if (c.JIXIAO_PROXY) return { httpsProxy: c.JIXIAO_PROXY, httpProxy: c.JIXIAO_PROXY, noProxy };
  // curl's rule: HTTPS_PROXY for https targets, HTTP_PROXY for http ones; a lone HTTP_PROXY serves both, as
  // deployments commonly set only one of them.
  const https = c.HTTPS_PROXY ?? c.https_proxy;
  const http = c.HTTP_PROXY ?? c.http_proxy;
  const httpsProxy = https ?? http;
  const httpProxy = http ?? https;
  return { ...(httpsProxy ? { httpsProxy } : {}), ...(httpProxy ? { httpProxy } : {}), noProxy };
}

const defaultPort = (protocol: string) => (protocol === 'https:' || protocol === 'wss:' ? '443' : '80');

/** Whether a NO_PROXY entry covers this host and port. */
function bypasses(entry: string, host: string, port: string): boolean {
  if (entry === '*') return true;
  let pattern = entry;
  let wantPort: string | undefined;
  const m = entry.match(/^(.*?):(\d+)$/);
  if (m && !entry.startsWith('[')) [, pattern = entry, wantPort] = m;
  if (wantPort && wantPort !== port) return false;
  pattern = pattern.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
  return host === pattern || host.endsWith(`.${pattern}`);
}

/**
 * Outbound HTTP for every platform client: which proxy a URL goes through (or none), as the three things the SDKs
 * take — a `fetch` (undici dispatcher), a Node `http.Agent` (ws, axios, node-fetch) — so one setting covers every
 * request and WebSocket, CONNECT-tunnelled. Agents are made once per proxy and shared.
 */
export class Outbound {
  readonly #dispatchers = new Map<string, Dispatcher>();
  readonly #agents = new Map<string, HttpAgent>();

  constructor(readonly config: OutboundConfig = { noProxy: [] }) {}

  /** The proxy URL for a target, or undefined for a direct connection. */
  proxyFor(target: string | URL): string | undefined {
    const url = typeof target === 'string' ? new URL(target) : target;
    const secure = url.protocol === 'https:' || url.protocol === 'wss:';
    const proxy = secure ? this.config.httpsProxy : this.config.httpProxy;
    if (!proxy) return undefined;
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || defaultPort(url.protocol);
    return this.config.noProxy.some((e) => bypasses(e, host, port)) ? undefined : proxy;
  }

  /** For undici / global fetch (`dispatcher` option); undefined means the default direct dispatcher. */
  dispatcher(target: string | URL): Dispatcher | undefined {
    const proxy = this.proxyFor(target);
    if (!proxy) return undefined;
    let d = this.#dispatchers.get(proxy);
    if (!d) {
      d = new ProxyAgent(proxy);
      this.#dispatchers.set(proxy, d);
    }
    return d;
  }

  /** For node:http(s), ws and axios: a CONNECT-tunnelling agent, or undefined (their default agent). */
  agent(target: string | URL): HttpAgent | undefined {
    const proxy = this.proxyFor(target);
    if (!proxy) return undefined;
    let a = this.#agents.get(proxy);
    if (!a) {
      a = new HttpsProxyAgent(proxy, { keepAlive: true });
      this.#agents.set(proxy, a);
    }
    return a;
  }

  /**
   * One agent for a client whose target host is not known in advance (the Lark WSClient takes one `agent` for a
   * WebSocket URL it learns later): each connection is routed by its own host, NO_PROXY included.
   */
  get routingAgent(): HttpAgent {
    this.#routing ??= new RoutingAgent(this);
    return this.#routing;
  }
  #routing: HttpAgent | undefined;

  /** A drop-in `fetch` that routes each request by its URL (the openai client, platform REST calls, downloads). */
  readonly fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' || input instanceof URL ? input : input.url;
    const dispatcher = this.dispatcher(url);
    // `dispatcher` is undici's extension of RequestInit, read by Node's own fetch.
    return fetch(input, dispatcher ? ({ ...init, dispatcher } as RequestInit) : init);
  };

  /** Whether any proxy is configured at all (start-up log). */
  get enabled(): boolean {
    return !!(this.config.httpsProxy || this.config.httpProxy);
  }

  async close(): Promise<void> {
    for (const a of this.#agents.values()) a.destroy();
    await Promise.all([...this.#dispatchers.values()].map((d) => d.close()));
    this.#agents.clear();
    this.#dispatchers.clear();
  }
}

class RoutingAgent extends AgentBase {
  constructor(private readonly outbound: Outbound) {
    super();
  }

  connect(_req: ClientRequest, opts: AgentConnectOpts): HttpAgent {
    const host = opts.host ?? 'localhost';
    const url = `${opts.secureEndpoint ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${opts.port}`;
    return this.outbound.agent(url) ?? (opts.secureEndpoint ? httpsGlobalAgent : httpGlobalAgent);
  }
}

/** No proxy: the default for clients built without one (tests, tools). */
export const DIRECT = new Outbound();

export function loadOutbound(env: Record<string, string | undefined> = process.env): Outbound {
  return new Outbound(loadOutboundConfig(env));
}

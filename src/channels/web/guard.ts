import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { HttpRefusal } from './body.ts';
import { listOf, type WebConfig } from './config.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];
const isLoopback = (host: string) => LOOPBACK_NAMES.includes(host) || host.startsWith('127.');
const bareIp = (ip: string | undefined) => (ip ?? '').replace(/^::ffff:/, '');
/** `host:port` or `[v6]:port` → the host part, lower case. */
const hostName = (host: string) => host.toLowerCase().replace(/:\d+$/, '');

/** Who is asking and how: the client's address (the proxy's X-Forwarded-For only when it is trusted), TLS or not. */
export interface RequestContext {
  clientIp: string;
  fromProxy: boolean;
  secure: boolean;
}

/**
 * The checks every web request passes before any parsing: the Host it names (DNS rebinding), the origin of a write
 * (CSRF from a same-site page), and the headers that keep the page out of frames and stop type sniffing.
 */
export class RequestGuard {
  private readonly proxies: Set<string>;
  private readonly allowedHosts: string[] | null;
  private readonly publicSecure: boolean;

  constructor(
    private readonly config: WebConfig,
    listenHost: string,
  ) {
    this.proxies = new Set(listOf(config.JIXIAO_TRUSTED_PROXIES).map(bareIp));
    const publicHost = config.JIXIAO_WEB_PUBLIC_URL ? new URL(config.JIXIAO_WEB_PUBLIC_URL).hostname : null;
    const configured = listOf(config.JIXIAO_WEB_ALLOWED_HOSTS).map((h) => h.toLowerCase());
    if (publicHost) configured.push(publicHost.toLowerCase());
    this.allowedHosts =
      listOf(config.JIXIAO_WEB_ALLOWED_HOSTS).length > 0 || isLoopback(listenHost)
        ? [...configured, ...(isLoopback(listenHost) ? LOOPBACK_NAMES : [])]
        : null;
    this.publicSecure = config.JIXIAO_WEB_PUBLIC_URL?.startsWith('https:') ?? false;
  }

  context(req: HttpRequest): RequestContext {
    const peer = bareIp(req.socket.remoteAddress);
    const fromProxy = this.proxies.has(peer);
    const forwarded = fromProxy ? listOf(String(req.headers['x-forwarded-for'] ?? '')).at(-1) : undefined;
    const tls = (req.socket as TLSSocket).encrypted === true;
    const forwardedHttps =
      fromProxy &&
      String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        ?.trim() === 'https';
    return {
      clientIp: forwarded ? bareIp(forwarded) : peer,
      fromProxy,
      secure: tls || forwardedHttps || this.publicSecure,
    };
  }

  /** The user the authenticating proxy vouches for, or null (no header configured, or not from a trusted proxy). */
  proxyUser(req: HttpRequest, ctx: RequestContext): string | null {
    const header = this.config.JIXIAO_TRUSTED_PROXY_HEADER;
    if (!header || !ctx.fromProxy) return null;
    const value = req.headers[header.toLowerCase()];
    const user = (Array.isArray(value) ? value[0] : value)?.normalize('NFKC').trim();
    if (!user) return null;
    if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(user))
      throw new HttpRefusal(400, '登录身份格式不对，请联系管理员检查单点登录代理的设置。');
    return user;
  }

  checkHost(req: HttpRequest): void {
    if (!this.allowedHosts) return;
    const host = hostName(String(req.headers.host ?? ''));
    if (!this.allowedHosts.includes(host))
      throw new HttpRefusal(421, '请用管理员提供的网址访问（主机名不在允许列表中）。');
  }

  /**
   * A write must come from this page: a browser names the page that sent it in Origin / Sec-Fetch-Site, and a page on
   * another port or a sibling subdomain (same site, so SameSite cookies go along) is refused.
   */
  checkWrite(req: HttpRequest, ctx: RequestContext): void {
    const site = req.headers['sec-fetch-site'];
    if (site && site !== 'same-origin' && site !== 'none') throw crossSite();
    const origin = req.headers.origin;
    if (origin === undefined) return;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw crossSite();
    }
    const scheme = ctx.secure ? 'https:' : 'http:';
    const sameHost = url.host.toLowerCase() === String(req.headers.host ?? '').toLowerCase();
    const publicOrigin =
      this.config.JIXIAO_WEB_PUBLIC_URL && new URL(this.config.JIXIAO_WEB_PUBLIC_URL).origin;
    if (!(sameHost && (url.protocol === scheme || ctx.fromProxy)) && url.origin !== publicOrigin)
      throw crossSite();
  }
}

const crossSite = () => new HttpRefusal(403, '请求来自其他网页，已拒绝。请直接在本页面操作。');

/** On every answer: never inside a frame (clickjacking), no type sniffing, no referrer to other sites. */
export function securityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  res.setHeader('Referrer-Policy', 'no-referrer');
}

import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { loadOutboundConfig, Outbound } from '../../src/net/outbound.ts';
import { CountingProxy } from '../helpers/proxy-server.ts';

describe('outbound proxy settings', () => {
  it('JIXIAO_PROXY wins over HTTPS_PROXY; off ignores the conventional variables', () => {
    const env = { HTTPS_PROXY: 'http://corp:3128', NO_PROXY: 'internal.gov.cn' };
    expect(loadOutboundConfig(env)).toEqual({
      httpsProxy: 'http://corp:3128',
      httpProxy: 'http://corp:3128',
      noProxy: ['internal.gov.cn'],
    });
    expect(loadOutboundConfig({ ...env, JIXIAO_PROXY: 'http://egress:8080' }).httpsProxy).toBe(
      'http://egress:8080',
    );
    expect(loadOutboundConfig({ ...env, JIXIAO_PROXY: 'off' })).toEqual({ noProxy: ['internal.gov.cn'] });
    expect(loadOutboundConfig({ http_proxy: 'http://a:1', https_proxy: 'http://b:2' })).toMatchObject({
      httpProxy: 'http://a:1',
      httpsProxy: 'http://b:2',
    });
    expect(() => loadOutboundConfig({ JIXIAO_PROXY: 'socks5://x:1' })).toThrow(/配置有误/);
  });

  it('NO_PROXY matches hosts, subdomains, ports and *', () => {
    const o = new Outbound({
      httpsProxy: 'http://p:1',
      httpProxy: 'http://p:1',
      noProxy: ['.zj.gov.cn', 'oapi.dingtalk.com', '10.0.0.8:8443', '[::1]'],
    });
    expect(o.proxyFor('https://api.dingtalk.com/v1.0')).toBe('http://p:1');
    expect(o.proxyFor('https://oapi.dingtalk.com/gettoken')).toBeUndefined();
    expect(o.proxyFor('https://openplatform.zj.gov.cn/x')).toBeUndefined();
    expect(o.proxyFor('https://zj.gov.cn/x')).toBeUndefined();
    expect(o.proxyFor('https://notzj.gov.cn/x')).toBe('http://p:1');
    expect(o.proxyFor('https://10.0.0.8:8443/')).toBeUndefined();
    expect(o.proxyFor('https://10.0.0.8/')).toBe('http://p:1');
    expect(o.proxyFor('http://[::1]:80/')).toBeUndefined();
    expect(
      new Outbound({ httpsProxy: 'http://p:1', noProxy: ['*'] }).proxyFor('https://x.cn'),
    ).toBeUndefined();
    // Only an https proxy configured: plain http goes direct.
    expect(new Outbound({ httpsProxy: 'http://p:1', noProxy: [] }).proxyFor('http://x.cn')).toBeUndefined();
  });
});

describe('outbound traffic through a loopback proxy', () => {
  const proxy = new CountingProxy();
  let server: Server;
  let wss: WebSocketServer;
  let target = '';

  beforeAll(async () => {
    await proxy.start();
    server = createServer((_req, res) => res.end('pong'));
    wss = new WebSocketServer({ server });
    wss.on('connection', (s) => s.send('hello'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    target = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const c of wss.clients) c.terminate();
    await proxy.stop();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('fetch, http.get and a WebSocket all reach the peer through the proxy', async () => {
    const o = new Outbound({ httpProxy: proxy.url, httpsProxy: proxy.url, noProxy: [] });
    const before = proxy.count(target);
    expect(await (await o.fetch(`http://${target}/ping`)).text()).toBe('pong');
    expect(proxy.count(target)).toBe(before + 1);

    const viaAgent = await new Promise<string>((resolve, reject) => {
      get(`http://${target}/ping`, { agent: o.agent(`http://${target}`)! }, (res) => {
        let s = '';
        res.on('data', (c) => (s += c));
        res.on('end', () => resolve(s));
      }).on('error', reject);
    });
    expect(viaAgent).toBe('pong');
    expect(proxy.count(target)).toBe(before + 2);

    const ws = new WebSocket(`ws://${target}/ws`, { agent: o.agent(`ws://${target}`)! });
    const first = await new Promise<string>((resolve, reject) => {
      ws.once('message', (d) => resolve(String(d)));
      ws.once('error', reject);
    });
    ws.close();
    expect(first).toBe('hello');
    expect(proxy.connects.get(target) ?? 0).toBeGreaterThanOrEqual(2);
    await o.close();
  });

  it('a NO_PROXY host goes direct; a refusing proxy makes the call fail rather than bypass it', async () => {
    const direct = new Outbound({ httpProxy: proxy.url, noProxy: ['127.0.0.1'] });
    const before = proxy.count();
    expect(await (await direct.fetch(`http://${target}/`)).text()).toBe('pong');
    expect(proxy.count()).toBe(before);

    proxy.deny = true;
    try {
      const o = new Outbound({ httpProxy: proxy.url, noProxy: [] });
      await expect(o.fetch(`http://${target}/`)).rejects.toThrow();
      await o.close();
    } finally {
      proxy.deny = false;
    }
  });
});

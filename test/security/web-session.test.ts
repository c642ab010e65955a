/**
 * Items 4, 6 (rate limit), 9 and the low items of issue 13 on the web chat: a real session whose secret is never shown,
 * the trusted-proxy identity, rate limits that a fresh cookie does not reset, CSRF, Host and header checks, and clear
 * 4xx answers to NUL and malformed escapes.
 */
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, serve } from '../../src/server/serve.ts';
import { eventually, WebClient } from './web-client.ts';

const ENV = { JIXIAO_DATA_DIR: 'memory://', PORT: '0', LOG_LEVEL: 'silent', JIXIAO_READ_WORKERS: '0' };

async function start(env: Record<string, string> = {}): Promise<{ server: Server; base: string }> {
  const server = await serve({ env: { ...ENV, ...env } });
  return { server, base: server.web.address().url };
}

/** A raw request with any Host header (fetch will not send another host's name). */
function rawGet(base: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(`${base}${path}`, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('web identity and request checks', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ server, base } = await start());
  }, 120_000);
  afterAll(() => server?.stop());

  it('security-04: the session secret is random, stored hashed and never shown; the user number gives nothing', async () => {
    const web = new WebClient(base);
    const page = await web.request('/');
    const setCookie = page.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^jixiao_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const secret = web.cookie.split('=')[1]!;
    const { user } = await web.me();
    expect(user).toMatch(/^web:u[0-9A-Z]{10}$/);
    expect(user).not.toContain(secret);

    // An unbound user is told their user number to give an admin: the number, not the secret.
    expect((await web.say('按部门统计项目数量')).status).toBe(202);
    const history = await eventually(
      () => web.history(),
      (h) => h.some((e) => e.entry.from === 'bot' && JSON.stringify(e).includes('用户号')),
    );
    expect(JSON.stringify(history)).toContain(user);
    expect(JSON.stringify(history)).not.toContain(secret);

    // Whoever knows the number (from a reply, a log line, 提醒记录) presenting it as a cookie is someone else.
    for (const cookie of [`jixiao_session=${user.slice(4)}`, `jixiao_uid=${user.slice(4)}`]) {
      const other = new WebClient(base);
      other.cookie = cookie;
      expect((await other.me()).user).not.toBe(user);
    }

    // Nothing in the database holds the secret; the session table holds its hash.
    const sql = server.store.sql;
    const { rows: tables } = await sql.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    for (const { t } of tables) {
      const { rows } = await sql.query<{ j: string }>(`SELECT to_jsonb(x)::text AS j FROM "${t}" x`);
      for (const r of rows) expect(r.j, t).not.toContain(secret);
    }
    const hash = createHash('sha256').update(secret).digest('hex');
    const { rows } = await sql.query('SELECT 1 FROM web_sessions WHERE secret_hash = $1', [hash]);
    expect(rows).toHaveLength(1);
  });

  it('security-09: writes from another origin (other port, sibling site) or as a plain form are refused', async () => {
    const web = new WebClient(`${base}`);
    await web.me();
    const otherPort = new URL(base);
    otherPort.port = String(Number(otherPort.port) + 1);
    const post = (headers: Record<string, string>, body = JSON.stringify({ text: '帮助' })) =>
      web.request('/api/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await post({ origin: otherPort.origin })).status).toBe(403);
    expect((await post({ origin: base, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    // The form a foreign page can send without asking: text/plain.
    expect((await post({ 'content-type': 'text/plain' }, '{"text":"帮助"}')).status).toBe(415);
    const upload = await web.request('/api/upload?name=a.txt', {
      method: 'POST',
      headers: { origin: otherPort.origin },
      body: 'x',
    });
    expect(upload.status).toBe(403);
    expect((await web.history()).filter((e) => e.entry.from === 'user')).toHaveLength(0);
    expect((await post({ origin: base })).status).toBe(202);
  });

  it('security-low-host: a request naming another host (DNS rebinding) is refused', async () => {
    const port = new URL(base).port;
    expect((await rawGet(base, '/', { host: `evil.example:${port}` })).status).toBe(421);
    expect((await rawGet(base, '/', { host: `localhost:${port}` })).status).toBe(200);
    expect((await rawGet(base, '/healthz', { host: `127.0.0.1:${port}` })).status).toBe(200);
  });

  it('security-low-headers: every answer forbids framing and type sniffing', async () => {
    for (const path of ['/', '/api/me', '/api/nope', '/healthz']) {
      const res = await fetch(`${base}${path}`);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('security-low-nul: NUL and malformed % escapes get a clear 4xx, never a 500 or a "saved"', async () => {
    const web = new WebClient(base);
    await web.me();
    const answers = [
      await web.say('项目名称\u0000'),
      await web.upload('表\u0000.txt', '项目名称'),
      await web.request('/api/upload?name=%E8%A1%A8%00.txt', { method: 'POST', body: 'x' }),
      await web.request('/api/forms/%E0%A4%A'),
      await web.request('/api/files/%zz'),
      await web.request('/api/export?form=%00'),
    ];
    for (const res of answers) {
      expect(res.status, res.url).toBeGreaterThanOrEqual(400);
      expect(res.status, res.url).toBeLessThan(500);
      const { error } = (await res.json()) as { error: string };
      expect(error).toMatch(/[\u4e00-\u9fff]/);
      expect(error).not.toContain('已保存');
    }
  });

  // Last: it uses up this address's new-session allowance.
  it('security-06: a fresh cookie on every request does not reset the rate limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const web = new WebClient(base); // no cookie: a new session each time
      statuses.push((await web.say(`消息${i}`)).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(30);
  });
});

describe('web identity behind a proxy', () => {
  it('security-04: the trusted proxy header names the user, only from a configured proxy address', async () => {
    const trusted = await start({
      JIXIAO_TRUSTED_PROXIES: '127.0.0.1',
      JIXIAO_TRUSTED_PROXY_HEADER: 'X-Forwarded-User',
    });
    const untrusted = await start({
      JIXIAO_TRUSTED_PROXIES: '10.9.9.9',
      JIXIAO_TRUSTED_PROXY_HEADER: 'X-Forwarded-User',
    });
    try {
      const me = (base: string) =>
        fetch(`${base}/api/me`, { headers: { 'x-forwarded-user': 'zhangsan' } }).then(
          (r) => r.json() as Promise<{ user: string }>,
        );
      expect((await me(trusted.base)).user).toBe('web:sso.zhangsan');
      expect((await me(untrusted.base)).user).toMatch(/^web:u[0-9A-Z]{10}$/);
    } finally {
      await trusted.server.stop();
      await untrusted.server.stop();
    }
  }, 120_000);

  it('security-low-secure-cookie: behind TLS (trusted X-Forwarded-Proto, or an https public URL) the cookie is Secure', async () => {
    const proxied = await start({ JIXIAO_TRUSTED_PROXIES: '127.0.0.1' });
    const published = await start({ JIXIAO_WEB_PUBLIC_URL: 'https://jixiao.example.gov.cn' });
    try {
      const cookieOf = async (base: string, headers: Record<string, string> = {}) =>
        (await fetch(`${base}/api/me`, { headers })).headers.get('set-cookie') ?? '';
      expect(await cookieOf(proxied.base, { 'x-forwarded-proto': 'https' })).toContain('; Secure');
      expect(await cookieOf(proxied.base)).not.toContain('Secure');
      expect(await cookieOf(published.base)).toContain('; Secure');
    } finally {
      await proxied.server.stop();
      await published.server.stop();
    }
  }, 120_000);
});

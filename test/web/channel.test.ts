import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/bot/messages.ts';
import { EMPTY_MESSAGE, TOO_FAST, WebChannel } from '../../src/channels/web/channel.ts';
import { loadWebConfig } from '../../src/channels/web/config.ts';
import { openEvents, pgliteExecutor } from './helpers.ts';

type Db = Awaited<ReturnType<typeof pgliteExecutor>>;

async function startEcho(db: Db, env: Record<string, string> = {}) {
  const channel = new WebChannel({ host: '127.0.0.1', port: 0, sql: db, config: loadWebConfig(env) });
  const seen: IncomingMessage[] = [];
  await channel.start(async (msg) => {
    seen.push(msg);
    const what = msg.file
      ? `文件《${msg.file.name}》${(await channel.download(msg.file, msg.chat)).byteLength} 字节`
      : msg.text;
    await channel.reply(msg.chat, { text: `收到：${what}` });
  });
  return { channel, seen, base: channel.address().url };
}

async function session(base: string): Promise<string> {
  const res = await fetch(`${base}/`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  expect(cookie).toMatch(/^jixiao_session=/);
  return cookie!;
}

function postText(base: string, cookie: string, text: string) {
  return fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

/** Sends `total` bytes in 1 MB chunks, stopping as soon as the server answers; returns status and bytes sent. */
function streamUpload(base: string, cookie: string, total: number, declareLength: boolean) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    const url = new URL(`${base}/api/upload?name=big.docx`);
    const req = request(url, {
      method: 'POST',
      headers: { cookie, ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    const chunk = Buffer.alloc(1 << 20, 1);
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('web channel', () => {
  let db: Db;
  let server: Awaited<ReturnType<typeof startEcho>>;
  let cookie: string;

  beforeAll(async () => {
    db = await pgliteExecutor();
    server = await startEcho(db, { JIXIAO_WEB_MAX_UPLOAD_MB: '2' });
    cookie = await session(server.base);
  });
  afterAll(async () => {
    await server.channel.stop();
    await db.close();
  });

  it('serves the page and its script, with no outside address in them', async () => {
    const html = await (await fetch(`${server.base}/`)).text();
    expect(html).toContain('绩效自评助手');
    const js = await (await fetch(`${server.base}/app.js`)).text();
    for (const text of [html, js]) expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect((await fetch(`${server.base}/../package.json`)).status).toBe(404);
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${server.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', web: true });
  });

  it('answers 503 on /healthz when the store does not answer', async () => {
    const sick = new WebChannel({
      host: '127.0.0.1',
      port: 0,
      sql: db,
      config: loadWebConfig({}),
      health: async () => {
        throw new Error('database gone');
      },
    });
    await sick.start(async () => {});
    const res = await fetch(`${sick.address().url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error' });
    await sick.stop();
  });

  it('passes a message to the bot and streams the user entry and the reply', async () => {
    const events = openEvents(server.base, cookie);
    const res = await postText(server.base, cookie, '你好');
    expect(res.status).toBe(202);
    const user = await events.until((e) => e.entry.from === 'user' && e.entry.text === '你好');
    const bot = await events.until((e) => e.entry.from === 'bot' && e.seq > user.seq);
    expect(bot.entry.reply).toMatchObject({ text: '收到：你好' });
    expect(server.seen.at(-1)).toMatchObject({ chat: { channel: 'web', isGroup: false }, text: '你好' });
    await events.close();
  });

  it('refuses an empty message with a clear answer', async () => {
    const res = await postText(server.base, cookie, '   ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: EMPTY_MESSAGE });
  });

  it('uploads a file, stores it and lets the bot download it', async () => {
    const events = openEvents(server.base, cookie);
    const bytes = new TextEncoder().encode('项目支出绩效自评表');
    const res = await fetch(`${server.base}/api/upload?name=${encodeURIComponent('表.txt')}`, {
      method: 'POST',
      headers: { cookie },
      body: bytes,
    });
    expect(res.status).toBe(202);
    await events.until((e) => e.entry.file?.name === '表.txt');
    const reply = await events.until((e) => String(e.entry.reply?.text ?? '').includes('表.txt'));
    expect(reply.entry.reply?.text).toBe(`收到：文件《表.txt》${bytes.byteLength} 字节`);
    await events.close();
  });

  it('refuses a file type it cannot read, saying which types it can', async () => {
    const res = await fetch(`${server.base}/api/upload?name=photo.jpg`, {
      method: 'POST',
      headers: { cookie },
      body: 'x',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/不支持《photo\.jpg》.*\.docx/);
  });

  it('refuses a 100 MB upload from its declared length, long before it is sent', async () => {
    const out = await streamUpload(server.base, cookie, 100 * 1048576, true);
    expect(out.status).toBe(413);
    expect(JSON.parse(out.body).error).toMatch(/文件太大：上限是 2 MB/);
    expect(out.sent).toBeLessThan(50 * 1048576);
  });

  it('stops reading a chunked upload without a length once it passes the limit', async () => {
    const out = await streamUpload(server.base, cookie, 100 * 1048576, false);
    expect(out.status).toBe(413);
    expect(out.sent).toBeLessThan(50 * 1048576);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });

  it('answers "太快了" to 10 messages in a second from one user and keeps serving', async () => {
    const other = await session(server.base);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => postText(server.base, other, `第${i}条`).then((r) => r.status)),
    );
    expect(answers.filter((s) => s === 202).length).toBeGreaterThan(0);
    const refused = await postText(server.base, other, '再来一条');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: TOO_FAST });
    // Another user is not slowed down by this one.
    expect((await postText(server.base, cookie, '我不受影响')).status).toBe(202);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
  });

  it('keeps one user out of another user’s files', async () => {
    const stranger = await session(server.base);
    // Uploads' copies go once handled; an export file of another chat stays until the retention purge.
    await db.query(
      "INSERT INTO web_files (id, chat_id, name, mime, bytes) VALUES ('file-of-another', 'another-chat', 'a.xlsx', 'application/octet-stream', '\\x00')",
    );
    const file = await db.query<{ id: string }>('SELECT id FROM web_files LIMIT 1');
    const res = await fetch(`${server.base}/api/files/${file.rows[0]!.id}`, {
      headers: { cookie: stranger },
    });
    expect(res.status).toBe(404);
  });
});

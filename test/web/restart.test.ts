import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/bot/messages.ts';
import { WebChannel } from '../../src/channels/web/channel.ts';
import { loadWebConfig } from '../../src/channels/web/config.ts';
import { openEvents, pgliteExecutor } from './helpers.ts';

async function session(base: string): Promise<string> {
  return (await fetch(`${base}/`)).headers.get('set-cookie')!.split(';')[0]!;
}

function postText(base: string, cookie: string, text: string) {
  return fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

describe('web channel restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-web-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replays the messages accepted before the restart, in order, and keeps the transcript', async () => {
    let db = await pgliteExecutor(dir);
    const first = new WebChannel({
      host: '127.0.0.1',
      port: 0,
      sql: db,
      config: loadWebConfig({}),
      shutdownGraceMs: 50,
    });
    // The first process accepts an upload and a message but goes down while the bot is still on the upload.
    await first.start(() => new Promise<void>(() => {}));
    const base = first.address().url;
    const cookie = await session(base);
    const res = await fetch(`${base}/api/upload?name=a.txt`, {
      method: 'POST',
      headers: { cookie },
      body: '表',
    });
    expect(res.status).toBe(202);
    expect((await postText(base, cookie, '还在吗')).status).toBe(202);
    await first.stop();
    await db.close();

    db = await pgliteExecutor(dir);
    const replayed: IncomingMessage[] = [];
    const second = new WebChannel({ host: '127.0.0.1', port: 0, sql: db, config: loadWebConfig({}) });
    await second.start(async (msg) => {
      replayed.push(msg);
      const what = msg.file ? `${(await second.download(msg.file, msg.chat)).byteLength} 字节` : msg.text;
      await second.reply(msg.chat, { text: `收到 ${what}` });
    });
    const events = openEvents(second.address().url, cookie);
    await events.until((e) => e.entry.reply?.text === '收到 还在吗');
    expect(replayed.map((m) => m.file?.name ?? m.text)).toEqual(['a.txt', '还在吗']);
    expect(events.entries.map((e) => e.entry.reply?.text ?? e.entry.from)).toEqual([
      'user',
      'user',
      '收到 3 字节',
      '收到 还在吗',
    ]);
    await events.close();
    await second.stop();
    // Handled once: nothing is left to replay at the next start.
    expect((await db.query('SELECT event_id FROM web_inbox')).rows).toEqual([]);
    await db.close();
  });
});

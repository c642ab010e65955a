/**
 * Item 2 of issue 13: every webhook route (Lark through its SDK, Telegram through grammY, DingTalk) refuses a body
 * over the limit with 413 before any parsing, and keeps serving normal callbacks.
 */
import { request } from 'node:http';
import * as lark from '@larksuiteoapi/node-sdk';
import { Bot, webhookCallback } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRaw, WebhookServer } from '../../src/channels/common/webhook-server.ts';
import { silent } from '../channels/common/bot-harness.ts';
import { ENCRYPT_KEY, post, VERIFICATION_TOKEN } from '../channels/lark-fake.ts';
import { BOT_INFO, TOKEN } from '../helpers/fake-telegram.ts';

const LIMIT = 64 * 1024;
const SECRET = 'telegram-secret-token-0123456789';

/** Streams `total` bytes (chunked, or with a declared length) and returns the answer's status. */
function flood(url: string, total: number, declare: boolean, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...headers,
        ...(declare ? { 'content-length': String(total) } : {}),
      },
    });
    let sent = 0;
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (err) => (sent > LIMIT ? undefined : reject(err)));
    const chunk = Buffer.alloc(256 * 1024, 0x41);
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    // With a declared length, send a little only: the answer must come from the headers.
    if (declare) req.write(chunk.subarray(0, 1024));
    else pump();
  });
}

describe('webhook body limits', () => {
  const server = new WebhookServer('127.0.0.1', 0, silent, LIMIT);
  let base: string;
  const dingtalkBodies: number[] = [];
  beforeAll(async () => {
    const dispatcher = new lark.EventDispatcher({
      encryptKey: ENCRYPT_KEY,
      verificationToken: VERIFICATION_TOKEN,
    });
    server.route('/lark/events', lark.adaptDefault('/lark/events', dispatcher, { autoChallenge: true }));
    const bot = new Bot(TOKEN, { botInfo: BOT_INFO });
    server.route('/telegram/webhook', webhookCallback(bot, 'http', { secretToken: SECRET }));
    server.route('/dingtalk/events', async (req, res) => {
      dingtalkBodies.push((await readRaw(req)).length);
      res.end('{}');
    });
    await server.start();
    base = server.url();
  });
  afterAll(() => server.stop());

  it('security-02: 413 for an oversized body on every route, declared or streamed; normal callbacks still work', async () => {
    const routes: [string, Record<string, string>][] = [
      ['/lark/events', {}],
      ['/telegram/webhook', { 'x-telegram-bot-api-secret-token': SECRET }],
      ['/dingtalk/events', {}],
    ];
    for (const [path, headers] of routes) {
      expect(await flood(`${base}${path}`, 600 * 1024 * 1024, true, headers), `${path} declared`).toBe(413);
      expect(await flood(`${base}${path}`, 8 * 1024 * 1024, false, headers), `${path} streamed`).toBe(413);
    }
    expect(dingtalkBodies).toEqual([]);
    const challenge = await post(`${base}/lark/events`, {
      challenge: 'ch-1',
      token: VERIFICATION_TOKEN,
      type: 'url_verification',
    });
    expect(JSON.parse(challenge.body)).toEqual({ challenge: 'ch-1' });
    const wrongSecret = await fetch(`${base}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: '{"update_id":1}',
    });
    expect(wrongSecret.status).toBe(401);
    expect((await fetch(`${base}/dingtalk/events`, { method: 'POST', body: '{"a":1}' })).status).toBe(200);
    expect(dingtalkBodies).toEqual([7]);
  });
});

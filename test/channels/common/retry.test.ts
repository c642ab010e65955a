import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson } from '../../../src/channels/common/http.ts';
import {
  classifySendError,
  HttpError,
  parseRetryAfter,
  withRetry,
} from '../../../src/channels/common/retry.ts';

describe('withRetry', () => {
  it('waits the retry-after of a 429, then succeeds', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls === 1) throw new HttpError(429, 'too many', 2000);
        return 'sent';
      },
      { sleep: async (ms) => void waits.push(ms), baseMs: 10 },
    );
    expect(result).toBe('sent');
    expect(calls).toBe(2);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
  });

  it('does not retry a refusal (4xx), and gives up after `attempts` on 5xx', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new HttpError(400, 'bad');
        },
        { sleep: async () => {} },
      ),
    ).rejects.toThrow('bad');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new HttpError(503, 'down');
        },
        { sleep: async () => {}, attempts: 3 },
      ),
    ).rejects.toThrow('down');
    expect(calls).toBe(3);
  });

  it('reads axios-style errors (the Lark SDK) and network errors', () => {
    expect(classifySendError({ response: { status: 429, headers: { 'retry-after': '3' } } })).toEqual({
      retry: true,
      afterMs: 3000,
    });
    expect(classifySendError({ response: { status: 403 } })).toEqual({ retry: false });
    expect(classifySendError(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toEqual({ retry: true });
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:58 GMT')),
    ).toBe(2000);
  });
});

describe('requestJson', () => {
  let url = '';
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (req.url === '/limited' && hits === 1) {
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'Throttling', message: 'slow down' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('turns a real 429 into a retried HttpError with the platform code', async () => {
    const errors: unknown[] = [];
    const body = await withRetry(() => requestJson<{ ok: boolean }>(`${url}/limited`, { body: {} }), {
      sleep: async () => {},
      classify: (err) => {
        errors.push(err);
        return classifySendError(err);
      },
    });
    expect(body.ok).toBe(true);
    expect(errors[0]).toBeInstanceOf(HttpError);
    expect((errors[0] as HttpError).status).toBe(429);
    expect((errors[0] as HttpError).platformCode).toBe('Throttling');
  });
});

import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { type LarkContact, larkContactRoute } from './lark-contact-fake.ts';

const FIXTURES = new URL('../fixtures/channels/lark/', import.meta.url);

export const APP_ID = 'cli_a1b2c3d4e5f60718';
export const APP_SECRET = 'test-app-secret-000000';
export const ENCRYPT_KEY = 'test-encrypt-key';
export const VERIFICATION_TOKEN = 'test-verification-token';
export const BOT_OPEN_ID = 'ou_bot00000000000000000000000000000';

/** The fields tests touch; message events have `message`, card callbacks `context`. */
export interface LarkFixture {
  schema: string;
  header: { event_id: string; token: string; [k: string]: unknown };
  event: {
    message: { message_id: string; chat_id: string; content: string; mentions?: unknown[] };
    context: { open_message_id: string; open_chat_id: string };
    [k: string]: unknown;
  };
}

/** A recorded fixture with its placeholder token swapped for the test's. */
export function fixture(name: string): LarkFixture {
  const raw = readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll(
    'REDACTED_VERIFICATION_TOKEN',
    VERIFICATION_TOKEN,
  );
  return JSON.parse(raw) as LarkFixture;
}

let seq = 0;
/** A fresh message event from a fixture: new event_id and message_id, optional content and chat. */
export function messageEvent(
  name: string,
  patch: { content?: Record<string, unknown>; chatId?: string; token?: string; mentions?: unknown[] } = {},
) {
  const event = fixture(name);
  seq++;
  event.header.event_id = `ev_${Date.now()}_${seq}`;
  event.event.message.message_id = `om_test_${Date.now()}_${seq}`;
  if (patch.content) event.event.message.content = JSON.stringify(patch.content);
  if (patch.chatId) event.event.message.chat_id = patch.chatId;
  if (patch.token) event.header.token = patch.token;
  if (patch.mentions) event.event.message.mentions = patch.mentions;
  return event;
}

/** Lark's webhook encryption: AES-256-CBC, key sha256(encryptKey), random IV prepended, base64. */
export function encrypt(payload: unknown, key = ENCRYPT_KEY): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), iv);
  return Buffer.concat([iv, cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]).toString(
    'base64',
  );
}

/** An encrypted, signed webhook POST, byte for byte as Lark sends it (compact JSON). */
export function signedRequest(payload: unknown, options: { key?: string; badSignature?: boolean } = {}) {
  const body = JSON.stringify({ encrypt: encrypt(payload, options.key) });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(8).toString('hex');
  const signature = createHash('sha256')
    .update(timestamp + nonce + (options.key ?? ENCRYPT_KEY) + body)
    .digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': options.badSignature
        ? signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))
        : signature,
    },
  };
}

export async function post(
  url: string,
  payload: unknown,
  options: { badSignature?: boolean; key?: string } = {},
) {
  const req = signedRequest(payload, options);
  const res = await fetch(url, { method: 'POST', headers: req.headers, body: req.body });
  return { status: res.status, body: await res.text() };
}

export interface Sent {
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: { msg_type: string; content: string; uuid?: string; receive_id?: string };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Lark OpenAPI on loopback: token, bot info, resource download, reply/create; records what the SDK sent. */
export class FakeLark {
  readonly sent: Sent[] = [];
  readonly downloads: { path: string; auth: string | undefined; type: string | null }[] = [];
  readonly files = new Map<string, Uint8Array>();
  /** Answer the next N sends with a rate limit (code 99991400), in the form `rateLimitStyle` says. */
  rateLimitNext = 0;
  /**
   * `retry-after`: 429 with Retry-After 0. `ogw-reset`: 429 with `x-ogw-ratelimit-reset` (seconds). `legacy-400`:
   * HTTP 400 with code 99991400 and `x-ogw-ratelimit-reset`, as older APIs answer.
   */
  rateLimitStyle: 'retry-after' | 'ogw-reset' | 'legacy-400' = 'retry-after';
  rateLimitResetSec = 1;
  /** When each rate-limited answer and each accepted send happened (ms), to measure waits. */
  readonly sendTimes: number[] = [];
  /** Take the next N sends (they count as delivered) and answer only on `stop`: a peer that stalls after accepting. */
  stallNext = 0;
  /** Hold the next N sends without taking them (nothing delivered) until `stop`: a peer that stalls before. */
  stallUntakenNext = 0;
  /** Refuse sends to these receive_ids with an IM error code (HTTP 400), e.g. 230002 bot not in the group. */
  readonly refuse = new Map<string, number>();
  /** Every send request, duplicates included; `sent` holds what users see (one per uuid, as Lark dedups). */
  sendRequests = 0;
  private readonly byUuid = new Map<string, string>();
  private readonly stalled = new Set<() => void>();
  wsEndpointCalls = 0;
  /** Serve the long-connection endpoint: a WebSocket on this server (counts the sockets opened). */
  longConnection = false;
  wsConnections = 0;
  private wss: WebSocketServer | undefined;
  /** Make the tenant token endpoint fail (HTTP 500). */
  tokenDown = false;
  readonly uploads: { auth: string | undefined; size: number; body: string }[] = [];
  /** Serve contact v3 (departments, find_by_department) from this directory (src/directory). */
  contact: LarkContact | undefined;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body);
      });
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', () => this.wsConnections++);
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop() {
    for (const release of this.stalled) release();
    for (const c of this.wss?.clients ?? []) c.terminate();
    this.wss?.close();
    return new Promise<void>((r) => {
      this.server?.close(() => r());
      this.server?.closeAllConnections();
    });
  }

  /** Forgets what was sent (and the uuids seen), for a test that starts over. */
  reset() {
    this.sent.length = 0;
    this.byUuid.clear();
    this.refuse.clear();
    this.sendRequests = 0;
  }

  /** Message sends (reply or create), optionally of one chat/message. */
  replies(filter: (s: Sent) => boolean = () => true): Sent[] {
    return this.sent.filter(filter);
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: string | Buffer; headers?: Record<string, string> }> {
    const url = new URL(req.url ?? '/', 'http://x');
    const auth = req.headers.authorization;
    const raw = await readBody(req);
    const json = (v: unknown, status = 200) => ({ status, body: JSON.stringify(v) });
    if (url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (this.tokenDown) return json({ code: 10014, msg: 'app secret invalid' }, 500);
      return json({ code: 0, msg: 'ok', tenant_access_token: 't-fake-tenant-token', expire: 7200 });
    }
    const contact = this.contact && larkContactRoute(this.contact, url);
    if (contact) return json(contact);
    if (url.pathname === '/open-apis/bot/v3/info') {
      return json({ code: 0, msg: 'ok', bot: { open_id: BOT_OPEN_ID, app_name: '绩效自评助手' } });
    }
    if (url.pathname === '/callback/ws/endpoint') {
      this.wsEndpointCalls++;
      if (this.longConnection) {
        return json({
          code: 0,
          msg: 'ok',
          data: {
            URL: `${this.url.replace('http', 'ws')}/ws?device_id=dev1&service_id=1`,
            ClientConfig: { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 },
          },
        });
      }
      return json({ code: 1000040345, msg: 'long connection not enabled for this app', data: {} });
    }
    if (url.pathname === '/open-apis/im/v1/files' && req.method === 'POST') {
      this.uploads.push({ auth, size: raw.length, body: raw.slice(0, 2000) });
      return json({ code: 0, msg: 'success', data: { file_key: `file_v3_uploaded_${this.uploads.length}` } });
    }
    const resource = url.pathname.match(/^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/);
    if (resource && req.method === 'GET') {
      this.downloads.push({ path: url.pathname, auth, type: url.searchParams.get('type') });
      const bytes = this.files.get(decodeURIComponent(resource[2]!));
      if (!bytes) return json({ code: 234003, msg: 'file not found' }, 400);
      return {
        status: 200,
        body: Buffer.from(bytes),
        headers: { 'content-type': 'application/octet-stream' },
      };
    }
    if (
      req.method === 'POST' &&
      (/^\/open-apis\/im\/v1\/messages\/[^/]+\/reply$/.test(url.pathname) ||
        url.pathname === '/open-apis/im/v1/messages')
    ) {
      if (auth !== 'Bearer t-fake-tenant-token') {
        return json({ code: 99991663, msg: 'Invalid access token for authorization' }, 400);
      }
      this.sendRequests++;
      if (this.rateLimitNext > 0) {
        this.rateLimitNext--;
        this.sendTimes.push(Date.now());
        const body = JSON.stringify({ code: 99991400, msg: 'request trigger frequency limit' });
        if (this.rateLimitStyle === 'retry-after')
          return { status: 429, body, headers: { 'retry-after': '0' } };
        const headers = { 'x-ogw-ratelimit-reset': String(this.rateLimitResetSec) };
        return { status: this.rateLimitStyle === 'legacy-400' ? 400 : 429, body, headers };
      }
      if (this.stallUntakenNext > 0) {
        this.stallUntakenNext--;
        await new Promise<void>((release) => this.stalled.add(release));
        return json({ code: 1, msg: 'stalled' }, 500);
      }
      const body = JSON.parse(raw) as Sent['body'];
      const refused = body.receive_id ? this.refuse.get(body.receive_id) : undefined;
      if (refused !== undefined) return json({ code: refused, msg: 'refused by the fake platform' }, 400);
      // Lark's uuid: one message per uuid within an hour; a repeat gets the first message's id and sends nothing.
      const seen = body.uuid ? this.byUuid.get(body.uuid) : undefined;
      if (seen) return json({ code: 0, msg: 'success', data: { message_id: seen } });
      this.sent.push({ path: url.pathname, query: url.searchParams, auth, body });
      this.sendTimes.push(Date.now());
      const messageId = `om_sent_${this.sent.length}`;
      if (body.uuid) this.byUuid.set(body.uuid, messageId);
      if (this.stallNext > 0) {
        this.stallNext--;
        await new Promise<void>((release) => this.stalled.add(release));
        return json({ code: 0, msg: 'success', data: { message_id: messageId } });
      }
      return json({ code: 0, msg: 'success', data: { message_id: messageId } });
    }
    return json({ code: 404, msg: `no route ${req.method} ${url.pathname}` }, 404);
  }
}

/** Everything a send's content says, as one string (text and card texts and button labels). */
export function sentText(s: Sent): string {
  const content = JSON.parse(s.body.content) as Record<string, unknown>;
  if (s.body.msg_type === 'text') return String(content.text);
  return JSON.stringify(content);
}

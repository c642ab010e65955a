import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { WecomRobotMessage } from '../../src/channels/wecom/decode.ts';
import { type WecomContact, wecomContactRoute } from './wecom-contact-fake.ts';

export const CORP_ID = 'wwREDACTEDcorp0001';
export const AGENT_ID = 1000002;
export const SECRET = 'test-app-secret-000000000000';
export const TOKEN = 'testToken123';
/** 43 characters of base64 (32 bytes once '=' is appended), as the admin console generates them. */
export const AES_KEY = Buffer.alloc(32, 7).toString('base64').slice(0, 43);

/**
 * WXBizMsgCrypt written out here from the documented scheme with node:crypto alone — not with @wecom/crypto, which
 * the channel uses — so the test does not check the library against itself.
 */
export const wire = {
  key: (aesKey: string) => Buffer.from(`${aesKey}=`, 'base64'),
  encrypt(aesKey: string, message: string, receiveId: string): string {
    const key = this.key(aesKey);
    const msg = Buffer.from(message);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(msg.length);
    const plain = Buffer.concat([randomBytes(16), len, msg, Buffer.from(receiveId)]);
    const pad = 32 - (plain.length % 32);
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
    return Buffer.concat([
      cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])),
      cipher.final(),
    ]).toString('base64');
  },
  decrypt(aesKey: string, ciphertext: string): { message: string; receiveId: string } {
    const key = this.key(aesKey);
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(ciphertext, 'base64'), decipher.final()]);
    const plain = padded.subarray(0, padded.length - padded[padded.length - 1]!);
    const len = plain.readUInt32BE(16);
    return {
      message: plain.subarray(20, 20 + len).toString(),
      receiveId: plain.subarray(20 + len).toString(),
    };
  },
  sign: (token: string, timestamp: string, nonce: string, data: string) =>
    createHash('sha1').update([token, timestamp, nonce, data].sort().join('')).digest('hex'),
};

export interface Sent {
  path: string;
  token: string | null;
  body: Record<string, unknown>;
}

const cdata = (s: string) => `<![CDATA[${s}]]>`;
let seq = 0;

/** The decrypted XML of an app message, as WeCom sends it; a fresh 64-bit-looking MsgId each call. */
export function appMessage(fields: Record<string, string | number>): Record<string, string | number> {
  return {
    ToUserName: CORP_ID,
    FromUserName: 'zhangsan',
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'text',
    Content: '帮助',
    MsgId: `7${Date.now()}${String(++seq).padStart(4, '0')}`,
    AgentID: AGENT_ID,
    ...fields,
  };
}

export function toXml(fields: Record<string, string | number>): string {
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => `<${k}>${typeof v === 'number' ? v : cdata(v)}</${k}>`)
    .join('')}</xml>`;
}

/**
 * qyapi.weixin.qq.com on loopback: gettoken (tokens that can be expired on demand), message/send, appchat/send,
 * media/get, media/upload and the 群机器人 webhook. Records every call with the token it carried.
 */
export class FakeWecom {
  /** Serve department/list and user/list from this directory (src/directory). */
  contact: WecomContact | undefined;
  readonly sent: Sent[] = [];
  readonly files = new Map<string, { name: string; bytes: Uint8Array }>();
  readonly uploads: { name: string; size: number }[] = [];
  readonly downloads: string[] = [];
  /** media/get answers 830002 above this (WeCom: 20 MB; Range downloads beyond). */
  mediaGetMaxBytes = 20 * 1_048_576;
  tokenRequests = 0;
  /** Tokens WeCom still honours; `expireTokens` empties it (the 42001 case). */
  readonly validTokens = new Set<string>();
  /** errcodes to answer the next sends with (e.g. -1 system busy), consumed in order. */
  failNext: number[] = [];
  /** Members outside the app's range, and 群机器人 keys whose robot was removed. */
  readonly outOfRange = new Set<string>();
  readonly removedRobots = new Set<string>();
  /** Requests taken with enable_duplicate_check, by body; and how many were dropped as duplicates. */
  private readonly taken = new Map<string, number>();
  suppressed = 0;
  /** Robot files: encrypted bytes served at /robot-file/<id>. */
  readonly robotFiles = new Map<string, Buffer>();
  private server: Server | undefined;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch(() => {
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => {
      this.server?.close(() => r());
      this.server?.closeAllConnections();
    });
  }

  /** Stores a file as the robot's CDN does: encrypted with a fresh per-file aeskey; returns what a message carries. */
  robotFile(bytes: Uint8Array): { url: string; aeskey: string } {
    const key = randomBytes(32);
    const pad = 32 - (bytes.length % 32);
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
    const data = Buffer.concat([
      cipher.update(Buffer.concat([bytes, Buffer.alloc(pad, pad)])),
      cipher.final(),
    ]);
    const id = `f${this.robotFiles.size + 1}`;
    this.robotFiles.set(id, data);
    return { url: `${this.url}/robot-file/${id}`, aeskey: key.toString('base64') };
  }

  expireTokens(): void {
    this.validTokens.clear();
  }

  /** Text of every message/send or appchat/send to one user or chat (markdown or text). */
  to(id: string): string[] {
    return this.sent
      .filter((s) => s.body.touser === id || s.body.chatid === id)
      .map((s) => {
        const b = s.body as {
          markdown?: { content: string };
          text?: { content: string };
          file?: { media_id: string };
        };
        return b.markdown?.content ?? b.text?.content ?? `[file ${b.file?.media_id}]`;
      });
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(body));
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const token = url.searchParams.get('access_token');
    if (url.pathname === '/cgi-bin/gettoken') {
      this.tokenRequests++;
      if (url.searchParams.get('corpid') !== CORP_ID || url.searchParams.get('corpsecret') !== SECRET)
        return json({ errcode: 40001, errmsg: 'invalid credential' });
      const value = `tok-${this.tokenRequests}`;
      this.validTokens.add(value);
      return json({ errcode: 0, errmsg: 'ok', access_token: value, expires_in: 7200 });
    }
    if (url.pathname.startsWith('/robot-file/')) {
      const bytes = this.robotFiles.get(url.pathname.slice('/robot-file/'.length));
      if (!bytes) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
      return;
    }
    if (url.pathname === '/cgi-bin/webhook/send') {
      const key = url.searchParams.get('key');
      if (key && this.removedRobots.has(key)) return json({ errcode: 93000, errmsg: 'invalid webhook url' });
      this.sent.push({ path: url.pathname, token: key, body: JSON.parse(raw.toString()) });
      return json({ errcode: 0, errmsg: 'ok' });
    }
    if (!token || !this.validTokens.has(token))
      return json({ errcode: 42001, errmsg: 'access_token expired' });
    const contact = this.contact && wecomContactRoute(this.contact, url);
    if (contact) return json(contact);
    switch (url.pathname) {
      case '/cgi-bin/message/send':
      case '/cgi-bin/appchat/send': {
        const failure = this.failNext.shift();
        if (failure !== undefined) return json({ errcode: failure, errmsg: 'simulated' });
        const body = JSON.parse(raw.toString()) as Record<string, unknown>;
        // enable_duplicate_check: the same request body within the interval is taken (errcode 0) but not shown.
        if (body.enable_duplicate_check === 1) {
          const key = `${url.pathname}${raw.toString()}`;
          const seen = this.taken.get(key);
          const windowMs = Number(body.duplicate_check_interval ?? 1800) * 1000;
          if (seen !== undefined && Date.now() - seen < windowMs) {
            this.suppressed++;
            return json({ errcode: 0, errmsg: 'ok', invaliduser: '' });
          }
          this.taken.set(key, Date.now());
        }
        // A member outside the app's 可见范围: taken with errcode 0, named in invaliduser, not delivered.
        if (typeof body.touser === 'string' && this.outOfRange.has(body.touser))
          return json({ errcode: 0, errmsg: 'ok', invaliduser: body.touser });
        this.sent.push({ path: url.pathname, token, body });
        return json({ errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `m${this.sent.length}` });
      }
      case '/cgi-bin/media/get': {
        const id = url.searchParams.get('media_id') ?? '';
        this.downloads.push(id);
        const file = this.files.get(id);
        if (!file) return json({ errcode: 40007, errmsg: 'invalid media_id' });
        if (file.bytes.byteLength > this.mediaGetMaxBytes)
          return json({ errcode: 830002, errmsg: 'file size too large, use range download' });
        res
          .writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-disposition': `attachment; filename="${encodeURIComponent(file.name)}"`,
            'content-length': file.bytes.byteLength,
          })
          .end(Buffer.from(file.bytes));
        return;
      }
      case '/cgi-bin/media/upload': {
        const name = /filename="([^"]+)"/.exec(raw.toString('latin1'))?.[1] ?? '';
        this.uploads.push({ name: Buffer.from(name, 'latin1').toString(), size: raw.length });
        return json({ errcode: 0, errmsg: '', type: 'file', media_id: `media-${this.uploads.length}` });
      }
      default:
        res.writeHead(404).end();
    }
  }
}

/** Posts an app message to our callback exactly as WeCom does: encrypted, signed, in the envelope XML. */
export async function postCallback(
  callbackUrl: string,
  fields: Record<string, string | number>,
  options: { signature?: string; timestamp?: string; receiveId?: string; aesKey?: string } = {},
): Promise<Response> {
  const encrypted = wire.encrypt(options.aesKey ?? AES_KEY, toXml(fields), options.receiveId ?? CORP_ID);
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e9));
  const signature = options.signature ?? wire.sign(TOKEN, timestamp, nonce, encrypted);
  const query = new URLSearchParams({ msg_signature: signature, timestamp, nonce });
  return fetch(`${callbackUrl}?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body: toXml({ ToUserName: CORP_ID, AgentID: String(AGENT_ID), Encrypt: encrypted }),
  });
}

export const BOT_ID = 'aibREDACTEDbot0001';
export const BOT_SECRET = 'test-bot-secret-0000000000';

interface Frame {
  cmd?: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
}

/**
 * The 智能机器人 long-connection gateway (wss://openws.work.weixin.qq.com) on loopback: authenticates aibot_subscribe
 * against the bot id and secret, acks pings, records aibot_send_msg and the three-step media upload, and pushes
 * aibot_msg_callback frames.
 */
export class FakeRobotGateway {
  readonly sockets: WebSocket[] = [];
  readonly sent: { chatid: string; body: Record<string, unknown> }[] = [];
  readonly uploads: { filename: string; bytes: Buffer }[] = [];
  authAttempts = 0;
  /** Refuse every aibot_subscribe (a wrong secret, as WeCom answers it). */
  refuseAuth = false;
  private wss: WebSocketServer | undefined;
  private chunks = new Map<string, { filename: string; parts: Buffer[] }>();
  private seq = 0;

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => this.wss!.once('listening', () => r()));
    this.wss.on('connection', (socket) => {
      this.sockets.push(socket);
      socket.on('message', (data) => this.onFrame(socket, JSON.parse(String(data)) as Frame));
    });
    return this;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((r) => this.wss?.close(() => r()));
  }

  /** The authenticated, open connection (the channel's current client). */
  get socket(): WebSocket | undefined {
    return this.sockets.filter((s) => s.readyState === s.OPEN && authed.has(s)).at(-1);
  }

  push(message: WecomRobotMessage): void {
    const socket = this.socket;
    if (!socket) throw new Error('no robot connection');
    socket.send(
      JSON.stringify({ cmd: 'aibot_msg_callback', headers: { req_id: `cb_${++this.seq}` }, body: message }),
    );
  }

  /** What WeCom sends the old connection when a new one for the same robot authenticates. */
  kick(): void {
    this.socket?.send(
      JSON.stringify({
        cmd: 'aibot_event_callback',
        headers: { req_id: `ev_${++this.seq}` },
        body: { msgid: `ev${this.seq}`, msgtype: 'event', event: { eventtype: 'disconnected_event' } },
      }),
    );
  }

  /** Markdown contents sent to one chat (userid or group chatid). */
  to(chatid: string): string[] {
    return this.sent
      .filter((s) => s.chatid === chatid)
      .map((s) => {
        const b = s.body as { markdown?: { content: string }; file?: { media_id: string } };
        return b.markdown?.content ?? `[file ${b.file?.media_id}]`;
      });
  }

  private onFrame(socket: WebSocket, frame: Frame) {
    const ack = (extra: Record<string, unknown> = {}) =>
      socket.send(
        JSON.stringify({ headers: { req_id: frame.headers.req_id }, errcode: 0, errmsg: 'ok', ...extra }),
      );
    const body = frame.body ?? {};
    switch (frame.cmd) {
      case 'aibot_subscribe':
        this.authAttempts++;
        if (this.refuseAuth || body.bot_id !== BOT_ID || body.secret !== BOT_SECRET) {
          socket.send(
            JSON.stringify({
              headers: { req_id: frame.headers.req_id },
              errcode: 40058,
              errmsg: 'invalid secret',
            }),
          );
          return;
        }
        authed.add(socket);
        return ack();
      case 'ping':
        return ack();
      case 'aibot_send_msg': {
        const { chatid, ...rest } = body as { chatid: string };
        this.sent.push({ chatid, body: rest });
        return ack();
      }
      case 'aibot_upload_media_init': {
        const id = `up${this.chunks.size + 1}`;
        this.chunks.set(id, { filename: String(body.filename), parts: [] });
        return ack({ body: { upload_id: id } });
      }
      case 'aibot_upload_media_chunk': {
        const upload = this.chunks.get(String(body.upload_id));
        if (upload) upload.parts[Number(body.chunk_index)] = Buffer.from(String(body.base64_data), 'base64');
        return ack();
      }
      case 'aibot_upload_media_finish': {
        const upload = this.chunks.get(String(body.upload_id))!;
        this.uploads.push({ filename: upload.filename, bytes: Buffer.concat(upload.parts) });
        return ack({ body: { type: 'file', media_id: `rmedia-${this.uploads.length}`, created_at: '1' } });
      }
    }
  }
}

const authed = new WeakSet<WebSocket>();

let robotSeq = 0;
/** A robot message as WeCom pushes it; a fresh msgid each call. */
export function robotMessage(patch: Partial<WecomRobotMessage>): WecomRobotMessage {
  return {
    msgid: `CAIQ${Date.now()}${++robotSeq}`,
    aibotid: BOT_ID,
    chattype: 'single',
    from: { userid: 'zhaoliu' },
    msgtype: 'text',
    text: { content: '帮助' },
    ...patch,
  };
}

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { DingTalkHosts } from '../../src/channels/dingtalk/config.ts';
import type { DingTalkRobotMessage } from '../../src/channels/dingtalk/decode.ts';
import { type DingTalkContact, dingTalkContactRoute } from './dingtalk-contact-fake.ts';

const FIXTURES = new URL('../fixtures/channels/dingtalk/', import.meta.url);
export const CLIENT_ID = 'dingREDACTEDrobotcode00';
export const CLIENT_SECRET = 'test-client-secret-0000000000';
export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

let seq = 0;
/** Where session webhooks point: the running fake (set by `start`). */
let sessionBase = 'http://127.0.0.1:9';

/** A fresh robot message from a fixture: new msgId, a session webhook named after it, valid for 90 minutes. */
export function robotMessage(name: string, patch: Partial<DingTalkRobotMessage> = {}): DingTalkRobotMessage {
  const m = JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as DingTalkRobotMessage;
  const msgId = `msgTEST${Date.now()}${++seq}==`;
  return {
    ...m,
    msgId,
    sessionWebhook: `${sessionBase}/robot/sendBySession?session=${encodeURIComponent(msgId)}`,
    sessionWebhookExpiredTime: Date.now() + 90 * 60_000,
    ...patch,
  };
}

export interface Recorded {
  body: Record<string, unknown>;
  token: string | undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks);
}

/**
 * DingTalk on loopback: one HTTP server is the new OpenAPI (connection open, file download, robot sends), the old one
 * (gettoken, media upload, session webhooks) and the file host, and its WebSocket server is the Stream gateway. The
 * channel reaches it through configured hosts (`hosts`), as a 专有钉钉 deployment would. Records what was sent.
 */
export class FakeDingTalk {
  /** Serve topapi/v2 department/listsub and user/list from this directory (src/directory). */
  contact: DingTalkContact | undefined;
  readonly sockets: WebSocket[] = [];
  readonly acks: { code: number; headers: { messageId: string }; data: string }[] = [];
  readonly session: {
    session: string;
    body: { msgtype: string; markdown: { title: string; text: string } };
  }[] = [];
  readonly toUsers: Recorded[] = [];
  readonly toGroups: Recorded[] = [];
  readonly downloads: Recorded[] = [];
  readonly uploads: { query: string; body: string }[] = [];
  readonly files = new Map<string, Uint8Array>();
  gatewayCalls = 0;
  /** When each Stream socket opened and closed, in order. */
  readonly timeline: { at: number; socket: number; event: 'open' | 'close' }[] = [];
  gatewayDown = false;
  sessionRateLimitNext = 0;
  /** Refuse every robot send (OpenAPI) with this answer, e.g. 403 Forbidden.AccessDenied.ApiCountLimitForOrg. */
  refuseSends: { status: number; code: string; message: string } | undefined;
  /** Take the next N robot sends to users and never answer them (the answer lost after delivery). */
  stallSendsNext = 0;
  /** Robot sends to users received, answered or not. */
  sendRequests = 0;
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private frameSeq = 0;
  url = '';

  /** The hosts to configure the channel with. */
  get hosts(): DingTalkHosts {
    return { api: this.url, oapi: this.url, stream: `${this.url}/v1.0/gateway/connections/open` };
  }

  /** The same hosts as environment variables. */
  get env(): Record<string, string> {
    return {
      JIXIAO_DINGTALK_API_URL: this.url,
      JIXIAO_DINGTALK_OAPI_URL: this.url,
    };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, {
            'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json',
          });
          res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
        },
        () => res.writeHead(500).end(),
      );
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => {
      const index = this.sockets.length;
      this.timeline.push({ at: Date.now(), socket: index, event: 'open' });
      socket.on('close', () => this.timeline.push({ at: Date.now(), socket: index, event: 'close' }));
      this.sockets.push(socket);
      socket.on('message', (data) => this.acks.push(JSON.parse(String(data))));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    sessionBase = this.url;
    return this;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const json = () => JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
    const header = req.headers['x-acs-dingtalk-access-token'];
    const token = Array.isArray(header) ? header[0] : header;
    const route = `${req.method} ${url.pathname}`;
    const contact = this.contact && dingTalkContactRoute(this.contact, url, json);
    if (contact) return { status: 200, body: contact };
    switch (route) {
      case 'POST /v1.0/gateway/connections/open':
        this.gatewayCalls++;
        return this.gatewayDown
          ? { status: 503, body: { code: 'ServiceUnavailable', message: 'gateway down' } }
          : {
              status: 200,
              body: {
                endpoint: `${this.url.replace('http', 'ws')}/connect`,
                ticket: `ticket-${this.gatewayCalls}`,
              },
            };
      case 'POST /v1.0/robot/messageFiles/download': {
        const body = json();
        this.downloads.push({ body, token });
        return {
          status: 200,
          body: { downloadUrl: `${this.url}/files/${encodeURIComponent(String(body.downloadCode))}` },
        };
      }
      case 'POST /v1.0/robot/oToMessages/batchSend':
        this.sendRequests++;
        if (this.refuseSends) return { status: this.refuseSends.status, body: this.refuseSends };
        this.toUsers.push({ body: json(), token });
        if (this.stallSendsNext > 0) {
          // Taken, and the answer never comes.
          this.stallSendsNext--;
          return new Promise(() => {});
        }
        return { status: 200, body: { processQueryKey: 'pq-user' } };
      case 'POST /v1.0/robot/groupMessages/send':
        if (this.refuseSends) return { status: this.refuseSends.status, body: this.refuseSends };
        this.toGroups.push({ body: json(), token });
        return { status: 200, body: { processQueryKey: 'pq-group' } };
      case 'GET /gettoken':
        return {
          status: 200,
          body: { errcode: 0, errmsg: 'ok', access_token: 'at-fake-token', expires_in: 7200 },
        };
      case 'POST /media/upload':
        this.uploads.push({ query: url.search, body: raw.toString('utf8') });
        return {
          status: 200,
          body: { errcode: 0, errmsg: 'ok', type: 'file', media_id: `@media-${this.uploads.length}` },
        };
      case 'POST /robot/sendBySession': {
        if (this.sessionRateLimitNext > 0) {
          this.sessionRateLimitNext--;
          return { status: 200, body: { errcode: 130101, errmsg: 'send too fast' } };
        }
        const session = url.searchParams.get('session') ?? '';
        this.session.push({ session, body: json() as FakeDingTalk['session'][number]['body'] });
        return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
      }
    }
    if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
      const bytes = this.files.get(decodeURIComponent(url.pathname.slice('/files/'.length)));
      return bytes ? { status: 200, body: Buffer.from(bytes) } : { status: 404, body: 'not found' };
    }
    return { status: 404, body: { code: 'NotFound', message: route } };
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((r) => this.wss?.close(() => r()));
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The latest live stream connection (the channel's current DWClient). */
  get socket(): WebSocket | undefined {
    return this.sockets.filter((s) => s.readyState === s.OPEN).at(-1);
  }

  /** Pushes a robot message as a CALLBACK frame; returns the frame's messageId (what the ack must echo). */
  push(message: DingTalkRobotMessage): string {
    const messageId = `frame-${Date.now()}-${++this.frameSeq}`;
    const frame = {
      specVersion: '1.0',
      type: 'CALLBACK',
      headers: {
        appId: 'app-REDACTED',
        connectionId: 'conn-REDACTED',
        contentType: 'application/json',
        messageId,
        time: String(Date.now()),
        topic: TOPIC_ROBOT,
      },
      data: JSON.stringify(message),
    };
    const socket = this.socket;
    if (!socket) throw new Error('no stream connection');
    socket.send(JSON.stringify(frame));
    return messageId;
  }

  /** The gateway's own SYSTEM ping frame (the SDK answers it); what keeps a quiet but healthy session alive. */
  systemPing(): void {
    this.socket?.send(
      JSON.stringify({
        specVersion: '1.0',
        type: 'SYSTEM',
        headers: { topic: 'ping', messageId: `ping-${++this.frameSeq}`, time: String(Date.now()) },
        data: JSON.stringify({ opaque: 'x' }),
      }),
    );
  }

  acked(messageId: string): boolean {
    return this.acks.some((a) => a.headers?.messageId === messageId && a.code === 200);
  }

  /** Session-webhook replies to one message (sessions are named after the msgId). */
  repliesTo(m: DingTalkRobotMessage) {
    return this.session.filter((s) => s.session === m.msgId);
  }
}

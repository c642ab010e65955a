import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { type WebSocket, WebSocketServer } from 'ws';
import type { DingTalkRobotMessage } from '../../src/channels/dingtalk/decode.ts';

const FIXTURES = new URL('../fixtures/channels/dingtalk/', import.meta.url);
export const CLIENT_ID = 'dingREDACTEDrobotcode00';
export const CLIENT_SECRET = 'test-client-secret-0000000000';
export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';

let seq = 0;
/** A fresh robot message from a fixture: new msgId, a session webhook named after it, valid for 90 minutes. */
export function robotMessage(name: string, patch: Partial<DingTalkRobotMessage> = {}): DingTalkRobotMessage {
  const m = JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as DingTalkRobotMessage;
  const msgId = `msgTEST${Date.now()}${++seq}==`;
  return {
    ...m,
    msgId,
    sessionWebhook: `https://oapi.dingtalk.com/robot/sendBySession?session=${encodeURIComponent(msgId)}`,
    sessionWebhookExpiredTime: Date.now() + 90 * 60_000,
    ...patch,
  };
}

export interface Recorded {
  body: Record<string, unknown>;
  token: string | undefined;
}

/**
 * DingTalk on loopback: a Stream gateway (ws WebSocketServer) plus nock on the hard-coded HTTPS hosts (connection
 * open, gettoken, file download, session webhook, OpenAPI sends). Records everything the channel sent.
 */
export class FakeDingTalk {
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
  gatewayDown = false;
  sessionRateLimitNext = 0;
  private wss: WebSocketServer | undefined;
  private frameSeq = 0;

  async start(): Promise<this> {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    this.wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((r) => this.wss!.once('listening', () => r()));
    const port = (this.wss.address() as AddressInfo).port;
    const record = (list: Recorded[]) =>
      function (this: nock.ReplyFnContext, _uri: string, body: nock.Body) {
        const token = this.req.headers['x-acs-dingtalk-access-token'];
        list.push({ body: body as Record<string, unknown>, token: Array.isArray(token) ? token[0] : token });
      };
    const recordDownload = record(this.downloads);
    const recordUser = record(this.toUsers);
    const recordGroup = record(this.toGroups);
    this.wss.on('connection', (socket) => {
      this.sockets.push(socket);
      socket.on('message', (data) => this.acks.push(JSON.parse(String(data))));
    });
    nock('https://api.dingtalk.com')
      .persist()
      .post('/v1.0/gateway/connections/open')
      .reply(() => {
        this.gatewayCalls++;
        return this.gatewayDown
          ? [503, { code: 'ServiceUnavailable', message: 'gateway down' }]
          : [200, { endpoint: `ws://127.0.0.1:${port}/connect`, ticket: `ticket-${this.gatewayCalls}` }];
      })
      .post('/v1.0/robot/messageFiles/download')
      .reply(function (uri, body) {
        recordDownload.call(this, uri, body);
        const code = (body as { downloadCode: string }).downloadCode;
        return [200, { downloadUrl: `https://dl.dingtalk.test/files/${encodeURIComponent(code)}` }];
      })
      .post('/v1.0/robot/oToMessages/batchSend')
      .reply(function (uri, body) {
        recordUser.call(this, uri, body);
        return [200, { processQueryKey: 'pq-user' }];
      })
      .post('/v1.0/robot/groupMessages/send')
      .reply(function (uri, body) {
        recordGroup.call(this, uri, body);
        return [200, { processQueryKey: 'pq-group' }];
      });
    nock('https://oapi.dingtalk.com')
      .persist()
      .get('/gettoken')
      .query(true)
      .reply(200, { errcode: 0, errmsg: 'ok', access_token: 'at-fake-token', expires_in: 7200 })
      .post('/media/upload')
      .query(true)
      .reply((uri, body) => {
        this.uploads.push({ query: uri, body: typeof body === 'string' ? body : JSON.stringify(body) });
        return [200, { errcode: 0, errmsg: 'ok', type: 'file', media_id: `@media-${this.uploads.length}` }];
      })
      .post('/robot/sendBySession')
      .query(true)
      .reply((uri, body) => {
        if (this.sessionRateLimitNext > 0) {
          this.sessionRateLimitNext--;
          return [200, { errcode: 130101, errmsg: 'send too fast' }];
        }
        const session = new URL(uri, 'https://x').searchParams.get('session') ?? '';
        this.session.push({ session, body: body as FakeDingTalk['session'][number]['body'] });
        return [200, { errcode: 0, errmsg: 'ok' }];
      });
    nock('https://dl.dingtalk.test')
      .persist()
      .get(/\/files\/.*/)
      .reply((uri) => {
        const code = decodeURIComponent(uri.split('/files/')[1] ?? '');
        const bytes = this.files.get(code);
        return bytes ? [200, Buffer.from(bytes)] : [404, 'not found'];
      });
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((r) => this.wss?.close(() => r()));
    nock.cleanAll();
    nock.enableNetConnect();
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

  acked(messageId: string): boolean {
    return this.acks.some((a) => a.headers?.messageId === messageId && a.code === 200);
  }

  /** Session-webhook replies to one message (sessions are named after the msgId). */
  repliesTo(m: DingTalkRobotMessage) {
    return this.session.filter((s) => s.session === m.msgId);
  }
}

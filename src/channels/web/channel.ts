import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage as HttpRequest,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatRef, IncomingFile, IncomingMessage, Reply } from '../../bot/messages.ts';
import { AppError, userMessageOf } from '../../errors.ts';
import { log } from '../../log.ts';
import type { ScoreBreakdown } from '../../score/types.ts';
import { type StoreAvailability, watchOutage } from '../../store/availability.ts';
import type { SqlExecutor } from '../../store/sql.ts';
import type { Channel } from '../channel.ts';
import { checkDeclaredLength, checkUploadName, HttpRefusal, readBody, readJson } from './body.ts';
import type { WebConfig } from './config.ts';
import { EventHub, writeEvent } from './events.ts';
import { type RequestContext, RequestGuard, securityHeaders } from './guard.ts';
import { RateLimiter } from './rate-limit.ts';
import { SESSION_COOKIE, WebSessions } from './session.ts';
import { loadPage, type StaticFile } from './static.ts';
import { type StoredEntry, type TranscriptEntry, type WebReply, WebStore } from './web-store.ts';

const logger = log.child({ module: 'web' });

/** Ids the API takes in paths and queries (uploads, forms, files are UUIDs). */
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const JSON_LIMIT = 64 * 1024;
const TEXT_LIMIT = 4000;
const HEARTBEAT_MS = 15_000;
/** Times a message is handled again after hitting a database outage before it waits for the next start. */
const MAX_REDO = 5;
export const TOO_FAST = '太快了：请稍等一两秒再发下一条消息。';
export const EMPTY_MESSAGE = '消息是空的：请输入文字，或把自评表文件拖到这里上传。';

/** A project row of the portfolio list. */
export interface ProjectSummary {
  id: string;
  projectName: string | null;
  year: number | null;
  totalComputed: number | null;
  grade: string | null;
  errorCount: number;
  missingCount: number;
  updatedAt: string;
}

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** One form's breakdown for the page: scores (drawn as a chart), findings and missing fields, in Chinese. */
export interface FormDetail {
  formId: string;
  version: number;
  projectName: string | null;
  year: number | null;
  score: ScoreBreakdown;
  findings: { severity: string; where: string; message: string }[];
  missing: string[];
}

/** What the page needs beyond the chat; served from the store by the `serve` command. */
export interface WebApi {
  projects(chat: ChatRef): Promise<ProjectSummary[]>;
  form(chat: ChatRef, id: string): Promise<FormDetail | null>;
  /**
   * The user's forms (all of them when `formIds` is empty), corrected and re-checked, as a file. Limits (per user,
   * per client address, exports at once, forms per export) throw an AppError `EXPORT_LIMITED` with a Chinese message.
   */
  exportForms(
    chat: ChatRef,
    formIds: string[],
    format: 'xlsx' | 'docx',
    client: { address: string },
  ): Promise<ExportFile | null>;
}

export interface WebChannelOptions {
  host: string;
  port: number;
  sql: SqlExecutor;
  config: WebConfig;
  api?: WebApi;
  /** Extra status for /healthz (other channels' `connected`, store driver); throwing makes it answer 503. */
  health?: () => Promise<Record<string, unknown>>;
  /** PostgreSQL's reachability: a message whose handling hit an outage is handled again once the database is back. */
  availability?: StoreAvailability;
  /**
   * The user's daily upload quota (`serve`: the store's): throws AppError UPLOAD_QUOTA for a file of `size` bytes
   * that would exceed it, so it is refused before its body is read or stored.
   */
  checkUploadQuota?: (userId: string, size: number) => Promise<void>;
  /**
   * Public pages under `prefix` (the satisfaction survey, `/s/`): answered before any session is made, so respondents
   * get no chat session and no login; Host and write-origin checks still apply.
   */
  publicPages?: {
    prefix: string;
    handle(req: HttpRequest, res: ServerResponse, ctx: RequestContext, path: string): Promise<void>;
  };
  /** How long `stop` waits for messages in progress; unfinished ones stay in the inbox and run after a restart. */
  shutdownGraceMs?: number;
}

/** The web chat: a node:http server with the page, a JSON + SSE chat API, uploads, exports and /healthz. */
export class WebChannel implements Channel {
  readonly name = 'web' as const;
  private server: Server | undefined;
  private page = new Map<string, StaticFile>();
  private readonly store: WebStore;
  private readonly hub = new EventHub();
  private readonly limiter: RateLimiter;
  /** Per client address, so fresh cookies do not reset the limit. */
  private readonly addressLimiter: RateLimiter;
  private readonly newSessions: RateLimiter;
  private readonly sessions: WebSessions;
  private readonly guard: RequestGuard;
  private readonly queues = new Map<string, Promise<void>>();
  private readonly streams = new Set<ServerResponse>();
  /** Uploads stored but not yet handled: the bot gets these bytes without reading them back from the database. */
  private readonly received = new Map<string, Uint8Array>();
  private onMessage: ((msg: IncomingMessage) => Promise<void>) | undefined;
  private stopping = false;
  private stopSignal = new AbortController();
  private readonly maxUpload: number;

  constructor(private readonly options: WebChannelOptions) {
    this.store = new WebStore(options.sql);
    this.limiter = new RateLimiter(
      options.config.JIXIAO_WEB_RATE_PER_SEC,
      options.config.JIXIAO_WEB_RATE_BURST,
    );
    const { config } = options;
    this.addressLimiter = new RateLimiter(
      config.JIXIAO_WEB_RATE_PER_SEC * 5,
      config.JIXIAO_WEB_RATE_BURST * 5,
    );
    this.newSessions = new RateLimiter(
      config.JIXIAO_WEB_NEW_SESSIONS_PER_MIN / 60,
      config.JIXIAO_WEB_NEW_SESSIONS_PER_MIN,
    );
    this.sessions = new WebSessions(options.sql);
    this.guard = new RequestGuard(config, options.host);
    this.maxUpload = Math.round(config.JIXIAO_WEB_MAX_UPLOAD_MB * 1048576);
  }

  get connected(): boolean {
    return this.server?.listening ?? false;
  }

  /** Where the server listens (port 0 picks a free one). */
  address(): { host: string; port: number; url: string } {
    const a = this.server?.address() as AddressInfo | null;
    if (!a) throw new Error('web channel not started');
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    return { host: a.address, port: a.port, url: `http://${host}:${a.port}` };
  }

  async start(onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
    this.stopping = false;
    this.stopSignal = new AbortController();
    await this.store.init();
    await this.sessions.init();
    this.page = await loadPage();
    const server = createServer({ requestTimeout: 120_000 }, (req, res) => {
      this.route(req, res).catch((err: unknown) => this.fail(res, err));
    });
    // curl and some clients ask before sending a large body: refuse a too-large upload before it is sent.
    server.on('checkContinue', (req, res) => {
      try {
        if (req.url?.startsWith('/api/upload')) checkDeclaredLength(req, this.maxUpload);
        res.writeContinue();
        server.emit('request', req, res);
      } catch (err) {
        this.fail(res, err);
      }
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    logger.info({ url: this.address().url }, 'web chat listening');
    // Messages accepted before a restart but not finished: the bot had claimed their event id, so they go again
    // under a new one (a file already parsed is recognised by its hash and not stored twice).
    for (const msg of await this.store.pending()) {
      this.dispatch({ ...msg, eventId: `${msg.eventId}:retry-${Date.now()}` }, msg.eventId);
    }
  }

  /**
   * Stops listening and ends the event streams; messages being handled get `shutdownGraceMs` to finish. Messages not
   * yet started stay in the inbox and run at the next start.
   */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.stopping = true;
    this.stopSignal.abort();
    for (const res of this.streams) res.end();
    const grace = this.options.shutdownGraceMs ?? 10_000;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    // A slow upload must not hold the shutdown: after the grace its connection is cut.
    const cut = setTimeout(() => server.closeAllConnections(), grace);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, grace);
    });
    await Promise.race([Promise.allSettled([closed, ...this.queues.values()]), expired]);
    clearTimeout(timer);
    clearTimeout(cut);
    this.server = undefined;
  }

  async reply(to: ChatRef, reply: Reply): Promise<void> {
    const { attachment, ...rest } = reply;
    const web: WebReply = { ...rest };
    if (attachment) {
      const id = await this.store.saveFile(to.chatId, attachment);
      web.attachment = { name: attachment.name, mime: attachment.mime, url: `/api/files/${id}` };
    }
    await this.record(to.chatId, { from: 'bot', reply: web });
  }

  async download(file: IncomingFile, chat: ChatRef): Promise<Uint8Array> {
    const received = this.received.get(file.handle);
    if (received) return received;
    const stored = await this.store.file(chat.chatId, file.handle);
    if (!stored) throw new AppError('FILE_UNREADABLE', `找不到上传的文件《${file.name}》，请重新上传。`);
    return stored.bytes;
  }

  private async record(chatId: string, entry: TranscriptEntry): Promise<StoredEntry> {
    const stored = await this.store.append(chatId, entry);
    this.hub.publish(chatId, stored);
    return stored;
  }

  /** One message at a time per chat, in arrival order; the inbox row goes only once the bot is done with it. */
  private dispatch(msg: IncomingMessage, inboxId = msg.eventId, attempt = 0): void {
    const chatId = msg.chat.chatId;
    const previous = this.queues.get(chatId) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (this.stopping) return;
      const hitOutage = await watchOutage(async () => {
        try {
          await this.onMessage?.(msg);
        } catch (err) {
          logger.error({ err, chatId }, 'message handling failed');
          await this.record(chatId, { from: 'system', text: userMessageOf(err) }).catch(() => {});
        }
      });
      if (hitOutage && this.options.availability) return this.redo(msg, inboxId, attempt + 1);
      await this.store.done(inboxId).catch((err: unknown) => logger.error({ err }, 'inbox cleanup failed'));
      if (msg.file) await this.forgetUpload(chatId, msg.file.handle);
    });
    this.queues.set(chatId, next);
    void next.then(() => {
      if (this.queues.get(chatId) === next) this.queues.delete(chatId);
    });
  }

  /**
   * The database went away while this message was handled: it stays in the inbox (and its bytes in memory) and runs
   * again, under a new event id, once the database answers. A file already stored is recognised by its hash.
   */
  private async redo(msg: IncomingMessage, inboxId: string, attempt: number): Promise<void> {
    if (attempt > MAX_REDO) {
      logger.error(
        { inboxId },
        'message hit the database outage too often; kept in the inbox for the next start',
      );
      return;
    }
    logger.warn({ inboxId, attempt }, 'database unavailable while handling a message; will handle it again');
    await this.options.availability?.waitUntilAvailable(this.stopSignal.signal);
    if (this.stopping) return;
    this.dispatch({ ...msg, eventId: `${inboxId}:redo-${attempt}` }, inboxId, attempt);
  }

  /**
   * The web's copy of an upload once the bot is done with it (or it was a retried request): the store keeps the file
   * under its retention, so holding it here too only doubled the disk (and the memory, for ever).
   */
  private async forgetUpload(chatId: string, handle: string): Promise<void> {
    this.received.delete(handle);
    await this.store
      .deleteFile(chatId, handle)
      .catch((err: unknown) => logger.warn({ err }, 'web upload copy not deleted; the retention purge will'));
  }

  /** Export files and unhandled uploads older than `before` (the retention job); returns how many went. */
  purgeFiles(before: Date): Promise<number> {
    return this.store.purgeFiles(before);
  }

  /** A retried request (same clientId) is accepted once. */
  private async accept(msg: IncomingMessage, entry: TranscriptEntry): Promise<void> {
    if (!(await this.store.enqueue(msg))) {
      if (msg.file) await this.forgetUpload(msg.chat.chatId, msg.file.handle);
      return;
    }
    await this.record(msg.chat.chatId, entry);
    this.dispatch(msg);
  }

  private async route(req: HttpRequest, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/healthz') return this.healthz(res);
    this.guard.checkHost(req);
    const ctx = this.guard.context(req);
    if (req.method === 'POST') this.guard.checkWrite(req, ctx);
    const open = this.options.publicPages;
    if (open && path.startsWith(open.prefix)) return open.handle(req, res, ctx, path);
    const uid = await this.user(req, res, ctx);
    const chat: ChatRef = { channel: 'web', chatId: uid, isGroup: false };

    if (req.method === 'GET' && this.page.has(path)) return this.serveStatic(res, this.page.get(path)!);
    if (req.method === 'GET' && path === '/api/me')
      return json(res, 200, { user: `web:${uid}`, maxUploadBytes: this.maxUpload });
    if (req.method === 'GET' && path === '/api/events') return this.events(req, res, uid, url);
    if (req.method === 'GET' && path === '/api/history') {
      return json(res, 200, {
        entries: await this.store.history(uid, Number(url.searchParams.get('after') ?? 0) || 0),
      });
    }
    if (req.method === 'POST' && path === '/api/messages') return this.message(req, res, chat, ctx);
    if (req.method === 'POST' && path === '/api/upload') return this.upload(req, res, chat, url, ctx);
    if (req.method === 'GET' && path.startsWith('/api/files/'))
      return this.file(res, uid, idOf(path.slice(11)));
    if (req.method === 'GET' && path === '/api/projects') {
      return json(res, 200, { projects: this.options.api ? await this.options.api.projects(chat) : [] });
    }
    if (req.method === 'GET' && path.startsWith('/api/forms/')) {
      const form = await this.options.api?.form(chat, idOf(path.slice(11)));
      if (!form) throw new HttpRefusal(404, '没有找到这个项目。');
      return json(res, 200, form);
    }
    if (req.method === 'GET' && path === '/api/export') return this.export(res, chat, url, ctx);
    throw new HttpRefusal(404, '没有这个页面。');
  }

  private async healthz(res: ServerResponse): Promise<void> {
    try {
      json(res, 200, { status: 'ok', web: this.connected, ...(await this.options.health?.()) });
    } catch (err) {
      logger.error({ err }, 'health check failed');
      json(res, 503, { status: 'error', web: this.connected, error: userMessageOf(err) });
    }
  }

  /**
   * The user number behind a request: the authenticating proxy's user when it vouches for one, else the session of
   * the cookie; a browser without a valid session gets a new one (limited per address).
   */
  private async user(req: HttpRequest, res: ServerResponse, ctx: RequestContext): Promise<string> {
    const proxied = this.guard.proxyUser(req, ctx);
    if (proxied) return `sso.${proxied}`;
    const secret = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '')?.[1];
    const known = await this.sessions.userOf(secret);
    if (known) return known;
    if (!this.newSessions.take(ctx.clientIp)) {
      throw new HttpRefusal(429, '这个地址新建会话太频繁了，请稍后再试；请保留浏览器的 Cookie。');
    }
    const created = await this.sessions.create();
    res.setHeader(
      'Set-Cookie',
      `${SESSION_COOKIE}=${created.secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000${ctx.secure ? '; Secure' : ''}`,
    );
    return created.userNumber;
  }

  private serveStatic(res: ServerResponse, file: StaticFile): void {
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': file.body.length,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy':
        "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'",
    });
    res.end(file.body);
  }

  private async events(req: HttpRequest, res: ServerResponse, uid: string, url: URL): Promise<void> {
    const after = Number(req.headers['last-event-id'] ?? url.searchParams.get('after') ?? 0) || 0;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 1000\n\n');
    // Subscribe before reading the history, so nothing appended in between is lost; skip what history already sent.
    let last = after;
    const buffered: StoredEntry[] = [];
    let live = false;
    const send = (e: StoredEntry) => {
      if (e.seq <= last) return;
      last = e.seq;
      writeEvent(res, e);
    };
    const unsubscribe = this.hub.subscribe(uid, (e) => (live ? send(e) : buffered.push(e)));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    this.streams.add(res);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.streams.delete(res);
    };
    req.once('close', close);
    res.once('close', close);
    for (const e of await this.store.history(uid, after)) send(e);
    for (const e of buffered) send(e);
    live = true;
  }

  private async message(
    req: HttpRequest,
    res: ServerResponse,
    chat: ChatRef,
    ctx: RequestContext,
  ): Promise<void> {
    // A form post from another page cannot send JSON without asking first (CORS preflight, which is refused).
    if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
      throw new HttpRefusal(415, '请求格式不对，请刷新页面后重试。');
    }
    const body = (await readJson(req, JSON_LIMIT)) as {
      text?: unknown;
      action?: { id?: unknown; value?: unknown };
      /** The button's text, shown in the transcript instead of the action id. */
      label?: unknown;
      clientId?: unknown;
    };
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    const actionId = typeof body.action?.id === 'string' ? body.action.id : '';
    if (!text && !actionId) throw new HttpRefusal(400, EMPTY_MESSAGE);
    if (text.length > TEXT_LIMIT) {
      throw new HttpRefusal(413, `消息太长（超过 ${TEXT_LIMIT} 字）。请分几次发送，或把内容存成文件上传。`);
    }
    for (const value of [text, actionId, body.action?.value, body.label]) refuseControl(value, '消息');
    this.takeRate(chat, ctx);
    const action = actionId
      ? { id: actionId, ...(typeof body.action?.value === 'string' ? { value: body.action.value } : {}) }
      : undefined;
    const msg: IncomingMessage = {
      eventId: eventId(chat, body.clientId),
      chat,
      sender: { id: chat.chatId },
      mentionedBot: true,
      receivedAt: new Date(),
      ...(text ? { text } : {}),
      ...(action ? { action } : {}),
    };
    const label = typeof body.label === 'string' ? body.label.slice(0, 100) : '';
    await this.accept(msg, {
      from: 'user',
      ...(text ? { text } : {}),
      ...(action ? { action: { ...action, ...(label ? { label } : {}) } } : {}),
    });
    json(res, 202, { ok: true, eventId: msg.eventId });
  }

  private takeRate(chat: ChatRef, ctx: RequestContext): void {
    if (!this.limiter.take(chat.chatId) || !this.addressLimiter.take(ctx.clientIp))
      throw new HttpRefusal(429, TOO_FAST);
  }

  private async upload(
    req: HttpRequest,
    res: ServerResponse,
    chat: ChatRef,
    url: URL,
    ctx: RequestContext,
  ): Promise<void> {
    const name = (url.searchParams.get('name') ?? '').slice(0, 200);
    refuseControl(name, '文件名');
    checkUploadName(name);
    checkDeclaredLength(req, this.maxUpload);
    this.takeRate(chat, ctx);
    const quota = this.options.checkUploadQuota;
    // Refused from the declared length before the body is read, and again on the bytes that came.
    const declared = Number(req.headers['content-length'] ?? 0) || 0;
    if (quota) await quota(`web:${chat.chatId}`, declared);
    const bytes = await readBody(req, this.maxUpload);
    if (bytes.byteLength === 0) throw new HttpRefusal(400, `文件《${name}》是空的，请检查后重新上传。`);
    if (quota && bytes.byteLength !== declared) await quota(`web:${chat.chatId}`, bytes.byteLength);
    const mime = req.headers['content-type'] ?? 'application/octet-stream';
    const handle = await this.store.saveFile(chat.chatId, { name, mime, bytes });
    this.received.set(handle, bytes);
    const msg: IncomingMessage = {
      eventId: eventId(chat, url.searchParams.get('clientId')),
      chat,
      sender: { id: chat.chatId },
      mentionedBot: true,
      receivedAt: new Date(),
      file: { name, size: bytes.byteLength, mime, handle },
    };
    await this.accept(msg, { from: 'user', file: { name, size: bytes.byteLength } });
    json(res, 202, { ok: true, eventId: msg.eventId });
  }

  private async file(res: ServerResponse, uid: string, id: string): Promise<void> {
    const file = await this.store.file(uid, id);
    if (!file) throw new HttpRefusal(404, '文件不存在或已过期。');
    sendFile(res, file);
  }

  private async export(res: ServerResponse, chat: ChatRef, url: URL, ctx: RequestContext): Promise<void> {
    const format = url.searchParams.get('format') === 'docx' ? 'docx' : 'xlsx';
    const ids = url.searchParams.getAll('form');
    if (ids.some((id) => !ID.test(id)))
      throw new HttpRefusal(400, '导出请求里的项目编号不对，请刷新页面后重试。');
    const file = await this.options.api?.exportForms(chat, ids, format, { address: ctx.clientIp });
    if (!file) throw new HttpRefusal(404, '还没有可以导出的自评表：请先上传自评表。');
    sendFile(res, file);
  }

  private fail(res: ServerResponse, err: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (err instanceof HttpRefusal) {
      if (err.closeConnection) res.setHeader('Connection', 'close');
      json(res, err.status, { error: err.userMessage });
      return;
    }
    if (CHARACTER_ERRORS.has((err as { code?: string })?.code ?? '')) {
      json(res, 400, { error: '内容里有无法保存的字符（如 NUL），没有保存。请删除这些字符后重试。' });
      return;
    }
    if (err instanceof AppError && err.code === 'UPLOAD_QUOTA') {
      // The body may be unread: close so the client stops sending.
      res.setHeader('Connection', 'close');
      json(res, 429, { error: err.userMessage });
      return;
    }
    if (err instanceof AppError && err.code === 'EXPORT_LIMITED') {
      const { status, retryAfterSec } = err as AppError & { status?: number; retryAfterSec?: number };
      if (retryAfterSec) res.setHeader('Retry-After', String(retryAfterSec));
      json(res, status ?? 429, { error: err.userMessage });
      return;
    }
    if (err instanceof AppError) {
      if (err.code === 'STORE_UNAVAILABLE') res.setHeader('Retry-After', '5');
      json(res, err.code === 'STORE_UNAVAILABLE' ? 503 : 400, { error: err.userMessage });
      return;
    }
    logger.error({ err }, 'web request failed');
    json(res, 500, { error: userMessageOf(err) });
  }
}

/** PostgreSQL's "this text cannot be stored" (NUL, bad encoding): the input's fault, answered with 400. */
const CHARACTER_ERRORS = new Set(['22021', '22P05', '22P02']);

/** A path segment as an id: malformed % escapes and anything but an id's characters get a clear 400. */
function idOf(segment: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw new HttpRefusal(400, '网址格式不对（% 转义有误），请刷新页面后重试。');
  }
  if (!ID.test(id)) throw new HttpRefusal(404, '没有找到这个项目或文件。');
  return id;
}

const isControl = (c: string) => {
  const n = c.codePointAt(0) ?? 0;
  return (n < 32 && c !== '\t' && c !== '\n' && c !== '\r') || n === 127;
};

/** NUL and other control characters (tab and newline aside) are refused, not stored or half stored. */
function refuseControl(value: unknown, what: string): void {
  if (typeof value === 'string' && [...value].some(isControl))
    throw new HttpRefusal(400, `${what}里有无法识别的控制字符（如 NUL），没有保存。请删除后重新发送。`);
}

function eventId(chat: ChatRef, clientId: unknown): string {
  const id = typeof clientId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(clientId) ? clientId : randomUUID();
  return `web:${chat.chatId}:${id}`;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': payload.length,
    'Cache-Control': 'no-store',
  });
  res.end(payload);
}

function sendFile(res: ServerResponse, file: { name: string; mime: string; bytes: Uint8Array }): void {
  res.writeHead(200, {
    'Content-Type': file.mime,
    'Content-Length': file.bytes.byteLength,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'Cache-Control': 'no-store',
  });
  res.end(file.bytes);
}

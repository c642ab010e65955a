import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

export const TOKEN = '7000001:AAFakeTokenForTestsOnly_0123456789ab';
export const BOT_INFO = {
  id: 7000001,
  is_bot: true as const,
  first_name: '绩效助手',
  username: 'jixiao_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** A Bot API call as the fake received it; multipart fields are strings, files are { name, bytes }. */
export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  files: Record<string, { name: string; bytes: Uint8Array }>;
}

interface Queued {
  update: Update;
  /** Handed out again regardless of the offset: Telegram re-sending what it still holds. */
  force: boolean;
}

/**
 * A small Bot API on 127.0.0.1:0: getMe, getUpdates (offset confirms, `timeout` long-polls), deleteWebhook,
 * setWebhook, sendMessage, sendDocument (multipart), answerCallbackQuery, getFile, and `GET /file/bot<token>/<path>`.
 */
export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly files = new Map<string, { path: string; bytes: Uint8Array; size?: number }>();
  /** Answer the next N sendMessage calls with 429 retry_after 1. */
  rateLimitNext = 0;
  /** getMe fails with 502 while set (a Bot API that cannot be reached). */
  down = false;
  /** getUpdates fails with 502 while set. */
  pollingDown = false;
  getMeCalls = 0;
  downloads: string[] = [];
  private queue: Queued[] = [];
  /** Fakes in one process number apart, so tests sharing a store never reuse an update_id by accident. */
  private static instances = 0;
  private nextId = 5000 + FakeTelegram.instances++ * 100_000;
  private waiters = new Set<() => void>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const wake of this.waiters) wake();
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** Queues an update for getUpdates under a fresh update_id and returns it (for webhook tests, just numbers it). */
  enqueue(update: Omit<Update, 'update_id'>): Update {
    const full = { ...update, update_id: ++this.nextId } as Update;
    this.queue.push({ update: full, force: false });
    this.wake();
    return full;
  }

  /** Numbers an update without queueing it (webhook mode posts it instead). */
  number(update: Omit<Update, 'update_id'>): Update {
    return { ...update, update_id: ++this.nextId } as Update;
  }

  /** The same update (same update_id) handed out again on the next getUpdates. */
  redeliver(update: Update): void {
    this.queue.push({ update, force: true });
    this.wake();
  }

  sent(method: string, chatId?: string | number): ApiCall[] {
    return this.calls.filter(
      (c) => c.method === method && (chatId === undefined || String(c.body.chat_id) === String(chatId)),
    );
  }

  /** Texts sent to a chat by sendMessage. */
  texts(chatId: string | number): string[] {
    return this.sent('sendMessage', chatId).map((c) => String(c.body.text));
  }

  private wake() {
    for (const w of this.waiters) w();
    this.waiters.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    const file = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (file && req.method === 'GET') {
      const entry = [...this.files.values()].find((f) => f.path === decodeURIComponent(file[2] ?? ''));
      if (file[1] !== TOKEN || !entry)
        return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      this.downloads.push(entry.path);
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(entry.bytes);
      return;
    }
    const call = url.pathname.match(/^\/bot([^/]+)\/(\w+)$/);
    if (!call) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (call[1] !== TOKEN) return json(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = call[2]!;
    const { body, files } = await readBody(req);
    const refused = method === 'sendMessage' && this.rateLimitNext > 0;
    if (!refused) this.calls.push({ method, body, files });
    const ok = (result: unknown) => json(res, 200, { ok: true, result });
    switch (method) {
      case 'getMe':
        this.getMeCalls++;
        if (this.down) return json(res, 502, { ok: false, error_code: 502, description: 'Bad Gateway' });
        return ok(BOT_INFO);
      case 'deleteWebhook':
      case 'setWebhook':
        return ok(true);
      case 'getUpdates':
        if (this.pollingDown)
          return json(res, 502, { ok: false, error_code: 502, description: 'Bad Gateway' });
        return ok(await this.updates(res, body));
      case 'sendMessage':
        if (this.rateLimitNext > 0) {
          this.rateLimitNext--;
          return json(res, 429, {
            ok: false,
            error_code: 429,
            description: 'Too Many Requests: retry after 1',
            parameters: { retry_after: 1 },
          });
        }
        return ok({
          message_id: this.calls.length,
          date: 0,
          chat: { id: Number(body.chat_id), type: 'private' },
        });
      case 'sendDocument':
        return ok({
          message_id: this.calls.length,
          date: 0,
          chat: { id: Number(body.chat_id), type: 'private' },
        });
      case 'answerCallbackQuery':
        return ok(true);
      case 'getFile': {
        const id = String(body.file_id);
        const entry = this.files.get(id);
        if (!entry)
          return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
        return ok({
          file_id: id,
          file_unique_id: `u${id}`,
          file_size: entry.size ?? entry.bytes.byteLength,
          file_path: entry.path,
        });
      }
      default:
        return json(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method}` });
    }
  }

  /** Confirms everything below `offset`, then returns what is left, waiting up to `timeout` seconds for more. */
  private async updates(res: ServerResponse, body: Record<string, unknown>): Promise<Update[]> {
    const offset = Number(body.offset ?? 0);
    const limit = Number(body.limit ?? 100);
    const deadline = Date.now() + Number(body.timeout ?? 0) * 1000;
    // A long poll the client gave up on (grammY aborts it on stop) must not take updates with it.
    let gone = false;
    res.once('close', () => {
      gone = true;
      this.wake();
    });
    for (;;) {
      this.queue = this.queue.filter((q) => q.force || q.update.update_id >= offset);
      const out = this.queue.slice(0, limit);
      if (gone) return [];
      if (out.length > 0 || Date.now() >= deadline) {
        // Forced copies are handed out once; normal ones stay until a later offset confirms them.
        this.queue = this.queue.filter((q) => !(q.force && out.includes(q)));
        return out.map((q) => q.update);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** JSON or multipart/form-data (grammY uses multipart when a call carries an InputFile). */
async function readBody(req: IncomingMessage): Promise<Pick<ApiCall, 'body' | 'files'>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  const raw = Buffer.concat(chunks);
  const boundary = (req.headers['content-type'] ?? '').match(/^multipart\/form-data;\s*boundary=(.+)$/)?.[1];
  if (boundary) return parseMultipart(raw, boundary);
  const text = raw.toString('utf8');
  return { body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, files: {} };
}

/**
 * grammY's multipart (`name=x;filename=y` unquoted, no space after the colon) is stricter than undici's
 * FormData parser accepts, so parts are split here. A field `attach://<part>` resolves to that file part.
 */
function parseMultipart(raw: Buffer, boundary: string): Pick<ApiCall, 'body' | 'files'> {
  const parts = new Map<string, { filename?: string; bytes: Buffer }>();
  const delimiter = Buffer.from(`--${boundary}`);
  let at = raw.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    const part = raw.subarray(start + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const name = head.match(/name="?([^";\r\n]+)"?/)?.[1];
    const filename = head.match(/filename="?([^";\r\n]+)"?/)?.[1];
    if (name) parts.set(name, { ...(filename ? { filename } : {}), bytes: part.subarray(split + 4) });
    at = next;
  }
  const body: Record<string, unknown> = {};
  const files: ApiCall['files'] = {};
  for (const [name, part] of parts) {
    if (part.filename) continue;
    const value = part.bytes.toString('utf8');
    const file = value.startsWith('attach://') ? parts.get(value.slice('attach://'.length)) : undefined;
    if (file) files[name] = { name: file.filename ?? name, bytes: new Uint8Array(file.bytes) };
    else body[name] = value;
  }
  return { body, files };
}

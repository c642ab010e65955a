import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { z } from 'zod';
import { safeError } from './safe-error.ts';
import type { Connection } from './supervisor.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** Where platform callbacks arrive (put a TLS reverse proxy in front; platforms require https). */
export const webhookConfigSchema = z.object({
  JIXIAO_WEBHOOK_HOST: optional(z.string()).default('127.0.0.1'),
  JIXIAO_WEBHOOK_PORT: optional(z.coerce.number().int().min(0).max(65535)).default(8081),
  /** Largest callback body read (platform events are a few KB); larger ones get 413 before any parsing. */
  JIXIAO_WEBHOOK_MAX_BODY_KB: optional(z.coerce.number().int().positive()).default(1024),
});

export const DEFAULT_WEBHOOK_MAX_BODY = 1024 * 1024;
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * One HTTP listener for platform callbacks (Lark events, DingTalk outgoing robot, Telegram webhook), routed by exact
 * path. Unknown paths get 404 at once: Lark's `adaptDefault` leaves a non-matching request hanging.
 */
export class WebhookServer {
  readonly #routes = new Map<string, { handler: WebhookHandler; methods: readonly string[] }>();
  #server: Server | undefined;
  #users = 0;
  #listening: Promise<void> | undefined;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly logger: Logger,
    private readonly maxBody = DEFAULT_WEBHOOK_MAX_BODY,
  ) {}

  /** `methods`: POST only by default; WeCom also verifies its callback URL with a GET (echostr). */
  route(path: string, handler: WebhookHandler, methods: readonly string[] = ['POST']): void {
    this.#routes.set(path, { handler, methods });
  }

  get listening(): boolean {
    return this.#server?.listening ?? false;
  }

  url(): string {
    const a = this.#server?.address() as AddressInfo | null;
    if (!a) throw new Error('webhook server not started');
    return `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`;
  }

  /** Shared by channels: the first `start` listens, the last matching `stop` closes. */
  async start(): Promise<void> {
    this.#listening ??= this.#listen().catch((err: unknown) => {
      this.#listening = undefined;
      throw err;
    });
    await this.#listening;
    this.#users++;
  }

  async #listen(): Promise<void> {
    const server = createServer({ requestTimeout: 30_000 }, (req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const route = this.#routes.get(path);
      if (!route?.methods.includes(req.method ?? '')) {
        res.writeHead(route ? 405 : 404).end();
        return;
      }
      const { handler } = route;
      // The body is read here, bounded, before any handler: the SDKs' own readers buffer whatever comes.
      readBounded(req, this.maxBody)
        .then((body) => (body === null ? refuseTooLarge(res) : handler(replay(req, body), res)))
        .catch((err: unknown) => {
          this.logger.error({ err: safeError(err), path }, 'webhook handler failed');
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.#server = server;
    this.logger.info({ url: this.url(), paths: [...this.#routes.keys()] }, 'webhook server listening');
  }

  /** The listener as a supervised connection: a webhook never drops by itself, it is open until closed. */
  asConnection(): Connection {
    let release!: () => void;
    const closed = new Promise<void>((resolve) => {
      release = resolve;
    });
    return {
      closed,
      close: async () => {
        await this.stop();
        release();
      },
    };
  }

  async stop(): Promise<void> {
    this.#users = Math.max(0, this.#users - 1);
    const server = this.#server;
    if (!server || this.#users > 0) return;
    this.#server = undefined;
    this.#listening = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

/** The body, or null as soon as it passes `maxBytes` (a declared length over it is refused before reading). */
function readBounded(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size <= maxBytes ? Buffer.concat(chunks, size) : null));
    req.once('error', reject);
  });
}

function refuseTooLarge(res: ServerResponse): void {
  res.writeHead(413, { connection: 'close', 'content-type': 'text/plain; charset=utf-8' });
  res.end('request body too large');
  res.once('finish', () => res.socket?.destroy());
}

/** The request again, its body already read: what the platform SDKs' handlers read from. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = Readable.from(body.length > 0 ? [body] : []) as unknown as IncomingMessage;
  return Object.assign(copy, {
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    method: req.method,
    url: req.url,
    socket: req.socket,
    httpVersion: req.httpVersion,
    complete: true,
  });
}

/** Reads a request body up to `maxBytes` (platform callbacks are small JSON). */
export async function readRaw(req: IncomingMessage, maxBytes = 1_048_576): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new RangeError('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

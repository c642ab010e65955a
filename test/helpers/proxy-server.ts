import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';

/**
 * An HTTP proxy on loopback, as a 政务外网 egress proxy behaves: CONNECT tunnels (https, wss, and what agents tunnel
 * for plain http) and absolute-URI forwarding of plain HTTP. It counts both per target `host:port`, so a test can
 * assert that a channel's traffic went through it and not around it.
 */
export class CountingProxy {
  /** CONNECT requests by `host:port`. */
  readonly connects = new Map<string, number>();
  /** Absolute-URI (plain HTTP) requests by `host:port`. */
  readonly forwards = new Map<string, number>();
  /** Set to refuse every request with 403 (a proxy that denies the host). */
  deny = false;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.forward(req, res));
    this.server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) =>
      this.tunnel(req, client, head),
    );
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** CONNECTs plus forwards to one target (`127.0.0.1:1234`), or to all. */
  count(target?: string): number {
    const sum = (m: Map<string, number>) =>
      target ? (m.get(target) ?? 0) : [...m.values()].reduce((a, b) => a + b, 0);
    return sum(this.connects) + sum(this.forwards);
  }

  private bump(map: Map<string, number>, key: string) {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  private tunnel(req: IncomingMessage, client: Socket, head: Buffer) {
    const target = req.url ?? '';
    this.bump(this.connects, target);
    if (this.deny) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const [host, port] = [target.replace(/:\d+$/, ''), Number(target.match(/:(\d+)$/)?.[1] ?? 443)];
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    this.sockets.add(upstream);
    upstream.on('close', () => this.sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }

  private forward(req: IncomingMessage, res: ServerResponse) {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI required');
      return;
    }
    this.bump(this.forwards, target.host);
    if (this.deny) {
      res.writeHead(403).end();
      return;
    }
    const upstream = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

/** A browser-like client of the web chat for the security tests: keeps its session cookie, sends same-origin posts. */
export class WebClient {
  cookie = '';

  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie && !headers.has('cookie')) headers.set('cookie', this.cookie);
    if (init.method === 'POST' && !headers.has('origin')) headers.set('origin', this.base);
    const res = await fetch(`${this.base}${path}`, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return res;
  }

  /** The session and the user number the server gives this browser. */
  async me(): Promise<{ user: string; maxUploadBytes: number }> {
    return (await (await this.request('/api/me')).json()) as { user: string; maxUploadBytes: number };
  }

  upload(name: string, bytes: Uint8Array | string, clientId?: string): Promise<Response> {
    const q = new URLSearchParams({ name, ...(clientId ? { clientId } : {}) });
    return this.request(`/api/upload?${q}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: typeof bytes === 'string' ? bytes : new Blob([new Uint8Array(bytes)]),
    });
  }

  say(text: string): Promise<Response> {
    return this.request('/api/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
  }

  async projects(): Promise<{ id: string; projectName: string | null }[]> {
    const res = await this.request('/api/projects');
    if (!res.ok) return [];
    return ((await res.json()) as { projects: { id: string; projectName: string | null }[] }).projects;
  }

  async history(): Promise<
    { seq: number; entry: { from: string; text?: string; reply?: { text?: string; title?: string } } }[]
  > {
    const res = await this.request('/api/history');
    return ((await res.json()) as { entries: never[] }).entries;
  }
}

/** Polls until `test` holds (bounded); returns its last value. */
export async function eventually<T>(
  probe: () => Promise<T>,
  test: (value: T) => boolean,
  timeoutMs = 30_000,
  everyMs = 250,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && test(value)) return value;
    if (Date.now() > end)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function health(base: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

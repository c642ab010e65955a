import type { Outbound } from '../net/outbound.ts';
import type { DirectoryDepartment, DirectoryMember, DirectorySnapshot, DirectorySource } from './types.ts';

export interface LarkDirectoryConfig {
  appId: string;
  appSecret: string;
  /** `https://open.feishu.cn`, `https://open.larksuite.com` or a private deployment's host. */
  baseUrl: string;
  /** Per-call limit, so a stalled peer fails this sync instead of hanging the next ones. */
  timeoutMs: number;
}

interface Page<T> {
  code: number;
  msg?: string;
  data?: { items?: T[]; has_more?: boolean; page_token?: string };
}

interface LarkDept {
  name?: string;
  open_department_id?: string;
  parent_department_id?: string;
}

interface LarkUser {
  open_id?: string;
  union_id?: string;
  name?: string;
  department_ids?: string[];
}

/** The root department's id in every Lark tenant. */
const ROOT = '0';

/**
 * Lark contact v3, read with the app's tenant token: departments (children of the root, recursively) and the direct
 * members of each (find_by_department), open_department_id and open_id/union_id throughout. Needs the app's contact
 * range to cover what should be synced (全部成员 to list the root) and the scopes in the README.
 */
export class LarkDirectory implements DirectorySource {
  readonly channel = 'lark' as const;
  #token: { value: string; until: number } | undefined;

  constructor(
    private readonly config: LarkDirectoryConfig,
    private readonly outbound: Pick<Outbound, 'fetch'>,
  ) {}

  async fetch(): Promise<DirectorySnapshot> {
    const departments: DirectoryDepartment[] = [];
    for await (const d of this.pages<LarkDept>(`/open-apis/contact/v3/departments/${ROOT}/children`, {
      department_id_type: 'open_department_id',
      fetch_child: 'true',
    })) {
      if (!d.open_department_id || !d.name) continue;
      const parent = d.parent_department_id;
      departments.push({
        id: d.open_department_id,
        parentId: parent && parent !== ROOT ? parent : null,
        name: d.name,
      });
    }
    const members = new Map<string, DirectoryMember>();
    for (const deptId of [ROOT, ...departments.map((d) => d.id)]) {
      for await (const u of this.pages<LarkUser>('/open-apis/contact/v3/users/find_by_department', {
        department_id: deptId,
        department_id_type: 'open_department_id',
        user_id_type: 'open_id',
      })) {
        if (!u.open_id || members.has(u.union_id ?? u.open_id)) continue;
        // The first listed department is the main one; a member of the root alone has no department to follow.
        const main = u.department_ids?.[0] ?? deptId;
        // union_id needs no extra scope with a tenant token; should it be absent, open_id keeps the row usable.
        members.set(u.union_id ?? u.open_id, {
          stableId: u.union_id ?? u.open_id,
          platformId: u.open_id,
          name: u.name ?? null,
          deptId: main === ROOT ? null : main,
        });
      }
    }
    return { departments, members: [...members.values()] };
  }

  /** One user's display name by open_id (contact v3 users/:id), or null when the app may not see them. */
  async userName(openId: string): Promise<string | null> {
    const url = new URL(`/open-apis/contact/v3/users/${encodeURIComponent(openId)}`, this.config.baseUrl);
    url.searchParams.set('user_id_type', 'open_id');
    const body = await this.call<{ code: number; data?: { user?: { name?: string } } }>(url, {
      headers: { authorization: `Bearer ${await this.token()}` },
    });
    return body.code === 0 ? (body.data?.user?.name ?? null) : null;
  }

  private async *pages<T>(path: string, query: Record<string, string>): AsyncGenerator<T> {
    let pageToken: string | undefined;
    do {
      const url = new URL(path, this.config.baseUrl);
      for (const [k, v] of Object.entries({ ...query, page_size: '50' })) url.searchParams.set(k, v);
      if (pageToken) url.searchParams.set('page_token', pageToken);
      const body = await this.call<Page<T>>(url, {
        headers: { authorization: `Bearer ${await this.token()}` },
      });
      if (body.code !== 0) throw new Error(`lark ${path}: ${body.code} ${body.msg ?? ''}`);
      yield* body.data?.items ?? [];
      pageToken = body.data?.has_more ? body.data.page_token : undefined;
    } while (pageToken);
  }

  private async token(): Promise<string> {
    if (this.#token && Date.now() < this.#token.until) return this.#token.value;
    const body = await this.call<{
      code: number;
      msg?: string;
      tenant_access_token?: string;
      expire?: number;
    }>(new URL('/open-apis/auth/v3/tenant_access_token/internal', this.config.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: this.config.appId, app_secret: this.config.appSecret }),
    });
    if (body.code !== 0 || !body.tenant_access_token)
      throw new Error(`lark token: ${body.code} ${body.msg ?? ''}`);
    // Renew five minutes early, so a sync never starts a page with a token about to expire.
    this.#token = {
      value: body.tenant_access_token,
      until: Date.now() + ((body.expire ?? 7200) - 300) * 1000,
    };
    return this.#token.value;
  }

  private async call<T>(url: URL, init: RequestInit): Promise<T> {
    const res = await this.outbound.fetch(url, {
      ...init,
      signal: AbortSignal.timeout(this.config.timeoutMs),
    });
    if (!res.ok) throw new Error(`lark ${url.pathname}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }
}

import type { Outbound } from '../net/outbound.ts';
import type { DirectoryMember, DirectorySnapshot, DirectorySource } from './types.ts';

export interface WecomDirectoryConfig {
  corpId: string;
  /** A secret whose app may read the directory (通讯录同步 secret, or an app with 通讯录读取 in its range). */
  secret: string;
  /** `https://qyapi.weixin.qq.com` or a 政务微信 host. */
  apiBase: string;
  timeoutMs: number;
}

interface WecomResult {
  errcode?: number;
  errmsg?: string;
}

/**
 * WeCom directory: `department/list` (every department in range, with its parent) and `user/list` per department
 * (direct members; main_department names the main one). userid is stable within the corp, so it is both ids.
 */
export class WecomDirectory implements DirectorySource {
  readonly channel = 'wecom' as const;

  constructor(
    private readonly config: WecomDirectoryConfig,
    private readonly outbound: Pick<Outbound, 'fetch'>,
  ) {}

  async fetch(): Promise<DirectorySnapshot> {
    const token = await this.token();
    const depts = await this.get<{ department?: { id: number; name?: string; parentid?: number }[] }>(
      'department/list',
      { access_token: token },
    );
    const list = depts.department ?? [];
    const inRange = new Set(list.map((d) => d.id));
    const departments = list.map((d) => ({
      id: String(d.id),
      // The top department of the range has a parent outside it (or 0): a root here.
      parentId: d.parentid && inRange.has(d.parentid) ? String(d.parentid) : null,
      // New apps get no names from department/list (WeCom hides them since 2022): the id then stands in.
      name: d.name || `部门${d.id}`,
    }));
    const members = new Map<string, DirectoryMember>();
    for (const d of list) {
      const users = await this.get<{
        userlist?: { userid: string; name?: string; department?: number[]; main_department?: number }[];
      }>('user/list', { access_token: token, department_id: String(d.id) });
      for (const u of users.userlist ?? []) {
        if (members.has(u.userid)) continue;
        const main = u.main_department ?? u.department?.[0] ?? d.id;
        members.set(u.userid, {
          stableId: u.userid,
          platformId: u.userid,
          // Apps created after 2022-06 get the userid instead of a name; then there is no name to show.
          name: u.name && u.name !== u.userid ? u.name : null,
          deptId: String(main),
        });
      }
    }
    return { departments, members: [...members.values()] };
  }

  private async token(): Promise<string> {
    const res = await this.get<{ access_token?: string }>('gettoken', {
      corpid: this.config.corpId,
      corpsecret: this.config.secret,
    });
    if (!res.access_token) throw new Error('wecom gettoken: no token');
    return res.access_token;
  }

  private async get<T>(path: string, query: Record<string, string>): Promise<T & WecomResult> {
    const url = new URL(`/cgi-bin/${path}`, this.config.apiBase);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const res = await this.outbound.fetch(url, { signal: AbortSignal.timeout(this.config.timeoutMs) });
    if (!res.ok) throw new Error(`wecom ${path}: HTTP ${res.status}`);
    const body = (await res.json()) as T & WecomResult;
    if (body.errcode) throw new Error(`wecom ${path}: ${body.errcode} ${body.errmsg ?? ''}`);
    return body;
  }
}

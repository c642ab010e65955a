import type { Outbound } from '../net/outbound.ts';
import type { DirectoryDepartment, DirectoryMember, DirectorySnapshot, DirectorySource } from './types.ts';

export interface DingTalkDirectoryConfig {
  clientId: string;
  clientSecret: string;
  /** `https://oapi.dingtalk.com` or a 专有钉钉 host. */
  oapi: string;
  timeoutMs: number;
}

interface OapiResult {
  errcode?: number;
  errmsg?: string;
}

/** DingTalk's root department. */
const ROOT = 1;

/**
 * DingTalk directory over the old OpenAPI: `topapi/v2/department/listsub` walked from the root (it lists one level),
 * `topapi/v2/user/list` per department, paged by cursor. The userid (what messages carry as senderStaffId) is stable
 * within the organisation, so it is both ids.
 */
export class DingTalkDirectory implements DirectorySource {
  readonly channel = 'dingtalk' as const;

  constructor(
    private readonly config: DingTalkDirectoryConfig,
    private readonly outbound: Pick<Outbound, 'fetch'>,
  ) {}

  async fetch(): Promise<DirectorySnapshot> {
    const token = await this.token();
    const departments: DirectoryDepartment[] = [];
    const queue = [ROOT];
    for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
      const res = await this.post<{ result?: { dept_id: number; name: string; parent_id?: number }[] }>(
        'topapi/v2/department/listsub',
        token,
        { dept_id: parent },
      );
      for (const d of res.result ?? []) {
        departments.push({
          id: String(d.dept_id),
          parentId: parent === ROOT ? null : String(parent),
          name: d.name,
        });
        queue.push(d.dept_id);
      }
    }
    const members = new Map<string, DirectoryMember>();
    for (const dept of [ROOT, ...departments.map((d) => Number(d.id))]) {
      let cursor = 0;
      for (;;) {
        const res = await this.post<{
          result?: {
            has_more?: boolean;
            next_cursor?: number;
            list?: { userid: string; name?: string; dept_id_list?: number[] }[];
          };
        }>('topapi/v2/user/list', token, { dept_id: dept, cursor, size: 100 });
        for (const u of res.result?.list ?? []) {
          if (members.has(u.userid)) continue;
          // DingTalk marks no main department in this list; the first listed is taken, the root meaning none.
          const main = u.dept_id_list?.[0] ?? dept;
          members.set(u.userid, {
            stableId: u.userid,
            platformId: u.userid,
            name: u.name ?? null,
            deptId: main === ROOT ? null : String(main),
          });
        }
        if (!res.result?.has_more || res.result.next_cursor === undefined) break;
        cursor = res.result.next_cursor;
      }
    }
    return { departments, members: [...members.values()] };
  }

  private async token(): Promise<string> {
    const url = new URL('/gettoken', this.config.oapi);
    url.searchParams.set('appkey', this.config.clientId);
    url.searchParams.set('appsecret', this.config.clientSecret);
    const body = await this.call<{ access_token?: string }>(url, {});
    if (!body.access_token) throw new Error('dingtalk gettoken: no token');
    return body.access_token;
  }

  private post<T>(path: string, token: string, body: unknown): Promise<T & OapiResult> {
    const url = new URL(`/${path}`, this.config.oapi);
    url.searchParams.set('access_token', token);
    return this.call<T>(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async call<T>(url: URL, init: RequestInit): Promise<T & OapiResult> {
    const res = await this.outbound.fetch(url, {
      ...init,
      signal: AbortSignal.timeout(this.config.timeoutMs),
    });
    if (!res.ok) throw new Error(`dingtalk ${url.pathname}: HTTP ${res.status}`);
    const body = (await res.json()) as T & OapiResult;
    if (body.errcode) throw new Error(`dingtalk ${url.pathname}: ${body.errcode} ${body.errmsg ?? ''}`);
    return body;
  }
}

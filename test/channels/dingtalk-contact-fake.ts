/** A DingTalk organisation's directory as topapi/v2 serves it (listsub one level, user/list by cursor), for FakeDingTalk. */
export interface DingTalkContact {
  departments: { dept_id: number; name: string; parent_id: number }[];
  users: { userid: string; unionid: string; name: string; dept_id_list: number[] }[];
  pageSize: number;
  failCode?: number;
  calls: string[];
}

export function dingTalkContact(patch: Partial<DingTalkContact> = {}): DingTalkContact {
  return { departments: [], users: [], pageSize: 1, calls: [], ...patch };
}

/** The answer to a directory request, or undefined when `url` is not one. */
export function dingTalkContactRoute(
  c: DingTalkContact,
  url: URL,
  body: () => Record<string, unknown>,
): unknown {
  const listsub = url.pathname === '/topapi/v2/department/listsub';
  if (!listsub && url.pathname !== '/topapi/v2/user/list') return undefined;
  c.calls.push(url.pathname);
  if (!url.searchParams.get('access_token')) return { errcode: 88, errmsg: 'no access_token' };
  if (c.failCode) return { errcode: c.failCode, errmsg: '访问ip不在白名单之中' };
  const dept = Number(body().dept_id);
  if (listsub) return { errcode: 0, errmsg: 'ok', result: c.departments.filter((d) => d.parent_id === dept) };
  const cursor = Number(body().cursor ?? 0);
  const all = c.users.filter((u) => u.dept_id_list.includes(dept));
  const list = all.slice(cursor, cursor + c.pageSize);
  const more = cursor + c.pageSize < all.length;
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { has_more: more, ...(more ? { next_cursor: cursor + c.pageSize } : {}), list },
  };
}

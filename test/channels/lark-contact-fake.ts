/** A Lark tenant's directory as contact v3 serves it (open_department_id / open_id / union_id), for FakeLark. */
export interface LarkContact {
  departments: { open_department_id: string; parent_department_id: string; name: string }[];
  users: { open_id: string; union_id?: string; name: string; department_ids: string[] }[];
  /** Page size the fake uses (Lark's is at most 50), small to exercise paging. */
  pageSize: number;
  /** Answer contact calls with this error code (e.g. 40004 no dept authority). */
  failCode?: number;
  calls: string[];
}

export function larkContact(patch: Partial<LarkContact> = {}): LarkContact {
  return { departments: [], users: [], pageSize: 2, calls: [], ...patch };
}

function page<T>(items: T[], url: URL, size: number) {
  const start = Number(url.searchParams.get('page_token') ?? 0);
  const end = start + Math.min(size, Number(url.searchParams.get('page_size') ?? 50));
  return {
    code: 0,
    msg: 'success',
    data: { items: items.slice(start, end), has_more: end < items.length, page_token: String(end) },
  };
}

/** The answer to a contact v3 request, or undefined when `url` is not one. */
export function larkContactRoute(c: LarkContact, url: URL): unknown {
  const one = url.pathname.match(/^\/open-apis\/contact\/v3\/users\/([^/]+)$/);
  if (one && one[1] !== 'find_by_department') {
    c.calls.push(url.pathname);
    const user = c.users.find((u) => u.open_id === decodeURIComponent(one[1] ?? ''));
    // Lark answers a user outside the app's contact range with an error code, not a 404.
    return user
      ? { code: 0, msg: 'success', data: { user } }
      : { code: 41050, msg: 'no user authority error' };
  }
  const children = url.pathname.match(/^\/open-apis\/contact\/v3\/departments\/([^/]+)\/children$/);
  const byDept = url.pathname === '/open-apis/contact/v3/users/find_by_department';
  if (!children && !byDept) return undefined;
  c.calls.push(`${url.pathname}?${url.searchParams}`);
  if (c.failCode) return { code: c.failCode, msg: 'no dept authority error' };
  if (children) {
    const root = children[1];
    const recursive = url.searchParams.get('fetch_child') === 'true';
    const under = (id: string): typeof c.departments =>
      c.departments
        .filter((d) => d.parent_department_id === id)
        .flatMap((d) => (recursive ? [d, ...under(d.open_department_id)] : [d]));
    return page(under(root ?? '0'), url, c.pageSize);
  }
  const dept = url.searchParams.get('department_id') ?? '';
  return page(
    c.users.filter((u) => u.department_ids.includes(dept)),
    url,
    c.pageSize,
  );
}

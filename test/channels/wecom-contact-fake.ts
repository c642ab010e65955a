/** A WeCom corp's directory as department/list and user/list serve it, for FakeWecom. */
export interface WecomContact {
  departments: { id: number; name: string; parentid: number }[];
  users: { userid: string; name: string; department: number[]; main_department: number }[];
  failCode?: number;
  calls: string[];
}

export function wecomContact(patch: Partial<WecomContact> = {}): WecomContact {
  return { departments: [], users: [], calls: [], ...patch };
}

/** The answer to a directory request, or undefined when `url` is not one. */
export function wecomContactRoute(c: WecomContact, url: URL): unknown {
  if (url.pathname !== '/cgi-bin/department/list' && url.pathname !== '/cgi-bin/user/list') return undefined;
  c.calls.push(url.pathname);
  if (c.failCode) return { errcode: c.failCode, errmsg: 'no privilege to access/modify contact/party/agent' };
  if (url.pathname === '/cgi-bin/department/list')
    return { errcode: 0, errmsg: 'ok', department: c.departments };
  const dept = Number(url.searchParams.get('department_id'));
  return { errcode: 0, errmsg: 'ok', userlist: c.users.filter((u) => u.department.includes(dept)) };
}

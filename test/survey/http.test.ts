import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import { type Server, serve } from '../../src/server/serve.ts';
import type { Survey } from '../../src/survey/model.ts';
import { defaultQuestions } from '../../src/survey/model.ts';
import { SurveyStore } from '../../src/survey/store.ts';
import { baseRecord } from '../score/fixtures.ts';

/** The public survey pages through the real web server: what a respondent (or an abuser) gets for each request. */

describe('survey pages over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-survey-http-'));
  let server: Server;
  let url: string;
  let surveys: SurveyStore;
  let formId: string;

  beforeAll(async () => {
    server = await serve({
      env: { JIXIAO_DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0', JIXIAO_TRUSTED_PROXIES: '127.0.0.1' },
    });
    url = server.web.address().url;
    surveys = new SurveyStore(server.store.sql);
    await server.store.upsertUser({ id: 'web:owner', channel: 'web' });
    const record = baseRecord();
    formId = (
      await server.store.createForm({
        ownerId: 'web:owner',
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader',
      })
    ).formId;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const create = (endsAt = new Date(Date.now() + 86_400_000)) =>
    surveys.create({
      formId,
      projectName: '社区<b>文化</b>活动',
      ownerId: 'web:owner',
      questions: defaultQuestions('社区<b>文化</b>活动'),
      endsAt,
      targetSample: 10,
      now: new Date(),
    });
  const open = async (s: Survey, address: string) => {
    const res = await fetch(`${url}/s/${s.token}`, { headers: { 'X-Forwarded-For': address } });
    return { res, body: await res.text(), cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
  };
  const post = (
    s: Survey,
    address: string,
    cookie: string,
    form: Record<string, string>,
    type = 'application/x-www-form-urlencoded',
  ) =>
    fetch(`${url}/s/${s.token}`, {
      method: 'POST',
      headers: { 'X-Forwarded-For': address, Cookie: cookie, 'Content-Type': type },
      body: new URLSearchParams(form).toString(),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));

  it('serves the form with its own strict CSP, escaped text, and no chat session', async () => {
    const s = await create();
    const { res, body, cookie } = await open(s, '10.7.0.1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(body).toContain('社区&lt;b&gt;文化&lt;/b&gt;活动满意度调查');
    expect(body).not.toContain('<b>文化</b>');
    expect(body).not.toMatch(/https?:\/\//);
    expect(cookie).toMatch(/^jxs_/);
    expect(res.headers.getSetCookie()).toHaveLength(1);
  });

  it('refuses a forged cookie, a missing rating, a foreign content type; unknown and ended surveys are said so', async () => {
    const s = await create();
    const { cookie } = await open(s, '10.7.0.2');
    const [name, value] = cookie.split('=');
    const forged = `${name}=${value?.split('.')[0]}.AAAA`;
    expect((await post(s, '10.7.0.2', forged, { overall: '5' })).body).toContain('请允许 Cookie');
    const missing = await post(s, '10.7.0.2', cookie, { comment: '没选' });
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('请为第 1 题选择一项');
    expect(missing.body).toContain('没选');
    expect((await post(s, '10.7.0.2', cookie, { overall: '7' })).status).toBe(400);
    expect((await post(s, '10.7.0.2', cookie, { overall: '5' }, 'text/plain')).status).toBe(415);
    expect(await surveys.count(s.id)).toBe(0);
    expect((await fetch(`${url}/s/AAAAAAAAAAAAAAAA`)).status).toBe(404);
    const ended = await create(new Date(Date.now() - 1000));
    expect((await fetch(`${url}/s/${ended.token}`)).status).toBe(410);
  });

  it('with one-time codes asks for a code, takes each once, and lets a shared address answer again', async () => {
    const s = await create();
    const codes = await surveys.addCodes(s.id, 2);
    const first = await open(s, '10.7.0.3');
    expect(first.body).toContain('name="code"');
    expect((await post(s, '10.7.0.3', first.cookie, { overall: '4' })).body).toContain('请填写调查码');
    expect((await post(s, '10.7.0.3', first.cookie, { overall: '4', code: 'WRONG1' })).status).toBe(403);
    expect((await post(s, '10.7.0.3', first.cookie, { overall: '4', code: codes[0] ?? '' })).status).toBe(
      200,
    );
    const second = await open(s, '10.7.0.3');
    expect((await post(s, '10.7.0.3', second.cookie, { overall: '5', code: codes[0] ?? '' })).status).toBe(
      403,
    );
    expect((await post(s, '10.7.0.3', second.cookie, { overall: '5', code: codes[1] ?? '' })).status).toBe(
      200,
    );
    expect(await surveys.count(s.id)).toBe(2);
  });

  it('stores no address and no device id in the clear', async () => {
    const s = await create();
    const { cookie } = await open(s, '10.7.0.99');
    expect((await post(s, '10.7.0.99', cookie, { overall: '5', comment: 'ok' })).status).toBe(200);
    const { rows } = await server.store.sql.query('SELECT * FROM survey_responses WHERE survey_id = $1', [
      s.id,
    ]);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('10.7.0.99');
    expect(stored).not.toContain(cookie.split('=')[1]?.split('.')[0]);
  });
});

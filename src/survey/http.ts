import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { readBody } from '../channels/web/body.ts';
import type { RequestContext } from '../channels/web/guard.ts';
import { RateLimiter } from '../channels/web/rate-limit.ts';
import type { SurveyConfig } from './config.ts';
import type { Survey } from './model.ts';
import { formPage, messagePage, SURVEY_CSS } from './page.ts';
import { type SubmitOutcome, type SurveyStore, sha256 } from './store.ts';

/**
 * The public survey pages under /s/ (the only path to expose to the internet): no login, no session, no personal
 * data. A device is a random id in a cookie signed with the survey's secret (only its hash is stored); an address is
 * counted per hour as a salted hash; every address has a request rate.
 */

export const SURVEY_PREFIX = '/s/';
const TOKEN = /^[A-Za-z0-9_-]{16}$/;
const BODY_LIMIT = 16 * 1024;
const MAX_TEXT = 500;

const OUTCOME: Record<Exclude<SubmitOutcome, 'ok'>, { status: number; title: string; text: string }> = {
  duplicate: {
    status: 409,
    title: '您已经提交过了',
    text: '这台设备已经提交过本调查，每台设备只能提交一次。感谢您的参与！',
  },
  ipLimit: {
    status: 429,
    title: '请稍后再提交',
    text: '同一网络一小时内只能提交一份。如需在同一单位集中填写，请联系调查发起人使用一次性调查码。',
  },
  closed: { status: 410, title: '调查已结束', text: '本次调查已经结束，感谢您的关注。' },
  badCode: { status: 403, title: '调查码不对', text: '调查码不正确或已经用过，请核对后返回重新填写。' },
};

export interface SurveyHttpDeps {
  surveys: SurveyStore;
  config: SurveyConfig;
  logger: Logger;
  clock?: () => Date;
}

export function createSurveyHttp(deps: SurveyHttpDeps) {
  const { surveys, config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const limiter = new RateLimiter(config.ratePerMin / 60, config.ratePerMin);

  const cookieName = (s: Survey) => `jxs_${s.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const sign = (s: Survey, device: string) =>
    createHmac('sha256', s.secret).update(device).digest('base64url');

  /** The device id of a valid signed cookie, or null. */
  function deviceOf(req: HttpRequest, s: Survey): string | null {
    const raw = new RegExp(`(?:^|;\\s*)${cookieName(s)}=([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)`).exec(
      req.headers.cookie ?? '',
    );
    if (!raw?.[1] || !raw[2]) return null;
    const expected = Buffer.from(sign(s, raw[1]));
    const given = Buffer.from(raw[2]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? raw[1] : null;
  }

  function setDevice(res: ServerResponse, s: Survey, ctx: RequestContext): string {
    const device = randomBytes(16).toString('base64url');
    const maxAge = Math.max(3600, Math.ceil((s.endsAt.getTime() - clock().getTime()) / 1000) + 30 * 86_400);
    res.setHeader(
      'Set-Cookie',
      `${cookieName(s)}=${device}.${sign(s, device)}; Path=${SURVEY_PREFIX}; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${ctx.secure ? '; Secure' : ''}`,
    );
    return device;
  }

  function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') {
    const bytes = Buffer.from(body);
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': bytes.length,
      'Cache-Control': 'no-store',
      // With no-referrer the browser posts the form with `Origin: null`, which the write check refuses.
      'Referrer-Policy': 'same-origin',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    });
    res.end(bytes);
  }

  const message = (res: ServerResponse, status: number, title: string, text: string) =>
    send(res, status, messagePage(title, text));

  /** Answers a request under /s/ (the web channel routes them here before any session is made). */
  async function handle(
    req: HttpRequest,
    res: ServerResponse,
    ctx: RequestContext,
    path: string,
  ): Promise<void> {
    if (req.method === 'GET' && path === `${SURVEY_PREFIX}survey.css`)
      return send(res, 200, SURVEY_CSS, 'text/css; charset=utf-8');
    if (!limiter.take(ctx.clientIp)) {
      res.setHeader('Retry-After', '60');
      return message(res, 429, '访问太频繁', '访问太频繁，请稍等一分钟再试。');
    }
    const token = path.slice(SURVEY_PREFIX.length).replace(/\/$/, '');
    const s = TOKEN.test(token) ? await surveys.byToken(token) : null;
    if (!s)
      return message(res, 404, '没有找到这个调查', '链接可能不完整，请向调查发起人重新索取链接或二维码。');
    const open = s.status === 'open' && s.endsAt > clock();
    if (req.method === 'GET') {
      if (!open) return message(res, 410, OUTCOME.closed.title, OUTCOME.closed.text);
      const device = deviceOf(req, s);
      if (device && (await surveys.answered(s.id, sha256(device))))
        return message(res, 200, '您已经提交过了', '感谢您的参与！每台设备只能提交一次。');
      if (!device) setDevice(res, s, ctx);
      return send(res, 200, formPage(s));
    }
    if (req.method !== 'POST') return message(res, 405, '不支持的请求', '请直接打开调查链接填写。');
    if (!/^application\/x-www-form-urlencoded\b/i.test(String(req.headers['content-type'] ?? '')))
      return message(res, 415, '提交格式不对', '请在调查页面上填写后提交。');
    const form = new URLSearchParams(Buffer.from(await readBody(req, BODY_LIMIT)).toString('utf8'));
    const device = deviceOf(req, s);
    if (!device) {
      // The page sets the cookie: without it the browser refused cookies (or the form was posted from elsewhere).
      setDevice(res, s, ctx);
      return message(
        res,
        400,
        '请允许 Cookie',
        '提交需要本网页的 Cookie（只用来保证每台设备填一次，不含个人信息）。请允许后刷新页面再提交。',
      );
    }
    // Every value read first, so a page sent back for a missing answer keeps what was already filled in.
    const previous: Record<string, string> = Object.fromEntries(
      s.questions.map((q) => [
        q.id,
        (form.get(q.id) ?? '').replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : '')).trim(),
      ]),
    );
    previous.code = (form.get('code') ?? '').trim();
    const answers: Record<string, unknown> = {};
    for (const [i, q] of s.questions.entries()) {
      const value = previous[q.id] ?? '';
      if (value === '' && q.optional) continue;
      if (q.type === 'scale5') {
        if (!/^[1-5]$/.test(value))
          return send(res, 400, formPage(s, `请为第 ${i + 1} 题选择一项。`, previous));
        answers[q.id] = Number(value);
      } else if (value) {
        answers[q.id] = value.slice(0, MAX_TEXT);
      } else {
        return send(res, 400, formPage(s, `请填写第 ${i + 1} 题。`, previous));
      }
    }
    const code = previous.code;
    if (s.codesRequired && !code) return send(res, 400, formPage(s, '请填写调查码。', previous));
    const outcome = await surveys.submit({
      surveyId: s.id,
      deviceHash: sha256(device),
      ipHash: sha256(`${s.secret}:${ctx.clientIp}`),
      answers,
      code: code || null,
      now: clock(),
      perAddressPerHour: config.perAddressPerHour,
    });
    if (outcome === 'ok') {
      logger.debug({ survey: s.id }, 'survey answer counted');
      return message(res, 200, '提交成功', '感谢您的参与！您的意见会用于改进服务。');
    }
    const o = OUTCOME[outcome];
    return message(res, o.status, o.title, o.text);
  }

  return { handle };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportXlsx } from '../../src/export/xlsx.ts';
import type { Indicator } from '../../src/record/record.ts';
import { type Server, serve } from '../../src/server/serve.ts';
import { baseRecord } from '../score/fixtures.ts';
import { CHROMIUM, hasChromium, launchBrowser, NO_CHROMIUM, OUTPUT } from '../web/browser.ts';

/**
 * Issue 15's acceptance in a browser: a survey created from the web chat, answered on a phone-sized second context,
 * a duplicate refused, 50 concurrent respondents on loopback each counted once, closed, the 满意度 row filled and
 * re-scored, the export holding the evidence.
 */

const LONG = 180_000;
const NAME = '社区文化活动经费';
const PHONE = { width: 390, height: 844 };

async function dropFile(page: Page, name: string, bytes: Uint8Array) {
  await page.evaluate(
    ({ name, base64 }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    },
    { name, base64: Buffer.from(bytes).toString('base64') },
  );
}

const botSays = (page: Page, text: string) => page.locator('.msg.bot', { hasText: text }).last();

async function say(page: Page, text: string) {
  await page.fill('#input', text);
  await page.press('#input', 'Enter');
}

/** One respondent outside the browser: opens the page (gets the device cookie), then posts from its own address. */
async function respondent(link: string, address: string, overall: number) {
  const headers = { 'X-Forwarded-For': address };
  const page = await fetch(link, { headers });
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  // The survey's device cookie only: a respondent gets no chat session.
  expect(page.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual([expect.stringMatching(/^jxs_/)]);
  await page.text();
  const post = () =>
    fetch(link, {
      method: 'POST',
      headers: { ...headers, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ overall: String(overall), comment: `第${address}号的意见` }).toString(),
    }).then(async (r) => ({ status: r.status, body: await r.text() }));
  // The same device sends twice at once (a double tap): counted once.
  return Promise.all([post(), post()]);
}

describe.skipIf(!hasChromium)(`satisfaction survey in a browser ${hasChromium ? '' : NO_CHROMIUM}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-survey-e2e-'));
  // Loopback is the trusted proxy, so each respondent below comes from its own X-Forwarded-For address.
  const env = { JIXIAO_DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0', JIXIAO_TRUSTED_PROXIES: '127.0.0.1' };
  let server: Server;
  let chat: BrowserContext;
  let phoneBrowser: Browser;
  let page: Page;
  let url: string;
  let link = '';
  const outside: string[] = [];

  beforeAll(async () => {
    server = await serve({ env });
    url = server.web.address().url;
    chat = await launchBrowser();
    page = await chat.newPage();
    await page.goto(url);
    await page.locator('#status', { hasText: '已连接' }).waitFor();
    phoneBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }, LONG);

  afterAll(async () => {
    await phoneBrowser?.close();
    await chat?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'creates the survey from the web chat: link, QR code image, end date and target',
    async () => {
      const record = baseRecord();
      const row = record.indicators[6] as Indicator;
      row.actual = '';
      row.score = null;
      row.scoreRaw = '';
      record.totalScore = 89.5;
      await dropFile(page, 'survey-form.xlsx', await exportXlsx([{ record }]));
      const breakdown = page.locator('.msg.bot', { hasText: '核算总分' }).last();
      await breakdown.waitFor({ timeout: 60_000 });
      // A form without a survey result offers the survey under its breakdown.
      await expect.poll(() => breakdown.locator('button', { hasText: '发起满意度调查' }).count()).toBe(1);

      await say(page, `给「${NAME}」发起满意度调查`);
      const created = botSays(page, '已为《社区文化活动经费》发起满意度调查');
      await created.waitFor({ timeout: 30_000 });
      const text = (await created.textContent()) ?? '';
      link = /填写链接：(http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{16})/.exec(text)?.[1] ?? '';
      expect(link, text).toContain(url);
      expect(text).toMatch(/已回收 0 份，目标 50 份，\d{4}-\d{2}-\d{2} 结束/);
      const qr = created.locator('img.attachment');
      await qr.waitFor();
      await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    },
    LONG,
  );

  it(
    'a phone answers without logging in, loading nothing from elsewhere; the same device is refused a second time',
    async () => {
      const phone = await phoneBrowser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
      const mobile = await phone.newPage();
      mobile.on('request', (req) => {
        if (!req.url().startsWith(url)) outside.push(req.url());
      });
      await mobile.goto(link);
      await mobile.locator('h1', { hasText: `${NAME}满意度调查` }).waitFor();
      // Mobile first: nothing wider than the phone, tap targets of a finger's size.
      expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      const option = mobile.locator('label', { hasText: /^\s*非常满意$/ });
      expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      // The page asks for no personal data.
      expect(await mobile.locator('input[type=text], input[type=tel], input[type=email]').count()).toBe(0);
      await mobile.screenshot({ path: join(OUTPUT, 'survey-phone.png'), fullPage: true });
      await option.tap();
      await mobile.fill('textarea', '活动很好，希望多办');
      await mobile.locator('button', { hasText: '提交' }).tap();
      await mobile.locator('h1', { hasText: '提交成功' }).waitFor();

      await mobile.goto(link);
      await mobile.locator('h1', { hasText: '您已经提交过了' }).waitFor();
      // Posting again from this device (its cookie) is refused, not counted.
      const again = await phone.request.post(link, { form: { overall: '1' } });
      expect(again.status()).toBe(409);
      expect(await again.text()).toContain('每台设备只能提交一次');
      expect(outside).toEqual([]);
      await phone.close();
    },
    LONG,
  );

  it(
    '50 concurrent respondents are each counted once; a second device on one address within the hour is refused',
    async () => {
      const ratings = Array.from({ length: 50 }, (_, i) => 1 + (i % 5));
      const results = await Promise.all(ratings.map((r, i) => respondent(link, `10.50.0.${i + 1}`, r)));
      for (const pair of results) {
        expect(pair.map((r) => r.status).sort()).toEqual([200, 409]);
        expect(pair.find((r) => r.status === 200)?.body).toContain('提交成功');
      }
      const [sameAddress] = await respondent(link, '10.50.0.1', 5);
      expect(sameAddress.status).toBe(429);
      expect(sameAddress.body).toContain('同一网络一小时内只能提交一份');

      await say(page, '调查进度');
      await botSays(page, '已回收 51 份，目标 50 份').waitFor({ timeout: 30_000 });
    },
    LONG,
  );

  it(
    'closing fills the 满意度 row with provenance, re-scores the form, and the export holds the evidence',
    async () => {
      // The phone's 5 and the fifty 1…5: 满意 = ratings 4 and 5.
      const valid = 51;
      const satisfied = 1 + 20;
      const rate = Math.round((satisfied / valid) * 1000) / 10;
      await say(page, '结束满意度调查');
      const closed = botSays(page, '满意度调查已结束');
      await closed.waitFor({ timeout: 30_000 });
      expect(await closed.textContent()).toContain(
        `回收 51 份，有效 ${valid} 份，满意 ${satisfied} 人，满意度 ${rate}%`,
      );
      await botSays(page, '已把结果填入').waitFor({ timeout: 30_000 });

      const [summary] = await server.store.listForms({ limit: 10 });
      const form = await server.store.getForm(summary?.id ?? '');
      const row = form?.record.indicators[6];
      expect(row?.actual).toBe(`${rate}%（有效问卷${valid}份）`);
      // ≥90% targeted: 10 × rate / 90.
      expect(row?.score).toBeCloseTo((10 * rate) / 90, 2);
      expect(form?.check.score.indicators[6]?.computed).toBeCloseTo((10 * rate) / 90, 2);
      expect(form?.provenance['indicators[6].actual']).toMatchObject({
        method: 'survey',
        survey: { responses: 51, valid, satisfied },
      });
      expect(form?.source).toBe('survey');

      await say(page, '导出');
      const exported = botSays(page, '已生成带批注的 Excel');
      await exported.waitFor({ timeout: 60_000 });
      const href = await exported.locator('a[download]').getAttribute('href');
      const file = await page.request.get(new URL(href ?? '', url).toString());
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await file.body()) as unknown as ArrayBuffer);
      const sheet = wb.worksheets.find((w) => w.name.startsWith('满意度调查'));
      const cells = JSON.stringify(sheet?.getSheetValues());
      expect(cells).toContain(`您对「${NAME}」项目提供的服务总体是否满意？`);
      expect(cells).toContain('活动很好，希望多办');
      expect(cells).toContain(`有效 ${valid} 份`);
      // A header row and one row per answer after the lines above the table.
      expect(sheet?.getColumn(1).values.filter((v) => typeof v === 'number')).toHaveLength(51);

      // The link now says the survey is over.
      const over = await fetch(link);
      expect(over.status).toBe(410);
      expect(await over.text()).toContain('调查已结束');
    },
    LONG,
  );

  it('the survey pages have a rate per address', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(link, { headers: { 'X-Forwarded-For': '10.60.0.1' } }).then((r) => r.status),
      ),
    );
    expect(statuses).toContain(429);
  });
});

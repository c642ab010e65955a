import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { type Server, serve } from '../../src/server/serve.ts';
import { compareRecords } from '../helpers/compare-records.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { hasChromium, launchBrowser, NO_CHROMIUM, OUTPUT } from './browser.ts';

// dev-000.docx and its records are in test/fixtures/corpus: only a missing Chromium skips.
const skip = !hasChromium;
const why = !hasChromium ? NO_CHROMIUM : '';
const LONG = 120_000;
/** 000-006 has 项目负责人 blank; its name is unique in dev-000. */
const BLANK_OWNER_INDEX = 5;

/** Drops files on the page the way a user's drag and drop does. */
async function dropFiles(page: Page, files: { name: string; base64?: string; size?: number }[]) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = f.base64
        ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
        : new Uint8Array(f.size ?? 0);
      dt.items.add(new File([bytes], f.name));
    }
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, files);
}

const botSays = (page: Page, text: string) => page.locator('.msg.bot', { hasText: text }).last();
const notice = (page: Page, text: string) => page.locator('.msg.notice', { hasText: text }).last();

describe.skipIf(skip)(`web chat in a browser ${why}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const env = { JIXIAO_DATA_DIR: dir, HOST: '127.0.0.1', PORT: '0' };
  const reference = JSON.parse(readFileSync(fixturePath('records', 'dev-000.json'), 'utf8')) as FormRecord[];
  let server: Server;
  let browser: BrowserContext;
  let page: Page;
  let url: string;
  const outside: string[] = [];

  beforeAll(async () => {
    server = await serve({ env });
    url = server.web.address().url;
    browser = await launchBrowser();
    page = await browser.newPage();
    // The page loads nothing from anywhere but this server.
    page.on('request', (req) => {
      if (!req.url().startsWith(url) && !req.url().startsWith('data:') && !req.url().startsWith('blob:'))
        outside.push(req.url());
    });
    await page.goto(url);
    await page.locator('#status', { hasText: '已连接' }).waitFor();
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'shows the breakdown of all 22 forms of a dropped document',
    async () => {
      await dropFiles(page, [
        {
          name: 'dev-000.docx',
          base64: readFileSync(fixturePath('files', 'dev-000.docx')).toString('base64'),
        },
      ]);
      await page.locator('.msg.user', { hasText: 'dev-000.docx' }).waitFor();
      const summary = botSays(page, '共读取 22 张自评表');
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.locator('tbody tr').count()).toBe(22);
      // The chat draws the first breakdowns; the portfolio holds every form, each with its table and chart.
      await expect.poll(() => page.locator('.msg.bot svg.chart').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.project').count(), { timeout: 10_000 }).toBe(22);
      await page.click('#expand-all');
      await expect
        .poll(() => page.locator('.project .detail svg.chart').count(), { timeout: 20_000 })
        .toBe(22);
      expect(await page.locator('.project .detail table.breakdown').count()).toBe(22);
      const firstChart = page.locator('.project .detail svg.chart').first();
      expect(await firstChart.locator('rect.score').count()).toBeGreaterThanOrEqual(2);
      await page.screenshot({ path: join(OUTPUT, 'web-22-forms.png'), fullPage: true });
    },
    LONG,
  );

  it(
    'asks for the blank 项目负责人, survives a restart mid-question, and takes the answer',
    async () => {
      const target = reference[BLANK_OWNER_INDEX]!;
      const item = page.locator('.project', { hasText: target.projectName! });
      await item.locator('button.fill').click();
      await page.locator('.msg.user', { hasText: `［逐项补全《${target.projectName}》］` }).waitFor();
      const question = botSays(page, '请补全');
      await question.waitFor();
      await expect.poll(() => question.textContent()).toContain('项目负责人');

      // The server goes down between the question and the answer; a new one starts on the same data and port.
      const port = server.web.address().port;
      await server.stop();
      await page.locator('#status', { hasText: '连接中断' }).waitFor();
      server = await serve({ env: { ...env, PORT: String(port) } });
      await page.locator('#status', { hasText: '已连接' }).waitFor({ timeout: 30_000 });

      await page.fill('#input', '项目负责人：张三');
      await page.press('#input', 'Enter');
      const updated = botSays(page, '已更新');
      await updated.waitFor({ timeout: 30_000 });
      expect(await updated.textContent()).toContain('张三');
      // Nothing uploaded before the restart is lost.
      await expect.poll(() => page.locator('.project').count()).toBe(22);
      await page.screenshot({ path: join(OUTPUT, 'web-answer-after-restart.png'), fullPage: true });
    },
    LONG,
  );

  it(
    'downloads the corrected forms as .xlsx that read back to the fixed records',
    async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const bytes = readFileSync((await download.path())!);
      const read = await readDocument(new Uint8Array(bytes), { name: download.suggestedFilename() });
      expect(read.forms).toHaveLength(22);
      const expected = reference.map((r, i) => (i === BLANK_OWNER_INDEX ? { ...r, owner: '张三' } : r));
      read.forms.forEach((form, i) => {
        expect(compareRecords(form.record, expected[i]).disagreements, `form ${i}`).toEqual([]);
      });

      // The bot's own 导出Excel button on a breakdown answers with an attachment the page offers for download.
      await page.locator('.msg.bot button', { hasText: '导出Excel' }).first().click();
      const link = page.locator('.msg.bot a', { hasText: '下载' }).last();
      await link.waitFor();
      const [single] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const one = await readDocument(new Uint8Array(readFileSync((await single.path())!)), {
        name: 'one.xlsx',
      });
      expect(one.forms).toHaveLength(1);
      expect(compareRecords(one.forms[0]!.record, reference[0]).disagreements).toEqual([]);
    },
    LONG,
  );

  it(
    'answers bad input clearly and stays up',
    async () => {
      await page.fill('#input', '重新开始');
      await page.press('#input', 'Enter');
      await botSays(page, '已结束当前补全').waitFor();

      await page.fill('#input', '   ');
      await page.click('#send');
      await notice(page, '消息是空的').waitFor();

      await dropFiles(page, [{ name: 'photo.jpg', size: 10 }]);
      await notice(page, '不支持《photo.jpg》').waitFor();

      await dropFiles(page, [{ name: 'huge.docx', size: 100 * 1048576 }]);
      await notice(page, '超过 20.0 MB 的上限').waitFor();

      // The server refuses the same file on its own, from the declared length.
      const direct = await page
        .evaluate(async () => {
          const res = await fetch('/api/upload?name=huge.docx', {
            method: 'POST',
            body: new Blob([new Uint8Array(100 * 1048576)]),
          });
          return { status: res.status, body: await res.json() };
        })
        .catch((err: unknown) => ({ status: 0, body: { error: String(err) } }));
      if (direct.status !== 0) {
        expect(direct.status).toBe(413);
        expect(direct.body.error).toContain('文件太大');
      }

      // Ten messages in one go through the page's own send button (typed one by one over the DevTools protocol, a
      // busy machine stays under the rate limit and the notice never comes).
      await page.evaluate(() => {
        const input = document.querySelector<HTMLTextAreaElement | HTMLInputElement>('#input')!;
        const send = document.querySelector<HTMLButtonElement>('#send')!;
        for (let i = 0; i < 10; i++) {
          input.value = `第${i + 1}条`;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          send.click();
        }
      });
      await notice(page, '太快了').waitFor();
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(outside).toEqual([]);
      await page.screenshot({ path: join(OUTPUT, 'web-bad-input.png'), fullPage: true });
    },
    LONG,
  );
});

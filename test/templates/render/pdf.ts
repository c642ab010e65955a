/**
 * PDF: the `.html` file printed by Debian Chromium (playwright-core), CJK text in WenQuanYi Micro Hei, one form
 * per page or more. One browser serves a whole run.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { PrintedForm } from '../model.ts';
import { htmlFile } from './html.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH or apt-get install chromium)`;

export class PdfPrinter {
  private browser?: Browser;
  /** One page for every print: opening a page costs more than printing on a busy machine. */
  private page?: Page;

  async print(forms: PrintedForm[], landscape: boolean): Promise<Uint8Array> {
    this.browser ??= await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    this.page ??= await this.browser.newPage();
    await this.page.setContent(htmlFile(forms, landscape), { waitUntil: 'load' });
    return new Uint8Array(
      await this.page.pdf({ format: 'A4', landscape, preferCSSPageSize: true, printBackground: true }),
    );
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = undefined;
    this.page = undefined;
  }
}

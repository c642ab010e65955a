import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH or apt-get install chromium)`;
export const OUTPUT = resolve(import.meta.dirname, '../output');

/** Headless Debian Chromium with a fresh profile, offline except for the server under test. */
export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jixiao-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

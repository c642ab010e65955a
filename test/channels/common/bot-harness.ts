import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type Bot, createBot } from '../../../src/bot/bot.ts';
import { readDocument } from '../../../src/ingest/read-document.ts';
import { checkRecord } from '../../../src/score/check.ts';
import { openStore } from '../../../src/store/open.ts';
import type { Store } from '../../../src/store/store.ts';

export const silent = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

const MIGRATIONS = new URL('../../../src/store/migrations/', import.meta.url);
/** Named after the migrations' content, so a changed migration gets a new template. */
const TEMPLATE = join(
  tmpdir(),
  `jixiao-pglite-template-${createHash('sha256')
    .update(
      readdirSync(MIGRATIONS)
        .sort()
        .map((f) => f + readFileSync(new URL(f, MIGRATIONS), 'utf8'))
        .join('\0'),
    )
    .digest('hex')
    .slice(0, 12)}`,
);

/**
 * A fresh PGlite data directory. Creating one runs initdb (10–20 s on a loaded machine), so the first caller builds a
 * migrated template and later ones copy it; `openStore` still applies any migration added since.
 */
export async function freshDataDir(): Promise<string> {
  if (!existsSync(TEMPLATE)) {
    const building = mkdtempSync(join(tmpdir(), 'jixiao-pglite-building-'));
    await (await openStore({ dataDir: building })).close();
    try {
      renameSync(building, TEMPLATE);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file built it first
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-channel-'));
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}

/** The real bot (real reader and checker) on a real PGlite store in a data directory that survives `reopen`. */
export class BotHarness {
  dataDir = '';
  store!: Store;
  bot!: Bot;

  /** `bot.accept` of the current bot (it changes on `reopen`). */
  readonly accept: Bot['accept'] = (msg, io) => this.bot.accept(msg, io);

  async open(): Promise<this> {
    this.dataDir ||= await freshDataDir();
    this.store = await openStore({ dataDir: this.dataDir });
    this.bot = createBot({ store: this.store, readDocument, check: (r) => checkRecord(r), logger: silent });
    return this;
  }

  /** A restart: the queue drained, the store closed, a new store and bot on the same directory. */
  async reopen(): Promise<this> {
    await this.bot.drain();
    await this.store.close();
    return this.open();
  }

  async close(): Promise<void> {
    await this.bot.drain();
    await this.store.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Polls until `check` holds (replies arrive on the bot's background queue after the platform was acked). */
export function until(check: () => boolean, ms = 15_000, what = 'condition'): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() - started > ms) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

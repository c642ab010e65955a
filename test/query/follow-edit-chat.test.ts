import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { openStore } from '../../src/store/open.ts';
import { createHarness, type FakeChat, findForm, render } from '../bot/harness.ts';

/** A bot over a store kept on disk, as after a restart of the process. */
async function botOn(dataDir: string) {
  const store = await openStore({ dataDir });
  const hooks = createPortfolioHooks({
    store,
    logger: pino({ level: 'silent' }),
    config: loadRemindConfig({}),
  });
  const { chat } = await createHarness({ store, deps: hooks });
  return { store, chat };
}

const say = async (c: FakeChat, text: string) => (await c.send(text)).map(render).join('\n');

describe('follow-up edits through the bot', () => {
  it('an edit of the previous question survives a restart (the chat keeps it in its stored state)', {
    timeout: 120_000,
  }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-follow-edit-'));
    try {
      let year = 0;
      const form = await findForm((f) => {
        year = f.record.year ?? 0;
        return year > 0;
      });
      const first = await botOn(dir);
      try {
        await first.chat.upload('表.txt', new TextEncoder().encode(form.text));
        await first.chat.send('重新开始');
        expect(await say(first.chat, `${year}年的项目有几个`)).toContain('项目数：1');
      } finally {
        await first.store.close();
      }
      const second = await botOn(dir);
      try {
        const moved = await say(second.chat, `把${year}年改成${year - 1}年`);
        expect(moved).toContain(`接上一问「${year}年的项目有几个」`);
        expect(moved).toContain(`${year - 1}年的项目；项目数`);
        expect(moved).toContain('项目数：0');
        // The edited question is the one followed up next: the year removed again, every year counted.
        const all = await say(second.chat, '不限年份');
        expect(all).toContain('全部项目；项目数');
        expect(all).toContain('项目数：1');
        // An edit the previous question cannot take is asked about, not answered.
        expect(await say(second.chat, '把500万改成300万')).toContain('您是想把哪个条件改成');
      } finally {
        await second.store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

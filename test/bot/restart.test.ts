import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createHarness, formWithBlankOwner, render } from './harness.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bot restart', () => {
  it('continues the conversation after a restart on the same data directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-bot-'));
    try {
      const first = await createHarness({ dataDir: dir });
      const form = await formWithBlankOwner();
      const before = await first.chat.upload('表.txt', utf8(form.text));
      expect(render(before.at(-1) as Reply)).toContain('项目负责人');
      await first.store.close();

      const second = await createHarness({ dataDir: dir });
      const [summary] = await second.chat.send('赵六');
      expect(summary?.items).toEqual(['项目负责人：（空） → 赵六']);
      const [listed] = await second.store.listForms({ ownerId: 'web:u1' });
      expect(listed?.version).toBe(2);
      expect(summary?.text).toContain('已将「项目负责人」改为 赵六，回复「撤销」恢复。');
      await second.store.close();

      // The undo step is kept with the dialogue, so 撤销 works after another restart.
      const third = await createHarness({ dataDir: dir });
      const [undone] = await third.chat.send('撤销');
      expect(render(undone as Reply)).toContain('已撤销：「项目负责人」恢复为 （空）');
      const form3 = await third.store.getForm(listed?.id ?? '');
      expect([form3?.version, form3?.record.owner]).toEqual([3, '']);
      await third.store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000); // three on-disk PGlite start-ups: seconds each, more on a loaded machine
});

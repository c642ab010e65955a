import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { openStore } from '../../src/store/open.ts';
import { createHarness, FakeChat, findForm, render } from '../bot/harness.ts';

describe('follow-up questions through the bot', () => {
  it('a follow-up is read against the previous question of the same chat only', {
    timeout: 60_000,
  }, async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const hooks = createPortfolioHooks({
      store,
      logger: pino({ level: 'silent' }),
      config: loadRemindConfig({}),
    });
    const { chat, bot } = await createHarness({ store, deps: hooks });
    try {
      let year = 0;
      const form = await findForm((f) => {
        year = f.record.year ?? 0;
        return year > 0;
      });
      await chat.upload('表.txt', new TextEncoder().encode(form.text));
      await chat.send('重新开始');
      const say = async (c: FakeChat, text: string) => (await c.send(text)).map(render).join('\n');
      expect(await say(chat, `${year}年的项目有哪些`)).toContain('共 1 项');
      const count = await say(chat, '那一共有几个呢');
      expect(count).toContain(`接上一问「${year}年的项目有哪些」`);
      expect(count).toContain(`${year}年的项目；项目数`);
      expect(count).toContain('项目数：1');
      // The same user in another chat has nothing to follow up on: asked, not answered for all projects.
      const other = new FakeChat(bot, { chatId: 'c2', senderId: 'u1' });
      expect(await say(other, '它们的平均总分是多少')).toContain('没有可以接着的问题');
      // 重新开始 forgets the chat's question as well.
      await chat.send('重新开始');
      expect(await say(chat, '它们的平均总分是多少')).toContain('没有可以接着的问题');
    } finally {
      await store.close();
    }
  });
});

/**
 * A written request through the bot (written-register.ts and its neighbours): 其中 before a funds sub-row's label is
 * the printed label, not a pointer at the last answer; a question at a later time is asked, not acknowledged.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { openStore } from '../../src/store/open.ts';
import { createHarness, findForm, render } from '../bot/harness.ts';

describe('a written request through the bot', () => {
  it('其中当年财政拨款 is the row; 其中执行率最低的 still follows up; 明天下不下雨 is asked', {
    timeout: 60_000,
  }, async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const hooks = createPortfolioHooks({
      store,
      logger: pino({ level: 'silent' }),
      config: loadRemindConfig({}),
    });
    const { chat } = await createHarness({ store, deps: hooks });
    try {
      let year = 0;
      const form = await findForm((f) => {
        year = f.record.year ?? 0;
        return year > 0;
      });
      await chat.upload('表.txt', new TextEncoder().encode(form.text));
      await chat.send('重新开始');
      const say = async (text: string) => (await chat.send(text)).map(render).join('\n');
      expect(await say(`${year}年的项目有哪些`)).toContain('共 1 项');
      const row = await say('其中当年财政拨款那一行，全年预算加起来多少');
      expect(row).not.toContain('接上一问');
      expect(row).toContain('财政拨款全年预算数合计');
      const row2 = await say('其中：上年结转资金那一行执行数合计多少');
      expect(row2).not.toContain('接上一问');
      await say(`${year}年的项目有哪些`);
      expect(await say('其中执行率最低的是哪个')).toContain('接上一问');
      for (const q of ['明天北京下不下雨', '明天会下雪吗']) {
        const weather = await say(q);
        expect(weather).not.toContain('当前没有待回答的问题');
        expect(weather).toContain('没有看懂');
      }
      expect(await say('明天再说吧')).not.toContain('没有看懂');
    } finally {
      await store.close();
    }
  });
});

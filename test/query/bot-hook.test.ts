import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadRemindConfig } from '../../src/remind/config.ts';
import { createPortfolioHooks } from '../../src/remind/hooks.ts';
import { openStore } from '../../src/store/open.ts';
import { createHarness, findForm, render } from '../bot/harness.ts';

describe('portfolio questions through the bot', () => {
  it(`an uploaded form shows up in the answer to a question in chat`, { timeout: 60_000 }, async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const hooks = createPortfolioHooks({
      store,
      logger: pino({ level: 'silent' }),
      config: loadRemindConfig({}),
    });
    const { chat } = await createHarness({ store, deps: hooks });
    try {
      const form = await findForm(
        (f) => f.record.year !== null && f.record.funds.total.annualBudget.value !== null,
      );
      await chat.upload('表.txt', new TextEncoder().encode(form.text));
      await chat.send('重新开始');
      const answer = await chat.send('列出所有项目');
      const text = answer.map(render).join('\n');
      expect(text).toContain('查询：全部项目');
      expect(text).toContain(form.projectName.replace(/\s+/g, ' ').slice(0, 6));
      expect(text).toContain('您尚未绑定部门');
      expect((await chat.send('2031年哪些项目的绩效目标写得不清楚')).map(render).join('\n')).toContain(
        '没有看懂',
      );
      expect((await chat.send('我的提醒')).map(render).join('\n')).toContain('目前没有待发送的提醒');
      expect((await chat.send('stop reminders')).map(render).join('\n')).toContain('已停止');
    } finally {
      await store.close();
    }
  });
});

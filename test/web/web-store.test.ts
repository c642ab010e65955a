import { afterAll, expect, it } from 'vitest';
import { WebStore } from '../../src/channels/web/web-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

for (const driver of drivers) {
  describeWhen(!driver.skip, `web transcript, ${title(driver)}`, () => {
    afterAll(() => driver.cleanup());

    it('writes concurrent appends of many chats together, each chat in call order, none lost', async () => {
      const store = await driver.open();
      try {
        const web = new WebStore(store.sql);
        await web.init();
        const chats = Array.from({ length: 20 }, (_, c) => `chat-${c}`);
        // Five rounds; in each, every chat appends at once, as 20 busy chats would.
        const results = [];
        for (let round = 0; round < 5; round++) {
          results.push(
            ...(await Promise.all(
              chats.map((chatId) => web.append(chatId, { from: 'system', text: `${chatId} #${round}` })),
            )),
          );
        }
        expect(new Set(results.map((r) => r.seq)).size).toBe(100);
        for (const chatId of chats) {
          const history = await web.history(chatId, 0);
          expect(history.map((h) => (h.entry as { text: string }).text)).toEqual(
            [0, 1, 2, 3, 4].map((round) => `${chatId} #${round}`),
          );
          // What append returned is what was stored.
          const returned = results.filter((r) => (r.entry as { text: string }).text.startsWith(`${chatId} `));
          expect(returned.map((r) => r.seq)).toEqual(history.map((h) => h.seq));
        }
      } finally {
        await store.close();
      }
    });

    it('fails every append of a batch that cannot be written, and keeps working after', async () => {
      const store = await driver.open();
      try {
        const web = new WebStore(store.sql);
        await web.init();
        await store.sql.exec('ALTER TABLE web_transcript ADD CONSTRAINT short CHECK (length(chat_id) < 10)');
        const outcomes = await Promise.allSettled([
          web.append('a', { from: 'system', text: 'x' }),
          web.append('much-too-long-chat', { from: 'system', text: 'y' }),
        ]);
        expect(outcomes.some((o) => o.status === 'rejected')).toBe(true);
        await store.sql.exec('ALTER TABLE web_transcript DROP CONSTRAINT short');
        const stored = await web.append('much-too-long-chat', { from: 'system', text: 'z' });
        expect(stored.seq).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    });
  });
}

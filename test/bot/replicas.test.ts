import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { drivers } from '../store/drivers.ts';
import { createHarness, FakeChat, formWithBlankOwner, render } from './harness.ts';

const postgres = drivers.find((d) => d.name === 'postgres');
const skip = !postgres || postgres.skip;
const why = 'skipped: TEST_DATABASE_URL not set';

describe.skipIf(skip)(`two bot replicas on one PostgreSQL${skip ? ` (${why})` : ''}`, () => {
  afterAll(() => postgres?.cleanup());

  it('claims each event once across replicas and continues a conversation started on the other', async () => {
    if (!postgres) return;
    const options = await postgres.fresh();
    const [a, b] = await Promise.all([
      createHarness({ store: await postgres.open(options) }),
      createHarness({ store: await postgres.open(options) }),
    ]);
    try {
      const form = await formWithBlankOwner();
      const onA = new FakeChat(a.bot, { chatId: 'shared', senderId: 'u' });
      const onB = new FakeChat(b.bot, { chatId: 'shared', senderId: 'u' });
      const asked = await onA.upload('表.txt', new TextEncoder().encode(form.text));
      expect(render(asked.at(-1) as Reply)).toContain('项目负责人');

      const answer = onA.message({ text: '孙七' });
      await Promise.all([onA.deliver(answer), onB.deliver({ ...answer })]);
      const updates = [...onA.replies, ...onB.replies].filter((r) => r.title === '已更新');
      expect(updates).toHaveLength(1);

      const next = await onB.send('跳过');
      expect(next.length).toBeGreaterThan(0);
      const [listed] = await b.store.listForms({ ownerId: 'web:u' });
      expect(listed?.version).toBe(2);
      expect(await b.store.getChanges(listed?.id ?? '')).toMatchObject([
        { path: 'owner', newValue: '孙七', byUser: 'web:u' },
      ]);

      // A write on one replica is undone on the other: the undo step lives in the shared dialogue state.
      const [undone] = await onB.send('撤销');
      expect(render(undone as Reply)).toContain('已撤销：「项目负责人」恢复为 （空）');
      const restored = await a.store.getForm(listed?.id ?? '');
      expect([restored?.version, restored?.record.owner]).toEqual([3, '']);
      expect(render((await onA.send('撤销'))[0] as Reply)).toBe('没有可以撤销的修改。');
    } finally {
      await Promise.all([a.store.close(), b.store.close()]);
    }
  });
});

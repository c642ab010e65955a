import { expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/bot/messages.ts';
import { senderUserId } from '../../src/directory/identity.ts';
import { describeEachStore } from '../store/drivers.ts';

const message = (id: string, stableId?: string): IncomingMessage => ({
  eventId: `e-${id}`,
  chat: { channel: 'lark', chatId: 'oc_1', isGroup: false },
  sender: stableId ? { id, stableId } : { id },
  mentionedBot: true,
  text: '你好',
  receivedAt: new Date(),
});

describeEachStore('sender identity', (store) => {
  it('a row from before stable ids gets its union_id on first sight, and a new app open_id finds it again', async () => {
    // Before migration 017's stable ids: a user row and a hand binding under the old app's open_id.
    await store().upsertUser({ id: 'lark:ou_old', channel: 'lark' });
    await store().setUserDepartment('lark:ou_old', '预算科');
    expect(await senderUserId(store().sql, message('ou_old', 'on_x'))).toBe('lark:ou_old');
    // A new app: another open_id, the same union_id.
    expect(await senderUserId(store().sql, message('ou_new', 'on_x'))).toBe('lark:ou_old');
    expect(await store().getUser('lark:ou_new')).toBeNull();
    expect((await store().getUser('lark:ou_old'))?.department).toBe('预算科');
  });

  it('without a stable id the key is channel:senderId, as before', async () => {
    expect(await senderUserId(store().sql, message('ou_plain'))).toBe('lark:ou_plain');
    // A new person with a union_id gets a row under their open_id.
    expect(await senderUserId(store().sql, message('ou_y', 'on_y'))).toBe('lark:ou_y');
    const { rows } = await store().sql.query<{ stable_id: string }>(
      "SELECT stable_id FROM users WHERE id = 'lark:ou_y'",
    );
    expect(rows[0]?.stable_id).toBe('on_y');
  });
});

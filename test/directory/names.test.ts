import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/bot/messages.ts';
import { senderNames } from '../../src/directory/names.ts';
import { larkContact } from '../channels/lark-contact-fake.ts';
import { APP_ID, APP_SECRET, FakeLark } from '../channels/lark-fake.ts';

let lark: FakeLark;
beforeAll(async () => {
  lark = await new FakeLark().start();
});
afterAll(async () => {
  await lark.stop();
});

const from = (id: string, channel: 'lark' | 'telegram' = 'lark'): IncomingMessage => ({
  eventId: `e-${id}-${Math.random()}`,
  chat: { channel, chatId: 'c1', isGroup: false },
  sender: { id },
  mentionedBot: true,
  text: '你好',
  receivedAt: new Date(),
});

it('Lark senders get their contact name; a user the app may not see is not asked again within the hour', async () => {
  lark.contact = larkContact({
    users: [{ open_id: 'ou_a', union_id: 'on_a', name: '张三', department_ids: [] }],
  });
  let t = 1_000_000;
  const name = senderNames(
    { JIXIAO_LARK_APP_ID: APP_ID, JIXIAO_LARK_APP_SECRET: APP_SECRET, JIXIAO_LARK_DOMAIN: lark.url },
    () => t,
  );
  expect(name).toBeDefined();
  expect(await name?.(from('ou_a'))).toBe('张三');
  expect(await name?.(from('ou_hidden'))).toBeNull();
  expect(await name?.(from('ou_hidden'))).toBeNull();
  expect(lark.contact.calls.filter((c) => c.endsWith('/ou_hidden'))).toHaveLength(1);
  t += 61 * 60_000;
  expect(await name?.(from('ou_hidden'))).toBeNull();
  expect(lark.contact.calls.filter((c) => c.endsWith('/ou_hidden'))).toHaveLength(2);
  // Other platforms are not sent to Lark.
  expect(await name?.(from('123', 'telegram'))).toBeNull();
  expect(lark.contact.calls.some((c) => c.endsWith('/123'))).toBe(false);
});

it('no Lark app configured: no lookup at all', () => {
  expect(senderNames({})).toBeUndefined();
});

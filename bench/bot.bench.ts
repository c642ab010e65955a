import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { createBot } from '../src/bot/bot.ts';
import type { IncomingMessage, Reply } from '../src/bot/messages.ts';
import { readDocument } from '../src/ingest/read-document.ts';
import { checkRecord } from '../src/score/check.ts';
import { openStore } from '../src/store/open.ts';
import { corpusPath, hasCorpus, textFiles } from '../test/helpers/corpus.ts';

/** The conversation engine on in-memory PGlite: start-up, command round trips, a multi-form upload. */
export default async function bench(): Promise<Record<string, string | number>> {
  let t = performance.now();
  const store = await openStore({ dataDir: 'memory://' });
  const startMs = performance.now() - t;
  const bot = createBot({ store, readDocument, check: checkRecord, logger: pino({ level: 'silent' }) });
  const replies: Reply[] = [];
  let seq = 0;
  const message = (extra: Partial<IncomingMessage>): IncomingMessage => ({
    eventId: `b-${++seq}`,
    chat: { channel: 'web', chatId: `chat-${seq % 20}`, isGroup: false },
    sender: { id: `u-${seq % 20}` },
    mentionedBot: true,
    receivedAt: new Date(),
    ...extra,
  });
  const io = (bytes?: Uint8Array) => ({
    reply: async (r: Reply) => {
      replies.push(r);
    },
    download: async () => bytes ?? new Uint8Array(),
  });

  const commands = 500;
  t = performance.now();
  await Promise.all(Array.from({ length: commands }, () => bot.handle(message({ text: '帮助' }), io())));
  const commandMs = performance.now() - t;

  const figures: Record<string, string | number> = {
    'PGlite open + migrate ms': Math.round(startMs),
    'help round trips/s (20 chats)': Math.round(commands / (commandMs / 1000)),
  };
  if (hasCorpus) {
    const file = textFiles().find((f) => f.startsWith('000_')) ?? '';
    const bytes = readFileSync(corpusPath('text', file));
    const before = (await store.listForms({ limit: 1000 })).length;
    t = performance.now();
    await bot.handle(message({ file: { name: file, handle: 'x' } }), io(bytes));
    const uploadMs = performance.now() - t;
    const forms = (await store.listForms({ limit: 1000 })).length - before;
    figures['upload 000 (forms)'] = forms;
    figures['upload → stored + checked forms/s'] = Math.round(forms / (uploadMs / 1000));
  }
  await store.close();
  return figures;
}

import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { expect } from 'vitest';
import { type BotDeps, createBot } from '../../src/bot/bot.ts';
import type { IncomingMessage, Reply } from '../../src/bot/messages.ts';
import type { ParsedForm } from '../../src/ingest/document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { checkRecord } from '../../src/score/check.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { fixturePath, fixtureTextFiles } from '../helpers/corpus.ts';

/** Reply as one string, for matching. */
export function render(reply: Reply): string {
  return [
    reply.title,
    reply.text,
    reply.table && [reply.table.columns, ...reply.table.rows].map((r) => r.join(' | ')).join('\n'),
    ...(reply.items ?? []),
    reply.buttons?.map((b) => `[${b.label}]`).join(' '),
    reply.attachment && `<${reply.attachment.name}>`,
  ]
    .filter(Boolean)
    .join('\n');
}

let eventSeq = 0;

/** A chat with the bot, recording every reply (Koishi-style `shouldReply`). */
export class FakeChat {
  readonly replies: Reply[] = [];
  readonly files = new Map<string, Uint8Array>();

  constructor(
    readonly bot: ReturnType<typeof createBot>,
    readonly who: { chatId: string; senderId: string; isGroup?: boolean } = { chatId: 'c1', senderId: 'u1' },
  ) {}

  message(extra: Partial<IncomingMessage>): IncomingMessage {
    return {
      eventId: `ev-${++eventSeq}`,
      chat: { channel: 'web', chatId: this.who.chatId, isGroup: this.who.isGroup ?? false },
      sender: { id: this.who.senderId, name: '测试用户' },
      mentionedBot: true,
      receivedAt: new Date(),
      ...extra,
    };
  }

  io(msg: IncomingMessage) {
    return {
      reply: async (r: Reply) => {
        this.replies.push(r);
      },
      download: async () => {
        const bytes = msg.file && this.files.get(msg.file.handle);
        if (!bytes) throw new Error('no such file');
        return bytes;
      },
    };
  }

  /** Sends a message; returns the replies it produced. */
  async deliver(msg: IncomingMessage): Promise<Reply[]> {
    const before = this.replies.length;
    await this.bot.handle(msg, this.io(msg));
    return this.replies.slice(before);
  }

  send(text: string, extra: Partial<IncomingMessage> = {}) {
    return this.deliver(this.message({ text, ...extra }));
  }

  upload(name: string, bytes: Uint8Array) {
    const handle = `file-${this.files.size + 1}`;
    this.files.set(handle, bytes);
    return this.deliver(this.message({ file: { name, handle, size: bytes.byteLength } }));
  }

  press(id: string, value?: string) {
    return this.deliver(this.message({ action: value === undefined ? { id } : { id, value } }));
  }

  async shouldReply(text: string, expected: string | RegExp) {
    const replies = await this.send(text);
    const all = replies.map(render).join('\n---\n');
    if (typeof expected === 'string') expect(all).toContain(expected);
    else expect(all).toMatch(expected);
    return replies;
  }
}

export interface Harness {
  store: Store;
  bot: ReturnType<typeof createBot>;
  chat: FakeChat;
}

export async function createHarness(
  options: { dataDir?: string; store?: Store; deps?: Partial<BotDeps> } = {},
): Promise<Harness> {
  const store = options.store ?? (await openStore({ dataDir: options.dataDir ?? 'memory://' }));
  const bot = createBot({
    store,
    readDocument,
    check: checkRecord,
    logger: pino({ level: 'silent' }),
    ...options.deps,
  });
  return { store, bot, chat: new FakeChat(bot) };
}

/** The first single form of the word-text corpus (as text a user would paste or upload) that `matches`. */
export async function findForm(
  matches: (form: ParsedForm) => boolean,
): Promise<{ text: string; projectName: string }> {
  for (const file of fixtureTextFiles().filter((f) => !f.startsWith('003_'))) {
    const text = readFileSync(fixturePath('text', file), 'utf8');
    for (const part of text.split(/^(?=\t项目支出绩效自评表\s*$)/m)) {
      const result = await readDocument(new TextEncoder().encode(part)).catch(() => null);
      const form = result?.forms.length === 1 ? result.forms[0] : undefined;
      if (form?.record.projectName && matches(form))
        return { text: part, projectName: form.record.projectName };
    }
  }
  throw new Error('no matching single form in the word-text corpus');
}

export const formWithBlankOwner = () => findForm((f) => f.record.owner === '');

import { pino } from 'pino';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import type { StoredForm } from '../../src/store/store.ts';
import { type FormSpec, formText } from '../dialogues/forms.ts';
import { createHarness, FakeChat, type Harness, render } from './harness.ts';

/** The real bot with the portfolio questions wired in, on an in-memory store. */
export async function fillingHarness(): Promise<Harness> {
  const base = await createHarness();
  const answerQuestion = createAnswerQuestion({ store: base.store, logger: pino({ level: 'silent' }) });
  return createHarness({ store: base.store, deps: { answerQuestion } });
}

export interface Filling {
  chat: FakeChat;
  /** The form right after the upload. */
  uploaded: StoredForm;
  /** Sends a line; its replies as one string. */
  say(text: string): Promise<string>;
  latest(): Promise<StoredForm>;
}

let seq = 0;

/** A new chat that uploads the test form with `spec`'s cells blanked; the bot then asks for them. */
export async function startFilling(h: Harness, spec: FormSpec, prefix = 'fc'): Promise<Filling> {
  const id = `${prefix}-${++seq}`;
  const chat = new FakeChat(h.bot, { chatId: id, senderId: id });
  await chat.upload('自评表.txt', new TextEncoder().encode(formText(`补全测试项目${prefix}${seq}`, spec)));
  const [listed] = await h.store.listForms({ ownerId: `web:${id}` });
  const uploaded = await h.store.getForm(listed?.id ?? '');
  if (!uploaded) throw new Error('the upload stored no form');
  const latest = async () => (await h.store.getForm(uploaded.formId)) as StoredForm;
  const say = async (text: string) => (await chat.send(text)).map((r: Reply) => render(r)).join('\n---\n');
  return { chat, uploaded, say, latest };
}

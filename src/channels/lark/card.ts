import type { Reply } from '../../bot/messages.ts';
import { splitReply } from '../../bot/split-reply.ts';
import { attachmentNote, renderText, utf8Length } from '../common/render-text.ts';
import type { ButtonValue } from './decode.ts';

/** Lark rejects cards over 30 KB (sansan0/TrendRadar#113); keep a margin for the request's own escaping. */
export const CARD_MAX_BYTES = 28_000;
/** Text messages are cut like createLarkChannel does. */
export const TEXT_MAX_CHARS = 3500;

type Card = Record<string, unknown>;
const plain = (content: string) => ({ tag: 'plain_text', content });

/** A Reply as a message card (schema 1.0): header title, plain-text blocks, buttons whose value says what to do. */
export function buildCard(reply: Reply, isGroup: boolean): Card {
  const elements: Card[] = [];
  const block = (content: string | undefined) => {
    if (content) elements.push({ tag: 'div', text: plain(content) });
  };
  block(reply.text);
  if (reply.table) block(renderText({ table: reply.table }));
  if (reply.items?.length) {
    if (elements.length) elements.push({ tag: 'hr' });
    block(reply.items.map((i) => `· ${i}`).join('\n'));
  }
  block(reply.attachment ? undefined : attachmentNote(reply));
  if (reply.buttons?.length) {
    elements.push({
      tag: 'action',
      actions: reply.buttons.map((b, i) => ({
        tag: 'button',
        text: plain(b.label),
        type: i === 0 ? 'primary' : 'default',
        value: { action: b.action, value: b.value ?? '', group: isGroup ? '1' : '0' } satisfies ButtonValue,
      })),
    });
  }
  return {
    config: { wide_screen_mode: true, update_multi: true },
    ...(reply.title ? { header: { template: 'blue', title: plain(reply.title) } } : {}),
    elements,
  };
}

/** Cards for a reply, each within CARD_MAX_BYTES: split by characters, finer until every card fits. */
export function buildCards(reply: Reply, isGroup: boolean): Card[] {
  const cards: Card[] = [];
  const visit = (part: Reply, budget: number) => {
    const card = buildCard(part, isGroup);
    if (utf8Length(JSON.stringify(card)) <= CARD_MAX_BYTES || budget < 200) {
      cards.push(card);
      return;
    }
    const finer = splitReply(part, Math.floor(budget / 2));
    if (finer.length === 1) cards.push(card);
    else for (const p of finer) visit(p, Math.floor(budget / 2));
  };
  // CJK is 3 bytes a character and JSON escaping adds more: 8000 characters is a card's worth.
  for (const part of splitReply(reply, 8000)) visit(part, 8000);
  return cards;
}

/** Only plain text goes as a text message; anything with structure is a card. */
export const needsCard = (reply: Reply) =>
  !!(reply.title || reply.table || reply.items?.length || reply.buttons?.length);

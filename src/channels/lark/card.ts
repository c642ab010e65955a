import type { Reply } from '../../bot/messages.ts';
import { splitReply } from '../../bot/split-reply.ts';
import { attachmentNote, utf8Length } from '../common/render-text.ts';
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
  if (reply.table) elements.push(tableElement(reply.table));
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

/** A cell that reads as a number (scores, amounts, rates): right-aligned so digits line up. */
const NUMERIC = /^[-+]?[\d,]+(\.\d+)?%?$|^—$/;

/**
 * The card table component (飞书 7.4+; older clients show an upgrade notice): real columns instead of text padded with
 * spaces, which a proportional font never aligns. Numeric columns are right-aligned; 10 rows a page, the client pages.
 */
export function tableElement(table: NonNullable<Reply['table']>): Card {
  const columns = table.columns.slice(0, 50).map((name, i) => {
    const cells = table.rows.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    const numeric = cells.length > 0 && cells.every((c) => NUMERIC.test(c));
    return {
      name: `c${i}`,
      display_name: name,
      data_type: 'text',
      width: 'auto',
      horizontal_align: numeric ? 'right' : 'left',
    };
  });
  return {
    tag: 'table',
    page_size: 10,
    row_height: 'low',
    freeze_first_column: table.columns.length > 3,
    header_style: { text_align: 'left', background_style: 'grey', bold: true, lines: 1 },
    columns,
    rows: table.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, r[i] ?? '']))),
  };
}

/**
 * The card after one of its buttons was pressed: that button disabled (greyed, with a tip), the others live, so a
 * second press of the same action is not possible from this card.
 */
export function withPressed(card: Card, pressed: { action: string; value: string }): Card {
  const copy = structuredClone(card) as { elements?: Card[] };
  for (const el of copy.elements ?? []) {
    if (el.tag !== 'action') continue;
    for (const b of (el.actions ?? []) as Card[]) {
      const v = b.value as Partial<ButtonValue> | undefined;
      if (v?.action === pressed.action && (v.value ?? '') === pressed.value) {
        b.disabled = true;
        b.disabled_tips = plain('已处理');
        b.type = 'default';
      }
    }
  }
  return copy;
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

import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../../bot/messages.ts';
import { escapeHtml } from '../common/escape.ts';
import { renderParts } from '../common/render-text.ts';

/** sendMessage text limit; the HTML we count is longer than the parsed text Telegram counts, so this is safe. */
export const TEXT_MAX_CHARS = 4096;
/** callback_data limit. */
const CALLBACK_MAX_BYTES = 64;

export { escapeHtml };

/** A Reply as Telegram HTML: bold title, paragraphs, table rows and items as bullets. Buttons go to the keyboard. */
export function renderHtml(reply: Reply): string {
  const table = reply.table;
  const blocks = [
    reply.title ? `<b>${escapeHtml(reply.title)}</b>` : undefined,
    reply.text ? escapeHtml(reply.text) : undefined,
    table?.rows
      .map(
        (r) => `• ${r.map((c, i) => `${escapeHtml(table.columns[i] ?? '')}：${escapeHtml(c)}`).join('；')}`,
      )
      .join('\n'),
    reply.items?.length ? reply.items.map((i) => `• ${escapeHtml(i)}`).join('\n') : undefined,
  ];
  return blocks.filter((b): b is string => !!b).join('\n\n');
}

/** The messages of a reply, each within 4096 characters; the keyboard belongs on the last one. */
export function renderHtmlParts(reply: Reply): string[] {
  const { buttons: _buttons, attachment: _attachment, ...content } = reply;
  return renderParts(content, renderHtml, { maxChars: TEXT_MAX_CHARS });
}

/** Buttons as an inline keyboard, two a row; a value too long for callback_data is left to the bot's context. */
export function keyboardOf(reply: Reply): InlineKeyboardMarkup | undefined {
  if (!reply.buttons?.length) return undefined;
  const buttons = reply.buttons.map((b) => {
    const full = b.value ? `${b.action}:${b.value}` : b.action;
    const data = Buffer.byteLength(full) <= CALLBACK_MAX_BYTES ? full : b.action;
    return { text: b.label, callback_data: data };
  });
  const rows: (typeof buttons)[] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return { inline_keyboard: rows };
}

import type { Reply } from '../../bot/messages.ts';
import { splitReply } from '../../bot/split-reply.ts';

/** A platform's message limit: characters and, where the platform counts them, UTF-8 bytes. */
export interface MessageLimits {
  maxChars: number;
  maxBytes?: number;
}

export const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** Text-only platforms cannot show buttons; their labels are also the commands the bot understands. */
export function buttonHint(reply: Reply): string | undefined {
  if (!reply.buttons?.length) return undefined;
  return `可回复：${reply.buttons.map((b) => `「${b.label}」`).join('')}`;
}

export function attachmentNote(reply: Reply): string | undefined {
  return reply.attachment ? `（文件《${reply.attachment.name}》请在网页版下载）` : undefined;
}

/** A Reply as plain text: title, paragraphs, table rows, bullets, button hints. */
export function renderText(reply: Reply, options: { attachmentNote?: boolean } = {}): string {
  const blocks = [
    reply.title ? `【${reply.title}】` : undefined,
    reply.text,
    reply.table && [reply.table.columns, ...reply.table.rows].map((r) => r.join(' ｜ ')).join('\n'),
    reply.items?.length ? reply.items.map((i) => `· ${i}`).join('\n') : undefined,
    buttonHint(reply),
    options.attachmentNote === false ? undefined : attachmentNote(reply),
  ];
  return blocks.filter((b): b is string => !!b).join('\n');
}

/** Cuts a string into pieces of at most `maxBytes` UTF-8 bytes, on character boundaries. */
export function cutBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > maxBytes && current) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Splits a reply with `splitReply` and renders each part; a part still over the byte limit (CJK is 3 bytes a
 * character) is split again finer, and as a last resort cut by bytes. Every string returned fits the limits.
 */
export function renderParts(reply: Reply, render: (r: Reply) => string, limits: MessageLimits): string[] {
  const fits = (s: string) =>
    s.length <= limits.maxChars && (limits.maxBytes === undefined || utf8Length(s) <= limits.maxBytes);
  const out: string[] = [];
  const visit = (part: Reply, maxChars: number) => {
    const text = render(part);
    if (fits(text)) {
      if (text) out.push(text);
      return;
    }
    const finer = maxChars > 80 ? splitReply(part, Math.floor(maxChars / 2)) : [];
    if (finer.length > 1) {
      for (const p of finer) visit(p, Math.floor(maxChars / 2));
      return;
    }
    const hard = Math.min(limits.maxChars, limits.maxBytes ?? Number.POSITIVE_INFINITY);
    for (const piece of cutBytes(text, hard))
      out.push(
        ...(piece.length > limits.maxChars
          ? (piece.match(new RegExp(`[^]{1,${limits.maxChars}}`, 'gu')) ?? [])
          : [piece]),
      );
  };
  // Reserve room for markup the split does not count (bullets, headings).
  const budget = Math.max(40, Math.floor(limits.maxChars * 0.9));
  for (const part of splitReply(reply, budget)) visit(part, budget);
  return out;
}

export function renderTextParts(reply: Reply, limits: MessageLimits): string[] {
  return renderParts(reply, (r) => renderText(r), limits);
}

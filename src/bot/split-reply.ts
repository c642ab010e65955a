import type { Reply } from './messages.ts';

const rowLength = (cells: string[]) => cells.reduce((n, c) => n + c.length + 3, 0);

/** Characters a channel will render, roughly: what the per-channel limit is compared against. */
export function replyLength(reply: Reply): number {
  return (
    (reply.title?.length ?? 0) +
    (reply.text?.length ?? 0) +
    (reply.table
      ? rowLength(reply.table.columns) + reply.table.rows.reduce((n, r) => n + rowLength(r) + 1, 0)
      : 0) +
    (reply.items ?? []).reduce((n, i) => n + i.length + 3, 0) +
    (reply.buttons ?? []).reduce((n, b) => n + b.label.length + 4, 0)
  );
}

/** Cuts text at line ends where possible, hard-cut lines that alone exceed the limit. */
function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const pieces = line.length > max ? (line.match(new RegExp(`[^]{1,${max}}`, 'g')) ?? []) : [line];
    for (const piece of pieces) {
      if (current && current.length + 1 + piece.length > max) {
        parts.push(current);
        current = piece;
      } else {
        current = current ? `${current}\n${piece}` : piece;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Splits a reply into parts of at most `maxChars` (as `replyLength` counts). The title stays on the first part, table
 * parts repeat the header, buttons, attachment and data go on the last part.
 */
export function splitReply(reply: Reply, maxChars: number): Reply[] {
  if (replyLength(reply) <= maxChars) return [reply];
  const max = Math.max(maxChars, 40);
  const parts: Reply[] = [];
  let current: Reply = reply.title ? { title: reply.title } : {};
  const push = () => {
    if (replyLength(current) > 0) parts.push(current);
    current = {};
  };
  const room = () => max - replyLength(current);

  for (const chunk of reply.text ? splitText(reply.text, max - (reply.title?.length ?? 0)) : []) {
    if (chunk.length > room()) push();
    current.text = current.text ? `${current.text}\n${chunk}` : chunk;
  }
  if (reply.table) {
    const { columns } = reply.table;
    const header = rowLength(columns);
    for (const row of reply.table.rows) {
      const cost = rowLength(row) + 1 + (current.table ? 0 : header);
      if (cost > room()) push();
      current.table ??= { columns, rows: [] };
      current.table.rows.push(
        row.map((c) => (c.length > max - header ? `${c.slice(0, max - header - 1)}…` : c)),
      );
    }
  }
  for (const item of reply.items ?? []) {
    const pieces = splitText(item, max - 3);
    for (const piece of pieces) {
      if (piece.length + 3 > room()) push();
      current.items = [...(current.items ?? []), piece];
    }
  }
  const tail = (reply.buttons ?? []).reduce((n, b) => n + b.label.length + 4, 0);
  if (tail > room()) push();
  if (reply.buttons) current.buttons = reply.buttons;
  if (reply.attachment) current.attachment = reply.attachment;
  if (reply.data !== undefined) current.data = reply.data;
  if (replyLength(current) > 0 || current.attachment || current.data !== undefined) parts.push(current);
  return parts;
}

/** How `jixiao chat` writes a reply: readable text for a person, one JSON line for a program (docs/CHAT.md). */
import type { Reply } from '../bot/messages.ts';
import { buttonHint } from '../channels/common/render-text.ts';

/** Columns of CJK and full-width characters take two cells in a terminal. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const displayWidth = (s: string) => [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** Every row, columns padded to line up. */
export function formatTable(table: NonNullable<Reply['table']>): string {
  const rows = [table.columns, ...table.rows];
  const widths = table.columns.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  return [line(table.columns), widths.map((w) => '─'.repeat(w)).join('  '), ...table.rows.map(line)].join(
    '\n',
  );
}

/** The words of a question the parser did not use, unless the text already names them all. */
function unplacedNote(reply: Reply): string | undefined {
  const words = reply.unplaced ?? [];
  if (words.length === 0 || words.every((w) => reply.text?.includes(w))) return undefined;
  return `（问题中没有用到的词：${words.join('、')}）`;
}

/** A reply for a person at a terminal; `savedAs` is where an attachment was written. */
export function replyText(reply: Reply, savedAs?: string): string {
  const blocks = [
    reply.title ? `【${reply.title}】` : undefined,
    reply.text,
    reply.table && formatTable(reply.table),
    reply.items?.length ? reply.items.map((i) => `· ${i}`).join('\n') : undefined,
    unplacedNote(reply),
    buttonHint(reply),
    reply.attachment && `（文件《${reply.attachment.name}》${savedAs ? `已保存为 ${savedAs}` : ''}）`,
  ];
  return blocks.filter((b): b is string => !!b).join('\n');
}

/** The `--json` line of a reply: the neutral reply without its rich-client payload, attachment as metadata. */
export function replyJson(reply: Reply, input: number): Record<string, unknown> {
  const { title, text, table, items, buttons, attachment, unplaced } = reply;
  return {
    input,
    ...(title ? { title } : {}),
    ...(text ? { text } : {}),
    ...(table ? { table } : {}),
    ...(items?.length ? { items } : {}),
    ...(buttons?.length ? { buttons } : {}),
    ...(attachment
      ? { attachment: { name: attachment.name, mime: attachment.mime, size: attachment.bytes.byteLength } }
      : {}),
    ...(unplaced?.length ? { unplaced } : {}),
  };
}

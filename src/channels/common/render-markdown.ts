import type { Reply } from '../../bot/messages.ts';
import { attachmentNote, buttonHint, type MessageLimits, renderParts } from './render-text.ts';

export interface MarkdownOptions {
  /** Pipe tables where the platform draws them; otherwise rows become bullets. */
  tables?: boolean;
  /** Backslash-escape markup characters (default true); off for renderers that show the backslashes. */
  escape?: boolean;
}

/** Our text is data, not markup: stop `*`, `_`, `#`, `|`… in a project name from changing the layout. */
export function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]#|<>~])/g, '\\$1');
}

/** A Reply as markdown: `### title`, paragraphs, a table (or bullets), a list, button hints. */
export function renderMarkdown(reply: Reply, options: MarkdownOptions = {}): string {
  const escapeMarkdown = options.escape === false ? (t: string) => t : escapeText;
  const table = reply.table;
  let tableBlock: string | undefined;
  if (table && options.tables) {
    const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    tableBlock = [
      row(table.columns),
      `|${table.columns.map(() => ' --- |').join('')}`,
      ...table.rows.map(row),
    ].join('\n');
  } else if (table) {
    tableBlock = table.rows
      .map(
        (r) =>
          `- ${r.map((c, i) => `${escapeMarkdown(table.columns[i] ?? '')}：${escapeMarkdown(c)}`).join('；')}`,
      )
      .join('\n');
  }
  const blocks = [
    reply.title ? `### ${escapeMarkdown(reply.title)}` : undefined,
    reply.text
      ?.split('\n')
      .map((line) => escapeMarkdown(line))
      .join('  \n'),
    tableBlock,
    reply.items?.length ? reply.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n') : undefined,
    buttonHint(reply),
    attachmentNote(reply),
  ];
  return blocks.filter((b): b is string => !!b).join('\n\n');
}

export function renderMarkdownParts(reply: Reply, limits: MessageLimits & MarkdownOptions): string[] {
  return renderParts(reply, (r) => renderMarkdown(r, limits), limits);
}

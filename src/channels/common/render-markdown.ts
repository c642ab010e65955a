import type { Reply } from '../../bot/messages.ts';
import { escapeMarkdown } from './escape.ts';
import { attachmentNote, buttonHint, type MessageLimits, renderParts } from './render-text.ts';

export interface MarkdownOptions {
  /** Pipe tables where the platform draws them; otherwise rows become bullets. */
  tables?: boolean;
  /** How user text is made inert (default: backslash escapes); DingTalk, which shows backslashes, passes its own. */
  escape?: (text: string) => string;
}

/** Our text is data, not markup: stop `*`, `_`, `#`, `|`… in a project name from changing the layout. */
export const escapeText = escapeMarkdown;

/** A Reply as markdown: `### title`, paragraphs, a table (or bullets), a list, button hints. */
export function renderMarkdown(reply: Reply, options: MarkdownOptions = {}): string {
  const inert = options.escape ?? escapeText;
  const table = reply.table;
  let tableBlock: string | undefined;
  if (table && options.tables) {
    const row = (cells: string[]) => `| ${cells.map(inert).join(' | ')} |`;
    tableBlock = [
      row(table.columns),
      `|${table.columns.map(() => ' --- |').join('')}`,
      ...table.rows.map(row),
    ].join('\n');
  } else if (table) {
    tableBlock = table.rows
      .map((r) => `- ${r.map((c, i) => `${inert(table.columns[i] ?? '')}：${inert(c)}`).join('；')}`)
      .join('\n');
  }
  const blocks = [
    reply.title ? `### ${inert(reply.title)}` : undefined,
    reply.text
      ?.split('\n')
      .map((line) => inert(line))
      .join('  \n'),
    tableBlock,
    reply.items?.length ? reply.items.map((i) => `- ${inert(i)}`).join('\n') : undefined,
    buttonHint(reply),
    attachmentNote(reply),
  ];
  return blocks.filter((b): b is string => !!b).join('\n\n');
}

export function renderMarkdownParts(reply: Reply, limits: MessageLimits & MarkdownOptions): string[] {
  return renderParts(reply, (r) => renderMarkdown(r, limits), limits);
}

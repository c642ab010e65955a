/**
 * Pastes: what a chat receives when someone copies a form.
 * - TSV as Excel/WPS put it on the clipboard: tab-separated rows ending in CRLF, a cell with a line break quoted
 *   (`"…"`, inner quotes doubled), a merged cell's text in its top-left position and empty positions for the rest.
 *   The `chat` variant is the same paste after a chat box turned CRLF into LF and trimmed the end.
 * - `|` tables: a markdown table (header separator after the first row, `<br>` for line breaks, `\|` escaped,
 *   merged positions empty) and a web-page-style table (one row per line, only the cells that start in the row,
 *   `cell | cell |`).
 */
import type { Line, PrintedForm } from '../model.ts';
import { coverage, gridMatrix } from '../model.ts';
import { sheetMatrix, stackForms } from './sheet.ts';

const IDEOGRAPHIC_GAP = '　　　　';

/** A line outside the table as one text line (segments apart, as a Word paragraph with spaces would read). */
export function lineText(line: Line): string {
  return line.segments.join(IDEOGRAPHIC_GAP);
}

function tsvCell(text: string): string {
  return /[\n\t"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function tsvPaste(forms: PrintedForm[], variant: 'excel' | 'chat'): string {
  const rows = sheetMatrix(stackForms(forms)).map((r) => r.map(tsvCell).join('\t'));
  const excel = rows.map((r) => `${r}\r\n`).join('');
  return variant === 'excel' ? excel : excel.replaceAll('\r\n', '\n').trimEnd();
}

function mdCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', '<br>');
}

export function markdownPaste(form: PrintedForm): string {
  const out: string[] = [];
  for (const line of form.above)
    out.push(line.kind === 'title' ? `**${lineText(line)}**` : lineText(line), '');
  const matrix = gridMatrix(form.table);
  matrix.forEach((row, r) => {
    out.push(`| ${row.map(mdCell).join(' | ')} |`);
    if (r === 0) out.push(`|${row.map(() => ' --- |').join('')}`);
  });
  for (const line of form.below) out.push('', lineText(line));
  return `${out.join('\n')}\n`;
}

export function webPipePaste(form: PrintedForm): string {
  const out = form.above.map(lineText);
  const cover = coverage(form.table);
  cover.forEach((slots) => {
    const anchors = slots.filter((s) => s?.anchor).map((s) => s!.cell.text.replaceAll('\n', ' '));
    out.push(`${anchors.join(' | ')} |`);
  });
  out.push(...form.below.map(lineText));
  return `${out.join('\n')}\n`;
}

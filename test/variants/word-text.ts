/**
 * Pasted text as Word gives it when a table is copied as plain text (the corpus's word-text layout): every cell
 * starts with a TAB at the start of a line, a cell's further paragraphs follow on lines without the TAB, a blank
 * line ends a row. Word writes one cell per table cell: a horizontally merged cell once, a vertically merged one
 * in its first row with its text and in the rows below as an empty cell. Paragraphs outside the table are lines
 * without the TAB, except the title lines, which the corpus shows with it.
 */
import { coverage, type Line, type PrintedForm } from '../templates/model.ts';
import { lineText } from '../templates/render/text.ts';

function aboveLine(line: Line): string {
  return line.kind === 'title' || line.align === 'center' ? `\t${lineText(line)}` : lineText(line);
}

/** One form as word-text; `wrap` breaks every paragraph longer than that many characters (a narrower column). */
export function wordTextForm(form: PrintedForm, wrap = 0): string {
  const out: string[] = [];
  for (const line of form.above) out.push(aboveLine(line), '');
  const wrapped = (text: string): string[] =>
    text.split('\n').flatMap((p) => {
      if (wrap <= 0 || p.length <= wrap) return [p];
      const parts: string[] = [];
      for (let i = 0; i < p.length; i += wrap) parts.push(p.slice(i, i + wrap));
      return parts;
    });
  coverage(form.table).forEach((slots, r) => {
    slots.forEach((slot, c) => {
      if (!slot || slot.cell.col !== c) return;
      const top = form.table.rows[r]?.includes(slot.cell) === true;
      const [first = '', ...rest] = wrapped(top ? slot.cell.text : '');
      out.push(`\t${first}`, ...rest);
    });
    out.push('');
  });
  for (const line of form.below) out.push(lineText(line), '');
  return out.join('\n');
}

export function wordTextPaste(forms: PrintedForm[], wrap = 0): string {
  return `${forms.map((f) => wordTextForm(f, wrap)).join('\n')}\n`;
}

/**
 * HTML of a printed form: a ruled table with rowspan/colspan. `htmlFile` is a `.html` upload (and what the PDF
 * printer lays out), `clipboardHtml` what a browser puts on the clipboard when the form is selected and copied
 * (Chromium: a `<meta charset>` and the fragment with inline styles).
 */
import type { Grid, Line, PrintedForm } from '../model.ts';
import { lineText } from './text.ts';

const escapeHtml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const cellHtml = (text: string): string => text.split('\n').map(escapeHtml).join('<br>');

function tableHtml(grid: Grid, inline: boolean): string {
  const td = inline
    ? ' style="border: 1px solid rgb(0, 0, 0); padding: 2px 4px; vertical-align: middle;"'
    : '';
  const table = inline
    ? '<table style="border-collapse: collapse; width: 100%; font-size: 12px;">'
    : '<table class="form">';
  const rows = grid.rows.map((row) => {
    const cells = row.map((c) => {
      const span = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      const text = cellHtml(c.text);
      return `<td${span}${td}>${c.bold ? `<b>${text}</b>` : text}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `${table}<tbody>${rows.join('')}</tbody></table>`;
}

function lineHtml(line: Line, inline: boolean): string {
  const align = line.align ?? (line.kind === 'title' ? 'center' : 'left');
  const style = inline ? ` style="text-align: ${align};"` : ` class="${align}"`;
  const text = escapeHtml(lineText(line));
  return line.kind === 'title' ? `<h2${style}>${text}</h2>` : `<p${style}>${text}</p>`;
}

function formHtml(form: PrintedForm, inline: boolean): string {
  return [
    ...form.above.map((l) => lineHtml(l, inline)),
    tableHtml(form.table, inline),
    ...form.below.map((l) => lineHtml(l, inline)),
  ].join('\n');
}

export function clipboardHtml(form: PrintedForm): string {
  return `<meta charset='utf-8'>${formHtml(form, true)}`;
}

const STYLE = `
  body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 11pt; }
  h2 { text-align: center; font-size: 16pt; margin: 4px 0; }
  p { margin: 2px 0; } .center { text-align: center; } .right { text-align: right; } .left { text-align: left; }
  table.form { border-collapse: collapse; width: 100%; table-layout: auto; }
  table.form td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; text-align: center; }
  .form-page + .form-page { break-before: page; }
  @page { size: A4 LANDSCAPE; margin: 12mm; }`;

export function htmlFile(forms: PrintedForm[], landscape: boolean): string {
  const style = STYLE.replace('LANDSCAPE', landscape ? 'landscape' : 'portrait');
  const body = forms.map((f) => `<div class="form-page">\n${formHtml(f, false)}\n</div>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>项目支出绩效自评表</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

import { AppError } from '../errors.ts';
import { gridsToForms } from '../extract/grid-rows.ts';
import type { Layout, ParsedForm, ReadResult } from './document.ts';
import type { Grid } from './grid.ts';
import { htmlGrids, isHtml } from './html.ts';
import { isPipePaste, pipeGrid } from './paste-pipe.ts';
import { isTsvPaste, tsvGrid } from './paste-tsv.ts';
import { readPdfText } from './text-pdf.ts';
import { isWordText, readWordText } from './text-word.ts';

const NO_FORM =
  '没有在文本中找到项目支出绩效自评表（需要包含“项目名称”、项目资金或绩效指标等栏目）。请粘贴完整的表格，或直接上传 .docx、.xlsx、.pdf 文件。';

/** Which text layout the text is, decided by content: HTML, tab-separated rows, a `|` table, Word text, pdftotext. */
export function textLayout(
  text: string,
): Extract<Layout, 'html' | 'tsv' | 'pipe' | 'word-text' | 'pdf-text'> {
  if (isHtml(text)) return 'html';
  if (isTsvPaste(text)) return 'tsv';
  if (isPipePaste(text)) return 'pipe';
  return isWordText(text) ? 'word-text' : 'pdf-text';
}

/** The grids of a pasted table (HTML, TSV, `|` table): the same cell grids the office readers produce. */
function pasteGrids(layout: 'html' | 'tsv' | 'pipe', text: string): Grid[] {
  if (layout === 'html') return htmlGrids(text);
  return [layout === 'tsv' ? tsvGrid(text) : pipeGrid(text)];
}

/**
 * Reads pasted or extracted text into forms. Pasted tables (HTML, Excel/WPS tab-separated rows, `|` tables) are
 * turned into cell grids and read like .docx/.xlsx tables; TAB-led cell lines are a Word table copied as text
 * (word-text); anything else is read as pdftotext output (pdf-text).
 */
export function readTextForms(text: string, source?: string): Omit<ReadResult, 'format'> {
  const layout = textLayout(text);
  let forms: ParsedForm[];
  if (layout === 'word-text') forms = readWordText(text, source);
  else if (layout === 'pdf-text') forms = readPdfText(text, source);
  else forms = gridsToForms(pasteGrids(layout, text), source === undefined ? {} : { source });
  if (forms.length === 0) throw new AppError('NO_FORM_FOUND', NO_FORM);
  return { layout, forms };
}

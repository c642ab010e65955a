import { AppError } from '../errors.ts';
import type { ReadResult } from './document.ts';
import { readPdfText } from './text-pdf.ts';
import { isWordText, readWordText } from './text-word.ts';

const NO_FORM =
  '没有在文本中找到项目支出绩效自评表（需要包含“项目名称”、项目资金或绩效指标等栏目）。请粘贴完整的表格，或直接上传 .docx、.xlsx、.pdf 文件。';

/**
 * Reads pasted or extracted text in either corpus layout into forms: TAB-led cell lines are a
 * Word table copied as text (word-text), anything else is read as pdftotext output (pdf-text).
 */
export function readTextForms(text: string, source?: string): Omit<ReadResult, 'format'> {
  const layout = isWordText(text) ? 'word-text' : 'pdf-text';
  const forms = layout === 'word-text' ? readWordText(text, source) : readPdfText(text, source);
  if (forms.length === 0) throw new AppError('NO_FORM_FOUND', NO_FORM);
  return { layout, forms };
}

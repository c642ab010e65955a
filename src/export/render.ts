import { exportDocx } from './docx.ts';
import { type ExportForm, exportXlsx } from './xlsx.ts';

export type ExportFormat = 'xlsx' | 'docx';

/** The annotated file of these forms in the asked format. */
export function renderExport(format: ExportFormat, forms: ExportForm[]): Promise<Uint8Array> {
  return format === 'docx' ? exportDocx(forms) : exportXlsx(forms);
}

/**
 * A .xlsx as offices keep them: merged cells, ruled table, numbers stored as numbers with the format that
 * prints them as the form shows them. `stacked`: all forms on one sheet (a blank row between);
 * `sheets`: one sheet per form, named after the project.
 */
import ExcelJS from 'exceljs';
import type { PrintedForm } from '../model.ts';
import { placeForm, type SheetCell, stackForms } from './sheet.ts';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

function write(ws: ExcelJS.Worksheet, cells: SheetCell[], width: number): void {
  ws.columns = Array.from({ length: width }, (_, i) => ({ width: i === 0 ? 10 : 14 }));
  for (const c of cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.number) {
      cell.value = c.number.value;
      if (c.number.format !== 'General') cell.numFmt = c.number.format;
    } else if (c.text !== '') {
      cell.value = c.text;
    }
    cell.alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: c.align ?? (c.ruled ? 'center' : 'left'),
    };
    if (c.bold || c.title) cell.font = { bold: true, size: c.title ? 16 : 11 };
    if (c.rowSpan > 1 || c.colSpan > 1)
      ws.mergeCells(c.row + 1, c.col + 1, c.row + c.rowSpan, c.col + c.colSpan);
    if (c.ruled) {
      for (let r = c.row; r < c.row + c.rowSpan; r++) {
        for (let k = c.col; k < c.col + c.colSpan; k++) {
          ws.getCell(r + 1, k + 1).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
        }
      }
    }
  }
}

/** Sheet names: at most 31 characters, none of []:*?/\ , unique. */
function sheetName(projectName: string, used: Set<string>): string {
  const base = projectName.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}${i}`;
  used.add(name);
  return name;
}

export async function xlsxFile(
  forms: PrintedForm[],
  names: string[],
  variant: 'stacked' | 'sheets',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao templates';
  wb.created = new Date(Date.UTC(2024, 2, 1));
  wb.modified = wb.created;
  if (variant === 'stacked') {
    const layout = stackForms(forms);
    write(wb.addWorksheet('Sheet1'), layout.cells, layout.width);
  } else {
    const used = new Set<string>();
    forms.forEach((form, i) => {
      write(wb.addWorksheet(sheetName(names[i] ?? '', used)), placeForm(form, 0).cells, form.table.width);
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

import ExcelJS from 'exceljs';
import type { FormRecord } from '../record/record.ts';
import type { CheckResult, Severity } from '../score/types.ts';
import { cellNotes, changedCells } from './annotate.ts';
import { type LayoutCell, layoutForm } from './layout.ts';
import { summaryTables } from './summary.ts';

export interface ExportForm {
  record: FormRecord;
  /** The check of this record; adds recomputed scores as notes and the findings sheet. */
  check?: CheckResult;
  /** Field changes since the form was read (oldest first): changed cells are highlighted, the old value noted. */
  changes?: ReadonlyArray<{ path: string; oldValue: unknown }>;
  /** Evidence behind values of the form (a satisfaction survey's questions and answers): one sheet each. */
  evidence?: Evidence[];
}

/** A table that backs a value of the form, rendered on its own sheet after the form. */
export interface Evidence {
  /** Sheet name (at most 31 characters, made unique here). */
  sheet: string;
  /** Lines above the table: what was asked, how, the result. */
  lines: string[];
  columns: string[];
  rows: (string | number)[][];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FILL: Record<Severity, string> = { error: 'FFFDE2E1', warning: 'FFFFF4CC', info: 'FFE8F1FB' };
/** Cells changed since the form was read (green): the old value is in the note. */
const CHANGED_FILL = 'FFE2F0D9';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'SimSun';

function writeCell(ws: ExcelJS.Worksheet, top: number, cell: LayoutCell): ExcelJS.Cell {
  const r = top + cell.r + 1;
  const c = cell.c + 1;
  if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(r, c, r + cell.rowSpan - 1, c + cell.colSpan - 1);
  const target = ws.getCell(r, c);
  if (cell.text !== '') target.value = cell.role === 'number' ? Number(cell.text) : cell.text;
  const bold = cell.role === 'title' || cell.role === 'label';
  target.font = { name: FONT, size: cell.role === 'title' ? 16 : 10, bold };
  target.alignment = {
    vertical: 'middle',
    horizontal: cell.role === 'value' && cell.text.length > 12 ? 'left' : 'center',
    wrapText: true,
  };
  if (cell.role !== 'title' && cell.role !== 'subtitle') {
    for (let rr = r; rr < r + cell.rowSpan; rr++) {
      for (let cc = c; cc < c + cell.colSpan; cc++) ws.getCell(rr, cc).border = BORDER;
    }
  }
  return target;
}

/** The form sheet: every record in the official layout, stacked like the corpus files, with notes on the cells. */
function addFormSheet(wb: ExcelJS.Workbook, forms: ExportForm[]): void {
  const ws = wb.addWorksheet('自评表', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToWidth: 1 },
  });
  ws.columns = [8, 10, 12, 18, 14, 14, 8, 10, 8, 18].map((width) => ({ width }));
  let top = 0;
  for (const form of forms) {
    const layout = layoutForm(form.record);
    const notes = cellNotes(layout.cells, form.check);
    const changed = changedCells(form.record, form.changes);
    for (const cell of layout.cells) {
      const target = writeCell(ws, top, cell);
      const note = cell.path ? notes.get(cell.path) : undefined;
      const old = cell.path ? changed.get(cell.path) : undefined;
      if (!note && old === undefined) continue;
      target.note = [old === undefined ? '' : `已修改，原填写：${old}`, note?.text ?? '']
        .filter(Boolean)
        .join('\n');
      const argb = old !== undefined ? CHANGED_FILL : note?.severity ? FILL[note.severity] : null;
      if (argb) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    }
    top += layout.rows;
  }
}

/** The check sheet: per form, the recomputed scores, the findings and the missing fields. */
function addCheckSheet(wb: ExcelJS.Workbook, forms: ExportForm[]): void {
  const ws = wb.addWorksheet('核查结果');
  ws.columns = [16, 28, 60, 14, 14].map((width) => ({ width }));
  for (const form of forms) {
    if (!form.check) continue;
    const head = ws.addRow([form.record.projectName ?? '（未填项目名称）']);
    head.font = { name: FONT, size: 12, bold: true };
    for (const table of summaryTables(form.record, form.check)) {
      if (table.rows.length === 0) continue;
      ws.addRow([table.title]).font = { name: FONT, bold: true };
      const header = ws.addRow(table.columns);
      header.font = { name: FONT, bold: true };
      for (const row of table.rows) {
        ws.addRow(row).alignment = { wrapText: true, vertical: 'top' };
      }
    }
    ws.addRow([]);
  }
}

/** One sheet per piece of evidence: its lines, then its table. */
export function addEvidenceSheets(wb: ExcelJS.Workbook, evidence: Evidence[]): void {
  const taken = new Set(wb.worksheets.map((w) => w.name));
  for (const e of evidence) {
    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    const base = e.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28) || '证据';
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 26)}-${n}`;
    taken.add(name);
    const ws = wb.addWorksheet(name);
    ws.columns = e.columns.map((c, i) => ({
      width: i === e.columns.length - 1 ? 60 : Math.max(12, c.length * 2 + 4),
    }));
    for (const line of e.lines) ws.addRow([line]).font = { name: FONT, size: 10 };
    ws.addRow([]);
    const header = ws.addRow(e.columns);
    header.font = { name: FONT, bold: true };
    for (const row of e.rows) ws.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  }
}

/** The corrected forms as an .xlsx: the official layout on sheet 1 (reads back to the same records), findings on sheet 2. */
export async function exportXlsx(forms: ExportForm[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  addFormSheet(wb, forms);
  if (forms.some((f) => f.check)) addCheckSheet(wb, forms);
  addEvidenceSheets(
    wb,
    forms.flatMap((f) => f.evidence ?? []),
  );
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

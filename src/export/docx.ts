import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { cellNotes, changedCells } from './annotate.ts';

/** Cells changed since the form was read. */
const CHANGED = 'E2F0D9';

import { FORM_COLUMNS, type LayoutCell, layoutForm } from './layout.ts';
import { type SummaryTable, summaryTables } from './summary.ts';
import type { ExportForm } from './xlsx.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'SimSun';
const SHADE = { error: 'FDE2E1', warning: 'FFF4CC', info: 'E8F1FB' } as const;
/** Column widths in twips over an A4 text width of ~9 000 twips. */
const WIDTHS = [700, 800, 1000, 1500, 1100, 1100, 650, 800, 650, 1300];

function text(value: string, options: { bold?: boolean; size?: number } = {}): Paragraph[] {
  // One paragraph per line, so multi-line cells stay multi-line.
  return value.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: line, font: FONT, size: options.size ?? 18, bold: options.bold ?? false }),
        ],
      }),
  );
}

function formTable(form: ExportForm): Table {
  const layout = layoutForm(form.record);
  const notes = cellNotes(layout.cells, form.check);
  const changed = changedCells(form.record, form.changes);
  const byRow = new Map<number, LayoutCell[]>();
  for (const cell of layout.cells) {
    if (cell.role === 'title' || cell.role === 'subtitle') continue;
    byRow.set(cell.r, [...(byRow.get(cell.r) ?? []), cell]);
  }
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map(
      (r) =>
        new TableRow({
          children: (byRow.get(r) ?? []).map((cell) => {
            const note = cell.path ? notes.get(cell.path) : undefined;
            const fill =
              cell.path && changed.has(cell.path) ? CHANGED : note?.severity ? SHADE[note.severity] : null;
            return new TableCell({
              children: text(cell.text, { bold: cell.role === 'label' }),
              columnSpan: cell.colSpan,
              rowSpan: cell.rowSpan,
              verticalAlign: VerticalAlignTable.CENTER,
              ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
            });
          }),
        }),
    );
  return new Table({
    rows,
    columnWidths: WIDTHS.slice(0, FORM_COLUMNS),
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  });
}

function summaryTable(table: SummaryTable): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: text(c, { bold }) })) });
  return new Table({
    rows: [row(table.columns, true), ...table.rows.map((r) => row(r, false))],
    width: { size: 100, type: WidthType.PERCENTAGE },
  });
}

/** The corrected forms as a .docx: one official table per form, then the check results. */
export async function exportDocx(forms: ExportForm[]): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  forms.forEach((form, i) => {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        pageBreakBefore: i > 0,
        children: [new TextRun({ text: '项目支出绩效自评表', font: FONT, size: 32, bold: true })],
      }),
      ...text(`（${form.record.year ?? ''}年度）`),
      formTable(form),
    );
  });
  const checked = forms.filter((f) => f.check);
  if (checked.length > 0) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun('核查结果')],
      }),
    );
    for (const form of checked) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [new TextRun(form.record.projectName ?? '')],
        }),
      );
      for (const table of summaryTables(form.record, form.check!)) {
        if (table.rows.length === 0) continue;
        children.push(
          new Paragraph({ children: [new TextRun({ text: table.title, bold: true })] }),
          summaryTable(table),
        );
      }
    }
  }
  // Evidence behind values (satisfaction surveys): its lines, then its table, after the check results.
  for (const e of forms.flatMap((f) => f.evidence ?? [])) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun(e.sheet)],
      }),
      ...e.lines.map((line) => new Paragraph({ children: [new TextRun(line)] })),
      summaryTable({ title: e.sheet, columns: e.columns, rows: e.rows.map((r) => r.map(String)) }),
    );
  }
  const doc = new Document({ creator: 'jixiao', title: '项目支出绩效自评表', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A .docx as offices make them in Word: per form the title paragraphs, one real Word table (horizontal merges
 * as gridSpan, vertical ones as vMerge), the lines under it; forms after the first start on a new page.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Cell, Line, PrintedForm } from '../model.ts';
import { lineText } from './text.ts';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function lineParagraph(line: Line, pageBreakBefore: boolean): Paragraph {
  const title = line.kind === 'title';
  return new Paragraph({
    alignment: ALIGN[line.align ?? (title ? 'center' : 'left')],
    pageBreakBefore,
    children: [new TextRun({ text: lineText(line), bold: title, size: title ? 36 : 22 })],
  });
}

function cellOf(c: Cell): TableCell {
  return new TableCell({
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    // a line break in the cell is a new paragraph, as Word users type it
    children: c.text.split('\n').map(
      (t) =>
        new Paragraph({
          alignment: ALIGN[c.align ?? 'center'],
          children: [new TextRun({ text: t, bold: c.bold, size: 20 })],
        }),
    ),
  });
}

function formChildren(form: PrintedForm, first: boolean): (Paragraph | Table)[] {
  const width = form.table.width;
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    columnWidths: Array.from({ length: width }, () => Math.floor(13800 / width)),
    rows: form.table.rows.map((row) => new TableRow({ children: row.map(cellOf) })),
  });
  return [
    ...form.above.map((l, i) => lineParagraph(l, !first && i === 0)),
    table,
    ...form.below.map((l) => lineParagraph(l, false)),
  ];
}

export async function docxFile(forms: PrintedForm[], landscape: boolean): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'jixiao templates',
    sections: [
      {
        properties: {
          page: { size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } },
        },
        children: forms.flatMap((f, i) => formChildren(f, i === 0)),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

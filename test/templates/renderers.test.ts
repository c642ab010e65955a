/**
 * The renderers put every cell where the grid says, with its merges: checked in the file itself (the .docx XML,
 * the .xlsx through exceljs, the text of the pastes), never with the product's readers.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './descriptions/index.ts';
import { type Example, FORMATS, generatedExample, renderExample } from './examples.ts';
import { coverage, gridMatrix } from './model.ts';
import { hasChromium, NO_CHROMIUM, PdfPrinter } from './render/pdf.ts';
import { sheetMatrix, stackForms } from './render/sheet.ts';

const t = (id: string) => TEMPLATES.findIndex((d) => d.id === id);
const f = (id: string) => FORMATS.indexOf(id as (typeof FORMATS)[number]);

/** The first example of a template × format (k from 0) that satisfies `want`. */
function exampleWhere(template: string, format: string, want: (e: Example) => boolean): Example {
  for (let k = 0; k < 200; k++) {
    const e = generatedExample(t(template), f(format), k);
    if (want(e)) return e;
  }
  throw new Error(`no ${template} ${format} example found`);
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

interface DocxCell {
  text: string;
  gridSpan: number;
  vMerge?: 'restart' | 'continue';
}

/** Tables of document.xml as rows of cells (a small reader of our own: w:tbl / w:tr / w:tc). */
function docxTables(bytes: Uint8Array): DocxCell[][][] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((tbl) =>
    [...tbl[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((tr) =>
      [...tr[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => {
        const body = tc[1]!;
        const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
          [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
        );
        const vMerge = /<w:vMerge w:val="restart"\/>/.test(body)
          ? 'restart'
          : /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(body)
            ? 'continue'
            : undefined;
        return {
          text: paragraphs
            .join('\n')
            .replaceAll('&amp;', '&')
            .replaceAll('&lt;', '<')
            .replaceAll('&gt;', '>'),
          gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(body)?.[1] ?? 1),
          vMerge,
        };
      }),
    ),
  );
}

describe('docx', () => {
  it('writes one Word table per form, merges as gridSpan and vMerge, every cell in its place', async () => {
    const e = exampleWhere('sichuan-2023', 'docx', (x) => x.printed.length >= 2);
    const tables = docxTables(await renderExample(e));
    expect(tables).toHaveLength(e.printed.length);
    e.printed.forEach((form, i) => {
      const cover = coverage(form.table);
      const matrix = gridMatrix(form.table);
      const rows = tables[i]!;
      expect(rows).toHaveLength(form.table.rows.length);
      rows.forEach((cells, r) => {
        let col = 0;
        for (const cell of cells) {
          const slot = cover[r]![col]!;
          expect(cell.gridSpan, `R${r + 1}C${col + 1}`).toBe(slot.cell.colSpan);
          if (slot.anchor) {
            expect(cell.text).toBe(matrix[r]![col]);
            expect(cell.vMerge).toBe(slot.cell.rowSpan > 1 ? 'restart' : undefined);
          } else {
            expect(cell.vMerge, `R${r + 1}C${col + 1} continues a merge`).toBe('continue');
          }
          col += cell.gridSpan;
        }
        expect(col).toBe(form.table.width);
      });
    });
    const xml = strFromU8(unzipSync(await renderExample(e))['word/document.xml']!);
    expect(xml).toContain('财政专户管理资金');
    expect(xml).toContain('<w:pageBreakBefore/>');
  });
});

describe('xlsx', () => {
  it('stacks the forms on one sheet: values, number formats and merges where the grid says', async () => {
    const e = exampleWhere('shanghai', 'xlsx', (x) => x.variant === 'stacked' && x.printed.length >= 2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderExample(e)) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    const ws = wb.worksheets[0]!;
    const layout = stackForms(e.printed);
    const merges = new Set(ws.model.merges);
    let numbers = 0;
    for (const c of layout.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (c.number) {
        numbers++;
        expect(cell.value).toBe(c.number.value);
        expect(cell.numFmt ?? 'General').toBe(c.number.format);
      } else {
        expect(cell.value ?? '').toBe(c.text);
      }
      if (c.rowSpan > 1 || c.colSpan > 1) {
        const from = ws.getCell(c.row + 1, c.col + 1).address;
        const to = ws.getCell(c.row + c.rowSpan, c.col + c.colSpan).address;
        expect(merges.has(`${from}:${to}`), `${from}:${to} merged`).toBe(true);
      }
    }
    expect(numbers).toBeGreaterThan(10);
    // 元 amounts: the printed text is what the number format shows (`250000.00`, `1,250,000.00`)
    const fixed = layout.cells.filter((c) => c.number?.format === '0.00' || c.number?.format === '#,##0.00');
    for (const c of fixed) expect(c.text).toMatch(/^[\d,]+\.\d\d$/);
  });

  it('puts each form on its own sheet in the `sheets` shape', async () => {
    const e = exampleWhere('yunnan-baoshan', 'xlsx', (x) => x.variant === 'sheets' && x.printed.length >= 2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderExample(e)) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(e.printed.length);
    const texts = wb.worksheets.map((ws) => {
      const out: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
      return out.join(' ');
    });
    e.expected.forEach((rec, i) => {
      expect(texts[i]).toContain(String(rec.projectName));
      expect(texts[i]).toContain(String(rec.projectCategory));
      expect(texts[i]).toContain('自评等级');
    });
  });
});

/** Splits TSV as Excel writes it: tabs between cells, rows on line ends, `"…"` around cells with line breaks. */
function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('TSV paste', () => {
  it('is what Excel copies: CRLF rows, tabs, quoted line breaks, merged text in the top-left position', async () => {
    const e = exampleWhere('mof-2020', 'tsv', (x) => x.variant === 'excel');
    const text = decode(await renderExample(e));
    const expected = sheetMatrix(stackForms(e.printed));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(expected.length + 1);
    expect(parseTsv(text)).toEqual(expected);
    const multiLine = expected.flat().filter((c) => c.includes('\n'));
    for (const c of multiLine) expect(text).toContain(`"${c}"`);
  });

  it('loses the CR and the trailing blanks when a chat box takes the paste', async () => {
    const e = exampleWhere('sichuan-linkage', 'tsv', (x) => x.variant === 'chat');
    const text = decode(await renderExample(e));
    expect(text).not.toContain('\r');
    expect(text).toBe(text.trimEnd());
    const rows = parseTsv(text);
    expect(rows[0]![0]).toBe(sheetMatrix(stackForms(e.printed))[0]![0]);
    expect(text).toContain('项目负责人及电话');
  });
});

describe('pipe paste', () => {
  it('writes a markdown table: separator after the first row, a column per grid column, escaped pipes', async () => {
    const e = exampleWhere('yunnan-public-14', 'pipe', (x) => x.variant === 'markdown');
    const lines = decode(await renderExample(e)).split('\n');
    const table = lines.filter((l) => l.startsWith('|'));
    const width = e.printed[0]!.table.width;
    expect(table).toHaveLength(e.printed[0]!.table.rows.length + 1);
    expect(table[1]).toBe(`|${' --- |'.repeat(width)}`);
    const matrix = gridMatrix(e.printed[0]!.table);
    table
      .filter((_, i) => i !== 1)
      .forEach((line, r) => {
        const cells = line
          .slice(2, -2)
          .split(/(?<!\\) \| /)
          .map((c) => c.replaceAll('<br>', '\n').replaceAll('\\|', '|'));
        expect(cells).toEqual(matrix[r]);
      });
  });

  it('writes a web-page table: one line per row, only the cells that start in it', async () => {
    const e = exampleWhere('hebei', 'pipe', (x) => x.variant === 'web');
    const form = e.printed[0]!;
    const lines = decode(await renderExample(e))
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(form.above.length + form.table.rows.length + form.below.length);
    form.table.rows.forEach((row, r) => {
      expect(lines[form.above.length + r]).toBe(
        `${row.map((c) => c.text.replaceAll('\n', ' ')).join(' | ')} |`,
      );
    });
  });
});

describe('HTML', () => {
  it('copies from a browser as a fragment with rowspan and colspan', async () => {
    const e = exampleWhere('beijing-2016', 'html', (x) => x.variant === 'paste');
    const html = decode(await renderExample(e));
    const cells = e.printed[0]!.table.rows.flat();
    expect(html.startsWith("<meta charset='utf-8'>")).toBe(true);
    expect(html.match(/<td/g)).toHaveLength(cells.length);
    expect(html.match(/rowspan="/g)?.length ?? 0).toBe(cells.filter((c) => c.rowSpan > 1).length);
    expect(html.match(/colspan="/g)?.length ?? 0).toBe(cells.filter((c) => c.colSpan > 1).length);
    expect(html).toContain('得分计算方法');
  });

  it('uploads as a complete document, one table per form', async () => {
    const e = exampleWhere('mof-2020', 'html', (x) => x.variant === 'file' && x.printed.length >= 2);
    const html = decode(await renderExample(e));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.match(/<table/g)).toHaveLength(e.printed.length);
  });
});

describe('pdf', () => {
  it.skipIf(!hasChromium)(
    `prints the forms through Chromium with a text layer ${hasChromium ? '' : `(skipped: ${NO_CHROMIUM})`}`,
    async () => {
      const e = exampleWhere('sichuan-2023', 'pdf', () => true);
      const printer = new PdfPrinter();
      try {
        const bytes = await printer.print(e.printed, true);
        expect(decode(bytes.slice(0, 5))).toBe('%PDF-');
        const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const doc = await getDocument({ data: bytes, useSystemFonts: false }).promise;
        let text = '';
        for (let p = 1; p <= doc.numPages; p++) {
          const content = await (await doc.getPage(p)).getTextContent();
          text += content.items.map((i) => ('str' in i ? i.str : '')).join('');
        }
        expect(doc.numPages).toBeGreaterThanOrEqual(e.printed.length);
        const squeezed = text.replace(/\s+/g, '');
        expect(squeezed).toContain('财政专户管理资金');
        expect(squeezed).toContain(String(e.expected[0]!.projectName).replace(/\s+/g, ''));
      } finally {
        await printer.close();
      }
    },
    180_000,
  );
});

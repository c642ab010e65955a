import { createHash } from 'node:crypto';

/**
 * Hand-written PDFs for tests: nothing installed, every byte known. Pages draw ruled tables with
 * stroked lines and ASCII text in Helvetica (a standard font, so no font file is embedded).
 */

export interface TableSpec {
  /** Column edges (x, points from the left) and row edges (y, points from the top). */
  xs: number[];
  ys: number[];
  /** Cell texts by [row][col] of the elementary grid; '' or undefined = empty. */
  texts: (string | undefined)[][];
  /** Merges as [row0, col0, row1, col1] inclusive: no rules drawn inside them. */
  merges?: [number, number, number, number][];
}

export interface PageSpec {
  tables?: TableSpec[];
  /** Free text lines: [x, top, text]. */
  lines?: [number, number, string][];
  /** Chinese text lines [x, top, text] in a non-embedded CID font (STSong-Light, UniGB-UTF16-H CMap). */
  cjk?: [number, number, string][];
  /** Raw extra content-stream operators. */
  raw?: string;
  /** Fillable text fields: [x, top, width, height, value]; the value lives only in the field, not the page text. */
  fields?: [number, number, number, number, string][];
  /** `/Rotate 90`: a portrait MediaBox shown as landscape; the content is drawn so that it reads upright. */
  landscape?: boolean;
}

const HEIGHT = 842;
const WIDTH = 595;

function esc(text: string): string {
  return text.replace(/([\\()])/g, '\\$1');
}

function text(x: number, top: number, s: string, height: number): string {
  return `BT /F1 9 Tf ${x} ${height - top - 9} Td (${esc(s)}) Tj ET\n`;
}

function inMerge(spec: TableSpec, r: number, c: number): [number, number, number, number] | undefined {
  return spec.merges?.find(([r0, c0, r1, c1]) => r >= r0 && r <= r1 && c >= c0 && c <= c1);
}

/** Rules of a table: each elementary edge is drawn unless it lies inside a merge. */
function tableContent(spec: TableSpec, height: number): string {
  const { xs, ys } = spec;
  let out = '0.5 w\n';
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    out += `${x0} ${height - y0} m ${x1} ${height - y1} l S\n`;
  };
  for (let r = 0; r <= ys.length - 1; r++) {
    for (let c = 0; c < xs.length - 1; c++) {
      const above = r > 0 ? inMerge(spec, r - 1, c) : undefined;
      const below = r < ys.length - 1 ? inMerge(spec, r, c) : undefined;
      if (above && above === below) continue;
      line(xs[c]!, ys[r]!, xs[c + 1]!, ys[r]!);
    }
  }
  for (let c = 0; c <= xs.length - 1; c++) {
    for (let r = 0; r < ys.length - 1; r++) {
      const left = c > 0 ? inMerge(spec, r, c - 1) : undefined;
      const right = c < xs.length - 1 ? inMerge(spec, r, c) : undefined;
      if (left && left === right) continue;
      line(xs[c]!, ys[r]!, xs[c]!, ys[r + 1]!);
    }
  }
  spec.texts.forEach((row, r) => {
    row.forEach((s, c) => {
      if (s) out += text(xs[c]! + 3, ys[r]! + 4, s, height);
    });
  });
  return out;
}

function pageContent(page: PageSpec): string {
  // Landscape: draw on a WIDTH-tall canvas, turned a quarter so that /Rotate 90 shows it upright.
  const height = page.landscape ? WIDTH : HEIGHT;
  let out = '';
  for (const t of page.tables ?? []) out += tableContent(t, height);
  for (const [x, top, s] of page.lines ?? []) out += text(x, top, s, height);
  for (const [x, top, s] of page.cjk ?? []) {
    out += `BT /F2 9 Tf ${x} ${height - top - 9} Td <${Buffer.from(s, 'utf16le').swap16().toString('hex')}> Tj ET\n`;
  }
  out += page.raw ?? '';
  return page.landscape ? `q 0 1 -1 0 ${WIDTH} 0 cm\n${out}Q\n` : out;
}

const PASSWORD_PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/**
 * A Standard Security Handler (revision 2, 40-bit RC4) dictionary for an open password: enough for a reader
 * to ask for the password. The content itself is left unencrypted; it is never reached without the password.
 */
function encryptDict(userPassword: string, id: Buffer): string {
  const pad = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const owner = rc4(md5(pad('owner')).subarray(0, 5), pad(userPassword));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const key = md5(pad(userPassword), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PASSWORD_PAD);
  return `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -4 >>`;
}

/** A complete PDF file with a correct xref table. */
export function buildPdf(pages: PageSpec[], options: { userPassword?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const cidFont = add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> >>',
  );
  const cjkFont = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [${cidFont} 0 R] >>`,
  );
  const kids: number[] = [];
  const fields: number[] = [];
  for (const page of pages) {
    const content = pageContent(page);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
    const annots = (page.fields ?? []).map(([x, top, w, h, value]) => {
      const rect = `${x} ${HEIGHT - top - h} ${x + w} ${HEIGHT - top}`;
      const id = add(
        `<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T (f${fields.length + 1}) /V (${esc(value)}) /Rect [${rect}] >>`,
      );
      fields.push(id);
      return id;
    });
    const annotsEntry = annots.length > 0 ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}]${page.landscape ? ' /Rotate 90' : ''} /Resources << /Font << /F1 ${font} 0 R /F2 ${cjkFont} 0 R >> >> /Contents ${stream} 0 R${annotsEntry} >>`,
      ),
    );
  }
  const acroForm =
    fields.length > 0 ? ` /AcroForm << /Fields [${fields.map((f) => `${f} 0 R`).join(' ')}] >>` : '';
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${acroForm} >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const encrypt = options.userPassword === undefined ? undefined : add(encryptDict(options.userPassword, id));
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  const security = encrypt
    ? ` /Encrypt ${encrypt} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]`
    : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${security} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** Evenly spaced edges. */
export function edges(start: number, step: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => start + i * step);
}

import { XMLParser } from 'fast-xml-parser';
import { FormUnreadable } from '../errors.ts';
import type { ReaderLimits } from './document.ts';
import { type Cell, type Grid, makeGrid } from './grid.ts';
import { countTags } from './xml-tags.ts';
import { notThisFormat, unzipSafe, zipLimits } from './zip.ts';

/** fast-xml-parser `preserveOrder` node: one element name → children, plus `:@` attributes. */
type XNode = Record<string, unknown>;

const ATTRS = ':@';
/** Content XML (formatting dropped) allowed per cell of `maxCells`; the corpus averages ~60 characters. */
const BYTES_PER_CELL = 64;
/** document.xml above this size has its rows and cells counted before it is decoded. */
const PRECHECK_BYTES = 16 * 1024 * 1024;
/** Bytes of document.xml decoded and stripped at a time. */
const SLICE = 4 * 1024 * 1024;
/** How many non-empty paragraphs before a table are kept as leading rows (title, 年度, 单位). */
const LEAD_PARAGRAPHS = 4;
/** Elements whose content is never text: properties, deleted/moved-away runs, field codes, the Choice branch. */
const SKIP = new Set([
  'w:pPr',
  'w:rPr',
  'w:tcPr',
  'w:trPr',
  'w:tblPr',
  'w:tblGrid',
  'w:sectPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'mc:Choice',
  'w:commentReference',
  'w:footnoteReference',
]);

/*
 * Formatting elements are most of a document.xml and carry nothing we read: dropping them before parsing makes
 * the parse 4–5× faster. Tracked property changes go first because they nest a second w:pPr/w:rPr.
 */
const NOISE = 'rPr|pPr|tcBorders|tblPr|tblGrid|shd|tcW|vAlign|sectPr';
const PROPERTY_CHANGE = /<w:(rPr|pPr|tcPr|trPr|tblPr|sectPr)Change\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1Change>)/g;
const NOISE_EMPTY = new RegExp(`<w:(?:${NOISE})\\b[^>]*\\/>`, 'g');
const NOISE_PAIR = new RegExp(`<w:(${NOISE})\\b[^>]*>[\\s\\S]*?<\\/w:\\1>`, 'g');

/** What stripping leaves behind: empty runs and property elements, and adjacent plain runs (joined). */
const LEFTOVERS = /<w:r><\/w:r>|<w:(tcPr|trPr)><\/w:\1>|<\/w:t><\/w:r><w:r><w:t(?: xml:space="preserve")?>/g;

function dropFormatting(xml: string): string {
  return xml
    .replace(PROPERTY_CHANGE, '')
    .replace(NOISE_EMPTY, '')
    .replace(NOISE_PAIR, '')
    .replace(LEFTOVERS, '');
}

/**
 * The XML without formatting, decoded and stripped a slice at a time (cut after a `</w:p>`, which no stripped
 * element spans), so a part that is mostly formatting never exists as one big string.
 */
function contentXml(xml: Buffer): string {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let start = 0; start < xml.length; ) {
    const end = start + SLICE >= xml.length ? -1 : xml.indexOf('</w:p>', start + SLICE);
    const cut = end === -1 ? xml.length : end + '</w:p>'.length;
    parts.push(dropFormatting(decoder.decode(xml.subarray(start, cut))));
    start = cut;
  }
  return parts.join('');
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true, // also decodes numeric character references (`&#20013;`)
});

function nameOf(node: XNode): string {
  for (const key in node) if (key !== ATTRS) return key;
  return '';
}

function childrenOf(node: XNode): XNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
}

function attr(node: XNode, name: string): string | undefined {
  const attrs = node[ATTRS] as Record<string, string> | undefined;
  return attrs?.[name];
}

function child(node: XNode, name: string): XNode | undefined {
  return childrenOf(node).find((c) => nameOf(c) === name);
}

/** Inline text of a paragraph's content: runs, tabs, breaks, insertions, hyperlinks, content controls, text boxes. */
function inlineText(nodes: XNode[], out: string[]): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if (SKIP.has(name)) continue;
    switch (name) {
      case '#text':
        break; // text outside w:t is formatting whitespace
      case 'w:t': {
        const text = childrenOf(node).find((c) => '#text' in c)?.['#text'];
        if (typeof text === 'string') out.push(text);
        break;
      }
      case 'w:tab':
        out.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      case 'w:p':
        if (out.length > 0) out.push('\n');
        inlineText(childrenOf(node), out);
        break;
      default:
        inlineText(childrenOf(node), out);
    }
  }
}

function paragraphText(p: XNode): string {
  const out: string[] = [];
  inlineText(childrenOf(p), out);
  return out.join('');
}

interface Counter {
  tables: number;
  cells: number;
  rows: number;
  deadline: number;
}

/** A table as read: origin cells with positions relative to the Word table, and any tables nested in its cells. */
interface TableRead {
  cells: Cell[];
  nested: Grid[];
}

function tableTooLarge(limits: ReaderLimits): FormUnreadable {
  return new FormUnreadable(
    'FILE_TOO_LARGE',
    `文档中的表格过大（超过 ${limits.maxRows} 行或 ${limits.maxCells} 个单元格），已停止读取。请拆分文件后再上传。`,
  );
}

function checkBounds(count: Counter, limits: ReaderLimits): void {
  if (count.rows > limits.maxRows || count.cells > limits.maxCells) throw tableTooLarge(limits);
  if (Date.now() > count.deadline) {
    throw new FormUnreadable('FILE_TOO_LARGE', '文档过于复杂，读取超时。请拆分文件后再上传。');
  }
}

/** Body-level content in order: paragraphs and tables, looking through content controls, insertions, fallbacks. */
function blocks(nodes: XNode[], out: XNode[]): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:p' || name === 'w:tbl') out.push(node);
    else if (!SKIP.has(name) && name !== '#text') blocks(childrenOf(node), out);
  }
}

/** Rows of a table, looking through row-level content controls and tracked insertions. */
function tableRows(tbl: XNode): XNode[] {
  const rows: XNode[] = [];
  const walk = (nodes: XNode[]): void => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'w:tr') rows.push(node);
      else if (name !== 'w:tbl' && !SKIP.has(name) && name !== '#text') walk(childrenOf(node));
    }
  };
  walk(childrenOf(tbl));
  return rows;
}

/** Cells of a row, looking through cell-level content controls and custom XML. */
function rowCellsOf(tr: XNode): XNode[] {
  const cells: XNode[] = [];
  const walk = (nodes: XNode[]): void => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === 'w:tc') cells.push(node);
      else if (name !== 'w:tbl' && !SKIP.has(name) && name !== '#text') walk(childrenOf(node));
    }
  };
  walk(childrenOf(tr));
  return cells;
}

function intVal(node: XNode | undefined, fallback: number): number {
  const v = node ? Number.parseInt(attr(node, 'w:val') ?? '', 10) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function readTable(tbl: XNode, index: number, limits: ReaderLimits, count: Counter): TableRead {
  const cells: Cell[] = [];
  const nested: Grid[] = [];
  /** Open vertical merges by grid column: the origin a `w:vMerge` continuation extends. */
  const open = new Map<number, Cell>();
  const rows = tableRows(tbl);
  rows.forEach((tr, r) => {
    count.rows++;
    const trPr = child(tr, 'w:trPr');
    let c = trPr ? intVal(child(trPr, 'w:gridBefore'), 0) : 0;
    let previous: Cell | undefined;
    for (const tc of rowCellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = intVal(tcPr && child(tcPr, 'w:gridSpan'), 1);
      const vMerge = tcPr && child(tcPr, 'w:vMerge');
      const hMerge = tcPr && child(tcPr, 'w:hMerge');
      const { text, tables } = cellContent(tc, limits, count);
      nested.push(...tables);
      const above = open.get(c);
      if (vMerge && attr(vMerge, 'w:val') !== 'restart' && above && above.r + above.rowSpan === r) {
        above.rowSpan++;
        if (text && !above.text) above.text = text;
        previous = above;
      } else if (hMerge && attr(hMerge, 'w:val') !== 'restart' && previous && previous.r === r) {
        previous.colSpan += span; // legacy horizontal merge: widen the cell on the left
      } else {
        const cell: Cell = {
          r,
          c,
          rowSpan: 1,
          colSpan: span,
          text,
          src: { kind: 'docx', table: index, ref: `T${index + 1} R${r + 1}C${c + 1}` },
        };
        cells.push(cell);
        count.cells++;
        previous = cell;
      }
      for (let k = c; k < c + span; k++) open.set(k, previous);
      c += span;
    }
    checkBounds(count, limits);
  });
  return { cells, nested };
}

/** A cell's paragraphs joined by newlines; nested tables become grids of their own. */
function cellContent(tc: XNode, limits: ReaderLimits, count: Counter): { text: string; tables: Grid[] } {
  const parts: XNode[] = [];
  blocks(childrenOf(tc), parts);
  const tables: Grid[] = [];
  const lines: string[] = [];
  let lead: string[] = [];
  for (const block of parts) {
    if (nameOf(block) === 'w:tbl') {
      tables.push(...tableGrids(block, lead, limits, count));
      lead = [];
    } else {
      const text = paragraphText(block);
      lines.push(text);
      if (text.trim()) lead.push(text);
    }
  }
  return { text: lines.join('\n').trim(), tables };
}

/** One table → its grid (with the paragraphs just above it as full-width leading rows) and its nested grids. */
function tableGrids(tbl: XNode, lead: string[], limits: ReaderLimits, count: Counter): Grid[] {
  const index = count.tables++;
  const { cells, nested } = readTable(tbl, index, limits, count);
  if (cells.length === 0) return nested;
  const kept = lead.slice(-LEAD_PARAGRAPHS);
  const width = Math.max(...cells.map((cell) => cell.c + cell.colSpan));
  const leading: Cell[] = kept.map((text, i) => ({
    r: i,
    c: 0,
    rowSpan: 1,
    colSpan: width,
    text: text.trim(),
    src: { kind: 'docx', table: index, ref: `T${index + 1} P${lead.length - kept.length + i + 1}` },
  }));
  for (const cell of cells) cell.r += kept.length;
  return [makeGrid([...leading, ...cells]), ...nested];
}

/**
 * .docx bytes → one Grid per table, in document order (nested tables after their parent). The non-empty
 * paragraphs right above a table (title, `（2023年度）`) lead its grid as full-width rows, refs `T1 P2`;
 * table cells have refs `T1 R4C3` (Word table row/grid column, 1-based).
 */
export async function readDocxGrids(bytes: Uint8Array, limits: ReaderLimits): Promise<Grid[]> {
  const files = unzipSafe(bytes, zipLimits(limits), (name) => name === 'word/document.xml');
  const xml = files.get('word/document.xml');
  if (!xml) throw notThisFormat('docx');
  // A large part is checked on its bytes first: counting tags is cheap, decoding and parsing are not.
  if (
    xml.length > PRECHECK_BYTES &&
    (countTags(xml, 'w:tr') > limits.maxRows || countTags(xml, 'w:tc') > limits.maxCells)
  ) {
    throw tableTooLarge(limits);
  }
  // Office never writes a DTD; refusing one rules out entity-expansion attacks.
  const raw = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  if (raw.includes('<!DOCTYPE') || raw.includes('<!ENTITY')) throw notThisFormat('docx');
  const content = contentXml(raw);
  // The parsed tree takes ~15× the XML it is built from: bound it by the cell limit before parsing.
  if (content.length > limits.maxCells * BYTES_PER_CELL) {
    throw new FormUnreadable(
      'FILE_TOO_LARGE',
      `文档内容过多（超过约 ${limits.maxCells} 个单元格的容量），已停止读取。请拆分文件后再上传。`,
      { detail: `${content.length} chars of content XML` },
    );
  }
  let root: XNode[];
  try {
    root = parser.parse(content) as XNode[];
  } catch (err) {
    throw new FormUnreadable(
      'FILE_UNREADABLE',
      '文档内容已损坏，无法读取。请用 Word/WPS 打开后另存为 .docx 再上传。',
      {
        cause: err,
      },
    );
  }
  const document = root.find((n) => nameOf(n) === 'w:document');
  const body = document && child(document, 'w:body');
  if (!body) throw notThisFormat('docx');
  const count: Counter = { tables: 0, cells: 0, rows: 0, deadline: Date.now() + limits.timeoutMs };
  const parts: XNode[] = [];
  blocks(childrenOf(body), parts);
  const grids: Grid[] = [];
  let lead: string[] = [];
  for (const block of parts) {
    if (nameOf(block) === 'w:tbl') {
      grids.push(...tableGrids(block, lead, limits, count));
      lead = [];
    } else {
      const para = paragraphText(block).trim();
      if (para) lead.push(para);
    }
  }
  return grids;
}

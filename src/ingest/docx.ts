import { FormUnreadable } from '../errors.ts';
import type { ReaderLimits } from './document.ts';
import { type Cell, type Grid, makeGrid } from './grid.ts';
import { countTags } from './xml-tags.ts';
import { attrOf, childOf, parseXmlTree, type XElement, XmlError } from './xml-tree.ts';
import { notThisFormat, unzipSafe, zipLimits } from './zip.ts';

/** Names, attributes and text kept per cell of `maxCells`; the corpus averages ~60 characters. */
const CHARS_PER_CELL = 64;
/** document.xml above this size has its rows and cells counted before it is read. */
const PRECHECK_BYTES = 16 * 1024 * 1024;
/** Word nests a body only a dozen levels deep; far deeper is a broken or hostile file. */
const MAX_DEPTH = 100;
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

/**
 * What the reader never builds: SKIP without the cell and row properties (their spans and merges are read), and the
 * formatting inside those. Formatting is most of a document.xml.
 */
const NOT_BUILT = new Set([
  ...[...SKIP].filter((name) => name !== 'w:tcPr' && name !== 'w:trPr'),
  'w:tcPrChange',
  'w:trPrChange',
  'w:tblPrEx',
  'w:tcW',
  'w:tcBorders',
  'w:shd',
  'w:vAlign',
  'w:tcMar',
  'w:noWrap',
  'w:trHeight',
  'w:jc',
]);

const TREE_OPTIONS = {
  textOf: new Set(['w:t']),
  skip: NOT_BUILT,
  attrsOf: new Set(['w:gridSpan', 'w:vMerge', 'w:hMerge', 'w:gridBefore']),
  maxDepth: MAX_DEPTH,
};

/** Inline text of a paragraph's content: runs, tabs, breaks, insertions, hyperlinks, content controls, text boxes. */
function inlineText(nodes: XElement[], out: string[]): void {
  for (const node of nodes) {
    const name = node.name;
    if (SKIP.has(name)) continue;
    switch (name) {
      case 'w:t':
        out.push(node.text);
        break;
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
        inlineText(node.children, out);
        break;
      default:
        inlineText(node.children, out);
    }
  }
}

function paragraphText(p: XElement): string {
  const out: string[] = [];
  inlineText(p.children, out);
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
function blocks(nodes: XElement[], out: XElement[]): void {
  for (const node of nodes) {
    const name = node.name;
    if (name === 'w:p' || name === 'w:tbl') out.push(node);
    else if (!SKIP.has(name)) blocks(node.children, out);
  }
}

/** Rows of a table, looking through row-level content controls and tracked insertions. */
function tableRows(tbl: XElement): XElement[] {
  const rows: XElement[] = [];
  const walk = (nodes: XElement[]): void => {
    for (const node of nodes) {
      const name = node.name;
      if (name === 'w:tr') rows.push(node);
      else if (name !== 'w:tbl' && !SKIP.has(name)) walk(node.children);
    }
  };
  walk(tbl.children);
  return rows;
}

/** Cells of a row, looking through cell-level content controls and custom XML. */
function rowCellsOf(tr: XElement): XElement[] {
  const cells: XElement[] = [];
  const walk = (nodes: XElement[]): void => {
    for (const node of nodes) {
      const name = node.name;
      if (name === 'w:tc') cells.push(node);
      else if (name !== 'w:tbl' && !SKIP.has(name)) walk(node.children);
    }
  };
  walk(tr.children);
  return cells;
}

function intVal(node: XElement | undefined, fallback: number): number {
  const v = node ? Number.parseInt(attrOf(node, 'w:val') ?? '', 10) : Number.NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

function readTable(tbl: XElement, index: number, limits: ReaderLimits, count: Counter): TableRead {
  const cells: Cell[] = [];
  const nested: Grid[] = [];
  /** Open vertical merges by grid column: the origin a `w:vMerge` continuation extends. */
  const open = new Map<number, Cell>();
  const rows = tableRows(tbl);
  rows.forEach((tr, r) => {
    count.rows++;
    const trPr = childOf(tr, 'w:trPr');
    let c = trPr ? intVal(childOf(trPr, 'w:gridBefore'), 0) : 0;
    let previous: Cell | undefined;
    for (const tc of rowCellsOf(tr)) {
      const tcPr = childOf(tc, 'w:tcPr');
      const span = intVal(tcPr && childOf(tcPr, 'w:gridSpan'), 1);
      const vMerge = tcPr && childOf(tcPr, 'w:vMerge');
      const hMerge = tcPr && childOf(tcPr, 'w:hMerge');
      const { text, tables } = cellContent(tc, limits, count);
      nested.push(...tables);
      const above = open.get(c);
      if (vMerge && attrOf(vMerge, 'w:val') !== 'restart' && above && above.r + above.rowSpan === r) {
        above.rowSpan++;
        if (text && !above.text) above.text = text;
        previous = above;
      } else if (hMerge && attrOf(hMerge, 'w:val') !== 'restart' && previous && previous.r === r) {
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
function cellContent(tc: XElement, limits: ReaderLimits, count: Counter): { text: string; tables: Grid[] } {
  const parts: XElement[] = [];
  blocks(tc.children, parts);
  const tables: Grid[] = [];
  const lines: string[] = [];
  let lead: string[] = [];
  for (const block of parts) {
    if (block.name === 'w:tbl') {
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

/**
 * One table → its grid (with the paragraphs just above it as full-width leading rows, and for the document's
 * last table the paragraphs just below it as trailing rows) and its nested grids.
 */
function tableGrids(
  tbl: XElement,
  lead: string[],
  limits: ReaderLimits,
  count: Counter,
  trail: readonly string[] = [],
): Grid[] {
  const index = count.tables++;
  const { cells, nested } = readTable(tbl, index, limits, count);
  if (cells.length === 0) return nested;
  const kept = lead.slice(-LEAD_PARAGRAPHS);
  const width = Math.max(...cells.map((cell) => cell.c + cell.colSpan));
  const paragraphRow = (text: string, r: number, ref: string): Cell => ({
    r,
    c: 0,
    rowSpan: 1,
    colSpan: width,
    text: text.trim(),
    src: { kind: 'docx', table: index, ref },
  });
  const leading = kept.map((text, i) =>
    paragraphRow(text, i, `T${index + 1} P${lead.length - kept.length + i + 1}`),
  );
  for (const cell of cells) cell.r += kept.length;
  const end = Math.max(...cells.map((cell) => cell.r + cell.rowSpan));
  const trailing = trail
    .slice(0, LEAD_PARAGRAPHS)
    .map((text, i) => paragraphRow(text, end + i, `T${index + 1} Q${i + 1}`));
  return [makeGrid([...leading, ...cells, ...trailing]), ...nested];
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
  const body = childOf(childOf(parseDocument(xml, limits), 'w:document') ?? EMPTY, 'w:body');
  if (!body) throw notThisFormat('docx');
  const count: Counter = { tables: 0, cells: 0, rows: 0, deadline: Date.now() + limits.timeoutMs };
  const parts: XElement[] = [];
  blocks(body.children, parts);
  const grids: Grid[] = [];
  let lead: string[] = [];
  const last = parts.findLastIndex((block) => block.name === 'w:tbl');
  // the paragraphs under the last table (项目负责人：… 财务负责人：… of the 四川 form) have no table after them
  // to lead: they trail the last one; those under an earlier table lead the next, as before
  const trail = parts
    .slice(last + 1)
    .map((block) => paragraphText(block).trim())
    .filter((para) => para !== '');
  parts.forEach((block, k) => {
    if (block.name === 'w:tbl') {
      grids.push(...tableGrids(block, lead, limits, count, k === last ? trail : []));
      lead = [];
    } else {
      const para = paragraphText(block).trim();
      if (para) lead.push(para);
    }
  });
  return grids;
}

const EMPTY: XElement = { name: '', attrs: '', children: [], text: '' };

/** document.xml → its tree of content elements, or a Chinese message saying why it cannot be read. */
function parseDocument(xml: Uint8Array, limits: ReaderLimits): XElement {
  try {
    return parseXmlTree(xml, { ...TREE_OPTIONS, maxChars: limits.maxCells * CHARS_PER_CELL });
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    if (err.kind === 'declaration') throw notThisFormat('docx'); // Office never writes a DTD
    if (err.kind === 'too-large') {
      throw new FormUnreadable(
        'FILE_TOO_LARGE',
        `文档内容过多（超过约 ${limits.maxCells} 个单元格的容量），已停止读取。请拆分文件后再上传。`,
        { detail: err.message },
      );
    }
    const what = err.kind === 'too-deep' ? '文档结构嵌套过深' : '文档内容已损坏';
    throw new FormUnreadable(
      'FILE_UNREADABLE',
      `${what}，无法读取。请用 Word/WPS 打开后另存为 .docx 再上传。`,
      {
        cause: err,
      },
    );
  }
}

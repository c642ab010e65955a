import { FormUnreadable } from '../errors.ts';
import { log } from '../log.ts';
import type { ReaderLimits } from './document.ts';
import type { Grid } from './grid.ts';
import { openPdf, type PdfDocument } from './pdf/load.ts';
import { readPageContent } from './pdf/page-content.ts';
import { pageTables } from './pdf/page-tables.ts';
import { linesGrid, type PageBlock, stitchTables } from './pdf/stitch.ts';
import { layoutText, textLines } from './pdf/text-lines.ts';

const logger = log.child({ module: 'ingest/pdf' });

export const PDF_NO_TEXT_ZH =
  '这份 PDF 没有文字层（可能是扫描件或图片），无法识别文字，请上传含文字层的 PDF 或 Word/Excel 原件。';

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    return await openPdf(bytes);
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new FormUnreadable('FILE_ENCRYPTED', 'PDF 文件已加密（设有打开密码），请去除密码后重新上传。', {
        cause: err,
      });
    }
    throw new FormUnreadable('FILE_UNREADABLE', 'PDF 文件已损坏或不完整，无法打开，请重新导出或上传原件。', {
      cause: err,
      detail: name,
    });
  }
}

export interface PdfReading {
  /** One Grid per ruled table; a PDF with text but no ruled table gives one grid of its text lines. */
  grids: Grid[];
  /** The pages as plain text (pdftotext-like, pages separated by a blank line), for the LLM path. */
  text: string;
}

/**
 * A PDF → one Grid per ruled table (tables continued over page breaks are stitched), rebuilt from the
 * drawn rules and positioned text. Throws FormUnreadable for broken, encrypted, oversized or scanned files.
 */
export async function readPdfGrids(
  bytes: Uint8Array,
  limits: ReaderLimits,
  signal?: AbortSignal,
): Promise<Grid[]> {
  return (await readPdf(bytes, limits, signal)).grids;
}

/** readPdfGrids plus the plain text of the pages. */
export async function readPdf(
  bytes: Uint8Array,
  limits: ReaderLimits,
  signal?: AbortSignal,
): Promise<PdfReading> {
  const doc = await open(bytes);
  try {
    if (doc.numPages > limits.maxPages) {
      throw new FormUnreadable(
        'FILE_TOO_LARGE',
        `PDF 共 ${doc.numPages} 页，超过 ${limits.maxPages} 页的上限，请拆分后再上传（每份自评表单独一个文件即可）。`,
      );
    }
    const blocks: PageBlock[] = [];
    const freeLines: Parameters<typeof linesGrid>[0] = [];
    const pageTexts: string[] = [];
    let textRuns = 0;
    let tables = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(n).catch((err: unknown) => {
        throw new FormUnreadable('FILE_UNREADABLE', `PDF 第 ${n} 页已损坏，无法读取，请重新导出后上传。`, {
          cause: err,
        });
      });
      const content = await readPageContent(page);
      page.cleanup();
      textRuns += content.texts.filter((t) => t.text.trim() !== '').length;
      pageTexts.push(layoutText(content.texts));
      const { tables: found, outside } = pageTables(content);
      tables += found.length;
      const lines = textLines(outside).map((l, i) => ({ ...l, page: n, line: i + 1 }));
      freeLines.push(...lines);
      const pageBlocks: (PageBlock & { top: number })[] = [
        ...lines.map((l) => ({
          kind: 'text' as const,
          page: n,
          line: l.line,
          text: l.text,
          top: l.top,
          left: l.left,
        })),
        ...found.map((table) => ({ kind: 'table' as const, table, top: table.top })),
      ];
      blocks.push(...pageBlocks.sort((a, b) => a.top - b.top));
    }
    if (textRuns === 0) throw new FormUnreadable('PDF_NO_TEXT', PDF_NO_TEXT_ZH);
    logger.debug({ pages: doc.numPages, tables, textRuns }, 'pdf read');
    const grids = tables > 0 ? stitchTables(blocks, limits) : [linesGrid(freeLines)];
    return { grids, text: pageTexts.join('\n\n') };
  } finally {
    await doc.destroy();
  }
}

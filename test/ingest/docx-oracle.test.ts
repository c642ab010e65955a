import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import { fixturePath } from '../helpers/corpus.ts';
import { FIXTURE_OFFICE_FILES, fileLabel, officeFilePath } from './office-corpus.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Every table of mammoth's HTML as `colspan x rowspan: text` per origin cell, whitespace removed. */
function mammothCells(html: string): string[][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<td(?: colspan="(\d+)")?(?: rowspan="(\d+)")?>([\s\S]*?)<\/td>/g)].map(
      ([, colSpan = '1', rowSpan = '1', inner = '']) =>
        `${colSpan}x${rowSpan}:${inner
          .replace(/<[^>]+>/g, '')
          .replace(/&(?:amp|lt|gt|quot);/g, (e) => ENTITIES[e]!)
          .replace(/\s+/g, '')}`,
    ),
  );
}

// mammoth (EXTRACTION.md's oracle) agrees on spans and text for the corpus tables, which have no
// gridBefore/sdt rows (where mammoth is known to be wrong).
// The fixture .docx files (test/fixtures/corpus); dev-003 (128 tables, ~20 s in mammoth) is covered by the
// corpus agreement test.
describe('docx reader against mammoth', () => {
  it.each(FIXTURE_OFFICE_FILES.docx.map((f) => ({ ...f, label: fileLabel(f) })))(
    '$label: same cells, spans and text as mammoth',
    async (file) => {
      const bytes = readFileSync(officeFilePath(file, 'docx', fixturePath));
      const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
      const grids = await readDocxGrids(bytes, DEFAULT_LIMITS);
      const mine = grids.map((grid) =>
        grid.cells
          .filter((cell) => /R\d+C\d+$/.test(cell.src.ref ?? '')) // leave out the leading paragraphs
          .map((cell) => `${cell.colSpan}x${cell.rowSpan}:${cell.text.replace(/\s+/g, '')}`),
      );
      expect(mine).toEqual(mammothCells(html));
    },
  );
});
